import { describe, expect, it } from "vitest";
import { addDays, addMonths, ageOn, daysBetween, daysInMonth, minusMonths, parseIsoDate, shiftIsoDate, shiftIsoDateMonths, toIsoDate } from "./dates.js";

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

describe("shiftIsoDate", () => {
  it.each([
    ["2026-11-26", 0, "2026-11-26"],
    ["2026-11-26", 1, "2026-11-27"],
    ["2026-11-26", -1, "2026-11-25"],
    ["2026-11-30", 1, "2026-12-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2024-01-01", 366, "2025-01-01"],
    ["2026-01-01", 365, "2027-01-01"],
    ["2026-11-26", -365, "2025-11-26"],
    // The clocks change on 29 March and 25 October 2026; a day is still a day.
    ["2026-03-28", 2, "2026-03-30"],
    ["2026-10-24", 2, "2026-10-26"],
  ])("%s plus %i days → %s", (from, days, expected) => {
    expect(shiftIsoDate(from, days)).toBe(expected);
  });

  it.each([["2026-02-30"], ["2023-02-29"], ["2026-13-01"], ["26-11-2026"], ["2026-11-26T00:00:00Z"], [""]])("throws a RangeError for %j", (text) => {
    expect(() => shiftIsoDate(text, 1)).toThrow(RangeError);
    expect(() => shiftIsoDate(text, 1)).toThrow(`isoDate must be a YYYY-MM-DD calendar date, got "${text}"`);
  });
});

describe("shiftIsoDateMonths", () => {
  it.each([
    ["2026-11-26", 0, "2026-11-26"],
    ["2026-11-26", 1, "2026-12-26"],
    ["2026-11-26", 2, "2027-01-26"],
    ["2026-11-26", 6, "2027-05-26"],
    ["2026-11-26", 24, "2028-11-26"],
    ["2026-11-26", -12, "2025-11-26"],
    ["2026-01-15", -1, "2025-12-15"],
    ["2026-01-15", -13, "2024-12-15"],
    // Clamped to the end of a shorter month.
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-10-31", 6, "2027-04-30"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-05-31", -1, "2026-04-30"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2024-02-29", -12, "2023-02-28"],
    // Clamping does not carry over: the day stays at the end of February, not the 31st.
    ["2026-02-28", 1, "2026-03-28"],
  ])("%s plus %i months → %s", (from, months, expected) => {
    expect(shiftIsoDateMonths(from, months)).toBe(expected);
  });

  it.each([["2026-04-31"], ["2026-00-10"], ["yesterday"]])("throws a RangeError for %j", (text) => {
    expect(() => shiftIsoDateMonths(text, 6)).toThrow(RangeError);
    expect(() => shiftIsoDateMonths(text, 6)).toThrow(`isoDate must be a YYYY-MM-DD calendar date, got "${text}"`);
  });
});

describe("daysBetween", () => {
  it.each([
    ["2026-11-26", "2026-11-26", 0],
    ["2026-11-25", "2026-11-26", 1],
    ["2026-11-26", "2026-11-25", -1],
    ["2026-11-26", "2027-11-26", 365],
    ["2027-11-26", "2026-11-26", -365],
    ["2024-01-01", "2025-01-01", 366],
    ["2024-02-28", "2024-03-01", 2],
    ["2026-02-28", "2026-03-01", 1],
    ["2000-02-28", "2000-03-01", 2],
    ["1900-02-28", "1900-03-01", 1],
    ["2026-12-31", "2027-01-01", 1],
    // Whole days across the clocks changing: no 23- or 25-hour days.
    ["2026-03-28", "2026-03-30", 2],
    ["2026-10-24", "2026-10-26", 2],
    ["2026-01-01", "2036-01-01", 3652],
  ])("%s to %s → %i", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it("is the inverse of shiftIsoDate", () => {
    for (const days of [-400, -31, -1, 0, 1, 29, 59, 366, 1000]) {
      expect(daysBetween("2024-02-29", shiftIsoDate("2024-02-29", days))).toBe(days);
    }
  });

  it.each([
    ["2026-02-29", "2026-03-01", "from"],
    ["2026-03-01", "2026-02-29", "to"],
    ["2026-3-1", "2026-03-02", "from"],
  ])("throws a RangeError naming the malformed argument (%s, %s)", (from, to, name) => {
    expect(() => daysBetween(from, to)).toThrow(RangeError);
    expect(() => daysBetween(from, to)).toThrow(new RegExp(`^${name} must be a YYYY-MM-DD calendar date`));
  });
});
