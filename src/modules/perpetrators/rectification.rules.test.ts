import { describe, expect, it } from "vitest";
import { displayValue, rectificationOf, type RectifiableValues } from "./rectification.rules.js";
import { validatePerpetratorPatch } from "./perpetrator.validation.js";
import { parseCroNumber, parseCrn, parsePncId, parsePrisonNumber } from "./identifiers.rules.js";
import type { UpdatePerpetratorInput } from "./perpetrator.inputs.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const parsers = { crn: parseCrn, pncId: (v: string) => parsePncId(v, NOW), prisonNumber: parsePrisonNumber, croNumber: parseCroNumber };

const current: RectifiableValues = {
  givenName: "Sam",
  familyName: "Jones",
  dateOfBirth: "1985-04-12",
  sex: "MALE",
  crn: "X123456",
  pncId: "2001/0171310W",
  prisonNumber: null,
  croNumber: null,
  genderIdentity: null,
  ethnicity: "White British",
  firstLanguage: null,
  interpreterRequired: false,
  disability: null,
  sexualOrientation: null,
  needs: ["ALCOHOL_MISUSE", "ACCOMMODATION"],
};

const input = (fields: Partial<UpdatePerpetratorInput>) => ({ id: "x", expectedVersion: 1, reason: "Letter from the court", ...fields }) as UpdatePerpetratorInput;

describe("rectificationOf", () => {
  it.each([
    ["a new family name", { familyName: "Jonas" }, ["familyName"], { familyName: "Jones" }],
    ["a cleared identifier", { crn: null }, ["crn"], { crn: "X123456" }],
    ["a new identifier where there was none", { prisonNumber: "A1234BC" }, ["prisonNumber"], { prisonNumber: null }],
    ["fields in the order a change lists them", { needs: [], givenName: "Samuel" }, ["givenName", "needs"], { givenName: "Sam", needs: ["ALCOHOL_MISUSE", "ACCOMMODATION"] }],
    ["a boolean", { interpreterRequired: true }, ["interpreterRequired"], { interpreterRequired: false }],
  ] as const)("%s", (_name, patch, fields, previous) => {
    const change = rectificationOf(current, patch as never)!;
    expect(change.changedFields).toEqual(fields);
    expect(change.previous).toEqual(previous);
  });

  it.each([
    ["the same values", { familyName: "Jones", crn: "X123456" }],
    ["needs in another order", { needs: ["ACCOMMODATION", "ALCOHOL_MISUSE"] }],
    ["an empty patch", {}],
    ["clearing what is not there", { croNumber: null }],
  ] as const)("nothing changes with %s", (_name, patch) => {
    expect(rectificationOf(current, patch as never)).toBeNull();
  });
});

describe("validatePerpetratorPatch", () => {
  it.each([
    ["an empty reason", { reason: "   " }, "reason"],
    ["a reason over 500 characters", { reason: "x".repeat(501) }, "reason"],
    ["a future date of birth", { dateOfBirth: "2026-06-02" }, "dateOfBirth"],
    ["a PNC ID with the wrong check letter", { pncId: "2001/0171310S" }, "pncId"],
    ["a CRN of the wrong shape", { crn: "12345" }, "crn"],
    ["a cleared family name", { familyName: null }, "familyName"],
    ["a blank given name", { givenName: "  " }, "givenName"],
    ["cleared needs", { needs: null }, "needs"],
  ] as const)("refuses %s", (_name, fields, field) => {
    const outcome = validatePerpetratorPatch(input(fields as never), NOW, parsers);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.errors.map((e) => e.field.join("."))).toEqual([`input.${field}`]);
  });

  it("keeps only the fields named, canonical, with explicit nulls", () => {
    const outcome = validatePerpetratorPatch(input({ pncId: "79/163001B", ethnicity: null, crn: " x654321 ", reason: "  Court letter  " }), NOW, parsers);
    expect(outcome).toEqual({ ok: true, value: { reason: "Court letter", patch: { pncId: "1979/0163001B", ethnicity: null, crn: "X654321" } } });
  });
});

describe("displayValue", () => {
  it.each([
    ["Jones", "Jones"],
    ["1985-04-12", "1985-04-12"],
    [false, "false"],
    [["ALCOHOL_MISUSE", "ACCOMMODATION"], "ALCOHOL_MISUSE,ACCOMMODATION"],
    [null, null],
  ] as const)("%j as %j", (value, shown) => {
    expect(displayValue(value as never)).toBe(shown);
  });
});
