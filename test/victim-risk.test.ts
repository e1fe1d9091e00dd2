import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  EndVictimLinkDocument,
  RecordRiskAssessmentDocument,
  RecordSafetyIncidentDocument,
  ReferToMaracDocument,
  SetMaracHearingDocument,
  type DashAnswer,
  type RecordRiskAssessmentInput,
  type ReferToMaracInput,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import type { Fixtures } from "./support/fixtures.js";
import { refusals } from "./support/iom-operations.js";
import type { TestServer } from "./support/server.js";
import { dashAnswers, startVictimTestServer, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

const NOW = "2026-06-01T12:00:00Z";

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;

beforeAll(async () => {
  ({ server, fx, vfx } = await startVictimTestServer(NOW));
}, 60_000);
// Tests that move the clock put it back, so no test sees another's "today".
afterEach(() => server.clock.set(NOW));
afterAll(() => server.close());

const LINK_RISK = /* GraphQL */ `
  query LinkRisk($id: ID!) {
    node(id: $id) {
      ... on VictimLink {
        id
        currentRisk { id assessedOn yesCount level }
        riskAssessments { id assessedOn answers yesCount scoreLevel judgementLevel judgementReason level assessedBy }
        incidents { id occurredOn }
        escalation { incidentsInWindow threshold windowMonths met }
        maracReferrals { id referredOn isRepeat grounds hearingOn }
      }
    }
  }
`;
interface Assessment { id: string; assessedOn: string; answers: DashAnswer[]; yesCount: number; scoreLevel: string; judgementLevel: string | null; judgementReason: string | null; level: string; assessedBy: string }
interface LinkRisk {
  id: string;
  currentRisk: { id: string; assessedOn: string; yesCount: number; level: string } | null;
  riskAssessments: Assessment[];
  incidents: { id: string; occurredOn: string }[];
  escalation: { incidentsInWindow: number; threshold: number; windowMonths: number; met: boolean };
  maracReferrals: { id: string; referredOn: string; isRepeat: boolean; grounds: string[]; hearingOn: string | null }[];
}

async function linkRisk(linkId: string) {
  return (await server.query<{ node: LinkRisk }, { id: string }>(LINK_RISK, { id: linkId }, vfx.safeguarding, withPurpose)).node;
}
async function assess(linkId: string, input: Partial<RecordRiskAssessmentInput>) {
  const full: RecordRiskAssessmentInput = { linkId, assessedOn: "2026-05-01", answers: dashAnswers(0), ...input };
  const result = await server.request(RecordRiskAssessmentDocument, { input: full }, vfx.safeguarding, withPurpose);
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return { ...result.data!.recordRiskAssessment, requestId: result.requestId };
}
async function refer(linkId: string, input: Partial<ReferToMaracInput>) {
  const full: ReferToMaracInput = { linkId, referredOn: "2026-05-10", grounds: ["PROFESSIONAL_JUDGEMENT"], judgementReason: "Coercive control escalating", ...input };
  return (await server.query(ReferToMaracDocument, { input: full }, vfx.safeguarding, withPurpose)).referToMarac;
}
const setHearing = async (maracReferralId: string, hearingOn: string) =>
  (await server.query(SetMaracHearingDocument, { input: { maracReferralId, hearingOn } }, vfx.safeguarding, withPurpose)).setMaracHearing;
const incident = async (linkId: string, occurredOn: string) =>
  (await server.query(RecordSafetyIncidentDocument, { input: { linkId, occurredOn, policeReference: "13/12345/26" } }, vfx.safeguarding, withPurpose)).recordSafetyIncident;
const writesFor = async (requestId: string) =>
  (await server.database.rows<{ count: number }>(server.database.db, sql`select count(*)::int as count from audit_events where request_id = ${requestId} and action <> 'CONSULTATION'`))[0]!.count;

describe("DASH risk assessments", () => {
  it.each([
    [24, "HIGH"],
    [14, "HIGH"],
    [13, "MEDIUM"],
    [10, "MEDIUM"],
    [9, "STANDARD"],
    [0, "STANDARD"],
  ])("scores %i \"yes\" answers as %s", async (yes, level) => {
    const { link } = await vfx.linkedPair();
    const payload = await assess(link.id, { answers: dashAnswers(yes) });
    expect(payload.userErrors).toEqual([]);
    expect(payload.assessment).toMatchObject({ yesCount: yes, scoreLevel: level, judgementLevel: null, level, assessedBy: "safeguarding-1" });
    expect((await linkRisk(link.id)).currentRisk).toMatchObject({ id: payload.assessment!.id, level });
  });

  it("counts only YES: 13 yes and 11 not known is MEDIUM", async () => {
    const { link } = await vfx.linkedPair();
    expect((await assess(link.id, { answers: dashAnswers(13, "NOT_KNOWN") })).assessment).toMatchObject({ yesCount: 13, level: "MEDIUM" });
  });

  it("stores all 24 answers as given and returns them in the checklist's order", async () => {
    const { link } = await vfx.linkedPair();
    const answers: DashAnswer[] = Array.from({ length: 24 }, (_, i) => (["YES", "NO", "NOT_KNOWN", "NO"] as const)[i % 4]!);
    answers[23] = "YES";
    expect((await assess(link.id, { answers })).userErrors).toEqual([]);
    const [stored] = (await linkRisk(link.id)).riskAssessments;
    expect(stored!.answers).toEqual(answers);
    expect(stored!.yesCount).toBe(7);
  });

  it("lets professional judgement raise MEDIUM to HIGH with a reason, keeping the score's own level beside it", async () => {
    const { link } = await vfx.linkedPair();
    const payload = await assess(link.id, { answers: dashAnswers(12), judgementLevel: "HIGH", judgementReason: "  Recent strangulation; separation imminent " });
    expect(payload.userErrors).toEqual([]);
    expect(payload.assessment).toMatchObject({ yesCount: 12, scoreLevel: "MEDIUM", judgementLevel: "HIGH", judgementReason: "Recent strangulation; separation imminent", level: "HIGH" });
    expect((await linkRisk(link.id)).currentRisk).toMatchObject({ id: payload.assessment!.id, level: "HIGH" });
    expect(await writesFor(payload.requestId)).toBe(1);
  });

  it("refuses judgement without a reason (REASON_REQUIRED) or at the score's own level (INVALID), writing nothing", async () => {
    const { link } = await vfx.linkedPair();
    for (const judgementReason of [null, "   "]) {
      const refused = await assess(link.id, { answers: dashAnswers(11), judgementLevel: "HIGH", judgementReason });
      expect(refused.assessment).toBeNull();
      expect(refusals(refused)).toEqual([{ code: "REASON_REQUIRED", field: ["input", "judgementReason"] }]);
    }
    const same = await assess(link.id, { answers: dashAnswers(11), judgementLevel: "MEDIUM", judgementReason: "Agree with score" });
    expect(refusals(same)).toEqual([{ code: "INVALID", field: ["input", "judgementLevel"] }]);
    expect((await linkRisk(link.id)).riskAssessments).toEqual([]);
  });

  it("refuses judgement that would lower a score of 14 or more with RISK_CANNOT_BE_LOWERED, writing nothing", async () => {
    const { link } = await vfx.linkedPair();
    for (const judgementLevel of ["MEDIUM", "STANDARD"] as const) {
      const refused = await assess(link.id, { answers: dashAnswers(16), judgementLevel, judgementReason: "Victim feels safer now" });
      expect(refused.assessment).toBeNull();
      expect(refusals(refused)).toEqual([{ code: "RISK_CANNOT_BE_LOWERED", field: ["input", "judgementLevel"] }]);
      expect(await writesFor(refused.requestId)).toBe(0);
    }
    const lowerMedium = await assess(link.id, { answers: dashAnswers(10), judgementLevel: "STANDARD", judgementReason: "Victim feels safer now" });
    expect(refusals(lowerMedium)).toEqual([{ code: "RISK_CANNOT_BE_LOWERED", field: ["input", "judgementLevel"] }]);
    const risk = await linkRisk(link.id);
    expect(risk.riskAssessments).toEqual([]);
    expect(risk.currentRisk).toBeNull();
  });

  it("takes the latest assessment as current (by date assessed, then by when recorded) and keeps the history newest first", async () => {
    const { link } = await vfx.linkedPair();
    const may = (await assess(link.id, { assessedOn: "2026-05-01", answers: dashAnswers(15) })).assessment!;
    const april = (await assess(link.id, { assessedOn: "2026-04-01", answers: dashAnswers(5) })).assessment!;
    expect((await linkRisk(link.id)).currentRisk).toMatchObject({ id: may.id, level: "HIGH" });

    const mayAgain = (await assess(link.id, { assessedOn: "2026-05-01", answers: dashAnswers(11) })).assessment!;
    const mayOnceMore = (await assess(link.id, { assessedOn: "2026-05-01", answers: dashAnswers(3) })).assessment!;
    const risk = await linkRisk(link.id);
    expect(risk.currentRisk).toMatchObject({ id: mayOnceMore.id, assessedOn: "2026-05-01", yesCount: 3, level: "STANDARD" });
    expect(risk.riskAssessments.map((a) => [a.id, a.assessedOn, a.level])).toEqual([
      [mayOnceMore.id, "2026-05-01", "STANDARD"],
      [mayAgain.id, "2026-05-01", "MEDIUM"],
      [may.id, "2026-05-01", "HIGH"],
      [april.id, "2026-04-01", "STANDARD"],
    ]);
  });

  it("refuses a checklist without exactly 24 answers, and a date in the future or before the link started", async () => {
    const { link } = await vfx.linkedPair();
    for (const answers of [dashAnswers(14).slice(0, 23), [...dashAnswers(14), "NO" as const], []]) {
      expect(refusals(await assess(link.id, { answers }))).toEqual([{ code: "INVALID", field: ["input", "answers"] }]);
    }
    for (const assessedOn of ["2026-06-02", "2023-12-31"]) {
      expect(refusals(await assess(link.id, { assessedOn, answers: dashAnswers(14) }))).toEqual([{ code: "INVALID", field: ["input", "assessedOn"] }]);
    }
    expect((await linkRisk(link.id)).riskAssessments).toEqual([]);
  });
});

describe("incidents and escalation", () => {
  it("counts the link's incidents in the 12 months to today: 3 meet the threshold, one 13 months ago does not count", async () => {
    const { link } = await vfx.linkedPair();
    for (const occurredOn of ["2025-05-01", "2025-08-01", "2026-01-15"]) expect((await incident(link.id, occurredOn)).userErrors).toEqual([]);
    let risk = await linkRisk(link.id);
    expect(risk.escalation).toEqual({ incidentsInWindow: 2, threshold: 3, windowMonths: 12, met: false });
    expect(risk.incidents.map((i) => i.occurredOn)).toEqual(["2026-01-15", "2025-08-01", "2025-05-01"]);

    await incident(link.id, "2026-05-20");
    risk = await linkRisk(link.id);
    expect(risk.escalation).toEqual({ incidentsInWindow: 3, threshold: 3, windowMonths: 12, met: true });
  });

  it("counts from the day after the same date a year ago, and re-counts as the days pass", async () => {
    const { link } = await vfx.linkedPair();
    for (const occurredOn of ["2025-06-01", "2025-06-02", "2026-03-01", "2026-06-01"]) await incident(link.id, occurredOn);
    expect((await linkRisk(link.id)).escalation).toMatchObject({ incidentsInWindow: 3, met: true });
    server.clock.set("2026-06-02T09:00:00Z");
    expect((await linkRisk(link.id)).escalation).toMatchObject({ incidentsInWindow: 2, met: false });
  });

  it("refuses an incident dated in the future", async () => {
    const { link } = await vfx.linkedPair();
    expect(refusals(await incident(link.id, "2026-06-02"))).toEqual([{ code: "INVALID", field: ["input", "occurredOn"] }]);
    expect((await linkRisk(link.id)).incidents).toEqual([]);
  });
});

describe("MARAC referrals", () => {
  it("does not flag a first referral as a repeat, and records escalation as it stood that day", async () => {
    const { link } = await vfx.linkedPair();
    await incident(link.id, "2026-02-01");
    const first = await refer(link.id, { referredOn: "2026-05-10", referringAgency: "West Yorkshire Police" });
    expect(first.userErrors).toEqual([]);
    expect(first.maracReferral).toMatchObject({
      referredOn: "2026-05-10",
      grounds: ["PROFESSIONAL_JUDGEMENT"],
      judgementReason: "Coercive control escalating",
      isRepeat: false,
      previousReferral: null,
      escalation: { incidentsInWindow: 1, threshold: 3, windowMonths: 12, met: false },
      referringAgency: "West Yorkshire Police",
      hearingOn: null,
    });
  });

  it("flags a second referral for the same pair 11 months later as a repeat, with the previous one and REPEAT among its grounds", async () => {
    const { link } = await vfx.linkedPair();
    const first = (await refer(link.id, { referredOn: "2025-06-10" })).maracReferral!;
    const second = await refer(link.id, { referredOn: "2026-05-10" });
    expect(second.userErrors).toEqual([]);
    expect(second.maracReferral).toMatchObject({ isRepeat: true, previousReferral: { id: first.id, referredOn: "2025-06-10" } });
    expect([...second.maracReferral!.grounds].sort()).toEqual(["PROFESSIONAL_JUDGEMENT", "REPEAT"]);
    expect((await linkRisk(link.id)).maracReferrals.map((r) => [r.id, r.isRepeat])).toEqual([
      [second.maracReferral!.id, true],
      [first.id, false],
    ]);
  });

  it("takes a repeat as a ground by itself, but refuses a first referral with no grounds", async () => {
    const { link } = await vfx.linkedPair();
    expect(refusals(await refer(link.id, { referredOn: "2026-01-05", grounds: [], judgementReason: null }))).toEqual([{ code: "INVALID", field: ["input", "grounds"] }]);
    await refer(link.id, { referredOn: "2026-01-05" });
    const repeat = await refer(link.id, { referredOn: "2026-05-05", grounds: [], judgementReason: null });
    expect(repeat.userErrors).toEqual([]);
    expect(repeat.maracReferral).toMatchObject({ isRepeat: true, grounds: ["REPEAT"] });
  });

  it("does not flag a referral 13 months after the last as a repeat", async () => {
    const { link } = await vfx.linkedPair();
    await refer(link.id, { referredOn: "2025-04-10" });
    const later = await refer(link.id, { referredOn: "2026-05-10" });
    expect(later.maracReferral).toMatchObject({ isRepeat: false, previousReferral: null, grounds: ["PROFESSIONAL_JUDGEMENT"] });
  });

  it("counts a repeat across an ended link and a new one for the same pair", async () => {
    const { perpetratorId, victim, link: oldLink } = await vfx.linkedPair();
    const first = (await refer(oldLink.id, { referredOn: "2025-09-01" })).maracReferral!;
    expect((await server.query(EndVictimLinkDocument, { input: { linkId: oldLink.id, endedOn: "2025-10-01" } }, vfx.safeguarding, withPurpose)).endVictimLink.userErrors).toEqual([]);
    const newLink = await vfx.link(victim.id, perpetratorId, "EX_PARTNER", "2026-02-01");

    const second = await refer(newLink.id, { referredOn: "2026-05-01" });
    expect(second.maracReferral).toMatchObject({ isRepeat: true, previousReferral: { id: first.id, referredOn: "2025-09-01" } });
    expect(second.maracReferral!.grounds).toContain("REPEAT");
    expect((await linkRisk(newLink.id)).maracReferrals.map((r) => r.id)).toEqual([second.maracReferral!.id]);
  });

  it("does not treat a referral for another victim of the same perpetrator as a repeat", async () => {
    const { perpetratorId, link } = await vfx.linkedPair();
    await refer(link.id, { referredOn: "2026-01-10" });
    const otherVictim = await vfx.victim();
    const otherLink = await vfx.link(otherVictim.id, perpetratorId, "EX_PARTNER");
    const other = await refer(otherLink.id, { referredOn: "2026-05-10" });
    expect(other.maracReferral).toMatchObject({ isRepeat: false, previousReferral: null, grounds: ["PROFESSIONAL_JUDGEMENT"] });
  });

  it("accepts VISIBLE_HIGH_RISK only when the latest DASH score itself is 14 or more", async () => {
    const { link } = await vfx.linkedPair();
    const claim = { grounds: ["VISIBLE_HIGH_RISK" as const], judgementReason: null };
    expect(refusals(await refer(link.id, claim))).toEqual([{ code: "INELIGIBLE", field: ["input", "grounds"] }]);

    await vfx.assess(link.id, 13, { assessedOn: "2026-04-01", judgementLevel: "HIGH", judgementReason: "Threats to kill" });
    expect(refusals(await refer(link.id, claim))).toEqual([{ code: "INELIGIBLE", field: ["input", "grounds"] }]);
    expect((await linkRisk(link.id)).maracReferrals).toEqual([]);

    await vfx.assess(link.id, 14, { assessedOn: "2026-04-20" });
    const accepted = await refer(link.id, claim);
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.maracReferral).toMatchObject({ grounds: ["VISIBLE_HIGH_RISK"], isRepeat: false });

    await vfx.assess(link.id, 9, { assessedOn: "2026-05-20" }); // the latest score now falls short
    expect(refusals(await refer(link.id, { ...claim, referredOn: "2026-05-25" }))).toEqual([{ code: "INELIGIBLE", field: ["input", "grounds"] }]);
    expect((await linkRisk(link.id)).maracReferrals.map((r) => r.id)).toEqual([accepted.maracReferral!.id]);
  });

  it("accepts ESCALATION only with 3 incidents in the 12 months before the referral, and records them on it", async () => {
    const { link } = await vfx.linkedPair();
    for (const occurredOn of ["2025-04-01", "2025-09-01", "2026-02-01"]) await incident(link.id, occurredOn);
    const claim = { referredOn: "2026-05-10", grounds: ["ESCALATION" as const], judgementReason: null };
    const refused = await refer(link.id, claim);
    expect(refusals(refused)).toEqual([{ code: "INELIGIBLE", field: ["input", "grounds"] }]);
    expect(refused.userErrors[0]!.message).toContain("2 are recorded");

    await incident(link.id, "2026-05-01");
    const accepted = await refer(link.id, claim);
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.maracReferral).toMatchObject({ grounds: ["ESCALATION"], escalation: { incidentsInWindow: 3, threshold: 3, windowMonths: 12, met: true } });
  });

  it("needs a reason for PROFESSIONAL_JUDGEMENT, and refuses REPEAT claimed with no referral in the year before", async () => {
    const { link } = await vfx.linkedPair();
    expect(refusals(await refer(link.id, { judgementReason: " " }))).toEqual([{ code: "REASON_REQUIRED", field: ["input", "judgementReason"] }]);
    await refer(link.id, { referredOn: "2025-01-10" });
    expect(refusals(await refer(link.id, { grounds: ["REPEAT"], judgementReason: null }))).toEqual([{ code: "INELIGIBLE", field: ["input", "grounds"] }]);
    expect(refusals(await refer(link.id, { referredOn: "2026-06-02" }))).toEqual([{ code: "INVALID", field: ["input", "referredOn"] }]);
    expect((await linkRisk(link.id)).maracReferrals.map((r) => r.referredOn)).toEqual(["2025-01-10"]);
  });

  it("sets and moves the hearing date, refusing one before the referral", async () => {
    const { link } = await vfx.linkedPair();
    expect(refusals(await refer(link.id, { referredOn: "2026-05-10", hearingOn: "2026-05-09" }))).toEqual([{ code: "INVALID", field: ["input", "hearingOn"] }]);
    const referral = (await refer(link.id, { referredOn: "2026-05-10", hearingOn: "2026-06-04" })).maracReferral!;
    expect(referral.hearingOn).toBe("2026-06-04");

    const moved = await setHearing(referral.id, "2026-06-18");
    expect(moved.userErrors).toEqual([]);
    expect(moved.maracReferral).toEqual({ id: referral.id, hearingOn: "2026-06-18" });
    expect(refusals(await setHearing(referral.id, "2026-05-09"))).toEqual([{ code: "INVALID", field: ["input", "hearingOn"] }]);
    expect((await linkRisk(link.id)).maracReferrals.map((r) => [r.id, r.hearingOn])).toEqual([[referral.id, "2026-06-18"]]);
  });
});

describe("who may record victim-safety data", () => {
  const writes: [string, (ids: { victimId: string; perpetratorId: string; linkId: string }) => { query: string; variables: Record<string, unknown> }][] = [
    ["recordVictim", () => ({ query: `mutation($input: RecordVictimInput!) { recordVictim(input: $input) { victim { id } } }`, variables: { input: { givenName: "No", familyName: "Access" } } })],
    [
      "linkVictimToPerpetrator",
      ({ victimId, perpetratorId }) => ({
        query: `mutation($input: LinkVictimInput!) { linkVictimToPerpetrator(input: $input) { link { id } } }`,
        variables: { input: { victimId, perpetratorId, relationship: "PARTNER", startedOn: "2025-01-01" } },
      }),
    ],
    [
      "recordRiskAssessment",
      ({ linkId }) => ({
        query: `mutation($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { assessment { id } } }`,
        variables: { input: { linkId, assessedOn: "2026-05-01", answers: dashAnswers(15) } },
      }),
    ],
    [
      "referToMarac",
      ({ linkId }) => ({
        query: `mutation($input: ReferToMaracInput!) { referToMarac(input: $input) { maracReferral { id } } }`,
        variables: { input: { linkId, referredOn: "2026-05-01", grounds: ["PROFESSIONAL_JUDGEMENT"], judgementReason: "Threats to kill" } },
      }),
    ],
    [
      "allocateSupportWorker",
      ({ victimId }) => ({
        query: `mutation($input: AllocateSupportWorkerInput!) { allocateSupportWorker(input: $input) { allocation { id } } }`,
        variables: { input: { victimId, kind: "IDVA", workerName: "Not Allowed", organisation: "Nobody", startedOn: "2026-01-01" } },
      }),
    ],
  ];

  it.each([Role.PROBATION, Role.FACILITATOR])("refuses %s every victim-safety mutation with FORBIDDEN, writing nothing", async (role) => {
    const { perpetratorId, victim, link } = await vfx.linkedPair();
    await fx.refer(perpetratorId, "BBR"); // probation's own case: still not a writer
    const token = role === Role.PROBATION ? fx.probation : await server.token(role, "facilitator-1");
    const before = await server.database.rows<{ count: number }>(server.database.db, sql`select count(*)::int as count from audit_events where action in ('COLLECTION', 'ALTERATION')`);
    for (const [name, write] of writes) {
      const { query, variables } = write({ victimId: victim.id, perpetratorId, linkId: link.id });
      const result = await server.request(query, variables, token, withPurpose);
      expect({ name, code: result.errors?.[0]?.extensions?.code }).toEqual({ name, code: "FORBIDDEN" });
    }
    const after = await server.database.rows<{ count: number }>(server.database.db, sql`select count(*)::int as count from audit_events where action in ('COLLECTION', 'ALTERATION')`);
    expect(after[0]!.count).toBe(before[0]!.count);
  });
});
