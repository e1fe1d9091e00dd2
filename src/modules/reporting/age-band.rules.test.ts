import { describe, expect, it } from "vitest";
import { ageBandOf } from "./age-band.rules.js";

describe("ageBandOf", () => {
  it.each([
    [15, "UNDER_18"],
    [17, "UNDER_18"],
    [18, "AGED_18_TO_24"],
    [24, "AGED_18_TO_24"],
    [25, "AGED_25_TO_34"],
    [44, "AGED_35_TO_44"],
    [45, "AGED_45_TO_54"],
    [55, "AGED_55_AND_OVER"],
    [90, "AGED_55_AND_OVER"],
  ])("%i is %s", (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });
});
