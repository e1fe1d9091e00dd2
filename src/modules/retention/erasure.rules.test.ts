import { describe, expect, it } from "vitest";
import { checkErasure, type LockedSubject } from "./erasure.rules.js";

const live: LockedSubject = { version: 3, erasedAt: null, restrictedAt: null, mergedIntoId: null };
const at = new Date("2026-01-01T00:00:00Z");

describe("checkErasure", () => {
  it.each([
    ["a live record at the read version, erased", live, "ERASE", 3, []],
    ["a live record, restricted", live, "RESTRICT", 3, []],
    ["a restricted record, erased", { ...live, restrictedAt: at }, "ERASE", 3, []],
    ["no record", null, "ERASE", 1, ["id NOT_FOUND"]],
    ["a merged record", { ...live, mergedIntoId: "x" }, "ERASE", 3, ["id INVALID"]],
    ["an erased record", { ...live, erasedAt: at }, "ERASE", 3, ["id ALREADY_ERASED"]],
    ["an erased record, restricted", { ...live, erasedAt: at }, "RESTRICT", 3, ["id ALREADY_ERASED"]],
    ["a restricted record, restricted again", { ...live, restrictedAt: at }, "RESTRICT", 3, ["id ALREADY_ERASED"]],
    ["a stale version", live, "ERASE", 2, ["expectedVersion CONFLICT"]],
  ] as const)("%s", (_name, subject, mode, expectedVersion, refusals) => {
    expect(checkErasure(subject, { mode, expectedVersion }).map((r) => `${r.field} ${r.code}`)).toEqual(refusals);
  });
});
