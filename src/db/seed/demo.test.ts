import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../client.js";
import { applyMigrations } from "../migrate.js";
import { programmes, type ProgrammeRow } from "../../modules/programmes/programme.table.js";
import type { ProgrammeRules, RiskLevel, Sex } from "../../modules/programmes/programme.model.js";
import { perpetratorChildren, perpetrators, type PerpetratorRow } from "../../modules/perpetrators/perpetrator.table.js";
import { parseCrn, parseCroNumber, parsePncId, parsePrisonNumber } from "../../modules/perpetrators/identifiers.rules.js";
import { referrals, referralTransitions, type ReferralRow, type ReferralTransitionRow } from "../../modules/referrals/referral.table.js";
import { REFERRAL_STATUSES, type LegalBasis, type ReferralStatus } from "../../modules/referrals/referral.model.js";
import { isAllowedTransition, isTerminal } from "../../modules/referrals/transition.rules.js";
import { checkEligibility } from "../../modules/referrals/eligibility.rules.js";
import { groupFacilitators, programmeGroups, programmeSessions, type ProgrammeSessionRow } from "../../modules/groups/group.table.js";
import { attendanceRecords, registerSubmissions } from "../../modules/attendance/attendance.table.js";
import { completionThreshold } from "../../modules/attendance/attendance.rules.js";
import { assessEnforcement } from "../../modules/attendance/enforcement.rules.js";
import { toIsoDate } from "../../shared/dates.js";
import { buildDemoData, isDatabaseEmpty, seedDemoData, type SeedSummary } from "./demo.js";

const NOW = new Date("2026-05-14T09:30:00.000Z");

let handle: DatabaseHandle;
let summary: SeedSummary;
let seedMs: number;
let wasEmpty: boolean;

let programmeRows: ProgrammeRow[];
let people: PerpetratorRow[];
let referralRows: ReferralRow[];
let transitions: ReferralTransitionRow[];
let sessions: ProgrammeSessionRow[];
let records: (typeof attendanceRecords.$inferSelect)[];

beforeAll(async () => {
  handle = await openDatabase({ kind: "pglite", dataDir: null });
  await applyMigrations(handle);
  wasEmpty = await isDatabaseEmpty(handle);
  const started = performance.now();
  summary = await seedDemoData(handle, { now: NOW });
  seedMs = performance.now() - started;
  console.info(`demo seed on PGlite: ${Math.round(seedMs)} ms`, summary);

  const db = handle.db;
  programmeRows = await db.select().from(programmes);
  people = await db.select().from(perpetrators);
  referralRows = await db.select().from(referrals);
  transitions = await db.select().from(referralTransitions);
  sessions = await db.select().from(programmeSessions);
  records = await db.select().from(attendanceRecords);
}, 120_000);

afterAll(() => handle?.close());

const programmeById = (id: string) => programmeRows.find((p) => p.id === id)!;
const rulesOf = (row: ProgrammeRow): ProgrammeRules => ({
  ...row,
  code: row.code as ProgrammeRules["code"],
  requiredSex: row.requiredSex as Sex | null,
  minimumRiskLevel: row.minimumRiskLevel as RiskLevel | null,
  completionKind: row.completionKind as ProgrammeRules["completionKind"],
});
const currentRecordsOf = (referralId: string) => records.filter((r) => r.referralId === referralId && r.supersededAt === null);
const attendedCount = (referralId: string) =>
  currentRecordsOf(referralId).filter((r) => r.outcome === "ATTENDED" || r.outcome === "LATE").length;

describe("seedDemoData", () => {
  it("seeds an empty database, quickly, and reports what it wrote", async () => {
    expect(wasEmpty).toBe(true);
    expect(seedMs).toBeLessThan(15_000);
    expect(summary.programmes).toBe(4);
    expect(summary.perpetrators).toBe(people.length);
    expect(summary.referrals).toBe(referralRows.length);
    expect(summary.referralTransitions).toBe(transitions.length);
    expect(summary.attendanceRecords).toBe(records.length);
    expect(summary.programmeSessions).toBe(sessions.length);
    expect(summary.perpetratorChildren).toBe((await handle.db.select().from(perpetratorChildren)).length);
  });

  it("keeps the four programmes", () => {
    expect(programmeRows.map((p) => p.code).sort()).toEqual(["BBR", "CARING_DADS", "CHOICES", "PACT"]);
  });

  it("invents about 200 people, mostly men, with valid canonical identifiers", () => {
    expect(people.length).toBeGreaterThanOrEqual(190);
    expect(people.length).toBeLessThanOrEqual(210);
    const men = people.filter((p) => p.sex === "MALE").length / people.length;
    expect(men).toBeGreaterThan(0.8);
    expect(men).toBeLessThan(0.9);
    const youths = people.filter((p) => ageOn(p.dateOfBirth) >= 14 && ageOn(p.dateOfBirth) <= 17);
    expect(youths.length).toBeGreaterThanOrEqual(12);

    const reparsed = (value: string | null, parse: (v: string) => { ok: boolean; value?: string }) =>
      value === null || (parse(value).ok && parse(value).value === value);
    for (const person of people) {
      expect(reparsed(person.crn, parseCrn), `CRN ${person.crn}`).toBe(true);
      expect(reparsed(person.pncId, (v) => parsePncId(v, NOW)), `PNC ${person.pncId}`).toBe(true);
      expect(reparsed(person.prisonNumber, parsePrisonNumber), `prison number ${person.prisonNumber}`).toBe(true);
      expect(reparsed(person.croNumber, parseCroNumber), `CRO ${person.croNumber}`).toBe(true);
      expect(person.createdBy).toBe("seed");
    }
    expect(people.filter((p) => p.crn).length).toBeGreaterThan(people.length / 2);
    expect(people.filter((p) => p.pncId).length).toBeGreaterThan(people.length / 2);
    expect(people.some((p) => p.prisonNumber)).toBe(true);
    expect(people.some((p) => p.croNumber?.startsWith("SF"))).toBe(true);
  });

  it("has referrals in every status, at least three of each", () => {
    for (const status of REFERRAL_STATUSES) {
      expect(referralRows.filter((r) => r.status === status).length, status).toBeGreaterThanOrEqual(3);
    }
  });

  it("writes each referral's full history: version = transitions, along allowed moves, ending at its status", () => {
    for (const referral of referralRows) {
      const history = transitions.filter((t) => t.referralId === referral.id).sort((a, b) => a.version - b.version);
      expect(referral.version).toBe(history.length);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: "REFERRED", version: 1 });
      expect(history[0]!.occurredAt.getTime()).toBe(referral.referredAt.getTime());
      history.forEach((t, i) => {
        expect(t.version).toBe(i + 1);
        if (i === 0) return;
        const before = history[i - 1]!;
        expect(t.fromStatus).toBe(before.toStatus);
        expect(isAllowedTransition(t.fromStatus as ReferralStatus, t.toStatus as ReferralStatus), `${t.fromStatus} → ${t.toStatus}`).toBe(true);
        expect(t.occurredAt.getTime()).toBeGreaterThan(before.occurredAt.getTime());
      });
      const latest = history[history.length - 1]!;
      expect(latest.toStatus).toBe(referral.status);
      expect(latest.occurredAt.getTime()).toBeLessThan(NOW.getTime());
      if (isTerminal(referral.status as ReferralStatus)) expect(referral.closedAt?.getTime()).toBe(latest.occurredAt.getTime());
      else expect(referral.closedAt).toBeNull();
      if (referral.status === "WITHDRAWN") expect(referral.withdrawalReason).not.toBeNull();
    }
  });

  it("refers people only within the last 14 months, and only where they were eligible that day", async () => {
    const children = await handle.db.select().from(perpetratorChildren);
    const fourteenMonthsAgo = new Date(NOW);
    fourteenMonthsAgo.setUTCMonth(fourteenMonthsAgo.getUTCMonth() - 14);
    for (const referral of referralRows) {
      expect(referral.referredAt.getTime()).toBeGreaterThan(fourteenMonthsAgo.getTime());
      const person = people.find((p) => p.id === referral.perpetratorId)!;
      const failures = checkEligibility(
        rulesOf(programmeById(referral.programmeId)),
        { dateOfBirth: person.dateOfBirth, sex: person.sex as Sex, children: children.filter((c) => c.perpetratorId === person.id) },
        { legalBasis: referral.legalBasis as LegalBasis | null, riskLevel: referral.riskLevel as RiskLevel | null },
        toIsoDate(referral.referredAt),
      );
      expect(failures, `${programmeById(referral.programmeId).code} referral of ${person.id}`).toEqual([]);
    }
  });

  it("allocates to groups of the referral's own programme, within capacity", async () => {
    const groups = await handle.db.select().from(programmeGroups);
    for (const referral of referralRows) {
      if (["ALLOCATED", "ON_PROGRAMME", "COMPLETED", "BREACHED"].includes(referral.status)) expect(referral.groupId).not.toBeNull();
      if (referral.groupId) {
        expect(groups.find((g) => g.id === referral.groupId)!.programmeId).toBe(referral.programmeId);
        expect(referral.allocatedAt).not.toBeNull();
      }
    }
    for (const group of groups) {
      const members = referralRows.filter((r) => r.groupId === group.id && (r.status === "ALLOCATED" || r.status === "ON_PROGRAMME"));
      expect(members.length).toBeLessThanOrEqual(programmeById(group.programmeId).maxGroupSize);
    }
  });

  it("gives fac-1 a Caring Dads group under way and a BBR group", async () => {
    const groups = await handle.db.select().from(programmeGroups);
    const mine = (await handle.db.select().from(groupFacilitators)).filter((f) => f.facilitatorSub === "fac-1").map((f) => groups.find((g) => g.id === f.groupId)!);
    const code = (groupId: string) => programmeById(groups.find((g) => g.id === groupId)!.programmeId).code;
    expect(mine.some((g) => code(g.id) === "BBR")).toBe(true);
    const caringDads = mine.filter((g) => code(g.id) === "CARING_DADS");
    expect(caringDads.some((g) => sessions.some((s) => s.groupId === g.id && s.scheduledStart < NOW))).toBe(true);
  });

  it("completes referrals only when the completion threshold is met", () => {
    const completed = referralRows.filter((r) => r.status === "COMPLETED");
    for (const referral of completed) {
      expect(attendedCount(referral.id)).toBeGreaterThanOrEqual(completionThreshold(rulesOf(programmeById(referral.programmeId))));
    }
    const caringDads = completed.filter((r) => programmeById(r.programmeId).code === "CARING_DADS");
    expect(caringDads.length).toBeGreaterThan(0);
    expect(caringDads.every((r) => attendedCount(r.id) >= 13)).toBe(true);
  });

  it("has one register per held session, one current row per person and session, and some corrections", async () => {
    const submissions = await handle.db.select().from(registerSubmissions);
    const held = sessions.filter((s) => s.scheduledStart < NOW);
    const groupsWithMembers = new Set(referralRows.filter((r) => r.groupId && r.status !== "ALLOCATED").map((r) => r.groupId));
    for (const session of held.filter((s) => groupsWithMembers.has(s.groupId))) {
      expect(submissions.some((s) => s.idempotencyKey === `seed-${session.id}`), `register for session ${session.id}`).toBe(true);
    }
    const current = records.filter((r) => r.supersededAt === null);
    expect(new Set(current.map((r) => `${r.sessionId}/${r.referralId}`)).size).toBe(current.length);
    const superseded = records.filter((r) => r.supersededAt !== null);
    expect(superseded.length).toBeGreaterThan(0);
    for (const row of superseded) {
      const correction = submissions.find((s) => s.id === row.supersededBy)!;
      expect(correction.sessionId).toBe(row.sessionId);
      expect(current.some((r) => r.sessionId === row.sessionId && r.referralId === row.referralId && correction.recordIds.includes(r.id))).toBe(true);
    }
    for (const submission of submissions) {
      expect(records.filter((r) => r.submissionId === submission.id).map((r) => r.id).sort()).toEqual([...submission.recordIds].sort());
    }
    const outcomes = current.map((r) => r.outcome);
    const share = (o: string) => outcomes.filter((x) => x === o).length / outcomes.length;
    expect(share("ATTENDED")).toBeGreaterThan(0.6);
    expect(share("EXCLUDED")).toBeGreaterThan(0);
    expect(share("EXCLUDED")).toBeLessThan(0.05);
  });

  it("records registers only for people who have started, never for sessions yet to come", () => {
    for (const record of records) {
      const session = sessions.find((s) => s.id === record.sessionId)!;
      expect(session.scheduledStart.getTime()).toBeLessThan(NOW.getTime());
      const referral = referralRows.find((r) => r.id === record.referralId)!;
      expect(referral.groupId).toBe(session.groupId);
      expect(referral.status).not.toBe("ALLOCATED");
    }
  });

  it("includes BBR cases where two unacceptable absences within 12 months require breach", () => {
    const bbr = referralRows.filter((r) => programmeById(r.programmeId).code === "BBR" && r.groupId);
    const breachRequired = bbr.filter((referral) => {
      const failures = currentRecordsOf(referral.id)
        .filter((r) => r.outcome === "ABSENT_UNACCEPTABLE" || r.outcome === "EXCLUDED")
        .map((r) => ({ sessionId: r.sessionId, occurredAt: sessions.find((s) => s.id === r.sessionId)!.scheduledStart }));
      return assessEnforcement(failures, NOW).breachRequired;
    });
    expect(breachRequired.some((r) => r.status === "BREACHED")).toBe(true);
    expect(breachRequired.some((r) => r.status === "ON_PROGRAMME")).toBe(true);
    expect(breachRequired.every((r) => r.status === "BREACHED" || r.status === "ON_PROGRAMME")).toBe(true);
  });

  it("is refused a second time: isDatabaseEmpty says no, and seedDemoData will not add to people", async () => {
    expect(await isDatabaseEmpty(handle)).toBe(false);
    await expect(seedDemoData(handle, { now: NOW })).rejects.toThrow(/already holds people/);
    expect((await handle.db.select().from(perpetrators)).length).toBe(people.length);
  });

  it("is deterministic: the same seed and now build the same data, another seed different data", () => {
    const a = buildDemoData(programmeRows, NOW, 7);
    const b = buildDemoData(programmeRows, NOW, 7);
    const c = buildDemoData(programmeRows, NOW, 8);
    expect(b).toEqual(a);
    expect(c.perpetrators[0]!.id).not.toBe(a.perpetrators[0]!.id);
  });
});

function ageOn(dateOfBirth: string): number {
  const today = toIsoDate(NOW);
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) >= dateOfBirth.slice(5) ? years : years - 1;
}
