import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuditEventsDocument,
  EndSupportAllocationDocument,
  EndVictimLinkDocument,
  RecordSessionAttendanceDocument,
  ReferralDetailDocument,
  SafetyAlertsDocument,
  TransitionReferralDocument,
  type AttendanceOutcome,
  type ProgrammeCode,
  type ReferralStatus,
  type SafetyAlertFilter,
  type SafetyAlertKind,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { idOfType } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;
let facilitator: string;
let idvaA: string;
let iswA: string;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  vfx = await createVictimFixtures(server, fx);
  facilitator = await server.token(Role.FACILITATOR, "fac-1");
  // The workers read their own alerts as support workers; every alert about a victim is read as police safeguarding (alertsAbout).
  idvaA = await server.token(Role.SUPPORT_WORKER, "idva-a", { name: "IDVA A", org: "Leeds Domestic Violence Service" });
  iswA = await server.token(Role.SUPPORT_WORKER, "isw-a", { name: "ISS worker A", org: "Integrated Support Service" });
});
afterAll(() => server.close());

type Victim = Awaited<ReturnType<VictimFixtures["victim"]>>;

/** A participant on fac-1's group (one session, held on 20 May) whose perpetrator is linked to a new victim. */
async function caseWithVictim(programme: ProgrammeCode = "CHOICES") {
  const group = await fx.group(programme, ["fac-1"]);
  const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
  const { person, referral } = await fx.participant(programme, group.id);
  const { victim, link } = await vfx.linkedPair(person.id);
  return { session: session!, person, referral, victim, link };
}

function transition(referral: { id: string; version: number }, toStatus: ReferralStatus, token: string, extra: { withdrawalReason?: "MOVED_AREA"; note?: string; expectedVersion?: number } = {}) {
  const { expectedVersion = referral.version, ...rest } = extra;
  return server.request(TransitionReferralDocument, { input: { referralId: referral.id, toStatus, expectedVersion, ...rest } }, token);
}

async function dropOut(referral: { id: string; version: number }, token = facilitator) {
  const result = await transition(referral, "DROPPED_OUT", token);
  expect(result.errors).toBeUndefined();
  expect(result.data?.transitionReferral.userErrors).toEqual([]);
  return result;
}

async function alerts(token: string, filter: SafetyAlertFilter) {
  const data = await server.query(SafetyAlertsDocument, { first: 50, filter }, token, withPurpose);
  return data.safetyAlerts.edges.map((edge) => edge.node);
}

/** Every alert raised about a victim, as police safeguarding sees them. */
const alertsAbout = (victimId: string) => alerts(vfx.safeguarding, { victimId });

/** Straight from the table, for people no query can show alerts of (a perpetrator with no victims). */
async function alertCountForPerpetrator(perpetratorId: string): Promise<number> {
  const [row] = await server.database.rows<{ count: number }>(
    server.database.db,
    sql`select count(*)::int as count from safety_alerts where perpetrator_id = ${idOfType(perpetratorId, "Perpetrator")}::uuid`,
  );
  return row!.count;
}

function expectNothingAbout(victim: Victim, summary: string) {
  for (const detail of [victim.givenName, victim.familyName, victim.dateOfBirth, "Weekdays 10:00-14:00", "Text first; never call", "TEXT"]) {
    expect(summary).not.toContain(detail);
  }
}

describe("alerts when a perpetrator's programme ends early", () => {
  it.each<[string, ProgrammeCode, () => string]>([
    ["the group's facilitator", "CHOICES", () => facilitator],
    ["probation", "CARING_DADS", () => fx.probation],
  ])("tells the victim's IDVA and support worker, once each, when %s records a drop-out", async (_who, programme, token) => {
    const c = await caseWithVictim(programme);
    await vfx.supportWorker(c.victim.id, "idva-a");
    await vfx.supportWorker(c.victim.id, "isw-a", { kind: "INTEGRATED_SUPPORT_SERVICE", organisation: "Integrated Support Service" });

    await dropOut(c.referral, token());

    const programmeName = programme === "CHOICES" ? "Choices" : "Caring Dads";
    for (const [worker, subject] of [[idvaA, "idva-a"], [iswA, "isw-a"]] as const) {
      const mine = await alerts(worker, { mine: true, victimId: c.victim.id });
      expect(mine).toEqual([
        expect.objectContaining({
          kind: "PROGRAMME_DROPPED_OUT",
          recipientSub: subject,
          summary: `The perpetrator has dropped out of ${programmeName}.`,
          acknowledged: false,
          victim: { id: c.victim.id },
          perpetrator: { id: c.person.id },
          // A support worker sees no referrals: the alert names the programme, and its referral is null to them.
          referral: null,
          order: null,
        }),
      ]);
      expectNothingAbout(c.victim, mine[0]!.summary);
    }
    const raised = await alertsAbout(c.victim.id);
    expect(raised.map((a) => a.referral)).toEqual([
      { id: c.referral.id, status: "DROPPED_OUT" },
      { id: c.referral.id, status: "DROPPED_OUT" },
    ]);
  });

  it.each<[ReferralStatus, ProgrammeCode, SafetyAlertKind, string]>([
    ["BREACHED", "BBR", "PROGRAMME_BREACHED", "The perpetrator has been breached on Building Better Relationships and returned to court or their probation practitioner."],
    ["WITHDRAWN", "CHOICES", "PROGRAMME_WITHDRAWN", "The perpetrator's referral to Choices has been withdrawn."],
  ])("tells the IDVA when probation moves the referral to %s", async (toStatus, programme, kind, summary) => {
    const c = await caseWithVictim(programme);
    await vfx.supportWorker(c.victim.id, "idva-a");

    const result = await transition(c.referral, toStatus, fx.probation, toStatus === "WITHDRAWN" ? { withdrawalReason: "MOVED_AREA" } : {});
    expect(result.data?.transitionReferral.referral?.status).toBe(toStatus);

    const mine = await alerts(idvaA, { mine: true, victimId: c.victim.id });
    expect(mine.map((a) => [a.kind, a.summary, a.referral])).toEqual([[kind, summary, null]]);
    expectNothingAbout(c.victim, mine[0]!.summary);
    expect((await alertsAbout(c.victim.id)).map((a) => a.referral?.id)).toEqual([c.referral.id]);
  });

  it("raises nothing when the referral moves somewhere that is not an early end", async () => {
    const c = await caseWithVictim();
    await vfx.supportWorker(c.victim.id, "idva-a");
    const result = await transition(c.referral, "AWAITING_ALLOCATION", fx.probation, { note: "Moving to the Thursday group" });
    expect(result.data?.transitionReferral.referral?.status).toBe("AWAITING_ALLOCATION");
    expect(await alertsAbout(c.victim.id)).toEqual([]);
  });
});

describe("who an alert goes to", () => {
  it("leaves out workers whose allocation has ended and workers who cannot sign in", async () => {
    const c = await caseWithVictim();
    const ended = await vfx.supportWorker(c.victim.id, "idva-ended");
    await server.query(EndSupportAllocationDocument, { input: { allocationId: ended.id, endedOn: "2026-05-31" } }, vfx.safeguarding, withPurpose);
    await vfx.supportWorker(c.victim.id, null, { kind: "PARTNER_SUPPORT" });
    await vfx.supportWorker(c.victim.id, "isw-a", { kind: "INTEGRATED_SUPPORT_SERVICE" });

    await dropOut(c.referral);

    expect((await alertsAbout(c.victim.id)).map((a) => a.recipientSub)).toEqual(["isw-a"]);
  });

  it("puts the alert in the safeguarding queue when the victim has no worker to tell", async () => {
    const c = await caseWithVictim();
    const ended = await vfx.supportWorker(c.victim.id, "idva-ended");
    await server.query(EndSupportAllocationDocument, { input: { allocationId: ended.id, endedOn: "2026-05-31" } }, vfx.safeguarding, withPurpose);
    const other = await caseWithVictim();

    await dropOut(c.referral);
    await dropOut(other.referral);

    for (const victim of [c.victim, other.victim]) {
      const queued = await alerts(vfx.safeguarding, { openOnly: true, victimId: victim.id });
      expect(queued.map((a) => [a.kind, a.recipientSub])).toEqual([["PROGRAMME_DROPPED_OUT", null]]);
    }
    expect(await alerts(vfx.safeguarding, { mine: true, victimId: c.victim.id })).toEqual([]);
  });

  it("raises nothing for a perpetrator with no linked victim", async () => {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const { person, referral } = await fx.participant("CHOICES", group.id);
    await dropOut(referral);
    expect(await alertCountForPerpetrator(person.id)).toBe(0);
  });

  it("tells each currently linked victim's worker, and not those of a victim whose link has ended", async () => {
    const c = await caseWithVictim();
    await vfx.supportWorker(c.victim.id, "idva-a");
    const second = await vfx.victim();
    await vfx.link(second.id, c.person.id, "EX_PARTNER");
    await vfx.supportWorker(second.id, "isw-a", { kind: "INTEGRATED_SUPPORT_SERVICE" });
    const former = await vfx.victim();
    const formerLink = await vfx.link(former.id, c.person.id, "EX_PARTNER", "2020-01-01");
    await vfx.supportWorker(former.id, "idva-a");
    const ended = await server.query(EndVictimLinkDocument, { input: { linkId: formerLink.id, endedOn: "2026-05-01" } }, vfx.safeguarding, withPurpose);
    expect(ended.endVictimLink.userErrors).toEqual([]);

    await dropOut(c.referral);

    expect((await alertsAbout(c.victim.id)).map((a) => a.recipientSub)).toEqual(["idva-a"]);
    expect((await alertsAbout(second.id)).map((a) => a.recipientSub)).toEqual(["isw-a"]);
    expect(await alertsAbout(former.id)).toEqual([]);
  });
});

describe("alerts from a session register", () => {
  let keys = 0;
  async function record(sessionId: string, referralId: string, outcome: AttendanceOutcome, idempotencyKey = `alert-key-${++keys}`) {
    const data = await server.query(RecordSessionAttendanceDocument, { input: { sessionId, idempotencyKey, entries: [{ referralId, outcome }] } }, facilitator);
    expect(data.recordSessionAttendance.userErrors).toEqual([]);
    return data.recordSessionAttendance;
  }

  it.each<[AttendanceOutcome, SafetyAlertKind | null, string | null]>([
    ["EXCLUDED", "SESSION_EXCLUDED", "The perpetrator was excluded from Choices session 1."],
    ["ABSENT_UNACCEPTABLE", "UNACCEPTABLE_ABSENCE", "The perpetrator missed Choices session 1 without an acceptable reason."],
    ["ATTENDED", null, null],
    ["LATE", null, null],
    ["ABSENT_ACCEPTABLE", null, null],
  ])("%s → %s", async (outcome, kind, summary) => {
    const c = await caseWithVictim();
    await vfx.supportWorker(c.victim.id, "idva-a");

    expect((await record(c.session.id, c.referral.id, outcome)).records.map((r) => r.outcome)).toEqual([outcome]);

    const mine = await alerts(idvaA, { mine: true, victimId: c.victim.id });
    expect(mine.map((a) => [a.kind, a.summary, a.referral])).toEqual(kind ? [[kind, summary, null]] : []);
    expect((await alertsAbout(c.victim.id)).map((a) => a.referral?.id)).toEqual(kind ? [c.referral.id] : []);
  });

  it("raises nothing more when the same submission is replayed or the same outcome is sent again", async () => {
    const c = await caseWithVictim();
    await vfx.supportWorker(c.victim.id, "idva-a");
    await record(c.session.id, c.referral.id, "EXCLUDED", "replayed-exclusion");

    const replay = await record(c.session.id, c.referral.id, "EXCLUDED", "replayed-exclusion");
    expect(replay.replayed).toBe(true);
    const resent = await record(c.session.id, c.referral.id, "EXCLUDED");
    expect(resent.replayed).toBe(false);

    expect((await alertsAbout(c.victim.id)).map((a) => a.kind)).toEqual(["SESSION_EXCLUDED"]);
  });

  it("raises an alert when a register is corrected from ATTENDED to EXCLUDED", async () => {
    const c = await caseWithVictim();
    await vfx.supportWorker(c.victim.id, "idva-a");
    await record(c.session.id, c.referral.id, "ATTENDED");
    expect(await alertsAbout(c.victim.id)).toEqual([]);

    const corrected = await record(c.session.id, c.referral.id, "EXCLUDED");
    expect(corrected.records.map((r) => r.outcome)).toEqual(["EXCLUDED"]);
    expect((await alerts(idvaA, { mine: true, victimId: c.victim.id })).map((a) => a.kind)).toEqual(["SESSION_EXCLUDED"]);
  });
});

describe("alerts and the change that causes them", () => {
  it("raises nothing when the transition is refused", async () => {
    const c = await caseWithVictim();
    await vfx.supportWorker(c.victim.id, "idva-a");

    const stale = await transition(c.referral, "DROPPED_OUT", facilitator, { expectedVersion: c.referral.version - 1 });
    expect(stale.data?.transitionReferral.userErrors.map((e) => e.code)).toEqual(["CONFLICT"]);
    const invalid = await transition(c.referral, "BREACHED", fx.probation);
    expect(invalid.data?.transitionReferral.userErrors.map((e) => e.code)).toEqual(["INVALID_TRANSITION"]);

    expect(await alertsAbout(c.victim.id)).toEqual([]);
    expect((await server.query(ReferralDetailDocument, { id: c.referral.id }, fx.probation)).referral?.status).toBe("ALLOCATED");
  });

  it("raises the alerts of only the change that wins when two race on one version", async () => {
    const c = await caseWithVictim();
    await vfx.supportWorker(c.victim.id, "idva-a");

    const [dropped, withdrawn] = await Promise.all([
      transition(c.referral, "DROPPED_OUT", facilitator),
      transition(c.referral, "WITHDRAWN", fx.probation, { withdrawalReason: "MOVED_AREA" }),
    ]);
    const outcomes = [dropped, withdrawn].map((r) => r.data?.transitionReferral.userErrors.map((e) => e.code) ?? ["ERROR"]);
    expect(outcomes.filter((codes) => codes.length === 0)).toHaveLength(1);
    expect(outcomes.flat()).toEqual(["CONFLICT"]);

    const winner = dropped.data?.transitionReferral.userErrors.length === 0 ? "PROGRAMME_DROPPED_OUT" : "PROGRAMME_WITHDRAWN";
    expect((await alertsAbout(c.victim.id)).map((a) => a.kind)).toEqual([winner]);
  });
});

describe("the disclosure log of alerts", () => {
  it("records a DISCLOSURE by the alert system for every alert, naming who it went to and who caused it", async () => {
    const c = await caseWithVictim();
    await vfx.supportWorker(c.victim.id, "idva-a");
    await vfx.supportWorker(c.victim.id, "isw-a", { kind: "INTEGRATED_SUPPORT_SERVICE" });
    const queued = await caseWithVictim();

    const caused = await dropOut(c.referral);
    const causedQueued = await dropOut(queued.referral);

    const raised = [...(await alertsAbout(c.victim.id)), ...(await alertsAbout(queued.victim.id))];
    expect(raised).toHaveLength(3);
    const auditor = await server.token(Role.AUDITOR, "auditor-1");
    const logged = [];
    for (const victim of [c.victim, queued.victim]) {
      const filter = { personId: victim.id, action: "DISCLOSURE" as const, entityType: "SafetyAlert" };
      logged.push(...(await server.query(AuditEventsDocument, { first: 50, filter }, auditor)).auditEvents.edges.map((edge) => edge.node));
    }
    expect(logged).toHaveLength(3);
    for (const alert of raised) {
      const forQueue = alert.recipientSub === null;
      expect(logged.filter((event) => event.entityId === alert.id)).toEqual([
        expect.objectContaining({
          actor: expect.objectContaining({ sub: "system:safety-alerts" }),
          requestId: (forQueue ? causedQueued : caused).requestId,
          purpose: "Automatic safety alert PROGRAMME_DROPPED_OUT (caused by fac-1)",
          victimIds: [alert.victim.id],
          perpetratorId: alert.perpetrator.id,
          fields: ["kind", "summary"],
          recipients: forQueue ? [] : [alert.recipientSub],
        }),
      ]);
    }
  });
});
