import { describe, expect, it } from "vitest";
import { ethnicityGroup, firstLanguageGroup } from "./equality.rules.js";

describe("ethnicityGroup", () => {
  it.each([
    ["White: English, Welsh, Scottish, Northern Irish or British", "WHITE"],
    ["White: Gypsy or Irish Traveller", "WHITE"],
    ["  white british ", "WHITE"],
    ["Asian, Asian British or Asian Welsh: Pakistani", "ASIAN"],
    ["Indian", "ASIAN"],
    ["Black, Black British, Black Welsh, Caribbean or African: African", "BLACK"],
    ["Caribbean", "BLACK"],
    ["Mixed or Multiple ethnic groups: White and Black Caribbean", "MIXED"],
    ["Other ethnic group: Arab", "OTHER"],
    ["Arab", "OTHER"],
    ["W1", "WHITE"],
    ["A2", "ASIAN"],
    ["B9", "BLACK"],
    ["M3", "MIXED"],
    ["O9", "OTHER"],
    ["Z1", "NOT_RECORDED"],
    ["Not stated", "NOT_RECORDED"],
    ["Prefer not to say", "NOT_RECORDED"],
    ["", "NOT_RECORDED"],
    [null, "NOT_RECORDED"],
    ["Cornish", "UNCLASSIFIED"],
    ["Whitby", "UNCLASSIFIED"],
    ["Z", "UNCLASSIFIED"],
  ] as const)("%j is %s", (text, group) => expect(ethnicityGroup(text)).toBe(group));
});

describe("firstLanguageGroup", () => {
  it.each([
    ["English", "ENGLISH"],
    [" english ", "ENGLISH"],
    ["English (British)", "ENGLISH"],
    ["Polish", "NOT_ENGLISH"],
    ["British Sign Language", "NOT_ENGLISH"],
    ["Englishish", "NOT_ENGLISH"],
    ["Not known", "NOT_RECORDED"],
    ["", "NOT_RECORDED"],
    [null, "NOT_RECORDED"],
  ] as const)("%j is %s", (text, group) => expect(firstLanguageGroup(text)).toBe(group));
});
