import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * The fields an operation selects at one place of its document, for every occurrence of that place,
 * through fragments, inline fragments and aliases. Fields under @skip/@include count as selected, so
 * what a query reads from it is a superset of what the answer needs, never less.
 */
export class Selection {
  private names: ReadonlySet<string> | undefined;

  private constructor(
    private readonly fields: readonly FieldNode[],
    private readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  ) {}

  /** What is selected on the value of the field being resolved. */
  static of(info: GraphQLResolveInfo): Selection {
    const fields: FieldNode[] = [];
    for (const node of info.fieldNodes) fieldsIn(node.selectionSet, info.fragments, new Set(), fields);
    return new Selection(fields, info.fragments);
  }

  /** The names of the fields selected here (not their aliases). */
  get fieldNames(): ReadonlySet<string> {
    return (this.names ??= new Set(this.fields.map((field) => field.name.value)));
  }

  /** What is selected under the field `name`, across all its occurrences here. */
  under(name: string): Selection {
    const fields: FieldNode[] = [];
    for (const field of this.fields) if (field.name.value === name) fieldsIn(field.selectionSet, this.fragments, new Set(), fields);
    return new Selection(fields, this.fragments);
  }
}

/** What an operation selects on a connection field. */
export interface ConnectionSelection {
  /** totalCount is selected: the page query counts in the same statement. */
  withTotal: boolean;
  /** What is selected on the nodes (under `edges { node }`): a page query selects the columns these read and no others. */
  nodes: Selection;
}

export function connectionSelection(info: GraphQLResolveInfo): ConnectionSelection {
  const connection = Selection.of(info);
  return { withTotal: connection.fieldNames.has("totalCount"), nodes: connection.under("edges").under("node") };
}

/** The fields of a selection set, with its fragments spread in place. */
function fieldsIn(
  selectionSet: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  seen: Set<string>,
  into: FieldNode[],
): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsIn(selection.selectionSet, fragments, seen, into);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fieldsIn(fragments[selection.name.value]?.selectionSet, fragments, seen, into);
    }
  }
  return into;
}
