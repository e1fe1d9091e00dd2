import { describe, expect, it } from "vitest";
import {
  formatCroNumber,
  formatPncId,
  generateCrn,
  parseCroNumber,
  parseCrn,
  parsePncId,
  parsePrisonNumber,
  pncCheckLetter,
} from "./identifiers.rules.js";

const TODAY = new Date("2026-11-26T12:00:00Z");

describe("parseCrn", () => {
  it.each([
    ["X123456", "X123456"],
    ["  x123456 ", "X123456"],
  ])("accepts %j as %s", (input, canonical) => {
    expect(parseCrn(input)).toEqual({ ok: true, value: canonical });
  });

  it.each([[""], ["X12345"], ["X1234567"], ["12345678"], ["XX12345"], ["X 123456"]])("refuses %j", (input) => {
    expect(parseCrn(input)).toEqual({ ok: false, message: expect.stringContaining("CRN") });
  });
});

describe("generateCrn", () => {
  it.each([
    ["x", 1, "X000001"],
    ["D", 123456, "D123456"],
  ])("%s + %i → %s, which parses as itself", (letter, n, crn) => {
    expect(generateCrn(letter, n)).toBe(crn);
    expect(parseCrn(crn)).toEqual({ ok: true, value: crn });
  });
});

describe("parsePrisonNumber", () => {
  it.each([
    ["A1234BC", "A1234BC"],
    [" a1234bc", "A1234BC"],
  ])("accepts %j as %s", (input, canonical) => {
    expect(parsePrisonNumber(input)).toEqual({ ok: true, value: canonical });
  });

  it.each([[""], ["A1234B"], ["A12345BC"], ["11234BC"], ["A1234B1"]])("refuses %j", (input) => {
    expect(parsePrisonNumber(input)).toEqual({ ok: false, message: expect.stringContaining("Prison number") });
  });
});

describe("parsePncId", () => {
  it.each([
    // domain.md vectors
    ["2001/0171310W", "2001/0171310W"],
    ["2008/0056560Z", "2008/0056560Z"],
    ["1981/0154257C", "1981/0154257C"],
    ["79/163001B", "1979/0163001B"],
    ["81/34U", "1981/0000034U"],
    // canonicalising
    [" 2001/0171310w ", "2001/0171310W"],
    ["20010171310W", "2001/0171310W"],
    ["2001/171310W", "2001/0171310W"],
    ["79/0163001B", "1979/0163001B"],
    ["8134U", "1981/0000034U"],
    // 9 digits without a slash: a 4-digit year when it can be one, otherwise a 2-digit year
    ["200112345H", "2001/0012345H"],
    ["790163001B", "1979/0163001B"],
    // century of a 2-digit year, with today in 2026
    ["26/1234567Q", "2026/1234567Q"],
    ["27/1234567F", "1927/1234567F"],
    ["1900/1A", "1900/0000001A"],
  ])("accepts %j as %s", (input, canonical) => {
    expect(parsePncId(input, TODAY)).toEqual({ ok: true, value: canonical });
  });

  it.each([
    ["2001/0171310S", "PNC ID check letter is wrong: expected W"],
    ["79/163001C", "PNC ID check letter is wrong: expected B"],
    ["2020/0112345H", "PNC ID check letter is wrong: expected T"],
    ["2027/0000001A", "PNC ID year 2027 is in the future"],
    ["1899/0000001A", "PNC ID year 1899 is before 1900"],
    ["", "PNC ID must be"],
    ["ABC", "PNC ID must be"],
    ["2001/01713100W", "PNC ID must be"],
    ["200101713100W", "PNC ID must be"],
    ["200/0171310W", "PNC ID must be"],
    ["2001/0171310", "PNC ID must be"],
    ["2001-0171310W", "PNC ID must be"],
    ["2001 / 0171310W", "PNC ID must be"],
    ["2001//0171310W", "PNC ID must be"],
    ["2001/W", "PNC ID must be"],
  ])("refuses %j: %s", (input, message) => {
    expect(parsePncId(input, TODAY)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});

describe("pncCheckLetter / formatPncId", () => {
  it.each([
    [2001, 171310, "W", "2001/0171310W"],
    [2008, 56560, "Z", "2008/0056560Z"],
    [1981, 154257, "C", "1981/0154257C"],
    [1979, 163001, "B", "1979/0163001B"],
    [1981, 34, "U", "1981/0000034U"],
  ])("%i/%i → %s, %s", (year, serial, letter, formatted) => {
    expect(pncCheckLetter(year, serial)).toBe(letter);
    expect(formatPncId(year, serial)).toBe(formatted);
    expect(parsePncId(formatted, TODAY)).toEqual({ ok: true, value: formatted });
  });
});

describe("parseCroNumber", () => {
  it.each([
    ["265416/21G", "265416/21G"],
    ["SF05/482703J", "SF05/482703J"],
    [" sf05/482703j ", "SF05/482703J"],
    ["123/95C", "000123/95C"],
    // the SF check runs over the serial as written, so it keeps its length
    ["SF95/123U", "SF95/123U"],
    ["SF95/000123C", "SF95/000123C"],
  ])("accepts %j as %s", (input, canonical) => {
    expect(parseCroNumber(input)).toEqual({ ok: true, value: canonical });
  });

  it.each([
    ["265416/21H", "CRO number check letter is wrong: expected G"],
    ["SF05/482703K", "CRO number check letter is wrong: expected J"],
    ["SF95/123C", "CRO number check letter is wrong: expected U"],
    ["", "CRO number must look like"],
    ["1234567/21G", "CRO number must look like"],
    ["265416/2G", "CRO number must look like"],
    ["265416-21G", "CRO number must look like"],
    ["SF5/482703J", "CRO number must look like"],
    ["SF05/4827031J", "CRO number must look like"],
    ["SX05/482703J", "CRO number must look like"],
  ])("refuses %j: %s", (input, message) => {
    expect(parseCroNumber(input)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});

describe("formatCroNumber", () => {
  it.each([
    [265416, 21, "265416/21G"],
    [123, 95, "000123/95C"],
    [123, 1995, "000123/95C"],
  ])("%i, %i → %s, which parses as itself", (serial, year2, cro) => {
    expect(formatCroNumber(serial, year2)).toBe(cro);
    expect(parseCroNumber(cro)).toEqual({ ok: true, value: cro });
  });
});
