import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, validate } from "graphql";
import { buildAppSchema } from "../src/schema.js";

/**
 * Every GraphQL block in the README parses and is valid against the schema the code builds, so an
 * example cannot name a field, argument or enum value that has been renamed or removed. (Running each
 * against the demo data is the next step: the examples still carry elided ids.)
 */
const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, index) => ({
  index: index + 1,
  line: README.slice(0, match.index).split("\n").length + 1,
  text: match[1]!,
}));

describe("the README's GraphQL examples", () => {
  it("are there to check", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(blocks)("block $index (README line $line) parses and validates against the schema", async ({ text }) => {
    const schema = await buildAppSchema();
    const errors = validate(schema, parse(text)).map((error) => error.message);
    expect(errors).toEqual([]);
  });
});
