import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { programmes, type ProgrammeRow } from "../modules/programmes/programme.table.js";
import type { ProgrammeRules, RiskLevel, Sex } from "../modules/programmes/programme.model.js";
import { perpetratorChildren, perpetrators, type PerpetratorRow } from "../modules/perpetrators/perpetrator.table.js";
import { parseCrn, parseCroNumber, parsePncId, parsePrisonNumber } from "../modules/perpetrators/identifiers.rules.js";
import { referrals, referralTransitions, type ReferralRow, type ReferralTransitionRow } from "../modules/referrals/referral.table.js";
import { REFERRAL_STATUSES, type LegalBasis, type ReferralStatus } from "../modules/referrals/referral.model.js";
import { isAllowedTransition, isTerminal } from "../modules/referrals/transition.rules.js";
import { checkEligibility } from "../modules/referrals/eligibility.rules.js";
import { groupFacilitators, programmeGroups, programmeSessions, type ProgrammeSessionRow } from "../modules/groups/group.table.js";
import { attendanceRecords, registerSubmissions } from "../modules/attendance/attendance.table.js";
import { completionThreshold } from "../modules/attendance/attendance.rules.js";
import { assessEnforcement } from "../modules/attendance/enforcement.rules.js";
import {
  OPEN_ACTION_STATUSES,
  interventionPlans,
  iomMemberships,
  iomStaff,
  isActionOverdue,
  isReviewOverdue,
  offenderManagerAssignments,
  planActions,
  planReviews,
  type ActionStatus,
  type InterventionPlanRow,
  type IomMembershipRow,
  type IomStaffRow,
  type OffenderManagerAssignmentRow,
  type PlanActionRow,
  type PlanReviewRow,
  type PlanStatus,
} from "../modules/iom/index.js";
import { ageOn as ageOnDay, daysBetween, shiftIsoDateMonths, toIsoDate } from "../shared/dates.js";
import { DEFAULT_DEMO_SEED, buildDemoData, isDatabaseEmpty, seedDemoData, type SeedSummary } from "./demo.js";
import { buildIomData, iomRandom } from "./iom.js";
import { isWalkthroughId, randomPart } from "./walkthrough.js";

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
let staff: IomStaffRow[];
let memberships: IomMembershipRow[];
let assignments: OffenderManagerAssignmentRow[];
let plans: InterventionPlanRow[];
let actions: PlanActionRow[];
let reviews: PlanReviewRow[];

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
  people = randomPart(await db.select().from(perpetrators));
  referralRows = randomPart(await db.select().from(referrals));
  transitions = randomPart(await db.select().from(referralTransitions));
  sessions = randomPart(await db.select().from(programmeSessions));
  records = randomPart(await db.select().from(attendanceRecords));
  staff = await db.select().from(iomStaff);
  memberships = randomPart(await db.select().from(iomMemberships));
  assignments = randomPart(await db.select().from(offenderManagerAssignments));
  plans = randomPart(await db.select().from(interventionPlans));
  actions = randomPart(await db.select().from(planActions));
  reviews = await db.select().from(planReviews);
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
    const groups = randomPart(await handle.db.select().from(programmeGroups));
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
    const groups = randomPart(await handle.db.select().from(programmeGroups));
    const mine = (await handle.db.select().from(groupFacilitators)).filter((f) => !isWalkthroughId(f.groupId)).filter((f) => f.facilitatorSub === "fac-1").map((f) => groups.find((g) => g.id === f.groupId)!);
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
    const submissions = randomPart(await handle.db.select().from(registerSubmissions));
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
    expect((randomPart(await handle.db.select().from(perpetrators))).length).toBe(people.length);
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

describe("seedDemoData: the IOM cohort", () => {
  const today = toIsoDate(NOW);
  const open = () => memberships.filter((m) => m.endedOn === null);
  const staffById = (id: string) => staff.find((s) => s.id === id)!;
  const assignmentsOf = (membershipId: string) =>
    assignments.filter((a) => a.membershipId === membershipId).sort((a, b) => a.startedOn.localeCompare(b.startedOn) || (a.endedOn === null ? 1 : -1));
  const plansOf = (membershipId: string) => plans.filter((p) => p.membershipId === membershipId).sort((a, b) => a.version - b.version);
  const livePlanOf = (membershipId: string) => plansOf(membershipId).find((p) => p.status === "LIVE")!;
  const actionsOf = (planId: string) => actions.filter((a) => a.planId === planId).sort((a, b) => a.position - b.position);
  const reviewsOf = (planId: string) => reviews.filter((r) => r.planId === planId).sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn));
  const officerOn = (membershipId: string, day: string) => staffById(assignmentsOf(membershipId).filter((a) => a.startedOn <= day).at(-1)!.staffId);

  it("reports what it wrote: 17 staff, about 90 open memberships and some that ended", () => {
    expect(summary).toMatchObject({
      iomStaff: staff.length,
      iomMemberships: memberships.length,
      iomAssignments: assignments.length,
      iomPlans: plans.length,
      iomPlanActions: actions.length,
      iomPlanReviews: reviews.length,
    });
    expect(open().length).toBeGreaterThanOrEqual(85);
    expect(open().length).toBeLessThanOrEqual(95);
    expect(memberships.length - open().length).toBeGreaterThanOrEqual(12);
    expect(memberships.length - open().length).toBeLessThanOrEqual(18);
    expect(reviews.length).toBeGreaterThan(plans.length / 2);
  });

  it("has twelve serving offender managers in four teams, one former officer and four probation practitioners", () => {
    const officers = staff.filter((s) => s.kind === "POLICE_OFFENDER_MANAGER");
    const serving = officers.filter((s) => s.active);
    expect(serving.map((s) => s.subject).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `om-${i + 1}`).sort());
    expect(new Set(serving.map((s) => s.team))).toEqual(new Set(["Leeds DV IOM North", "Leeds DV IOM South", "Bradford DV IOM", "Wakefield and Kirklees DV IOM"]));
    expect(officers.filter((s) => !s.active).map((s) => s.subject)).toEqual(["om-13"]);
    expect(new Set(officers.map((s) => s.collarNumber)).size).toBe(officers.length);
    for (const officer of officers) {
      expect(officer).toMatchObject({ force: "West Yorkshire Police", createdBy: "seed" });
      expect(officer.name).toMatch(/^PC [A-Z][a-z]+ [A-Z][a-z]+$/);
    }
    const practitioners = staff.filter((s) => s.kind === "PROBATION_PRACTITIONER");
    expect(practitioners.map((s) => s.subject).sort()).toEqual(["prob-1", "prob-2", "prob-3", "prob-4"]);
    expect(practitioners.every((s) => s.organisation === "Probation Service, Yorkshire and the Humber" && s.active)).toBe(true);
  });

  it("selects adult men, never PACT youths; one open membership per person; a few re-selected after leaving", () => {
    const pact = programmeRows.find((p) => p.code === "PACT")!.id;
    for (const m of memberships) {
      const person = people.find((p) => p.id === m.perpetratorId)!;
      expect(person.sex).toBe("MALE");
      expect(ageOnDay(person.dateOfBirth, m.startedOn)).toBeGreaterThanOrEqual(18);
      expect(referralRows.some((r) => r.perpetratorId === person.id && r.programmeId === pact)).toBe(false);
      expect(m.startedOn <= today).toBe(true);
    }
    const openPeople = open().map((m) => m.perpetratorId);
    expect(new Set(openPeople).size).toBe(openPeople.length);
    expect(memberships.filter((m) => m.perpetratorId && referralRows.some((r) => r.perpetratorId === m.perpetratorId)).length / memberships.length).toBeGreaterThan(0.6);

    const ended = memberships.filter((m) => m.endedOn !== null);
    const reselected = ended.filter((e) => open().some((m) => m.perpetratorId === e.perpetratorId));
    expect(reselected.length).toBeGreaterThanOrEqual(3);
    expect(reselected.length).toBeLessThanOrEqual(5);
    for (const e of reselected) expect(open().find((m) => m.perpetratorId === e.perpetratorId)!.startedOn >= e.endedOn!).toBe(true);
    const reasons = ended.map((m) => m.deselectionReason);
    for (const reason of ["REDUCED_RISK", "CUSTODY", "MOVED_AREA", "OTHER"]) expect(reasons).toContain(reason);
    expect(reasons.filter((r) => r === "DECEASED").length).toBeLessThanOrEqual(1);
    expect(ended.filter((m) => m.deselectionReason === "OTHER").every((m) => m.deselectionNote)).toBe(true);
    expect(memberships.filter((m) => m.selectionSource === "FRONT_DOOR_SAFEGUARDING_HUB").length / memberships.length).toBeGreaterThan(0.5);
    expect(memberships.filter((m) => m.cohortType === "FLEX").length / memberships.length).toBeGreaterThan(0.7);
    expect(memberships.some((m) => m.rfgScore === null)).toBe(true);
    expect(memberships.filter((m) => m.rfgScore !== null).every((m) => m.rfgScore! >= 20 && m.rfgScore! <= 180)).toBe(true);
  });

  it("gives each open member one active offender manager, keeps the history, and balances caseloads", () => {
    for (const m of memberships) {
      const history = assignmentsOf(m.id);
      expect(history[0]!.startedOn).toBe(m.startedOn);
      history.slice(1).forEach((a, i) => expect(history[i]!.endedOn).toBe(a.startedOn));
      const active = history.filter((a) => a.endedOn === null);
      if (m.endedOn === null) {
        expect(active).toHaveLength(1);
        expect(active[0]).toBe(history.at(-1));
        expect(staffById(active[0]!.staffId)).toMatchObject({ kind: "POLICE_OFFENDER_MANAGER", active: true });
      } else {
        expect(active).toHaveLength(0);
        expect(history.at(-1)!.endedOn).toBe(m.endedOn);
      }
    }
    const caseloads = staff.filter((s) => s.kind === "POLICE_OFFENDER_MANAGER" && s.active).map((s) => assignments.filter((a) => a.staffId === s.id && a.endedOn === null).length);
    expect(Math.min(...caseloads)).toBeGreaterThanOrEqual(7);
    expect(Math.max(...caseloads)).toBeLessThanOrEqual(9);
    const reassigned = open().filter((m) => assignmentsOf(m.id).length > 1);
    expect(reassigned.length / open().length).toBeGreaterThan(0.15);
    expect(reassigned.length / open().length).toBeLessThan(0.25);
    const former = staff.find((s) => s.subject === "om-13")!;
    expect(assignments.filter((a) => a.staffId === former.id).length).toBeGreaterThanOrEqual(2);
    expect(assignments.some((a) => a.staffId === former.id && a.endedOn === null)).toBe(false);
  });

  it("gives every open member exactly one LIVE plan, versions from 1, and closes the plans of those who left", () => {
    for (const m of memberships) {
      const versions = plansOf(m.id);
      expect(versions.map((p) => p.version)).toEqual(versions.map((_, i) => i + 1));
      versions.slice(0, -1).forEach((p) => expect(p).toMatchObject({ status: "SUPERSEDED", endedAt: expect.any(Date) }));
      const last = versions.at(-1)!;
      expect(last.status).toBe(m.endedOn === null ? "LIVE" : "CLOSED");
      expect(last.endedAt === null).toBe(m.endedOn === null);
      for (const plan of versions) {
        expect(plan.summary!.length).toBeGreaterThan(10);
        expect(toIsoDate(plan.createdAt) >= m.startedOn).toBe(true);
      }
    }
    const replanned = open().filter((m) => plansOf(m.id).length > 1).length / open().length;
    expect(replanned).toBeGreaterThan(0.25);
    expect(replanned).toBeLessThan(0.35);
  });

  it("holds 3-7 actions on each live plan, owned in the agency the owner works for", () => {
    const agencyOf = { POLICE_OFFENDER_MANAGER: "POLICE", PROBATION_PRACTITIONER: "PROBATION" } as const;
    for (const m of open()) {
      const own = actionsOf(livePlanOf(m.id).id);
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect(own.length).toBeLessThanOrEqual(7);
      expect(own.map((a) => a.position)).toEqual(own.map((_, i) => i + 1));
    }
    for (const action of actions) {
      if (action.ownerStaffId) expect(agencyOf[staffById(action.ownerStaffId).kind as keyof typeof agencyOf]).toBe(action.ownerAgency);
      else expect(action.ownerName).toBeTruthy();
      const closed = !OPEN_ACTION_STATUSES.includes(action.status as ActionStatus);
      expect(action.closedAt !== null).toBe(closed);
      if (action.status === "NOT_ACHIEVED" || action.status === "CANCELLED") expect(action.notes).toBeTruthy();
      if (action.referralId) expect(action.pathway).toBe("PROGRAMME_ATTENDANCE");
      expect(action.createdAt.getTime()).toBeLessThan(NOW.getTime());
    }
    const statuses = new Set(actions.map((a) => a.status));
    for (const status of ["PLANNED", "IN_PROGRESS", "DONE", "NOT_ACHIEVED", "CANCELLED"]) expect(statuses).toContain(status);
    expect(new Set(actions.map((a) => a.pathway)).size).toBe(9);
  });

  it("links programme actions only to referrals of the member themselves", () => {
    const linked = actions.filter((a) => a.referralId);
    expect(linked.length).toBeGreaterThan(20);
    for (const action of linked) {
      const membership = memberships.find((m) => m.id === plans.find((p) => p.id === action.planId)!.membershipId)!;
      expect(referralRows.find((r) => r.id === action.referralId)!.perpetratorId).toBe(membership.perpetratorId);
    }
  });

  it("reviews plans in order, at most six months apart, by the member's offender manager at the time", () => {
    let older = 0;
    let reviewedOlder = 0;
    for (const plan of plans) {
      const membership = memberships.find((m) => m.id === plan.membershipId)!;
      const own = reviewsOf(plan.id);
      let from = toIsoDate(plan.createdAt);
      for (const review of own) {
        expect(review.reviewedOn >= from).toBe(true);
        expect(review.reviewedOn <= today).toBe(true);
        expect(review.nextReviewOn > review.reviewedOn).toBe(true);
        expect(review.nextReviewOn <= shiftIsoDateMonths(review.reviewedOn, 6)).toBe(true);
        expect(review.reviewerSub).toBe(officerOn(membership.id, review.reviewedOn).subject);
        from = review.reviewedOn;
      }
      if (own.length) expect(plan.reviewDueOn).toBe(own.at(-1)!.nextReviewOn);
      expect(plan.reviewDueOn <= shiftIsoDateMonths(from, 6)).toBe(true);
      const lastDay = plan.endedAt ? toIsoDate(plan.endedAt) : today;
      if (daysBetween(toIsoDate(plan.createdAt), lastDay) > 42) {
        older++;
        if (own.length >= 1 && own.length <= 4) reviewedOlder++;
      }
    }
    expect(reviewedOlder / older).toBeGreaterThan(0.85);
    const outcomes = reviews.map((r) => r.outcome);
    expect(outcomes.filter((o) => o === "ON_TRACK" || o === "PARTIAL_PROGRESS").length / outcomes.length).toBeGreaterThan(0.7);
  });

  it("leaves some live plans overdue for review and some members with overdue actions, on the seed's today", () => {
    const live = open().map((m) => livePlanOf(m.id));
    const reviewOverdue = live.filter((p) => isReviewOverdue({ status: p.status as PlanStatus, reviewDueOn: p.reviewDueOn }, today)).length / live.length;
    expect(reviewOverdue).toBeGreaterThanOrEqual(0.1);
    expect(reviewOverdue).toBeLessThanOrEqual(0.17);
    const behind = live.filter((p) => actionsOf(p.id).some((a) => isActionOverdue({ status: a.status as ActionStatus, dueOn: a.dueOn }, "LIVE", today))).length / live.length;
    expect(behind).toBeGreaterThanOrEqual(0.2);
    expect(behind).toBeLessThanOrEqual(0.3);
    // om-1's caseload (the README's example) has some of each.
    const om1 = staff.find((s) => s.subject === "om-1")!;
    const mine = assignments.filter((a) => a.staffId === om1.id && a.endedOn === null).map((a) => livePlanOf(a.membershipId));
    expect(mine.some((p) => p.reviewDueOn < today)).toBe(true);
    expect(mine.some((p) => actionsOf(p.id).some((a) => isActionOverdue({ status: a.status as ActionStatus, dueOn: a.dueOn }, "LIVE", today)))).toBe(true);
  });

  it("is deterministic: the seeded rows are what the builder gives, and the same seed builds the same rows", () => {
    const build = (seed: number) => buildIomData({ ...buildDemoData(programmeRows, NOW, seed), programmes: programmeRows }, NOW, iomRandom(seed));
    const seeded = build(DEFAULT_DEMO_SEED);
    const byId = <T extends { id?: string }>(rows: T[]) => rows.map((r) => r.id).sort();
    expect(byId(seeded.memberships)).toEqual(byId(memberships));
    expect(byId(seeded.actions)).toEqual(byId(actions));
    expect(byId(seeded.reviews)).toEqual(byId(reviews));
    for (const row of seeded.plans) expect(plans.find((p) => p.id === row.id)).toMatchObject(row);
    expect(build(7)).toEqual(build(7));
    expect(build(8).memberships[0]!.id).not.toBe(build(7).memberships[0]!.id);
  });
});
