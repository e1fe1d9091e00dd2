import { describe, expect, it } from "vitest";
import { identifierParsersAt } from "../perpetrators/index.js";
import { readHeader, rowValues } from "./import-columns.rules.js";
import { duplicatesWithinFile, readChoice, readDate, readPersonRow, readReferralRow } from "./import-rows.rules.js";

const now = new Date("2026-06-01T12:00:00Z");
const parsers = identifierParsersAt(now);

describe("readDate", () => {
  it.each([
    ["1985-03-14", "1985-03-14"],
    ["14/03/1985", "1985-03-14"],
    ["4/3/1985", "1985-03-04"],
    ["29/02/2023", null],
    ["1985-3-14", null],
    ["03/14/1985", null],
    ["yesterday", null],
  ])("%s → %s", (text, expected) => expect(readDate(text)).toBe(expected));
});

describe("readChoice", () => {
  it.each([
    ["male", "MALE"],
    [" Not known ", "NOT_KNOWN"],
    ["not-known", "NOT_KNOWN"],
    ["man", null],
  ])("%s → %s", (text, expected) => expect(readChoice(text, ["MALE", "NOT_KNOWN"])).toBe(expected));
});

describe("readHeader", () => {
  it("matches headers ignoring case, spaces, hyphens and underscores, and takes aliases", () => {
    const header = readHeader("PEOPLE", ["Given Name", "SURNAME", "dob", "Sex", "PNC-ID"]);
    expect(header.ok && header.header.names).toEqual(["given_name", "family_name", "date_of_birth", "sex", "pnc"]);
  });

  it("refuses an unknown column, a column twice and a missing required one", () => {
    const header = readHeader("REFERRALS", ["crn", "crn", "programme", "colour"]);
    expect(!header.ok && header.problems.map((p) => [p.column, p.code])).toEqual([
      ["crn", "DUPLICATE"],
      ["colour", "INVALID"],
      ["source", "INVALID"],
      ["referred_date", "INVALID"],
    ]);
  });

  it("refuses a row with more cells than columns", () => {
    const header = readHeader("PEOPLE", ["given_name", "family_name", "date_of_birth", "sex"]);
    if (!header.ok) throw new Error("header");
    expect(rowValues(header.header, 2, ["a", "b", "1980-01-01", "MALE", "extra"]).problems.map((p) => p.code)).toEqual(["INVALID"]);
  });
});

describe("readPersonRow", () => {
  const base = { given_name: "Ann", family_name: "Example", date_of_birth: "1980-01-01", sex: "female" };

  it("makes createPerpetrator's canonical values", () => {
    const read = readPersonRow(2, { ...base, crn: "x123456", pnc: "01/171310W", interpreter_required: "Yes", needs: "alcohol misuse; ACCOMMODATION" }, now, parsers);
    expect(read.ok && read.value.person).toMatchObject({ sex: "FEMALE", crn: "X123456", pncId: "2001/0171310W", interpreterRequired: true, needs: ["ALCOHOL_MISUSE", "ACCOMMODATION"] });
  });

  it.each([
    [{ pnc: "2001/0171310X" }, "pnc", "PNC ID check letter is wrong: expected W"],
    [{ crn: "123456" }, "crn", "CRN must be a letter followed by 6 digits, e.g. X123456"],
    [{ date_of_birth: "2030-01-01" }, "date_of_birth", "dateOfBirth cannot be in the future"],
    [{ date_of_birth: "31/02/1980" }, "date_of_birth", "date_of_birth must be a date, YYYY-MM-DD or DD/MM/YYYY"],
    [{ sex: "M" }, "sex", "sex must be one of MALE, FEMALE, INTERSEX, NOT_KNOWN"],
    [{ interpreter_required: "maybe" }, "interpreter_required", "interpreter_required must be yes or no"],
    [{ given_name: "x".repeat(101) }, "given_name", "givenName must be 1 to 100 characters"],
  ])("%o is refused on %s", (change, column, message) => {
    const read = readPersonRow(7, { ...base, ...change }, now, parsers);
    expect(!read.ok && read.problems).toEqual([{ row: 7, column, code: "INVALID", message }]);
  });
});

describe("readReferralRow", () => {
  const base = { crn: "X123456", programme: "choices", source: "self", referred_date: "2026-05-01" };

  it("reads a row", () => {
    const read = readReferralRow(3, { ...base, risk_level: "very high" }, "2026-06-01", parsers);
    expect(read.ok && read.value).toEqual({ row: 3, crn: "X123456", pncId: null, programme: "CHOICES", source: "SELF", legalBasis: null, riskLevel: "VERY_HIGH", referredDate: "2026-05-01" });
  });

  it.each([
    [{ crn: undefined }, "crn", "INVALID"],
    [{ programme: "ANGER" }, "programme", "NOT_FOUND"],
    [{ source: "NEIGHBOUR" }, "source", "INVALID"],
    [{ legal_basis: "BAIL" }, "legal_basis", "INVALID"],
    [{ referred_date: "2026-07-01" }, "referred_date", "INVALID"],
  ])("%o is refused on %s", (change, column, code) => {
    const read = readReferralRow(3, { ...base, ...change }, "2026-06-01", parsers);
    expect(!read.ok && read.problems.map((p) => [p.column, p.code])).toEqual([[column, code]]);
  });
});

describe("duplicatesWithinFile", () => {
  it("refuses each later row with a key an earlier row had, naming the first", () => {
    const rows = [
      { row: 2, crn: "A000001" },
      { row: 3, crn: null },
      { row: 4, crn: "A000001" },
      { row: 5, crn: "A000001" },
    ];
    expect(duplicatesWithinFile(rows, [{ column: "crn", what: "CRN", of: (r) => r.crn }]).map((p) => [p.row, p.message])).toEqual([
      [4, "Row 2 has the same CRN"],
      [5, "Row 2 has the same CRN"],
    ]);
  });
});
