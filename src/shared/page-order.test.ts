import { describe, expect, it } from "vitest";
import { keysetFor, taggedCursor } from "./page-order.js";
import type { PageRequest } from "./pagination.js";

const page = (after: unknown[] | null): PageRequest => ({ first: 10, after, withTotal: false });

describe("keysetFor", () => {
  it("reads a default-order cursor as it always was", () => {
    expect(keysetFor(page(["2026-01-01T00:00:00.000Z", "id-1"]), "referrals", "NEWEST_FIRST", "NEWEST_FIRST", 2)).toEqual(["2026-01-01T00:00:00.000Z", "id-1"]);
  });

  it("reads a tagged cursor under its own order", () => {
    expect(keysetFor(page(taggedCursor("referrals", "STATUS", ["3", "t", "id"])), "referrals", "STATUS", "NEWEST_FIRST", 3)).toEqual(["3", "t", "id"]);
  });

  it("has no keyset on a first page", () => {
    expect(keysetFor(page(null), "referrals", "STATUS", "NEWEST_FIRST", 3)).toBeNull();
  });

  it.each([
    ["a default cursor under another order", ["2026-01-01T00:00:00.000Z", "id-1"], "FAMILY_NAME", /issued for orderBy NEWEST_FIRST/],
    ["a tagged cursor under the default order", taggedCursor("referrals", "STATUS", ["3", "t", "id"]), "NEWEST_FIRST", /issued for orderBy STATUS/],
    ["a tagged cursor under another order", taggedCursor("referrals", "STATUS", ["3", "t", "id"]), "FAMILY_NAME", /issued for orderBy STATUS/],
    ["another list's cursor of the same order", taggedCursor("iomCohort", "FAMILY_NAME", ["a", "b", "id"]), "FAMILY_NAME", /issued for another list/],
    ["a cursor of the right order with the wrong keyset", taggedCursor("referrals", "FAMILY_NAME", ["a", "id"]), "FAMILY_NAME", /not a cursor of this list/],
  ])("refuses %s (BAD_USER_INPUT)", (_, after, order, message) => {
    expect(() => keysetFor(page(after), "referrals", order, "NEWEST_FIRST", 3)).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT", message: expect.stringMatching(message) }));
  });
});
