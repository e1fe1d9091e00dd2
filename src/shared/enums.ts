import { registerEnumType } from "type-graphql";

/**
 * A GraphQL enum made from a feature's list of values, so the values are written once (the list also
 * feeds the tables' check constraints and the rules' types).
 */
export function graphqlEnum<const V extends string>(
  values: readonly V[],
  name: string,
  options: { description?: string; valuesConfig?: Partial<Record<V, { description: string }>> } = {},
): { readonly [K in V]: K } {
  const enumObject = Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { readonly [K in V]: K };
  registerEnumType(enumObject, { name, ...options });
  return enumObject;
}
