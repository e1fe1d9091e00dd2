import { describe, expect, it } from "vitest";
import { checkMerge, totalMoved, valuesOf, type MergeSide } from "./merge.rules.js";

const side = (overrides: Partial<MergeSide> = {}): MergeSide => ({
  id: "s",
  version: 1,
  mergedIntoId: null,
  crn: null,
  pncId: null,
  prisonNumber: null,
  croNumber: null,
  ...overrides,
});
const versions = { survivorVersion: 1, duplicateVersion: 1 };
const refusalsOf = (result: ReturnType<typeof checkMerge>) => (result.ok ? [] : result.refusals.map((r) => `${r.field}:${r.code}`));

describe("checkMerge", () => {
  it.each([
    ["a record into itself", side(), side(), ["duplicateId:INVALID"]],
    ["an already merged duplicate", side(), side({ id: "d", mergedIntoId: "x" }), ["duplicateId:INVALID"]],
    ["into a merged record", side({ mergedIntoId: "x" }), side({ id: "d" }), ["survivorId:INVALID"]],
    ["both merged", side({ mergedIntoId: "x" }), side({ id: "d", mergedIntoId: "x" }), ["duplicateId:INVALID", "survivorId:INVALID"]],
    ["a stale survivor", side({ version: 2 }), side({ id: "d" }), ["survivorExpectedVersion:CONFLICT"]],
    ["a stale duplicate", side(), side({ id: "d", version: 3 }), ["duplicateExpectedVersion:CONFLICT"]],
    ["two CRNs", side({ crn: "X123456" }), side({ id: "d", crn: "X654321" }), ["crn:CONFLICT"]],
    ["two PNCs and two CRO numbers", side({ pncId: "2001/0171310W", croNumber: "265416/21G" }), side({ id: "d", pncId: "2008/0056560Z", croNumber: "SF05/482703J" }), ["pncId:CONFLICT", "croNumber:CONFLICT"]],
    ["two prison numbers", side({ prisonNumber: "A1234BC" }), side({ id: "d", prisonNumber: "B1234BC" }), ["prisonNumber:CONFLICT"]],
  ])("refuses %s", (_name, survivor, duplicate, expected) => {
    expect(refusalsOf(checkMerge(survivor, duplicate, versions))).toEqual(expected);
  });

  it("names both values of a conflicting identifier", () => {
    const result = checkMerge(side({ crn: "X123456" }), side({ id: "d", crn: "X654321" }), versions);
    expect(result.ok ? null : result.refusals[0]!.message).toMatch(/X123456 and X654321/);
  });

  it.each([
    ["nothing", side(), side({ id: "d" }), []],
    ["the identifiers the survivor lacks", side({ crn: "X123456" }), side({ id: "d", pncId: "2001/0171310W", prisonNumber: "A1234BC" }), ["pncId", "prisonNumber"]],
    ["none the survivor already has", side({ crn: "X123456", croNumber: "265416/21G" }), side({ id: "d" }), []],
    ["every identifier to a survivor with none", side(), side({ id: "d", crn: "X123456", pncId: "2001/0171310W", prisonNumber: "A1234BC", croNumber: "265416/21G" }), ["crn", "pncId", "prisonNumber", "croNumber"]],
  ])("moves %s", (_name, survivor, duplicate, moved) => {
    const result = checkMerge(survivor, duplicate, versions);
    expect(result).toEqual({ ok: true, plan: { movedIdentifiers: moved } });
  });
});

describe("totalMoved", () => {
  it("sums rows per table over the holders, in table order, keeping zeros", () => {
    expect(totalMoved([{ referrals: 2, perpetrator_children: 0 }, { victim_links: 1 }, { referrals: 1 }])).toEqual({ perpetrator_children: 0, referrals: 3, victim_links: 1 });
    expect(Object.keys(totalMoved([{ b: 1 }, { a: 1 }]))).toEqual(["a", "b"]);
  });
});

describe("valuesOf", () => {
  it("keeps every correctable field of the duplicate, and nothing else", () => {
    const values = valuesOf({
      givenName: "Jon",
      familyName: "Smyth",
      dateOfBirth: "1985-04-12",
      sex: "MALE",
      crn: null,
      pncId: "2001/0171310W",
      prisonNumber: null,
      croNumber: null,
      genderIdentity: null,
      ethnicity: "White British",
      firstLanguage: "English",
      interpreterRequired: false,
      disability: null,
      sexualOrientation: null,
      needs: ["MENTAL_HEALTH"],
      ...({ id: "not kept", version: 3 } as object),
    } as Parameters<typeof valuesOf>[0]);
    expect(Object.keys(values)).toHaveLength(15);
    expect(values).toMatchObject({ givenName: "Jon", pncId: "2001/0171310W", needs: ["MENTAL_HEALTH"], interpreterRequired: false });
    expect(values).not.toHaveProperty("id");
  });
});
