import { describe, expect, it } from "vitest";
import { describeMinutes, parseLifetime, withinLifetimeCap } from "./token-lifetime.js";

const NOW = 1_800_000_000;
const CAP = 3600;

describe("withinLifetimeCap", () => {
  it.each([
    ["exp exactly the cap after iat", { iat: NOW, exp: NOW + CAP }, true],
    ["exp a second beyond the cap after iat", { iat: NOW, exp: NOW + CAP + 1 }, false],
    ["an older token whose exp - iat is within the cap", { iat: NOW - 1800, exp: NOW + 1800 }, true],
    ["an older token whose exp - iat is beyond the cap", { iat: NOW - 1800, exp: NOW + 1801 }, false],
    ["iat within the 5 s tolerance in the future", { iat: NOW + 5, exp: NOW + 600 }, true],
    ["iat beyond the tolerance in the future", { iat: NOW + 6, exp: NOW + 600 }, false],
    ["no iat, exp the cap from now", { exp: NOW + CAP }, true],
    ["no iat, exp the cap and the tolerance from now", { exp: NOW + CAP + 5 }, true],
    ["no iat, exp beyond the cap and the tolerance", { exp: NOW + CAP + 6 }, false],
    ["no exp", { iat: NOW }, false],
  ])("%s → %s", (_name, claims, accepted) => {
    expect(withinLifetimeCap(claims, NOW, CAP)).toBe(accepted);
  });
});

describe("parseLifetime", () => {
  it.each([
    ["90s", 90],
    ["30m", 1800],
    ["2h", 7200],
    ["2H", 7200],
    ["1d", 86_400],
    ["45", 2700],
    [" 12h ", 43_200],
    ["0h", null],
    ["-1h", null],
    ["1.5h", null],
    ["2 weeks", null],
    ["", null],
  ])("%j → %s", (text, seconds) => {
    expect(parseLifetime(text)).toBe(seconds);
  });
});

describe("describeMinutes", () => {
  it.each([
    [720, "12 h"],
    [60, "1 h"],
    [90, "90 min"],
  ])("%i → %s", (minutes, text) => {
    expect(describeMinutes(minutes)).toBe(text);
  });
});
