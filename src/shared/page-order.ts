import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { badInput } from "./errors.js";
import type { PageRequest } from "./pagination.js";

/**
 * A named order a connection can be read in (its `orderBy` argument). Every key sorts the same way,
 * so a keyset is one row comparison, and the last key is the row's id: the order is total, and paging
 * by cursor never skips or repeats a row however many share a name, a date or a status. Keys are
 * never null (coalesce where a column may be), because null falls outside a row comparison.
 */
export interface PageOrder {
  /** The expressions rows are sorted by, most significant first; the last is unique (the id). */
  keys: readonly SQLWrapper[];
  /** The SQL type each key's cursor value is cast back to (its value travels as text). */
  types: readonly string[];
  direction: "asc" | "desc";
}

export const orderBy = (order: PageOrder): SQL => sql.join(order.keys.map((key) => sql`${key} ${sql.raw(order.direction)}`), sql`, `);

/**
 * Rows after the keyset `values` in the order. Each value is sent as text and cast in SQL: a
 * parameter typed by its cast would go through the driver's serializer for that type, and
 * postgres.js turns any string sent as a boolean into false and parses dates with `new Date`
 * (which refuses 'infinity').
 */
export function afterKeyset(order: PageOrder, values: readonly unknown[]): SQL {
  const cast = values.map((value, i) => sql`${String(value)}::text::${sql.raw(order.types[i]!)}`);
  return sql`(${sql.join([...order.keys], sql`, `)}) ${sql.raw(order.direction === "asc" ? ">" : "<")} (${sql.join(cast, sql`, `)})`;
}

/**
 * A row's keyset as text, computed by PostgreSQL with the very expressions it sorts by: a name
 * lower-cased or a date formatted in JavaScript could differ from the database's own and make a page
 * skip or repeat a row.
 */
export const keysetColumn = (order: PageOrder): SQL<string[]> => sql<string[]>`array[${sql.join(order.keys.map((key) => sql`(${key})::text`), sql`, `)}]`;

/**
 * Cursors name the order they were issued under, so one taken under an order and sent back with
 * another is refused (BAD_USER_INPUT) instead of answering a wrong page. A cursor of a list's default
 * order keeps the layout it had before lists had orders (only its keyset), so cursors that clients
 * already hold keep working; any other order's cursor starts with a tag naming the list and order.
 */
const TAG = "@order:";

export const tagOf = (list: string, order: string) => `${TAG}${list}.${order}`;

/** The cursor values of a row read in a non-default order: its tag, then its keyset. */
export const taggedCursor = (list: string, order: string, keyset: readonly string[]): unknown[] => [tagOf(list, order), ...keyset];

/**
 * The keyset of `page.after` for reading `list` in `order`: null on a first page; refused when the
 * cursor was issued under another order (or for another list's non-default order).
 */
export function keysetFor(page: PageRequest, list: string, order: string, defaultOrder: string, arity: number): unknown[] | null {
  if (!page.after) return null;
  const [first, ...rest] = page.after;
  const tagged = typeof first === "string" && first.startsWith(TAG);
  const issuedUnder = tagged ? first : tagOf(list, defaultOrder);
  if (issuedUnder !== tagOf(list, order)) {
    const named = tagged && first.startsWith(`${TAG}${list}.`) ? ` orderBy ${first.slice(`${TAG}${list}.`.length)}` : tagged ? " another list" : ` orderBy ${defaultOrder}`;
    throw badInput(`after is a cursor issued for${named}, not orderBy ${order}: page on with the order it came from, or start again without after`);
  }
  const keyset = tagged ? rest : page.after;
  if (keyset.length !== arity) throw badInput("after is not a cursor of this list");
  return keyset;
}
