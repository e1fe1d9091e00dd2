import { describe, expect, it } from "vitest";
import { dueOn, isDue, lastActivity, RETENTION_DEFAULT_YEARS } from "./retention.rules.js";

describe("dueOn", () => {
  it.each([
    ["2019-03-14", 7, "2026-03-14"],
    ["2020-02-29", 6, "2026-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2018-12-31", 1, "2019-12-31"],
  ])("%s plus %i years is %s", (from, years, due) => {
    expect(dueOn(from, years)).toBe(due);
  });
});

describe("isDue", () => {
  it.each([
    ["2019-03-14", 7, "2026-03-13", false],
    ["2019-03-14", 7, "2026-03-14", true],
    ["2019-03-14", 7, "2026-03-15", true],
    ["2020-02-29", 6, "2026-02-28", true],
    ["2020-02-29", 6, "2026-02-27", false],
  ])("from %s, %i years, on %s: %s", (from, years, today, due) => {
    expect(isDue(from, years, today)).toBe(due);
  });
});

describe("lastActivity", () => {
  it("is the latest dated activity", () => {
    expect(lastActivity({ REFERRAL_OUTCOME: "2019-05-01", SENTENCE_ORDER_END: "2020-01-31", COHORT_EXIT: null, RECORD_CREATED: "2018-01-01" })).toEqual({
      activity: "SENTENCE_ORDER_END",
      on: "2020-01-31",
    });
  });

  it("on a tie, the earlier-listed activity wins (an outcome over the record's creation)", () => {
    expect(lastActivity({ REFERRAL_OUTCOME: "2019-05-01", RECORD_CREATED: "2019-05-01" })).toEqual({ activity: "REFERRAL_OUTCOME", on: "2019-05-01" });
  });

  it("falls back to the record's creation, and is null with nothing dated", () => {
    expect(lastActivity({ REFERRAL_OUTCOME: null, VICTIM_LINK_END: undefined, RECORD_CREATED: "2017-06-30" })).toEqual({ activity: "RECORD_CREATED", on: "2017-06-30" });
    expect(lastActivity({ REFERRAL_OUTCOME: null })).toBeNull();
  });
});

describe("defaults", () => {
  it("keep a perpetrator's case 7 years and a victim's records 6", () => {
    expect(RETENTION_DEFAULT_YEARS).toEqual({ PERPETRATOR_CASE: 7, VICTIM: 6 });
  });
});
