import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * The names of the fields an operation selects on a connection's nodes (under `edges { node }`),
 * through fragments and aliases, for every occurrence of the connection field. A page query selects
 * the columns these fields read and no others. Fields under @skip/@include count as selected: the
 * columns are a superset of what the answer needs, never less.
 */
export function nodeFieldsOf(info: GraphQLResolveInfo): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const connection of info.fieldNodes) {
    for (const edges of fieldsIn(connection.selectionSet, info)) {
      if (edges.name.value !== "edges") continue;
      for (const node of fieldsIn(edges.selectionSet, info)) {
        if (node.name.value === "node") for (const field of fieldsIn(node.selectionSet, info)) fields.add(field.name.value);
      }
    }
  }
  return fields;
}

/** The fields of a selection set, with its fragments spread in place. */
function fieldsIn(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen = new Set<string>(), into: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsIn(selection.selectionSet, info, seen, into);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fieldsIn(info.fragments[selection.name.value]?.selectionSet, info, seen, into);
    }
  }
  return into;
}
