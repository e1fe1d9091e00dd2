import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { hasUnstorableText } from "./unstorable-text.js";

const plain = parse("{ programmes { code } }");

describe("hasUnstorableText", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["a lone high surrogate", "x\uD83D"],
    ["a lone low surrogate", "\u0080\uDC00"],
    ["two low surrogates", "\uDC00\uDC00"],
  ])("finds %s in variables, nested or as a key", (_name, text) => {
    expect(hasUnstorableText(plain, { input: { givenName: text } })).toBe(true);
    expect(hasUnstorableText(plain, { list: [["ok", text]] })).toBe(true);
    expect(hasUnstorableText(plain, { [text]: "ok" })).toBe(true);
  });

  it("finds it in a string literal, written as an escape", () => {
    expect(hasUnstorableText(parse('{ perpetrators(first: 1, filter: { name: "\\u0000" }) { totalCount } }'), {})).toBe(true);
  });

  it("lets every other text through: pairs, emoji, right-to-left, accents", () => {
    expect(hasUnstorableText(plain, { names: ["Zoë", "O'Brien", "محمد", "😀 ok", "\u200Fmark", "\uD83D\uDE00"] })).toBe(false);
    expect(hasUnstorableText(parse('{ perpetrators(first: 1, filter: { name: "Zoë 😀" }) { totalCount } }'), undefined)).toBe(false);
  });
});
