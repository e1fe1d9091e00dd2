import { getMetadataStorage } from "type-graphql";

interface FieldMetadata {
  target: object;
  name: string;
  simple?: boolean;
}
interface FieldTarget {
  target: object;
  fieldName: string;
}

/**
 * Plain data fields are read by graphql-js's default resolver. type-graphql otherwise gives each one
 * a resolver of its own that builds an object per value (about 4,000 on an IOM cohort page). Fields
 * with `@Authorized` or `@UseMiddleware` keep type-graphql's resolver, and `@FieldResolver`s are not
 * plain fields. Call before buildSchema: type-graphql reads `simple` while it builds.
 */
export function resolvePlainFieldsDirectly(): void {
  // type-graphql 2 keeps these lists on its metadata storage without exporting their types.
  const storage = getMetadataStorage() as unknown as { fields: FieldMetadata[]; authorizedFields: FieldTarget[]; middlewares: FieldTarget[] };
  const wrapped = new Map<object, Set<string>>();
  for (const { target, fieldName } of [...storage.authorizedFields, ...storage.middlewares]) {
    if (!wrapped.has(target)) wrapped.set(target, new Set());
    wrapped.get(target)!.add(fieldName);
  }
  for (const field of storage.fields) {
    if (field.simple === undefined && !wrapped.get(field.target)?.has(field.name)) field.simple = true;
  }
}
