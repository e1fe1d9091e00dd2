import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { NoIntrospection } from "./introspection.rule.js";

const schema = buildSchema(`type Query { programmes: [Programme!]! } type Programme { code: String! }`);
const errorsOf = (source: string) => validate(schema, parse(source), [...specifiedRules, NoIntrospection]).map((error) => error.message);

describe("NoIntrospection", () => {
  it.each([
    ["__schema", "{ __schema { queryType { name } } }"],
    ["__type", '{ __type(name: "Programme") { name } }'],
    ["an aliased __schema", "{ s: __schema { queryType { name } } }"],
    ["__schema in a fragment", "{ ...F } fragment F on Query { __schema { types { name } } }"],
  ])("refuses %s", (_name, source) => {
    expect(errorsOf(source)[0]).toMatch(/^GraphQL introspection is not allowed here/);
  });

  it("lets __typename and ordinary fields through", () => {
    expect(errorsOf("{ __typename programmes { __typename code } }")).toEqual([]);
  });
});
