import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReferralDetailDocument, ReferToProgrammeDocument, TransitionReferralDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
let fx: Fixtures;
beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
});
afterAll(() => server.close());

describe("referToProgramme eligibility", () => {
  it.each([
    ["a father with no child under 17", "CARING_DADS", { children: [{ dateOfBirth: "2005-01-01" }] }, {}, /child aged under 17/i],
    ["a woman", "CARING_DADS", { sex: "FEMALE" as const }, {}, /male/i],
    ["an adult", "PACT", {}, {}, /17|age/i],
    ["a BBR referral without a legal basis", "BBR", {}, { legalBasis: null }, /legal basis/i],
    ["a BBR referral at low risk", "BBR", {}, { riskLevel: "LOW" as const }, /risk/i],
    ["a legal basis on a voluntary programme", "CHOICES", {}, { legalBasis: "LICENCE" as const }, /voluntary|legal basis/i],
  ])("refuses %s with INELIGIBLE naming the rule", async (_label, programme, personOverrides, referralExtra, message) => {
    const person = await fx.person(personOverrides);
    const data = await server.query(
      ReferToProgrammeDocument,
      {
        input: {
          perpetratorId: person.id,
          programme: programme as "CARING_DADS",
          source: "PROBATION",
          ...(programme === "BBR" ? { legalBasis: "COMMUNITY_ORDER" as const, riskLevel: "HIGH" as const } : {}),
          ...referralExtra,
        },
      },
      fx.probation,
    );
    expect(data.referToProgramme.referral).toBeNull();
    expect(data.referToProgramme.userErrors.length).toBeGreaterThan(0);
    expect(data.referToProgramme.userErrors.every((e) => e.code === "INELIGIBLE")).toBe(true);
    expect(data.referToProgramme.userErrors.map((e) => e.message).join(" ")).toMatch(message);
  });

  it("accepts an eligible father for Caring Dads and a mandated man for BBR", async () => {
    const father = await fx.person({ children: [{ dateOfBirth: "2016-03-03" }] });
    const caringDads = await fx.refer(father.id, "CARING_DADS");
    expect(caringDads).toMatchObject({ status: "REFERRED", version: 1, mandated: false, legalBasis: null });
    const bbr = await fx.refer(father.id, "BBR", { legalBasis: "LICENCE", riskLevel: "HIGH" });
    expect(bbr).toMatchObject({ status: "REFERRED", mandated: true, legalBasis: "LICENCE" });
  });

  it("refuses a second open referral to the same programme", async () => {
    const person = await fx.person();
    await fx.refer(person.id, "CHOICES");
    const data = await server.query(ReferToProgrammeDocument, { input: { perpetratorId: person.id, programme: "CHOICES", source: "SELF" } }, fx.probation);
    expect(data.referToProgramme.userErrors).toEqual([expect.objectContaining({ code: "DUPLICATE", field: ["input", "programme"] })]);
  });

  it("answers an unknown person with NOT_FOUND on perpetratorId", async () => {
    const data = await server.query(ReferToProgrammeDocument, { input: { perpetratorId: "bm9wZQ", programme: "CHOICES", source: "SELF" } }, fx.probation);
    expect(data.referToProgramme.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "perpetratorId"] })]);
  });
});

describe("the referral lifecycle", () => {
  it("records every transition with who, when and why", async () => {
    const person = await fx.person();
    const referral = await fx.refer(person.id, "CHOICES");
    let current = await fx.transition(referral.id, "AWAITING_ASSESSMENT", 1);
    current = await fx.transition(referral.id, "DEFERRED", current.version, { note: "Assessment moved after hospital stay" });
    current = await fx.transition(referral.id, "AWAITING_ASSESSMENT", current.version);
    current = await fx.transition(referral.id, "WITHDRAWN", current.version, { withdrawalReason: "MOVED_AREA" });
    expect(current).toMatchObject({ status: "WITHDRAWN", version: 5 });

    const detail = await server.query(ReferralDetailDocument, { id: referral.id }, fx.probation);
    expect(detail.referral?.withdrawalReason).toBe("MOVED_AREA");
    expect(detail.referral?.history.map((h) => [h.fromStatus, h.toStatus, h.version, h.actorSub])).toEqual([
      [null, "REFERRED", 1, "prob-1"],
      ["REFERRED", "AWAITING_ASSESSMENT", 2, "prob-1"],
      ["AWAITING_ASSESSMENT", "DEFERRED", 3, "prob-1"],
      ["DEFERRED", "AWAITING_ASSESSMENT", 4, "prob-1"],
      ["AWAITING_ASSESSMENT", "WITHDRAWN", 5, "prob-1"],
    ]);
    expect(detail.referral?.history[2]?.note).toBe("Assessment moved after hospital stay");
    expect(detail.referral?.history[4]?.reason).toBe("MOVED_AREA");
  });

  it.each([
    ["skipping assessment", "ASSESSED_SUITABLE", {}, "INVALID_TRANSITION"],
    ["withdrawing without a reason", "WITHDRAWN", {}, "REASON_REQUIRED"],
    ["withdrawing for OTHER without a note", "WITHDRAWN", { withdrawalReason: "OTHER" as const }, "REASON_REQUIRED"],
    ["breaching a voluntary referral", "BREACHED", {}, "INVALID_TRANSITION"],
    ["allocating without a group", "ALLOCATED", {}, "INVALID_TRANSITION"],
  ])("refuses %s with a user error", async (_label, toStatus, extra, code) => {
    const person = await fx.person();
    const referral = await fx.refer(person.id, "CHOICES");
    const data = await server.query(
      TransitionReferralDocument,
      { input: { referralId: referral.id, toStatus: toStatus as "WITHDRAWN", expectedVersion: 1, ...extra } },
      fx.probation,
    );
    expect(data.transitionReferral.referral).toBeNull();
    expect(data.transitionReferral.userErrors[0]?.code).toBe(code);
    const detail = await server.query(ReferralDetailDocument, { id: referral.id }, fx.probation);
    expect(detail.referral).toMatchObject({ status: "REFERRED", version: 1 });
  });

  it("keeps a closed referral closed", async () => {
    const person = await fx.person();
    const referral = await fx.refer(person.id, "CHOICES");
    const withdrawn = await fx.transition(referral.id, "WITHDRAWN", 1, { withdrawalReason: "MOVED_AREA" });
    const data = await server.query(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "AWAITING_ASSESSMENT", expectedVersion: withdrawn.version } }, fx.probation);
    expect(data.transitionReferral.userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringMatching(/closed/) });
  });

  it("refuses a stale expectedVersion with CONFLICT", async () => {
    const person = await fx.person();
    const referral = await fx.refer(person.id, "CHOICES");
    await fx.transition(referral.id, "AWAITING_ASSESSMENT", 1);
    const data = await server.query(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "WITHDRAWN", expectedVersion: 1, withdrawalReason: "DECLINED" } }, fx.probation);
    expect(data.transitionReferral.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT", field: ["input", "expectedVersion"] })]);
  });

  it("lets exactly one of 20 concurrent transitions with the same expectedVersion win", async () => {
    const person = await fx.person();
    const referral = await fx.refer(person.id, "CHOICES");
    const attempts = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.query(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "AWAITING_ASSESSMENT", expectedVersion: 1 } }, fx.probation),
      ),
    );
    const winners = attempts.filter((a) => a.transitionReferral.referral);
    const conflicts = attempts.filter((a) => a.transitionReferral.userErrors[0]?.code === "CONFLICT");
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const detail = await server.query(ReferralDetailDocument, { id: referral.id }, fx.probation);
    expect(detail.referral?.version).toBe(2);
    expect(detail.referral?.history).toHaveLength(2);
  });

  it("does not let facilitators breach or withdraw, nor analysts change anything", async () => {
    const person = await fx.person();
    const referral = await fx.refer(person.id, "CHOICES");
    for (const role of [Role.FACILITATOR, Role.ANALYST]) {
      const result = await server.request(
        TransitionReferralDocument,
        { input: { referralId: referral.id, toStatus: "WITHDRAWN", expectedVersion: 1, withdrawalReason: "DECLINED" } },
        await server.token(role),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("allocateToGroup", () => {
  it("allocates to a group of the same programme and records it", async () => {
    const group = await fx.group("CHOICES", ["fac-a"]);
    await fx.sessions(group.id, 2, "2026-06-10T18:00:00Z");
    const { referral } = await fx.readyForAllocation("CHOICES");
    const payload = await fx.allocate(referral.id, group.id, referral.version);
    expect(payload.userErrors).toEqual([]);
    expect(payload.referral).toMatchObject({ status: "ALLOCATED", version: referral.version + 1 });
  });

  it("refuses a group of another programme", async () => {
    const group = await fx.group("PACT", ["fac-a"]);
    const { referral } = await fx.readyForAllocation("CHOICES");
    const payload = await fx.allocate(referral.id, group.id, referral.version);
    expect(payload.userErrors[0]?.code).toBe("WRONG_PROGRAMME");
  });

  it("refuses a Caring Dads group once its session 3 has started", async () => {
    const group = await fx.group("CARING_DADS", ["fac-a"], "2026-05-01");
    await fx.sessions(group.id, 4, "2026-05-01T18:00:00Z"); // session 3 started 2026-05-15
    const { referral } = await fx.readyForAllocation("CARING_DADS");
    const payload = await fx.allocate(referral.id, group.id, referral.version);
    expect(payload.userErrors[0]).toMatchObject({ code: "GROUP_CLOSED", field: ["input", "groupId"] });
  });

  it("refuses a referral that is not awaiting allocation", async () => {
    const group = await fx.group("CHOICES", ["fac-a"]);
    const person = await fx.person();
    const referral = await fx.refer(person.id, "CHOICES");
    const payload = await fx.allocate(referral.id, group.id, referral.version);
    expect(payload.userErrors[0]?.code).toBe("INVALID_TRANSITION");
  });

  it("never over-fills a group, even when allocations race", async () => {
    const group = await fx.group("PACT", ["fac-a"]); // PACT groups take 10
    const ready = [];
    for (let i = 0; i < 12; i++) ready.push(await fx.readyForAllocation("PACT", { dateOfBirth: "2010-06-01", children: [] }));
    const results = await Promise.all(ready.map(({ referral }) => fx.allocate(referral.id, group.id, referral.version)));
    expect(results.filter((r) => r.referral).length).toBe(10);
    expect(results.filter((r) => r.userErrors[0]?.code === "GROUP_FULL").length).toBe(2);
  });
});
