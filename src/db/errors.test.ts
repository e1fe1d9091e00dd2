import { describe, expect, it } from "vitest";
import { databaseFailure } from "./errors.js";

const wrapped = (cause: object) => Object.assign(new Error("Failed query: select 1"), { cause });

describe("databaseFailure", () => {
  it("calls a statement timeout a TIMEOUT, under drizzle's wrapper too", () => {
    expect(databaseFailure({ code: "57014" })).toBe("TIMEOUT");
    expect(databaseFailure(wrapped({ code: "57014" }))).toBe("TIMEOUT");
  });

  it.each(["ECONNREFUSED", "ECONNRESET", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECT_TIMEOUT", "08006", "08001", "57P01", "57P03", "53300"])(
    "calls %s the database being UNAVAILABLE",
    (code) => expect(databaseFailure(wrapped({ code }))).toBe("UNAVAILABLE"),
  );

  it("calls a data exception (class 22) BAD_DATA", () => {
    expect(databaseFailure(wrapped({ code: "22021" }))).toBe("BAD_DATA");
    expect(databaseFailure(wrapped({ code: "22P02" }))).toBe("BAD_DATA");
  });

  it("leaves the request's own errors alone", () => {
    expect(databaseFailure({ code: "23505" })).toBeNull();
    expect(databaseFailure(new Error("boom"))).toBeNull();
    expect(databaseFailure(null)).toBeNull();
  });
});
