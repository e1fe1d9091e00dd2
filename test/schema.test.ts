import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { printAppSchema } from "../src/schema.js";

describe("the committed schema", () => {
  it("matches the schema the code builds (run `npm run schema:emit` after changing a type)", async () => {
    const committed = await readFile(new URL("../schema/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(await printAppSchema());
  });
});

describe("the generated client documents", () => {
  it("match client/operations and the schema (run `npm run codegen` after changing either)", async () => {
    const { generate } = await import("@graphql-codegen/cli");
    const outputs = await generate({ ...(await loadCodegenConfig()), cwd: process.cwd() }, false);
    const committed = await readFile(new URL("../client/generated/graphql.ts", import.meta.url), "utf8");
    expect(outputs[0]?.content).toBe(committed);
  });
});

async function loadCodegenConfig() {
  const { parse } = await import("yaml");
  return parse(await readFile(new URL("../codegen.yml", import.meta.url), "utf8"));
}
