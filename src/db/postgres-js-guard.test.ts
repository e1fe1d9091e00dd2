import { describe, expect, it } from "vitest";
import { isPostgresJsWriteRace } from "./postgres-js-guard.js";

function typeError(message: string, stack: string): TypeError {
  const error = new TypeError(message);
  error.stack = `TypeError: ${message}\n${stack}`;
  return error;
}

describe("isPostgresJsWriteRace", () => {
  it("recognises postgres.js writing to a connection that is gone", () => {
    const error = typeError(
      "Cannot read properties of null (reading 'write')",
      "    at Immediate.nextWrite (/app/node_modules/postgres/src/connection.js:255:22)\n    at process.processImmediate (node:internal/timers:483:21)",
    );
    expect(isPostgresJsWriteRace(error)).toBe(true);
  });

  it("lets every other error through, even the same message from elsewhere", () => {
    expect(isPostgresJsWriteRace(typeError("Cannot read properties of null (reading 'write')", "    at flush (/app/src/other.js:1:1)"))).toBe(false);
    expect(isPostgresJsWriteRace(typeError("x is not a function", "    at nextWrite (/app/node_modules/postgres/src/connection.js:255:22)"))).toBe(false);
    expect(isPostgresJsWriteRace(new Error("Cannot read properties of null (reading 'write')"))).toBe(false);
  });
});
