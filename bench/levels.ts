import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** Connection plumbing, levels of the answer that carry no data of their own: edges, the node under an edge, pageInfo. */
const isPlumbing = (field: string, parent: string | null) => field === "edges" || field === "pageInfo" || (field === "node" && parent === "edges");

export interface NestingLevels {
  /** Depth of nested selection sets in the operation, fragments inlined: the answer's levels of objects. */
  document: number;
  /** The same without a connection's edges, node and pageInfo: the levels of related records to load. */
  records: number;
}

/**
 * How deep an operation's answer goes, measured from its document rather than guessed: the most
 * SQL statements a per-level batching server should need for it.
 */
export function nestingLevels(query: string | DocumentNode): NestingLevels {
  const document = typeof query === "string" ? parse(query) : query;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const depth = (set: SelectionSetNode | undefined, parent: string | null, countsLevel: (field: string, parent: string | null) => boolean): number =>
    Math.max(
      0,
      ...(set?.selections ?? []).map((selection) => {
        if (selection.kind === Kind.INLINE_FRAGMENT) return depth(selection.selectionSet, parent, countsLevel);
        if (selection.kind === Kind.FRAGMENT_SPREAD) return depth(fragments.get(selection.name.value)?.selectionSet, parent, countsLevel);
        if (!selection.selectionSet) return 0;
        const field = selection.name.value;
        return (countsLevel(field, parent) ? 1 : 0) + depth(selection.selectionSet, field, countsLevel);
      }),
    );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error("no operation in the document");
  return {
    document: depth(operation.selectionSet, null, () => true),
    records: depth(operation.selectionSet, null, (field, parent) => !isPlumbing(field, parent)),
  };
}
