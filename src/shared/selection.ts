import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** What an operation selects on a connection field, for every occurrence of it. */
export interface ConnectionSelection {
  /** totalCount is selected: the page query counts in the same statement. */
  withTotal: boolean;
  /**
   * The fields selected on the nodes (under `edges { node }`), through fragments and aliases: a page
   * query selects the columns these read and no others. Fields under @skip/@include count as
   * selected, so the columns are a superset of what the answer needs, never less.
   */
  nodeFields: ReadonlySet<string>;
}

export function connectionSelection(info: GraphQLResolveInfo): ConnectionSelection {
  let withTotal = false;
  const nodeFields = new Set<string>();
  for (const connection of info.fieldNodes) {
    for (const field of fieldsIn(connection.selectionSet, info)) {
      if (field.name.value === "totalCount") withTotal = true;
      if (field.name.value !== "edges") continue;
      for (const node of fieldsIn(field.selectionSet, info)) {
        if (node.name.value === "node") for (const selected of fieldsIn(node.selectionSet, info)) nodeFields.add(selected.name.value);
      }
    }
  }
  return { withTotal, nodeFields };
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
