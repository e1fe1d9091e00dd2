import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { printAppSchema } from "../src/schema.js";

describe("the committed schema", () => {
  it("matches the schema the code builds (run `npm run schema:emit` after changing a type)", async () => {
    const committed = await readFile(new URL("../schema/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(await printAppSchema());
  });
});
