import { describe, expect, it } from "vitest";
import { parseSubjectAccessQuery } from "./subject-access.rules.js";

const parse = (search: string) => parseSubjectAccessQuery(new URLSearchParams(search));

describe("parseSubjectAccessQuery", () => {
  it.each([
    ["crn=X123456", { crn: "X123456", prn: null, period: { from: null, to: null } }],
    ["crn=x123456", { crn: "X123456", prn: null, period: { from: null, to: null } }],
    ["prn=A1234BC", { crn: null, prn: "A1234BC", period: { from: null, to: null } }],
    ["crn=X123456&prn=A1234BC&fromDate=2026-01-01&toDate=2026-03-31", { crn: "X123456", prn: "A1234BC", period: { from: "2026-01-01", to: "2026-03-31" } }],
    ["crn=X123456&fromDate=2026-02-28&toDate=2026-02-28", { crn: "X123456", prn: null, period: { from: "2026-02-28", to: "2026-02-28" } }],
    ["crn=X123456&fromDate=&toDate=", { crn: "X123456", prn: null, period: { from: null, to: null } }],
  ])("reads %s", (search, query) => {
    expect(parse(search)).toEqual({ query });
  });

  it.each([
    ["", "One of prn or crn must be supplied."],
    ["crn=&prn=", "One of prn or crn must be supplied."],
    ["fromDate=2026-01-01", "One of prn or crn must be supplied."],
    ["crn=X12345", "crn must be"],
    ["crn=2001/0171310W", "crn must be"],
    ["prn=A1234B", "prn must be"],
    ["crn=X123456&fromDate=2026-02-30", "fromDate must be a date"],
    ["crn=X123456&toDate=01/02/2026", "toDate must be a date"],
    ["crn=X123456&fromDate=2026-03-01&toDate=2026-02-01", "fromDate must not be after toDate."],
  ])("refuses %j", (search, message) => {
    const parsed = parse(search);
    expect("problem" in parsed && parsed.problem).toContain(message);
  });
});
