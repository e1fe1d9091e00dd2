import { getNamedType, isInterfaceType, isObjectType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from "graphql";

/**
 * How one field of the API decides who sees its value:
 *
 * - `"edge"`: it returns a guarded row (or a `Node`); guardEdges shows each row only to callers with a
 *   relationship to it (null, dropped from a list, or NOT_FOUND when non-null).
 * - `"row"`: a plain value that goes with its row: whoever may see the row sees it.
 * - `"roles"`: restricted by `@FieldRoles` to some roles (FORBIDDEN for the rest).
 * - `"root"`: an entry point (Query, Mutation, Subscription); its service asks the role, scopes its
 *   pages and checks the relationship to any row it changes.
 * - `{ custom }`: decided in code, for the reason given.
 */
export type AccessDecision = "edge" | "row" | "roles" | "root" | { custom: string };

/** A page's count of guarded rows. */
export const COUNT_OF_VISIBLE_ROWS: AccessDecision = { custom: "counts only the rows the caller may see: the service scopes the page query (and its count) with the caller's visibility" };
/** A count over people that names none. */
export const AGGREGATE: AccessDecision = { custom: "an aggregate, never a person: the service gives exact counts to the teams it counts and withholds counts of 1 to 4 from analysts" };

/**
 * The object types a client can reach: from the roots, through every field, and through `node` to
 * every implementation of an interface. Introspection types are not part of the API's data.
 */
export function reachableObjectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const seen = new Set<string>();
  const queue: GraphQLNamedType[] = [];
  const visit = (type: GraphQLNamedType | null | undefined) => {
    if (type && !type.name.startsWith("__") && !seen.has(type.name)) {
      seen.add(type.name);
      queue.push(type);
    }
  };
  visit(schema.getQueryType());
  visit(schema.getMutationType());
  visit(schema.getSubscriptionType());
  const found: GraphQLObjectType[] = [];
  for (let type = queue.shift(); type; type = queue.shift()) {
    if (isInterfaceType(type)) for (const implementation of schema.getPossibleTypes(type)) visit(implementation);
    if (isObjectType(type)) found.push(type);
    if (isObjectType(type) || isInterfaceType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  }
  return found;
}
