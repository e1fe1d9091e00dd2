import { readdirSync, readFileSync } from "node:fs";
import { Kind, parse, specifiedRules, validate, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { buildAppSchema } from "../src/schema.js";
import { queryLimits } from "../src/shared/limits/limits.plugin.js";
import { measureQuery } from "../src/shared/limits/query-cost.js";

/**
 * The limits must refuse abuse, not the clients this project ships: every operation in
 * client/operations passes the depth, alias, token and directive limits, and costs less than the
 * maximum with every page at its largest (first: 100).
 */
const folder = new URL("../client/operations/", import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".graphql"))
  .map((name) => ({ name, text: readFileSync(new URL(name, folder), "utf8") }));
const source = files.map((file) => file.text).join("\n");
const document = parse(source);
const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** Values of the right shape for an operation's required variables, with every `first` at 100. */
function variablesFor(operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name === "first") variables[name] = 100;
    else if (definition.type.kind === Kind.NON_NULL_TYPE) {
      const inner = definition.type.type;
      variables[name] = inner.kind === Kind.LIST_TYPE ? [] : inner.name.value === "Int" ? 1 : inner.name.value === "Boolean" ? false : inner.name.value.endsWith("Input") ? null : "x";
    }
  }
  return variables;
}

describe("the shipped client operations under the default limits", async () => {
  const schema = await buildAppSchema();
  const config = loadConfig({ NODE_ENV: "production", JWT_SECRET: "limits-test-secret-that-is-long-enough", LOG_LEVEL: "silent" });
  const limits = queryLimits(schema, config.limits);

  it("pass depth, alias, token and directive limits", () => {
    // Validation per operation, with only the fragments it uses kept by graphql's own rules.
    const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it.each(files.map((file) => [file.name, file.text] as const))("%s is under the token limit", (_name, text) => {
    expect(() => parse(text, { maxTokens: config.limits.maxTokens })).not.toThrow();
  });

  it.each(operations.filter((o) => o.operation === "query").map((o) => [o.name!.value, o] as const))("%s costs under the maximum at first: 100", (_name, operation) => {
    const variables = variablesFor(operation);
    const { cost, oversizedPages } = measureQuery(schema, document, variables, operation.name!.value);
    expect(oversizedPages).toEqual([]);
    expect(cost).toBeLessThanOrEqual(config.limits.maxCost);
  });
});
