import { describe, expect, it } from "vitest";
import { describeError } from "./logger.js";

class DrizzleQueryError extends Error {
  constructor(
    readonly query: string,
    readonly params: unknown[],
    override readonly cause: unknown,
  ) {
    super(`Failed query: ${query}\nparams: ${params.join(",")}`);
  }
}

describe("describeError", () => {
  it("keeps a failed statement's text and SQLSTATE, never its parameters or the database's message", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "perpetrators_crn_idx"'), {
      code: "23505",
      constraint: "perpetrators_crn_idx",
      table: "perpetrators",
      detail: "Key (crn)=(X123456) already exists.",
    });
    const described = describeError(new DrizzleQueryError('insert into "perpetrators" ("given_name") values ($1)', ["Zebedee"], cause));
    expect(described).toMatchObject({ type: "DrizzleQueryError", query: 'insert into "perpetrators" ("given_name") values ($1)', sqlstate: "23505", constraint: "perpetrators_crn_idx", table: "perpetrators" });
    expect(JSON.stringify(described)).not.toMatch(/Zebedee|X123456|duplicate key/);
  });

  it("keeps an ordinary error's message and stack frames", () => {
    const described = describeError(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(described).toMatchObject({ type: "TypeError", message: "Cannot read properties of undefined (reading 'id')" });
    expect((described["stack"] as string[]).every((frame) => frame.startsWith("at "))).toBe(true);
  });

  it("says only the kind of a thrown non-error", () => {
    expect(describeError("Zebedee")).toEqual({ type: "string" });
  });
});
