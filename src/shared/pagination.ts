import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { GraphQLResolveInfo } from "graphql";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { badInput } from "./errors.js";
import { connectionSelection, type Selection } from "./selection.js";

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `How many items to return: 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}

/**
 * Page arguments, whether the client selected totalCount (so the page query can count too), and the
 * fields it selected on the nodes (so the page query can select only the columns they read).
 */
export type PageQuery = PageArgs & { withTotal?: boolean; nodes?: Selection };

/** A validated page request; `after` is the decoded keyset position of the last item seen. */
export interface PageRequest {
  first: number;
  after: unknown[] | null;
  /** Count the matches in the page's own statement: the client selected totalCount. */
  withTotal: boolean;
  /** What is selected on the nodes; unknown (every column) when the page is not read from a selection. */
  nodes?: Selection;
}

export function pageRequest(args: PageQuery): PageRequest {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { first: args.first, after: args.after ? decodeCursor(args.after) : null, withTotal: args.withTotal ?? false, nodes: args.nodes };
}

/** The page arguments of a connection field, with what its selection asks for (see connectionSelection). */
export function pageQuery(args: PageArgs, info: GraphQLResolveInfo): PageQuery {
  return { first: args.first, after: args.after, ...connectionSelection(info) };
}

/**
 * The number of matches as a column of the page query, when the client asked for it: `count` is the
 * same filter without the cursor, run once by PostgreSQL as an uncorrelated subquery. It saves a
 * statement and a round trip per connection.
 */
export function totalCountColumn(page: PageRequest, count: SQLWrapper): SQL<number | null> {
  return page.withTotal ? sql<number | null>`(${count})::int` : sql<number | null>`null::int`;
}

@ObjectType({ description: "Where a page of a connection sits: whether more follows and the cursors at its ends." })
export class PageInfo {
  @Field({ description: "True when more items follow this page: ask again with `after` set to this page's endCursor." })
  hasNextPage!: boolean;

  @Field({ description: "Always false: pages are read forwards with first/after." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the first edge on this page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last edge on this page, to pass as `after` for the next page; null when the page is empty." })
  endCursor!: string | null;
}

export interface Connection<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for it. */
  readonly totalCount: Promise<number>;
}

/**
 * Builds a connection from `first + 1` rows fetched in keyset order: the extra row only tells
 * whether another page exists. totalCount comes from the page's own rows when they carry it
 * (`totalCountColumn`), is 0 for an empty first page, and otherwise runs `countTotal` lazily, when selected.
 */
export function toConnection<TRow, TNode>(
  rows: TRow[],
  page: PageRequest,
  cursorOf: (row: TRow) => unknown[],
  toNode: (row: TRow) => TNode,
  countTotal: () => Promise<number>,
): Connection<TNode> {
  const carried = (rows[0] as { totalCount?: unknown } | undefined)?.totalCount;
  const known = typeof carried === "number" ? carried : rows.length === 0 && !page.after ? 0 : null;
  const pageRows = rows.slice(0, page.first);
  // Cursors are sealed (cursor.ts): keyset values such as names never leave the server readable.
  const edges = pageRows.map((row) => sealedEdge(() => cursorOf(row), toNode(row)));
  let total: Promise<number> | undefined;
  const pageInfo = Object.assign(new PageInfo(), { hasNextPage: rows.length > page.first, hasPreviousPage: false });
  Object.defineProperties(pageInfo, {
    startCursor: { enumerable: true, get: () => edges[0]?.cursor ?? null },
    endCursor: { enumerable: true, get: () => edges.at(-1)?.cursor ?? null },
  });
  return {
    edges,
    pageInfo,
    get totalCount() {
      return (total ??= known === null ? countTotal() : Promise.resolve(known));
    },
  };
}

/**
 * An edge whose cursor is sealed only when read (once): encryption costs some microseconds a cursor,
 * and most clients select only pageInfo.endCursor, not every edge's cursor.
 */
function sealedEdge<TNode>(keyset: () => unknown[], node: TNode): { cursor: string; node: TNode } {
  let cursor: string | undefined;
  return {
    get cursor() {
      return (cursor ??= encodeCursor(keyset()));
    },
    node,
  };
}

/** The GraphQL Connection and Edge types for a node type, named `<Name>Connection` / `<Name>Edge`. */
export function ConnectionType<TNode extends object>(nodeType: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page of a list, with its cursor.` })
  class Edge {
    @Field({ description: "An opaque, sealed position of this item in the list; pass it as `after` to read the items that follow it." })
    cursor!: string;

    @Field(() => nodeType, { description: "The item at this position." })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, { description: `A page of a list of ${name} items, read forwards with first/after (cursor pagination).` })
  class ConnectionClass {
    @Field(() => [Edge], { description: "This page's items in the list's order, each with its cursor. Only rows the caller may see are listed." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Whether another page follows, and the cursors to ask for it." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match, across all pages." })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Maps a connection's rows to GraphQL nodes, keeping totalCount lazy. */
export function mapConnection<TRow, TNode>(connection: Connection<TRow>, toNode: (row: TRow) => TNode): Connection<TNode> {
  return {
    // The cursor stays lazy (see sealedEdge).
    edges: connection.edges.map((edge) => ({
      get cursor() {
        return edge.cursor;
      },
      node: toNode(edge.node),
    })),
    pageInfo: connection.pageInfo,
    get totalCount() {
      return connection.totalCount;
    },
  };
}
