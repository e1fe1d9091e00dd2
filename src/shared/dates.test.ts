import { describe, expect, it } from "vitest";
import { addDays, addMonths, ageOn, daysInMonth, minusMonths, parseIsoDate, toIsoDate } from "./dates.js";

describe("parseIsoDate", () => {
  it.each([
    ["2026-11-26", { year: 2026, month: 11, day: 26 }],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["2023-02-29", null],
    ["2026-13-01", null],
    ["2026-00-10", null],
    ["2026-04-31", null],
    ["26-11-2026", null],
    ["2026-11-26T00:00:00Z", null],
    ["", null],
  ])("%s → %o", (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });
});

describe("daysInMonth", () => {
  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("ageOn", () => {
  it.each([
    ["1990-05-10", "2026-05-09", 35],
    ["1990-05-10", "2026-05-10", 36],
    ["1990-05-10", "2026-05-11", 36],
    ["2008-11-27", "2026-11-26", 17],
    ["2008-11-26", "2026-11-26", 18],
    ["2008-12-01", "2026-11-26", 17],
    // 29 February: a year older on 1 March in a common year, on 29 February in a leap year.
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
    ["2008-02-29", "2028-02-28", 19],
    ["2008-02-29", "2028-02-29", 20],
    ["2026-11-26", "2026-11-26", 0],
  ])("born %s, on %s → %i", (dateOfBirth, today, age) => {
    expect(ageOn(dateOfBirth, today)).toBe(age);
  });

  it.each([["1990-02-30"], ["not a date"]])("refuses the malformed date %s", (dateOfBirth) => {
    expect(() => ageOn(dateOfBirth, "2026-11-26")).toThrow(RangeError);
  });
});

describe("addMonths / minusMonths", () => {
  it.each([
    ["2026-11-26T10:30:00.000Z", -12, "2025-11-26T10:30:00.000Z"],
    ["2026-03-31T08:00:00.000Z", -1, "2026-02-28T08:00:00.000Z"],
    ["2024-03-31T08:00:00.000Z", -1, "2024-02-29T08:00:00.000Z"],
    ["2024-02-29T00:00:00.000Z", -12, "2023-02-28T00:00:00.000Z"],
    ["2026-01-15T00:00:00.000Z", -1, "2025-12-15T00:00:00.000Z"],
    ["2026-01-15T00:00:00.000Z", -25, "2023-12-15T00:00:00.000Z"],
    ["2025-12-31T23:59:59.999Z", 2, "2026-02-28T23:59:59.999Z"],
    ["2026-11-26T00:00:00.000Z", 0, "2026-11-26T00:00:00.000Z"],
  ])("%s plus %i months → %s", (from, months, expected) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(expected);
    expect(minusMonths(new Date(from), -months).toISOString()).toBe(expected);
  });
});

describe("addDays", () => {
  it.each([
    ["2026-11-26T12:00:00.000Z", 7, "2026-12-03T12:00:00.000Z"],
    ["2026-03-28T12:00:00.000Z", 2, "2026-03-30T12:00:00.000Z"],
    ["2026-01-01T00:00:00.000Z", -1, "2025-12-31T00:00:00.000Z"],
  ])("%s plus %i days → %s", (from, days, expected) => {
    expect(addDays(new Date(from), days).toISOString()).toBe(expected);
  });
});

describe("toIsoDate", () => {
  it.each([
    ["2026-11-26T23:59:59.999Z", "2026-11-26"],
    ["2026-11-26T00:00:00.000Z", "2026-11-26"],
  ])("%s → %s", (moment, expected) => {
    expect(toIsoDate(new Date(moment))).toBe(expected);
  });
});
