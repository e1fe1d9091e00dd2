import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  RecordReferralSentenceDocument,
  ReferralSentenceDocument,
  ReferToProgrammeDocument,
  type ReferralSentenceInput,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/** The sentence or order a referral enforces: given when referring, recorded or corrected later, read by case readers. */
const NOW = "2026-06-01T12:00:00Z";
const COMMUNITY_ORDER: ReferralSentenceInput = { orderType: "COMMUNITY_ORDER", startDate: "2026-03-02", endDate: "2027-03-01", requirementReference: "2500012345" };

let server: TestServer;
let fx: Fixtures;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
}, 120_000);
afterAll(() => server.close());

async function bbrReferral(legalBasis: "COMMUNITY_ORDER" | "LICENCE" | "FAMILY_COURT" = "COMMUNITY_ORDER") {
  const person = await fx.person();
  return fx.refer(person.id, "BBR", { legalBasis, riskLevel: "HIGH" });
}

function record(referralId: string, expectedVersion: number, sentence: ReferralSentenceInput, token = fx.probation, reason?: string) {
  return server.request(RecordReferralSentenceDocument, { input: { referralId, expectedVersion, sentence, reason } }, token);
}

async function recorded(referralId: string, expectedVersion: number, sentence: ReferralSentenceInput, token = fx.probation, reason?: string) {
  const { data, errors } = await record(referralId, expectedVersion, sentence, token, reason);
  expect(errors).toBeUndefined();
  return data!.recordReferralSentence;
}

const detail = async (id: string, token = fx.probation) => (await server.query(ReferralSentenceDocument, { id }, token)).referral!;
const codes = (errors: { field: string[]; code: string }[]) => errors.map((e) => [e.field.join("."), e.code]);

describe("referToProgramme with a sentence", () => {
  it("records the order with the referral, canonical and with how it is enforced", async () => {
    const person = await fx.person();
    const { referToProgramme } = await server.query(
      ReferToProgrammeDocument,
      { input: { perpetratorId: person.id, programme: "BBR", source: "PROBATION", legalBasis: "COMMUNITY_ORDER", riskLevel: "HIGH", sentence: { ...COMMUNITY_ORDER, requirementReference: " x123456/2 " } } },
      fx.probation,
    );
    expect(referToProgramme.userErrors).toEqual([]);
    const referral = await detail(referToProgramme.referral!.id);
    expect(referral.sentence).toEqual({ orderType: "COMMUNITY_ORDER", startDate: "2026-03-02", endDate: "2027-03-01", requirementReference: "X123456/2", enforcedBy: "BREACH" });
    expect(referral.history.map((h) => h.toStatus)).toEqual(["REFERRED"]);
  });

  it("is optional: a mandated referral may be made before the order's details are known", async () => {
    const referral = await bbrReferral();
    expect((await detail(referral.id)).sentence).toBeNull();
  });

  it.each<{ name: string; programme: "BBR" | "CHOICES"; legalBasis?: "COMMUNITY_ORDER"; sentence: ReferralSentenceInput; expected: string[][] }>([
    { name: "a voluntary programme enforces no order", programme: "CHOICES", sentence: COMMUNITY_ORDER, expected: [["input.sentence", "INVALID"]] },
    { name: "a licence on a community order basis", programme: "BBR", legalBasis: "COMMUNITY_ORDER", sentence: { ...COMMUNITY_ORDER, orderType: "LICENCE" }, expected: [["input.sentence.orderType", "INVALID"]] },
    { name: "an order that ends before it starts", programme: "BBR", legalBasis: "COMMUNITY_ORDER", sentence: { ...COMMUNITY_ORDER, endDate: "2026-01-01" }, expected: [["input.sentence.endDate", "INVALID"]] },
    { name: "a reference of the wrong shape", programme: "BBR", legalBasis: "COMMUNITY_ORDER", sentence: { ...COMMUNITY_ORDER, requirementReference: "REQ 12" }, expected: [["input.sentence.requirementReference", "INVALID"]] },
  ])("refuses $name and writes nothing", async ({ programme, legalBasis, sentence, expected }) => {
    const person = await fx.person();
    const input = { perpetratorId: person.id, programme, source: "PROBATION" as const, ...(legalBasis ? { legalBasis, riskLevel: "HIGH" as const } : {}), sentence };
    const { referToProgramme } = await server.query(ReferToProgrammeDocument, { input }, fx.probation);
    expect(referToProgramme.referral).toBeNull();
    expect(codes(referToProgramme.userErrors)).toEqual(expected);
    // Nothing was written: the same person can still be referred to the programme.
    const { sentence: _dropped, ...without } = input;
    expect((await server.query(ReferToProgrammeDocument, { input: without }, fx.probation)).referToProgramme.userErrors).toEqual([]);
  });
});

describe("recordReferralSentence", () => {
  it("records an order, then corrects it, each change a history row with the order before and after", async () => {
    const referral = await bbrReferral();
    const first = await recorded(referral.id, referral.version, COMMUNITY_ORDER);
    expect(first.userErrors).toEqual([]);
    expect(first.referral).toMatchObject({ version: referral.version + 1, sentence: { orderType: "COMMUNITY_ORDER", enforcedBy: "BREACH" } });

    const corrected = await recorded(referral.id, referral.version + 1, { ...COMMUNITY_ORDER, endDate: "2027-09-01", requirementReference: null }, fx.admin, "Extended by the court on review");
    expect(corrected.userErrors).toEqual([]);
    const after = await detail(referral.id);
    expect(after.sentence).toMatchObject({ endDate: "2027-09-01", requirementReference: null });
    const [, recordedRow, correctedRow] = after.history;
    expect(after.history.map((h) => [h.fromStatus, h.toStatus, h.version])).toEqual([
      [null, "REFERRED", 1],
      ["REFERRED", "REFERRED", referral.version + 1],
      ["REFERRED", "REFERRED", referral.version + 2],
    ]);
    expect(recordedRow!.note).toBe("Order recorded: COMMUNITY_ORDER 2026-03-02 to 2027-03-01, requirement 2500012345");
    expect(recordedRow!.actorSub).toBe("prob-1");
    expect(correctedRow!.note).toBe(
      "Order corrected from COMMUNITY_ORDER 2026-03-02 to 2027-03-01, requirement 2500012345 to COMMUNITY_ORDER 2026-03-02 to 2027-09-01. Extended by the court on review",
    );
    expect(correctedRow!.reason).toBe("Extended by the court on review");
    expect(correctedRow!.actorSub).toBe("admin-1");
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const referral = await bbrReferral();
    await recorded(referral.id, referral.version, COMMUNITY_ORDER);
    const stale = await recorded(referral.id, referral.version, { ...COMMUNITY_ORDER, endDate: "2028-01-01" });
    expect(codes(stale.userErrors)).toEqual([["input.expectedVersion", "CONFLICT"]]);
    expect((await detail(referral.id)).sentence?.endDate).toBe("2027-03-01");
  });

  it("says a licence is enforced by recall, post-sentence supervision by breach, and a family court order may have no end", async () => {
    const licence = await bbrReferral("LICENCE");
    expect((await recorded(licence.id, licence.version, { ...COMMUNITY_ORDER, orderType: "LICENCE" })).referral?.sentence?.enforcedBy).toBe("RECALL");
    const pss = await bbrReferral("LICENCE");
    expect((await recorded(pss.id, pss.version, { ...COMMUNITY_ORDER, orderType: "POST_SENTENCE_SUPERVISION" })).referral?.sentence?.enforcedBy).toBe("BREACH");
    const family = await bbrReferral("FAMILY_COURT");
    const open = await recorded(family.id, family.version, { orderType: "FAMILY_COURT_ORDER", startDate: "2026-02-01" });
    expect(open.referral?.sentence).toEqual({ orderType: "FAMILY_COURT_ORDER", startDate: "2026-02-01", endDate: null, requirementReference: null, enforcedBy: "FAMILY_COURT" });
  });

  it.each<{ name: string; sentence: ReferralSentenceInput; reason?: string; expected: string[][] }>([
    { name: "an order of another legal basis", sentence: { ...COMMUNITY_ORDER, orderType: "SUSPENDED_SENTENCE_ORDER" }, expected: [["input.sentence.orderType", "INVALID"]] },
    { name: "an end on the start day", sentence: { ...COMMUNITY_ORDER, endDate: "2026-03-02" }, expected: [["input.sentence.endDate", "INVALID"]] },
    { name: "no end to a community order", sentence: { ...COMMUNITY_ORDER, endDate: null }, expected: [["input.sentence.endDate", "INVALID"]] },
    { name: "a 31-character reference", sentence: { ...COMMUNITY_ORDER, requirementReference: "1".repeat(31) }, expected: [["input.sentence.requirementReference", "INVALID"]] },
    { name: "a reason over 500 characters", sentence: COMMUNITY_ORDER, reason: "x".repeat(501), expected: [["input.reason", "INVALID"]] },
  ])("refuses $name", async ({ sentence, reason, expected }) => {
    const referral = await bbrReferral();
    const payload = await recorded(referral.id, referral.version, sentence, fx.probation, reason);
    expect(codes(payload.userErrors)).toEqual(expected);
    expect((await detail(referral.id)).version).toBe(referral.version);
  });

  it("refuses an order on a voluntary referral, and an unknown referral", async () => {
    const person = await fx.person();
    const voluntary = await fx.refer(person.id, "CHOICES");
    expect(codes((await recorded(voluntary.id, voluntary.version, COMMUNITY_ORDER)).userErrors)).toEqual([["input.sentence", "INVALID"]]);
    expect(codes((await recorded("UmVmZXJyYWw6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw", 1, COMMUNITY_ORDER)).userErrors)).toEqual([["input.referralId", "NOT_FOUND"]]);
  });

  it("is for probation and admins: police, a facilitator and an IOM officer are refused", async () => {
    const referral = await bbrReferral();
    for (const [role, sub] of [[Role.POLICE, "pol-sentence"], [Role.FACILITATOR, "fac-sentence"], [Role.IOM_OFFICER, "om-sentence"]] as const) {
      const { data, errors } = await record(referral.id, referral.version, COMMUNITY_ORDER, await server.token(role, sub));
      expect(errors?.map((e) => e.extensions?.["code"]), role).toEqual(["FORBIDDEN"]);
      expect(data?.recordReferralSentence ?? null).toBeNull();
    }
    expect((await detail(referral.id)).sentence).toBeNull();
  });
});

describe("Referral.sentence: who sees it", () => {
  it("case readers see it; a facilitator of the person's group does not (FORBIDDEN), though they see the referral", async () => {
    const group = await fx.group("BBR", ["fac-sentence-reader"]);
    const { referral } = await fx.participant("BBR", group.id);
    await recorded(referral.id, (await detail(referral.id)).version, COMMUNITY_ORDER);
    for (const [role, sub] of [[Role.POLICE, "pol-reader"], [Role.IOM_OFFICER, "om-reader"], [Role.ADMIN, "admin-reader"]] as const) {
      expect((await detail(referral.id, await server.token(role, sub))).sentence?.orderType, role).toBe("COMMUNITY_ORDER");
    }
    const facilitator = await server.token(Role.FACILITATOR, "fac-sentence-reader");
    const read = await server.request(`query($id: ID!) { referral(id: $id) { id status sentence { orderType } } }`, { id: referral.id }, facilitator);
    expect(read.errors?.map((e) => [e.path?.join("."), e.extensions?.["code"]])).toEqual([["referral.sentence", "FORBIDDEN"]]);
    expect(read.data).toMatchObject({ referral: { id: referral.id, sentence: null } });
  });
});
