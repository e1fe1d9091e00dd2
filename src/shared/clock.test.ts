import { describe, expect, it } from "vitest";
import { fixedClock, isoDate } from "./clock.js";
import { toIsoDate } from "./dates.js";

describe("isoDate", () => {
  it.each([
    // Summer (BST, UTC+1): just before midnight UTC it is already tomorrow in England.
    ["2026-06-01T23:30:00Z", "2026-06-02"],
    ["2026-06-01T22:59:59.999Z", "2026-06-01"],
    ["2026-06-01T23:00:00Z", "2026-06-02"],
    ["2026-06-30T23:00:00Z", "2026-07-01"],
    ["2026-07-01T00:30:00Z", "2026-07-01"],
    // Winter (GMT, UTC+0): the England date is the UTC date.
    ["2026-12-01T23:30:00Z", "2026-12-01"],
    ["2026-12-01T00:00:00Z", "2026-12-01"],
    ["2026-12-31T23:59:59.999Z", "2026-12-31"],
    ["2027-01-01T00:00:00Z", "2027-01-01"],
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    ["2026-03-28T23:30:00Z", "2026-03-28"],
    ["2026-03-29T00:59:59.999Z", "2026-03-29"],
    ["2026-03-29T01:00:00Z", "2026-03-29"],
    ["2026-03-29T22:59:59.999Z", "2026-03-29"],
    ["2026-03-29T23:00:00Z", "2026-03-30"],
    // Clocks go back at 01:00 UTC on Sunday 25 October 2026.
    ["2026-10-24T22:59:59.999Z", "2026-10-24"],
    ["2026-10-24T23:00:00Z", "2026-10-25"],
    ["2026-10-25T00:30:00Z", "2026-10-25"],
    ["2026-10-25T01:30:00Z", "2026-10-25"],
    ["2026-10-25T23:00:00Z", "2026-10-25"],
    ["2026-10-25T23:59:59.999Z", "2026-10-25"],
    ["2026-10-26T00:00:00Z", "2026-10-26"],
    // A leap day falls in winter time: the UTC date.
    ["2028-02-29T23:59:59.999Z", "2028-02-29"],
  ])("%s is %s in England", (moment, expected) => {
    expect(isoDate(new Date(moment))).toBe(expected);
  });

  it("differs from the UTC date late on a summer evening, and agrees in winter", () => {
    const summer = new Date("2026-06-01T23:30:00Z");
    const winter = new Date("2026-12-01T23:30:00Z");
    expect(toIsoDate(summer)).toBe("2026-06-01");
    expect(isoDate(summer)).toBe("2026-06-02");
    expect(isoDate(winter)).toBe(toIsoDate(winter));
  });

  it("always writes YYYY-MM-DD with zero-padded month and day", () => {
    expect(isoDate(new Date("2026-01-05T12:00:00Z"))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isoDate(new Date("2026-01-05T12:00:00Z"))).toBe("2026-01-05");
  });

  it("gives today from a fixed clock as England sees it", () => {
    const clock = fixedClock("2026-06-01T23:30:00Z");
    expect(isoDate(clock.now())).toBe("2026-06-02");
    clock.set("2026-12-01T23:30:00Z");
    expect(isoDate(clock.now())).toBe("2026-12-01");
  });

  it("throws a RangeError for an invalid moment", () => {
    expect(() => isoDate(new Date("not a date"))).toThrow(RangeError);
  });
});
