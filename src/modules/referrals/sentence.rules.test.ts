import { describe, expect, it } from "vitest";
import { LEGAL_BASES, SENTENCE_ORDER_BASIS, SENTENCE_ORDER_TYPES, type LegalBasis, type SentenceOrderType } from "./referral.model.js";
import { canonicalRequirementReference, checkSentence, enforcementRouteOf, sentenceNote, type SentenceDetails } from "./sentence.rules.js";

const ORDER: SentenceDetails = { orderType: "COMMUNITY_ORDER", startDate: "2026-03-02", endDate: "2027-03-01", requirementReference: "2500012345" };

describe("checkSentence", () => {
  it.each<{ name: string; sentence?: Partial<SentenceDetails>; basis?: LegalBasis | null; expected: object[] }>([
    { name: "a community order on a community order basis", expected: [] },
    { name: "no requirement reference yet", sentence: { requirementReference: null }, expected: [] },
    { name: "a voluntary referral (no legal basis) enforces no order", basis: null, expected: [{ field: "sentence", code: "INVALID" }] },
    { name: "a licence on a community order basis", sentence: { orderType: "LICENCE" }, expected: [{ field: "sentence.orderType", code: "INVALID" }] },
    { name: "end on the start day", sentence: { endDate: "2026-03-02" }, expected: [{ field: "sentence.endDate", code: "INVALID" }] },
    { name: "end before start", sentence: { endDate: "2026-01-01" }, expected: [{ field: "sentence.endDate", code: "INVALID" }] },
    { name: "no end to a community order", sentence: { endDate: null }, expected: [{ field: "sentence.endDate", code: "INVALID" }] },
    { name: "a family court order with no end", sentence: { orderType: "FAMILY_COURT_ORDER", endDate: null }, basis: "FAMILY_COURT", expected: [] },
    { name: "a family court order that ends before it starts", sentence: { orderType: "FAMILY_COURT_ORDER", endDate: "2026-03-01" }, basis: "FAMILY_COURT", expected: [{ field: "sentence.endDate", code: "INVALID" }] },
    { name: "post-sentence supervision under a licence basis", sentence: { orderType: "POST_SENTENCE_SUPERVISION" }, basis: "LICENCE", expected: [] },
    { name: "a reference in parts", sentence: { requirementReference: "X123456/2/1" }, expected: [] },
    { name: "a reference with a space", sentence: { requirementReference: "X123 456" }, expected: [{ field: "sentence.requirementReference", code: "INVALID" }] },
    { name: "a reference with a doubled separator", sentence: { requirementReference: "X123//4" }, expected: [{ field: "sentence.requirementReference", code: "INVALID" }] },
    { name: "a reference ending in a separator", sentence: { requirementReference: "X123-" }, expected: [{ field: "sentence.requirementReference", code: "INVALID" }] },
    { name: "a reference of 30 characters", sentence: { requirementReference: "A".repeat(30) }, expected: [] },
    { name: "a reference of 31 characters", sentence: { requirementReference: "A".repeat(31) }, expected: [{ field: "sentence.requirementReference", code: "INVALID" }] },
    {
      name: "every fault at once",
      sentence: { orderType: "LICENCE", endDate: "2026-01-01", requirementReference: "?" },
      expected: [{ field: "sentence.orderType" }, { field: "sentence.endDate" }, { field: "sentence.requirementReference" }],
    },
  ])("$name", ({ sentence, basis, expected }) => {
    const refusals = checkSentence({ ...ORDER, ...sentence }, basis === undefined ? "COMMUNITY_ORDER" : basis);
    expect(refusals).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  it.each(SENTENCE_ORDER_TYPES.flatMap((orderType) => LEGAL_BASES.map((basis) => ({ orderType, basis }))))(
    "$orderType on a $basis referral is accepted only when the order belongs to that basis",
    ({ orderType, basis }: { orderType: SentenceOrderType; basis: LegalBasis }) => {
      const refusals = checkSentence({ ...ORDER, orderType }, basis);
      expect(refusals.length === 0).toBe(SENTENCE_ORDER_BASIS[orderType] === basis);
    },
  );

  it("gives every legal basis at least one order type", () => {
    expect(new Set(Object.values(SENTENCE_ORDER_BASIS))).toEqual(new Set(LEGAL_BASES));
  });
});

describe("enforcementRouteOf", () => {
  it.each<[SentenceOrderType, string]>([
    ["COMMUNITY_ORDER", "BREACH"],
    ["SUSPENDED_SENTENCE_ORDER", "BREACH"],
    ["POST_SENTENCE_SUPERVISION", "BREACH"],
    ["LICENCE", "RECALL"],
    ["FAMILY_COURT_ORDER", "FAMILY_COURT"],
  ])("%s is enforced by %s", (orderType, route) => {
    expect(enforcementRouteOf(orderType)).toBe(route);
  });
});

describe("canonicalRequirementReference", () => {
  it.each([
    ["  x123456/2 ", "X123456/2"],
    ["", null],
    ["   ", null],
    [null, null],
  ])("%j is %j", (given, canonical) => expect(canonicalRequirementReference(given)).toBe(canonical));
});

describe("sentenceNote", () => {
  it("says what was recorded, and for a correction what it was before and why", () => {
    expect(sentenceNote(null, ORDER, null)).toBe("Order recorded: COMMUNITY_ORDER 2026-03-02 to 2027-03-01, requirement 2500012345");
    expect(sentenceNote(ORDER, { ...ORDER, endDate: "2027-09-01", requirementReference: null }, "Extended by the court")).toBe(
      "Order corrected from COMMUNITY_ORDER 2026-03-02 to 2027-03-01, requirement 2500012345 to COMMUNITY_ORDER 2026-03-02 to 2027-09-01. Extended by the court",
    );
  });
});
