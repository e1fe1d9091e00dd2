import { describe, expect, it } from "vitest";
import { checkLength, checkNotBefore, checkNotInFuture, fieldErrors } from "./field-checks.js";

describe("field checks", () => {
  it("length: at most max, or 1 to max when required, naming the field's last segment", () => {
    expect(checkLength("note", "x".repeat(10), 10)).toBeNull();
    expect(checkLength("note", null, 10)).toBeNull();
    expect(checkLength("contactSafety.notes", "x".repeat(11), 10)).toEqual({ field: "contactSafety.notes", code: "INVALID", message: "notes must be at most 10 characters" });
    expect(checkLength("name", "", 10, { required: true })?.message).toBe("name must be 1 to 10 characters");
    expect(checkLength("name", undefined, 10, { required: true })?.message).toBe("name must be 1 to 10 characters");
    expect(checkLength("name", "Ann", 10, { required: true })).toBeNull();
  });

  it("dates: not in the future, not before another; absent dates pass", () => {
    expect(checkNotInFuture("startedOn", "2026-12-04", "2026-12-03")?.message).toBe("startedOn cannot be in the future");
    expect(checkNotInFuture("startedOn", "2026-12-03", "2026-12-03")).toBeNull();
    expect(checkNotInFuture("startedOn", null, "2026-12-03")).toBeNull();
    expect(checkNotBefore("endedOn", "2026-01-01", "2026-01-02", "the link started")?.message).toBe("endedOn cannot be before the link started");
    expect(checkNotBefore("endedOn", "2026-01-02", "2026-01-02", "the link started")).toBeNull();
  });

  it("fieldErrors: only the refusals, as user errors under input", () => {
    const errors = fieldErrors(null, checkLength("a.b", "xx", 1), null);
    expect(errors.map(({ field, code, message }) => ({ field, code, message }))).toEqual([{ field: ["input", "a", "b"], code: "INVALID", message: "b must be at most 1 characters" }]);
  });
});
