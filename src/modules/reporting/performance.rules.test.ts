import { describe, expect, it } from "vitest";
import { checkPeriod, parseReportQuery, quarterStart } from "./performance.rules.js";

describe("quarterStart", () => {
  it.each([
    ["2026-01-01", "2026-01-01"],
    ["2026-03-31", "2026-01-01"],
    ["2026-04-15", "2026-04-01"],
    ["2026-09-30", "2026-07-01"],
    ["2026-12-31", "2026-10-01"],
  ])("%s is in the quarter from %s", (today, start) => expect(quarterStart(today)).toBe(start));
});

describe("checkPeriod", () => {
  it.each([
    { from: undefined, to: undefined, answer: { from: "2026-04-01", to: "2026-06-01" } },
    { from: "2026-01-01", to: "2026-03-31", answer: { from: "2026-01-01", to: "2026-03-31" } },
    { from: "2026-02-30", to: "2026-03-31", answer: { field: "from" } },
    { from: "2026-01-01", to: "31/03/2026", answer: { field: "to" } },
    { from: "2026-04-01", to: "2026-03-31", answer: { field: "from" } },
    { from: "2016-01-01", to: "2026-01-01", answer: { field: "to" } },
    { from: "2016-01-02", to: "2026-01-01", answer: { from: "2016-01-02", to: "2026-01-01" } },
  ])("$from to $to", ({ from, to, answer }) => expect(checkPeriod(from, to, "2026-06-01")).toMatchObject(answer));
});

describe("parseReportQuery", () => {
  const parse = (query: string) => parseReportQuery(new URLSearchParams(query), "2026-06-01");
  it.each([
    { query: "from=2026-01-01&to=2026-03-31&programme=BBR&groupBy=GROUP,REFERRAL_SOURCE,GROUP", answer: { period: { from: "2026-01-01", to: "2026-03-31" }, programme: "BBR", breakdowns: ["GROUP", "REFERRAL_SOURCE"] } },
    { query: "", answer: { period: { from: "2026-04-01", to: "2026-06-01" }, programme: null, breakdowns: [] } },
    { query: "programme=NOPE", answer: { field: "programme" } },
    { query: "groupBy=POSTCODE", answer: { field: "groupBy" } },
    { query: "from=2026-01-01&from=2026-02-01", answer: { field: "from" } },
    { query: "person=abc", answer: { field: "person" } },
  ])("$query", ({ query, answer }) => expect(parse(query)).toEqual(expect.objectContaining(answer)));
});
