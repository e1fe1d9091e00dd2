import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../src/schema.js";

/**
 * Every element a client developer meets in the schema, as a path (`Type`, `Type.field`,
 * `Type.field(arg)`, `Enum.VALUE`), that has no description or only whitespace.
 * graphql's own scalars and introspection types are left out: graphql-js documents them.
 */
function undescribedElements(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim() === "";
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing.sort();
}

describe("the schema documents itself", () => {
  it("describes every type, field, argument, input field and enum value", async () => {
    const missing = undescribedElements(await buildAppSchema());
    expect(missing, `${missing.length} schema elements have no description`).toEqual([]);
  });
});
