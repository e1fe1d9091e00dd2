/**
 * Demo data: invented people, groups, referrals and registers that follow the domain's rules, so the
 * API can be explored (and its reports read) without real data. Everything is derived from a seeded
 * random source and `now`, so the same seed and `now` give the same database.
 *
 * The data is built in memory first (ids included), checked against the rules the API itself enforces
 * (eligibility, transitions, group closing and capacity, completion, enforcement), then written in one
 * transaction with multi-row inserts.
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type { DatabaseHandle, Executor } from "../client.js";
import {
  ProgrammeRepository,
  completionThreshold,
  programmes,
  rulesOf,
  type ProgrammeCode,
  type ProgrammeRow,
  type ProgrammeRules,
  type RiskLevel,
  type Sex,
} from "../../modules/programmes/index.js";
import {
  NEEDS,
  formatCroNumber,
  formatPncId,
  generateCrn,
  perpetratorChildren,
  perpetrators,
  type ChildRelationship,
  type Need,
} from "../../modules/perpetrators/index.js";
import {
  checkEligibility,
  checkTransition,
  isTerminal,
  referralTransitions,
  referrals,
  type LegalBasis,
  type ReferralSource,
  type ReferralStatus,
  type WithdrawalReason,
} from "../../modules/referrals/index.js";
import { checkGroupOpenForAllocation, groupFacilitators, programmeGroups, programmeSessions, type SessionFormat } from "../../modules/groups/index.js";
import { assessEnforcement, attendanceRecords, registerSubmissions, type AttendanceOutcome } from "../../modules/attendance/index.js";
import { interventionPlans, iomMemberships, iomStaff, offenderManagerAssignments, planActions, planReviews } from "../../modules/iom/index.js";
import {
  maracReferrals,
  protectedPeople,
  protectiveOrders,
  riskAssessments,
  safetyAlerts,
  safetyIncidents,
  supportAllocations,
  victimLinks,
  victims,
} from "../../modules/victim-safety/index.js";
import { addDays, addMonths, toIsoDate } from "../../shared/dates.js";
import { SeededRandom } from "./random.js";
import { buildIomData, iomRandom } from "./iom.js";
import { insertCaseAllocations } from "./cases.js";
import { buildVictimSafetyData, victimSafetyRandom } from "./victim-safety.js";
import {
  ACCEPTABLE_ABSENCE_NOTES,
  BACKGROUNDS,
  BEHAVIOUR_CONCERN_NOTES,
  EXCLUSION_NOTES,
  UNACCEPTABLE_ABSENCE_NOTES,
  type Background,
} from "./names.js";
import { WITHDRAWAL_NOTES } from "./referral-text.js";

export const DEFAULT_DEMO_SEED = 20_170_917;
const SEED_ACTOR = "seed";
const INSERT_CHUNK = 500;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface SeedSummary {
  programmes: number;
  perpetrators: number;
  perpetratorChildren: number;
  programmeGroups: number;
  groupFacilitators: number;
  programmeSessions: number;
  referrals: number;
  referralTransitions: number;
  registerSubmissions: number;
  attendanceRecords: number;
  iomStaff: number;
  iomMemberships: number;
  iomAssignments: number;
  iomPlans: number;
  iomPlanActions: number;
  iomPlanReviews: number;
  victims: number;
  victimLinks: number;
  riskAssessments: number;
  safetyIncidents: number;
  maracReferrals: number;
  supportAllocations: number;
  protectiveOrders: number;
  protectedPeople: number;
  safetyAlerts: number;
}

export interface SeedOptions {
  now: Date;
  seed?: number;
}

/** True when nobody has been recorded yet: the only state in which demo data may be added. */
export async function isDatabaseEmpty(handle: DatabaseHandle): Promise<boolean> {
  return holdsNoPeople(handle.db);
}

async function holdsNoPeople(executor: Executor): Promise<boolean> {
  const rows = await executor.select({ id: perpetrators.id }).from(perpetrators).limit(1);
  return rows.length === 0;
}

/** Seeds an empty, migrated database in one transaction; refuses a database that already holds people. */
export async function seedDemoData(handle: DatabaseHandle, options: SeedOptions): Promise<SeedSummary> {
  const now = new Date(options.now.getTime());
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  return handle.db.transaction(async (tx) => {
    await new ProgrammeRepository(tx).ensureDefaults();
    if (!(await holdsNoPeople(tx))) throw new Error("The database already holds people: demo data is only added to an empty database");

    const programmeRows = await tx.select().from(programmes);
    const data = buildDemoData(programmeRows, now, seed);
    await insertAll(tx, perpetrators, data.perpetrators);
    await insertAll(tx, perpetratorChildren, data.perpetratorChildren);
    await insertAll(tx, programmeGroups, data.programmeGroups);
    await insertAll(tx, groupFacilitators, data.groupFacilitators);
    await insertAll(tx, programmeSessions, data.programmeSessions);
    await insertAll(tx, referrals, data.referrals);
    await insertAll(tx, referralTransitions, data.referralTransitions);
    await insertAll(tx, registerSubmissions, data.registerSubmissions);
    await insertAll(tx, attendanceRecords, data.attendanceRecords);

    const iom = buildIomData({ ...data, programmes: programmeRows }, now, iomRandom(seed));
    await insertAll(tx, iomStaff, iom.staff);
    await insertAll(tx, iomMemberships, iom.memberships);
    await insertAll(tx, offenderManagerAssignments, iom.assignments);
    await insertAll(tx, interventionPlans, iom.plans);
    await insertAll(tx, planActions, iom.actions);
    await insertAll(tx, planReviews, iom.reviews);
    await insertCaseAllocations(tx, { ...data, staff: iom.staff }, now, seed);

    const safety = buildVictimSafetyData({ ...data, programmes: programmeRows }, now, victimSafetyRandom(seed));
    await insertAll(tx, victims, safety.victims);
    await insertAll(tx, victimLinks, safety.links);
    await insertAll(tx, riskAssessments, safety.assessments);
    await insertAll(tx, safetyIncidents, safety.incidents);
    await insertAll(tx, maracReferrals, safety.maracReferrals);
    await insertAll(tx, supportAllocations, safety.allocations);
    await insertAll(tx, protectiveOrders, safety.orders);
    await insertAll(tx, protectedPeople, safety.protectedPeople);
    await insertAll(tx, safetyAlerts, safety.alerts);

    return {
      programmes: data.programmeCount,
      perpetrators: data.perpetrators.length,
      perpetratorChildren: data.perpetratorChildren.length,
      programmeGroups: data.programmeGroups.length,
      groupFacilitators: data.groupFacilitators.length,
      programmeSessions: data.programmeSessions.length,
      referrals: data.referrals.length,
      referralTransitions: data.referralTransitions.length,
      registerSubmissions: data.registerSubmissions.length,
      attendanceRecords: data.attendanceRecords.length,
      iomStaff: iom.staff.length,
      iomMemberships: iom.memberships.length,
      iomAssignments: iom.assignments.length,
      iomPlans: iom.plans.length,
      iomPlanActions: iom.actions.length,
      iomPlanReviews: iom.reviews.length,
      victims: safety.victims.length,
      victimLinks: safety.links.length,
      riskAssessments: safety.assessments.length,
      safetyIncidents: safety.incidents.length,
      maracReferrals: safety.maracReferrals.length,
      supportAllocations: safety.allocations.length,
      protectiveOrders: safety.orders.length,
      protectedPeople: safety.protectedPeople.length,
      safetyAlerts: safety.alerts.length,
    };
  });
}

async function insertAll<T extends PgTable>(tx: Executor, table: T, rows: T["$inferInsert"][]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await tx.insert(table).values(rows.slice(i, i + INSERT_CHUNK) as never);
  }
}

// ---------------------------------------------------------------------------------------------------
// The rows, built in memory.

export interface DemoData {
  programmeCount: number;
  perpetrators: (typeof perpetrators.$inferInsert)[];
  perpetratorChildren: (typeof perpetratorChildren.$inferInsert)[];
  programmeGroups: (typeof programmeGroups.$inferInsert)[];
  groupFacilitators: (typeof groupFacilitators.$inferInsert)[];
  programmeSessions: (typeof programmeSessions.$inferInsert)[];
  referrals: (typeof referrals.$inferInsert)[];
  referralTransitions: (typeof referralTransitions.$inferInsert)[];
  registerSubmissions: (typeof registerSubmissions.$inferInsert)[];
  attendanceRecords: (typeof attendanceRecords.$inferInsert)[];
}

/** Pure: the same programme rows, `now` and seed always give the same data. */
export function buildDemoData(programmeRows: readonly ProgrammeRow[], now: Date, seed: number): DemoData {
  return new DemoBuilder(programmeRows, now, seed).build();
}

interface ProgrammeInfo {
  id: string;
  code: ProgrammeCode;
  rules: ProgrammeRules;
  threshold: number;
  /** Short name used in group names. */
  label: string;
}

const GROUP_LABELS: Record<ProgrammeCode, string> = { CARING_DADS: "Caring Dads", CHOICES: "Choices", PACT: "PACT", BBR: "BBR" };

type MemberRole =
  | "COMPLETE"
  | "ONGOING"
  | "LATE_JOINER"
  | "BREACH_PENDING"
  | "DROP"
  | "BREACH"
  | "WITHDRAW"
  | "ALLOCATED"
  | "REALLOCATED";

type GroupTiming = { kind: "finished"; daysAgo: number } | { kind: "running"; held: number } | { kind: "future"; inDays: number };

interface GroupSpec {
  key: string;
  code: ProgrammeCode;
  area: string;
  location: string;
  timing: GroupTiming;
  /** UTC start time of day. */
  hour: number;
  minute: number;
  durationMinutes: number;
  facilitators: readonly [string, string];
  members: Partial<Record<MemberRole, number>>;
  /** REALLOCATED members were first allocated to this group and taken out before it started. */
  reallocatedFrom?: string;
}

/**
 * Groups from about ten months ago to two months ahead. fac-1 co-runs a Caring Dads group that is under
 * way and a BBR group, so a facilitator token for fac-1 sees live registers of both kinds.
 */
const GROUP_SPECS: readonly GroupSpec[] = [
  { key: "CD-A", code: "CARING_DADS", area: "Leeds North", location: "Family hub, Chapeltown, Leeds", timing: { kind: "finished", daysAgo: 150 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-1", "fac-2"], members: { COMPLETE: 6, DROP: 3, WITHDRAW: 1 } },
  { key: "CD-B", code: "CARING_DADS", area: "Leeds South", location: "Family hub, Beeston, Leeds", timing: { kind: "running", held: 6 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-1", "fac-3"], members: { ONGOING: 6, LATE_JOINER: 1, DROP: 1 } },
  { key: "CD-C", code: "CARING_DADS", area: "Leeds East", location: "Family hub, Seacroft, Leeds", timing: { kind: "future", inDays: 35 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-2", "fac-3"], members: { ALLOCATED: 4, REALLOCATED: 1 }, reallocatedFrom: "CD-B" },
  { key: "CH-A", code: "CHOICES", area: "Bradford", location: "Community centre, Manningham, Bradford", timing: { kind: "finished", daysAgo: 170 }, hour: 18, minute: 30, durationMinutes: 120, facilitators: ["fac-4", "fac-5"], members: { COMPLETE: 5, DROP: 3, WITHDRAW: 1 } },
  { key: "CH-B", code: "CHOICES", area: "Leeds West", location: "Community centre, Armley, Leeds", timing: { kind: "running", held: 4 }, hour: 18, minute: 30, durationMinutes: 120, facilitators: ["fac-4", "fac-6"], members: { ONGOING: 7, DROP: 1 } },
  { key: "CH-C", code: "CHOICES", area: "Wakefield", location: "Community centre, Wakefield", timing: { kind: "future", inDays: 21 }, hour: 18, minute: 30, durationMinutes: 120, facilitators: ["fac-5", "fac-6"], members: { ALLOCATED: 4 } },
  { key: "PACT-A", code: "PACT", area: "Leeds", location: "Youth Justice Service, Leeds", timing: { kind: "finished", daysAgo: 120 }, hour: 16, minute: 30, durationMinutes: 90, facilitators: ["fac-7", "fac-8"], members: { COMPLETE: 4, DROP: 2 } },
  { key: "PACT-B", code: "PACT", area: "Kirklees", location: "Youth Justice Service, Huddersfield", timing: { kind: "running", held: 5 }, hour: 16, minute: 30, durationMinutes: 90, facilitators: ["fac-7", "fac-8"], members: { ONGOING: 5 } },
  { key: "BBR-A", code: "BBR", area: "Leeds city centre", location: "Probation office, Leeds city centre", timing: { kind: "finished", daysAgo: 90 }, hour: 10, minute: 0, durationMinutes: 120, facilitators: ["fac-2", "fac-6"], members: { COMPLETE: 5, BREACH: 2, WITHDRAW: 1 } },
  { key: "BBR-B", code: "BBR", area: "Bradford", location: "Probation office, Bradford", timing: { kind: "running", held: 21 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-1", "fac-4"], members: { ONGOING: 5, LATE_JOINER: 2, BREACH_PENDING: 1, BREACH: 1, WITHDRAW: 1 } },
  { key: "BBR-C", code: "BBR", area: "Wakefield", location: "Probation office, Wakefield", timing: { kind: "running", held: 8 }, hour: 10, minute: 0, durationMinutes: 120, facilitators: ["fac-3", "fac-5"], members: { ONGOING: 6, LATE_JOINER: 2, ALLOCATED: 2 } },
  { key: "BBR-D", code: "BBR", area: "Leeds South", location: "Probation office, Leeds South", timing: { kind: "future", inDays: 60 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-6", "fac-7"], members: { ALLOCATED: 4 } },
];

/** Referrals that have not (yet) reached a group, per programme and status. */
const WAITING_SPECS: Record<ProgrammeCode, Partial<Record<ReferralStatus, number>>> = {
  CARING_DADS: { REFERRED: 3, AWAITING_ASSESSMENT: 2, ASSESSED_SUITABLE: 1, ASSESSED_UNSUITABLE: 2, DID_NOT_ATTEND_ASSESSMENT: 1, DEFERRED: 1, SUITABLE_NOT_READY: 1, AWAITING_ALLOCATION: 4, WITHDRAWN: 3, DROPPED_OUT: 1 },
  CHOICES: { REFERRED: 3, AWAITING_ASSESSMENT: 3, ASSESSED_SUITABLE: 1, ASSESSED_UNSUITABLE: 1, DID_NOT_ATTEND_ASSESSMENT: 1, DEFERRED: 1, SUITABLE_NOT_READY: 1, AWAITING_ALLOCATION: 3, WITHDRAWN: 3, DROPPED_OUT: 2 },
  PACT: { REFERRED: 1, AWAITING_ASSESSMENT: 1, DID_NOT_ATTEND_ASSESSMENT: 1, AWAITING_ALLOCATION: 1 },
  BBR: { REFERRED: 2, AWAITING_ASSESSMENT: 2, ASSESSED_SUITABLE: 1, ASSESSED_UNSUITABLE: 2, DID_NOT_ATTEND_ASSESSMENT: 1, DEFERRED: 1, SUITABLE_NOT_READY: 1, AWAITING_ALLOCATION: 4, WITHDRAWN: 3 },
};

const ADULT_COUNT = 184;
const YOUTH_COUNT = 16;

interface ChildDraft {
  id: string;
  dateOfBirth: string;
  relationship: ChildRelationship;
  regularContact: boolean;
}

interface PersonDraft {
  id: string;
  youth: boolean;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  crn: string | null;
  pncId: string | null;
  prisonNumber: string | null;
  croNumber: string | null;
  genderIdentity: string | null;
  ethnicity: string | null;
  firstLanguage: string | null;
  interpreterRequired: boolean;
  disability: boolean | null;
  sexualOrientation: string | null;
  needs: Need[];
  children: ChildDraft[];
  createdAt: Date;
  referrals: ReferralDraft[];
}

interface SessionDraft {
  id: string;
  number: number;
  format: SessionFormat;
  start: Date;
  durationMinutes: number;
  /** When its register was submitted; null for sessions still to come. */
  submittedAt: Date | null;
  submittedBy: string;
}

interface GroupDraft {
  id: string;
  spec: GroupSpec;
  programme: ProgrammeInfo;
  name: string;
  startsOn: string;
  createdAt: Date;
  sessions: SessionDraft[];
  /** Sessions whose start has passed. */
  held: number;
  phase: GroupTiming["kind"];
  members: ReferralDraft[];
}

interface StepDraft {
  to: ReferralStatus;
  at: Date;
  actor: string;
  note: string | null;
  reason: WithdrawalReason | null;
}

interface MemberDraft {
  role: MemberRole;
  /** First and last session numbers with a register row for this person (last < first: none). */
  first: number;
  last: number;
  outcomes: AttendanceOutcome[];
}

interface ReferralDraft {
  id: string;
  programme: ProgrammeInfo;
  status: ReferralStatus;
  legalBasis: LegalBasis | null;
  riskLevel: RiskLevel | null;
  source: ReferralSource;
  referredBy: string;
  referredByOrg: string;
  /** Who moves the referral through assessment and allocation. */
  owner: string;
  withdrawalReason: WithdrawalReason | null;
  group: GroupDraft | null;
  allocatedAt: Date | null;
  steps: StepDraft[];
  member: MemberDraft | null;
  person: PersonDraft | null;
}

interface RecordDraft {
  id: string;
  session: SessionDraft;
  referral: ReferralDraft;
  submissionId: string;
  outcome: AttendanceOutcome;
  behaviourConcern: boolean;
  note: string | null;
  recordedBy: string;
  recordedAt: Date;
  supersededAt: Date | null;
  supersededBy: string | null;
}

interface SubmissionDraft {
  id: string;
  idempotencyKey: string;
  session: SessionDraft;
  submittedBy: string;
  submittedAt: Date;
  records: RecordDraft[];
}

const ACTOR_NAMES: Record<string, string> = {
  prob: "Probation practitioner",
  pol: "Police officer",
  admin: "Programme coordinator",
  fac: "Programme facilitator",
};

const ORGS = {
  probation: "Probation Service, Yorkshire and the Humber",
  police: "West Yorkshire Police",
} as const;

const COORDINATORS: Record<ProgrammeCode, { sub: string; org: string }> = {
  CARING_DADS: { sub: "admin-1", org: "Caring Dads provider, Leeds" },
  CHOICES: { sub: "admin-2", org: "Choices programme, West Yorkshire" },
  PACT: { sub: "admin-3", org: "Youth Justice Service, West Yorkshire" },
  BBR: { sub: "prob-5", org: ORGS.probation },
};

const ATTENDING: readonly AttendanceOutcome[] = ["ATTENDED", "LATE"];
const FAILURES: readonly AttendanceOutcome[] = ["ABSENT_UNACCEPTABLE", "EXCLUDED"];

class DemoBuilder {
  private readonly rng: SeededRandom;
  private readonly programmes = new Map<ProgrammeCode, ProgrammeInfo>();
  private readonly people: PersonDraft[] = [];
  private readonly groups: GroupDraft[] = [];
  private readonly referralDrafts: ReferralDraft[] = [];
  private readonly submissions: SubmissionDraft[] = [];
  private readonly earliestReferral: Date;
  private readonly used = { crn: new Set<string>(), pnc: new Set<string>(), prison: new Set<string>(), cro: new Set<string>() };

  constructor(
    private readonly programmeRows: readonly ProgrammeRow[],
    private readonly now: Date,
    seed: number,
  ) {
    this.rng = new SeededRandom(seed);
    // Referrals reach back at most 14 months; a day's margin keeps them inside it.
    this.earliestReferral = addDays(addMonths(now, -14), 1);
  }

  build(): DemoData {
    this.loadProgrammes();
    for (let i = 0; i < ADULT_COUNT; i++) this.people.push(this.person(false, this.adultSex(i)));
    for (let i = 0; i < YOUTH_COUNT; i++) this.people.push(this.person(true, this.rng.chance(0.68) ? "MALE" : "FEMALE"));
    for (const spec of GROUP_SPECS) this.groups.push(this.group(spec));
    for (const group of this.groups) this.groupMembers(group);
    for (const code of Object.keys(WAITING_SPECS) as ProgrammeCode[]) {
      for (const [status, count] of Object.entries(WAITING_SPECS[code]) as [ReferralStatus, number][]) {
        for (let i = 0; i < count; i++) this.referralDrafts.push(this.waitingReferral(this.programme(code), status));
      }
    }
    for (const draft of this.referralDrafts) this.validateReferral(draft);
    this.checkGroupSizes();
    this.assignPeople();
    for (const group of this.groups) this.registers(group);
    this.corrections();
    return this.rows();
  }

  // -------------------------------------------------------------------------------------------------
  // Programmes

  private loadProgrammes(): void {
    for (const row of this.programmeRows) {
      const rules = rulesOf(row);
      this.programmes.set(rules.code, { id: row.id, code: rules.code, rules, threshold: completionThreshold(rules), label: GROUP_LABELS[rules.code] });
    }
  }

  private programme(code: ProgrammeCode): ProgrammeInfo {
    const programme = this.programmes.get(code);
    if (!programme) throw new Error(`Programme ${code} is missing: run ensureDefaults before seeding`);
    return programme;
  }

  // -------------------------------------------------------------------------------------------------
  // People

  /** About 85% of the people are men (police figures in the seeds: 83-86%). */
  private adultSex(index: number): Sex {
    if (index === 0) return "NOT_KNOWN";
    return index % 7 === 3 ? "FEMALE" : "MALE";
  }

  private person(youth: boolean, sex: Sex): PersonDraft {
    const rng = this.rng;
    const background = rng.weighted(BACKGROUNDS.map((b) => [b, b.weight] as const));
    let dateOfBirth: string;
    if (youth) {
      // 14 years 6 months to 17 years 11 months: young enough for PACT now and when they were referred.
      dateOfBirth = toIsoDate(addDays(this.now, -rng.int(14 * 365 + 183, 17 * 365 + 330)));
    } else {
      const [youngest, oldest] = rng.weighted(ADULT_AGE_BANDS.map(([lo, hi, weight]) => [[lo, hi] as const, weight] as const));
      dateOfBirth = toIsoDate(addDays(addMonths(this.now, -12 * rng.int(youngest, oldest)), -rng.int(0, 364)));
    }
    const birthYear = Number(dateOfBirth.slice(0, 4));
    const ageNow = this.now.getUTCFullYear() - birthYear;

    const { givenName, familyName } = this.name(background, sex, youth);
    const pnc = rng.chance(youth ? 0.3 : 0.8) ? this.pnc(birthYear + (youth ? 12 : 16)) : null;
    const crn = !youth && rng.chance(0.82) ? this.crn() : null;
    const prisonNumber = !youth && pnc && sex === "MALE" && ageNow >= 21 && rng.chance(0.28) ? this.prisonNumber() : null;
    const croNumber = !youth && pnc && rng.chance(0.3) ? this.cro(pnc.year) : null;

    const languageRecorded = rng.chance(0.75);
    const firstLanguage = languageRecorded ? rng.weighted(background.languages) : null;
    const interpreterRequired = firstLanguage !== null && firstLanguage !== "English" && rng.chance(0.35);
    const createdAt = this.clockBetween(addDays(this.now, -430), addDays(this.now, -20));

    return {
      id: rng.uuid(),
      youth,
      givenName,
      familyName,
      dateOfBirth,
      sex,
      crn,
      pncId: pnc?.id ?? null,
      prisonNumber,
      croNumber,
      genderIdentity: this.genderIdentity(sex),
      ethnicity: rng.chance(0.7) ? background.ethnicity : null,
      firstLanguage,
      interpreterRequired,
      disability: rng.chance(0.55) ? rng.chance(0.25) : null,
      sexualOrientation: rng.chance(0.35)
        ? rng.weighted([["Heterosexual or straight", 90], ["Gay or lesbian", 4], ["Bisexual", 3], ["Prefer not to say", 3]] as const)
        : null,
      needs: this.needs(youth),
      children: youth ? [] : this.children(sex, ageNow),
      createdAt,
      referrals: [],
    };
  }

  private name(background: Background, sex: Sex, youth: boolean): { givenName: string; familyName: string } {
    const female = sex === "FEMALE" || (sex !== "MALE" && this.rng.chance(0.5));
    const pool = youth ? (female ? background.girlNames : background.boyNames) : female ? background.femaleNames : background.maleNames;
    return { givenName: this.rng.pick(pool), familyName: this.rng.pick(background.familyNames) };
  }

  private genderIdentity(sex: Sex): string | null {
    if (sex === "NOT_KNOWN") return "Non-binary";
    if (!this.rng.chance(0.4)) return null;
    if (this.rng.chance(0.015)) return "Non-binary";
    return sex === "FEMALE" ? "Woman" : "Man";
  }

  private needs(youth: boolean): Need[] {
    const chances: Partial<Record<Need, number>> = youth
      ? { EDUCATION_TRAINING_EMPLOYMENT: 0.45, MENTAL_HEALTH: 0.35, SUBSTANCE_MISUSE: 0.15, ALCOHOL_MISUSE: 0.05 }
      : { ALCOHOL_MISUSE: 0.35, SUBSTANCE_MISUSE: 0.25, MENTAL_HEALTH: 0.3, ACCOMMODATION: 0.15, FINANCE_AND_DEBT: 0.2, EDUCATION_TRAINING_EMPLOYMENT: 0.2 };
    const needs = NEEDS.filter((need) => this.rng.chance(chances[need] ?? 0));
    if (needs.length >= 3 && this.rng.chance(0.5)) needs.push("COMPLEX_NEEDS");
    return NEEDS.filter((need) => needs.includes(need));
  }

  /** Children aged 0-16, none born before the parent was 17. */
  private children(sex: Sex, parentAge: number): ChildDraft[] {
    const rng = this.rng;
    const chance = parentAge < 20 ? 0.25 : sex === "MALE" ? 0.72 : 0.55;
    if (!rng.chance(chance)) return [];
    const oldestDays = Math.min(16 * 365 + 300, (parentAge - 17) * 365);
    if (oldestDays < 30) return [];
    const count = rng.weighted([[1, 45], [2, 35], [3, 15], [4, 5]] as const);
    return Array.from({ length: count }, () => ({
      id: rng.uuid(),
      dateOfBirth: toIsoDate(addDays(this.now, -rng.int(20, oldestDays))),
      relationship: rng.weighted([["BIRTH", 72], ["STEP", 18], ["SOCIAL", 8], ["OTHER", 2]] as const),
      regularContact: rng.chance(0.85),
    }));
  }

  private crn(): string {
    for (;;) {
      const crn = generateCrn(this.rng.pick(["D", "E", "F", "X"]), this.rng.int(100_000, 999_999));
      if (!this.used.crn.has(crn)) return this.used.crn.add(crn), crn;
    }
  }

  private pnc(firstYear: number): { id: string; year: number } {
    const lastYear = this.now.getUTCFullYear();
    const from = Math.min(Math.max(firstYear, 1985), lastYear);
    for (;;) {
      const year = this.rng.int(from, lastYear);
      const id = formatPncId(year, this.rng.int(1, 999_999));
      if (!this.used.pnc.has(id)) return this.used.pnc.add(id), { id, year };
    }
  }

  private prisonNumber(): string {
    const letters = "ABCDEFGHJKLMNPRSTVWXYZ";
    for (;;) {
      const number = `${this.rng.pick(["A", "G"])}${this.rng.int(1000, 9999)}${this.rng.pick([...letters])}${this.rng.pick([...letters])}`;
      if (!this.used.prison.has(number)) return this.used.prison.add(number), number;
    }
  }

  /** Mostly NNNNNN/YYL; a few older ones written SFYY/NNNNNNL (the check letter is the same sum). */
  private cro(year: number): string {
    for (;;) {
      const serial = this.rng.int(100_000, 999_999);
      const yy = year % 100;
      const standard = formatCroNumber(serial, yy);
      const cro = year <= 2005 && this.rng.chance(0.3) ? `SF${String(yy).padStart(2, "0")}/${serial}${standard.slice(-1)}` : standard;
      if (!this.used.cro.has(String(serial))) return this.used.cro.add(String(serial)), cro;
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Groups and sessions

  private group(spec: GroupSpec): GroupDraft {
    const rng = this.rng;
    const programme = this.programme(spec.code);
    const total = programme.rules.sessionsTotal;
    const today = startOfUtcDay(this.now);
    let first: Date;
    if (spec.timing.kind === "finished") first = addDays(today, -((total - 1) * 7 + spec.timing.daysAgo));
    else if (spec.timing.kind === "future") first = addDays(today, spec.timing.inDays);
    else {
      const held = Math.min(spec.timing.held, total - 1);
      // The last held session was three days ago and the next is four days ahead.
      first = addDays(today, -((held - 1) * 7 + 3));
    }
    // Weekend starts move to the Friday before or the Monday after.
    const dow = first.getUTCDay();
    if (dow === 6) first = addDays(first, -1);
    if (dow === 0) first = addDays(first, 1);

    const startsOn = toIsoDate(first);
    const createdAt = this.clockBetween(
      addDays(new Date(Math.min(first.getTime(), this.now.getTime())), -70),
      new Date(Math.min(addDays(first, -45).getTime(), addDays(this.now, -25).getTime())),
    );
    const sessions: SessionDraft[] = [];
    for (let number = 1; number <= total; number++) {
      const start = new Date(addDays(first, (number - 1) * 7).getTime() + spec.hour * HOUR + spec.minute * MINUTE);
      const individual = spec.code === "CARING_DADS" && (number === 8 || number === 16);
      const durationMinutes = individual ? 60 : spec.durationMinutes;
      const submittedBy = spec.facilitators[rng.int(0, 1)]!;
      let submittedAt: Date | null = null;
      if (start < this.now) {
        const at = start.getTime() + durationMinutes * MINUTE + rng.int(10, 120) * MINUTE + rng.int(0, 59_999);
        submittedAt = new Date(Math.min(at, this.now.getTime() - 1000));
      }
      sessions.push({ id: rng.uuid(), number, format: individual ? "INDIVIDUAL" : "GROUP", start, durationMinutes, submittedAt, submittedBy });
    }
    const held = sessions.filter((s) => s.start < this.now).length;
    const phase: GroupTiming["kind"] = held === 0 ? "future" : held === total ? "finished" : "running";
    if (phase !== spec.timing.kind) throw new Error(`Group ${spec.key} was meant to be ${spec.timing.kind} but is ${phase}`);
    return {
      id: rng.uuid(),
      spec,
      programme,
      name: `${programme.label} — ${spec.area}, ${seasonOf(startsOn)}`,
      startsOn,
      createdAt,
      sessions,
      held,
      phase,
      members: [],
    };
  }

  private groupByKey(key: string): GroupDraft {
    const group = this.groups.find((g) => g.spec.key === key);
    if (!group) throw new Error(`No group ${key}`);
    return group;
  }

  // -------------------------------------------------------------------------------------------------
  // Group members: referrals that reached a group, with their place in its registers.

  private groupMembers(group: GroupDraft): void {
    for (const [role, count] of Object.entries(group.spec.members) as [MemberRole, number][]) {
      for (let i = 0; i < count; i++) {
        const draft = this.memberReferral(group, role);
        group.members.push(draft);
        this.referralDrafts.push(draft);
      }
    }
  }

  private memberReferral(group: GroupDraft, role: MemberRole): ReferralDraft {
    const rng = this.rng;
    const programme = group.programme;
    const draft = this.newReferral(programme, statusOfRole(role));
    draft.group = group;
    const sessions = group.sessions;
    const total = sessions.length;
    const held = group.held;
    const closesAfter = programme.rules.closesAfterSession;
    const mandated = draft.legalBasis !== null;

    const needPhase = (...phases: GroupTiming["kind"][]) => {
      if (!phases.includes(group.phase)) throw new Error(`${role} members need a ${phases.join(" or ")} group; ${group.spec.key} is ${group.phase}`);
    };
    const lastAllowed = group.phase === "finished" ? total - 2 : held - 1;

    let first = 1;
    let last = 0;
    switch (role) {
      case "COMPLETE":
        needPhase("finished");
        last = total;
        break;
      case "ONGOING":
      case "BREACH_PENDING":
        needPhase("running");
        last = held;
        break;
      case "LATE_JOINER":
        needPhase("running");
        first = rng.int(2, closesAfter === null ? Math.max(2, held - 2) : closesAfter - 1);
        if (first > held) throw new Error(`${group.spec.key}: no held session for a late joiner`);
        last = held;
        break;
      case "DROP":
        needPhase("finished", "running");
        last = rng.int(first + 1, Math.min(first + 5, lastAllowed));
        break;
      case "BREACH":
        needPhase("finished", "running");
        last = rng.int(first + 3, Math.min(first + 14, lastAllowed));
        break;
      case "WITHDRAW":
        needPhase("finished", "running");
        last = rng.int(first + 1, Math.min(first + 8, lastAllowed));
        break;
      case "ALLOCATED":
      case "REALLOCATED":
        needPhase("future", "running");
        if (group.phase === "running" && closesAfter !== null) throw new Error(`${group.spec.key} closes to new members`);
        first = held + 1;
        last = held;
        break;
    }

    const outcomes = last >= first ? this.outcomesFor(role, last - first + 1, programme, mandated) : [];
    draft.member = { role, first, last, outcomes };

    // Allocation: before the first session the person is due at, and after the group was set up.
    const firstSession = sessions[first - 1];
    const upper = new Date(Math.min(firstSession ? firstSession.start.getTime() - (first === 1 ? DAY : HOUR) : Infinity, this.now.getTime() - HOUR));
    const previous = sessions[first - 2];
    const lower = previous
      ? new Date(previous.start.getTime() + 3 * HOUR)
      : new Date(Math.max(group.createdAt.getTime() + HOUR, upper.getTime() - 25 * DAY));
    const allocatedAt = this.clockBetween(lower, upper);
    draft.allocatedAt = allocatedAt;

    // Steps up to allocation, then the group part of the story.
    const before: StepDraft[] = [];
    let anchor = { status: "ALLOCATED" as ReferralStatus, at: allocatedAt };
    if (role === "REALLOCATED") {
      const earlier = this.groupByKey(group.spec.reallocatedFrom ?? "");
      const earlierStart = earlier.sessions[0]!.start;
      const firstAllocation = this.clockBetween(
        new Date(Math.max(earlier.createdAt.getTime() + HOUR, earlierStart.getTime() - 20 * DAY)),
        addDays(earlierStart, -8),
      );
      const removed = this.clockBetween(addDays(firstAllocation, 1), addDays(earlierStart, -1));
      if (removed >= allocatedAt) throw new Error("Reallocation out of order");
      before.push(
        { to: "ALLOCATED", at: firstAllocation, actor: draft.owner, note: `Allocated to group ${earlier.name}`, reason: null },
        {
          to: "AWAITING_ALLOCATION",
          at: removed,
          actor: draft.owner,
          note: "Taken out of the group before it started: shift pattern clashes with the group evening",
          reason: null,
        },
      );
      anchor = { status: "ALLOCATED", at: firstAllocation };
    }
    const path = this.prePath();
    const times = this.chainBack(path, anchor);
    draft.steps = [
      ...path.map((to, i) => this.step(draft, path[i - 1] ?? null, to, times[i]!)),
      ...before,
      { to: "ALLOCATED", at: allocatedAt, actor: draft.owner, note: `Allocated to group ${group.name}`, reason: null },
    ];

    if (role === "ALLOCATED" || role === "REALLOCATED") return draft;

    const start = sessions[first - 1]!;
    draft.steps.push({ to: "ON_PROGRAMME", at: start.submittedAt!, actor: start.submittedBy, note: "First session attended", reason: null });

    const lastSession = sessions[last - 1]!;
    const nextSession = sessions[last];
    const closeAt = () =>
      this.clockBetween(
        addDays(lastSession.submittedAt!, 1),
        new Date(Math.min(nextSession ? nextSession.start.getTime() - HOUR : addDays(lastSession.submittedAt!, 20).getTime(), this.now.getTime() - HOUR)),
      );
    const facilitator = group.spec.facilitators[0];
    const attended = outcomes.filter((o) => ATTENDING.includes(o)).length;
    switch (role) {
      case "COMPLETE": {
        const at = this.clockBetween(
          new Date(lastSession.submittedAt!.getTime() + 2 * HOUR),
          new Date(Math.min(addDays(lastSession.submittedAt!, 10).getTime(), this.now.getTime() - HOUR)),
        );
        draft.steps.push({ to: "COMPLETED", at, actor: facilitator, note: `Attended ${attended} of ${total} sessions`, reason: null });
        break;
      }
      case "DROP":
        draft.steps.push({
          to: "DROPPED_OUT",
          at: closeAt(),
          actor: facilitator,
          note: `Stopped attending after session ${last}; no response to follow-up. Partner support service informed`,
          reason: null,
        });
        break;
      case "BREACH":
        draft.steps.push({
          to: "BREACHED",
          at: closeAt(),
          actor: draft.referredBy.startsWith("prob-") ? draft.referredBy : "prob-1",
          note:
            draft.legalBasis === "LICENCE"
              ? "Second unacceptable absence within 12 months of a warning: recall requested"
              : "Second unacceptable absence within 12 months of a warning: returned to court for breach",
          reason: null,
        });
        break;
      case "WITHDRAW": {
        const reason: WithdrawalReason = rng.chance(mandated ? 0.6 : 0.3) ? "CUSTODY" : "MOVED_AREA";
        draft.withdrawalReason = reason;
        draft.steps.push({ to: "WITHDRAWN", at: closeAt(), actor: draft.owner, note: WITHDRAWAL_NOTES[reason], reason });
        break;
      }
      default:
        break;
    }
    return draft;
  }

  /**
   * One person's outcomes over their sessions. The first is always attended (attending starts the
   * programme); the rest follow the role: completers reach the threshold, people still on the
   * programme can still complete, mandated ones have at most one unacceptable failure unless their
   * story is a breach.
   */
  private outcomesFor(role: MemberRole, count: number, programme: ProgrammeInfo, mandated: boolean): AttendanceOutcome[] {
    const rng = this.rng;
    const base = (): AttendanceOutcome =>
      rng.weighted([["ATTENDED", 71], ["LATE", 9], ["ABSENT_ACCEPTABLE", 10.5], ["ABSENT_UNACCEPTABLE", 6], ["EXCLUDED", 2.5]] as const);
    const compliant = (): AttendanceOutcome => rng.weighted([["ATTENDED", 85], ["LATE", 8], ["ABSENT_ACCEPTABLE", 7]] as const);
    const total = programme.rules.sessionsTotal;
    const attendedCount = (o: AttendanceOutcome[]) => o.filter((x) => ATTENDING.includes(x)).length;
    const raiseAttendanceTo = (o: AttendanceOutcome[], target: number) => {
      const misses = rng.shuffle(o.map((x, i) => (ATTENDING.includes(x) ? -1 : i)).filter((i) => i > 0));
      while (attendedCount(o) < target && misses.length) o[misses.pop()!] = "ATTENDED";
    };
    const atMostOneFailure = (o: AttendanceOutcome[]) => {
      let seen = 0;
      for (let i = 0; i < o.length; i++) if (FAILURES.includes(o[i]!) && ++seen > 1) o[i] = "ATTENDED";
    };

    const outcomes: AttendanceOutcome[] = ["ATTENDED"];
    switch (role) {
      case "COMPLETE":
      case "ONGOING":
      case "LATE_JOINER":
      case "WITHDRAW": {
        for (let i = 1; i < count; i++) outcomes.push(base());
        if (role === "COMPLETE") raiseAttendanceTo(outcomes, programme.threshold);
        // Voluntary: still able to complete (attended so far plus every session left reaches the
        // threshold), or they would have dropped out. BBR's missed sessions are caught up instead.
        if (!mandated && (role === "ONGOING" || role === "LATE_JOINER")) raiseAttendanceTo(outcomes, programme.threshold - (total - count));
        if (mandated) atMostOneFailure(outcomes);
        return outcomes;
      }
      case "BREACH_PENDING":
      case "BREACH": {
        for (let i = 1; i < count; i++) outcomes.push(compliant());
        const warnedAt = rng.int(1, count - 2);
        outcomes[warnedAt] = "ABSENT_UNACCEPTABLE";
        outcomes[role === "BREACH" ? count - 1 : rng.int(warnedAt + 1, count - 1)] = "ABSENT_UNACCEPTABLE";
        return outcomes;
      }
      case "DROP": {
        for (let i = 1; i < count; i++) outcomes.push(i >= count - 2 ? "ABSENT_UNACCEPTABLE" : base());
        return outcomes;
      }
      default:
        return [];
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Referrals still in assessment or waiting, and those closed before reaching a group.

  private waitingReferral(programme: ProgrammeInfo, status: ReferralStatus): ReferralDraft {
    const rng = this.rng;
    const draft = this.newReferral(programme, status);
    let path: ReferralStatus[];
    let daysAgo: [number, number];
    switch (status) {
      case "REFERRED":
        path = ["REFERRED"];
        daysAgo = [0.5, 20];
        break;
      case "AWAITING_ASSESSMENT":
        path = rng.chance(0.3)
          ? ["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT", "AWAITING_ASSESSMENT"]
          : ["REFERRED", "AWAITING_ASSESSMENT"];
        daysAgo = [1, 30];
        break;
      case "ASSESSED_SUITABLE":
        path = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE"];
        daysAgo = [1, 20];
        break;
      case "ASSESSED_UNSUITABLE":
        path = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_UNSUITABLE"];
        daysAgo = [10, 360];
        break;
      case "DID_NOT_ATTEND_ASSESSMENT":
        path = ["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT"];
        daysAgo = [2, 25];
        break;
      case "DEFERRED":
        path = ["REFERRED", "AWAITING_ASSESSMENT", "DEFERRED"];
        daysAgo = [5, 80];
        break;
      case "SUITABLE_NOT_READY":
        path = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "SUITABLE_NOT_READY"];
        daysAgo = [5, 100];
        break;
      case "AWAITING_ALLOCATION":
        path = this.prePath();
        daysAgo = [3, 90];
        break;
      case "WITHDRAWN": {
        const from = rng.weighted([
          [["REFERRED"], 2],
          [["REFERRED", "AWAITING_ASSESSMENT"], 3],
          [["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT"], 2],
          [["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"], 3],
        ] as const);
        path = [...from, "WITHDRAWN"];
        daysAgo = [5, 380];
        const reason = rng.weighted([["DECLINED", 35], ["MOVED_AREA", 20], ["REFERRER_WITHDREW", 20], ["CUSTODY", 15], ["OTHER", 10]] as const);
        draft.withdrawalReason = programme.rules.mandated && reason === "DECLINED" ? "CUSTODY" : reason;
        break;
      }
      case "DROPPED_OUT":
        path = ["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT", "DROPPED_OUT"];
        daysAgo = [10, 380];
        break;
      default:
        throw new Error(`${status} referrals are made as group members`);
    }
    const endAt = this.clockBetween(
      new Date(this.now.getTime() - daysAgo[1] * DAY),
      new Date(this.now.getTime() - daysAgo[0] * DAY),
    );
    const lastStatus = path[path.length - 1]!;
    const times = [...this.chainBack(path.slice(0, -1), { status: lastStatus, at: endAt }), endAt];
    draft.steps = path.map((to, i) => this.step(draft, path[i - 1] ?? null, to, times[i]!));
    return draft;
  }

  /** The usual road from referral to a waiting list, with the detours some people take. */
  private prePath(): ReferralStatus[] {
    return this.rng.weighted<ReferralStatus[]>([
      [["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"], 60],
      [["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"], 15],
      [["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "SUITABLE_NOT_READY", "AWAITING_ALLOCATION"], 15],
      [["REFERRED", "AWAITING_ASSESSMENT", "DEFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"], 10],
    ]);
  }

  /**
   * Times for `statuses`, walking back from the step that follows them; each is at least a day
   * before the next. Gaps shrink if the story would start more than 14 months ago.
   */
  private chainBack(statuses: readonly ReferralStatus[], next: { status: ReferralStatus; at: Date }): Date[] {
    for (const scale of [1, 0.6, 0.35, 0.15]) {
      const times: Date[] = new Array(statuses.length);
      let following = next;
      for (let i = statuses.length - 1; i >= 0; i--) {
        const [min, max] = gapDays(statuses[i]!, following.status);
        const lo = Math.max(1, Math.round(min * scale));
        const at = this.stepBack(following.at, lo, Math.max(lo, Math.round(max * scale)));
        times[i] = at;
        following = { status: statuses[i]!, at };
      }
      if (times.length === 0 || times[0]! >= this.earliestReferral) return times;
    }
    throw new Error("A referral's history does not fit in the last 14 months");
  }

  private newReferral(programme: ProgrammeInfo, status: ReferralStatus): ReferralDraft {
    const rng = this.rng;
    let legalBasis: LegalBasis | null = null;
    let riskLevel: RiskLevel | null;
    let source: ReferralSource;
    switch (programme.code) {
      case "BBR":
        legalBasis = rng.weighted([["COMMUNITY_ORDER", 45], ["SUSPENDED_SENTENCE", 25], ["LICENCE", 20], ["FAMILY_COURT", 10]] as const);
        source = legalBasis === "FAMILY_COURT" ? "FAMILY_COURT" : "PROBATION";
        riskLevel = rng.chance(0.55) ? "MEDIUM" : "HIGH";
        break;
      case "CARING_DADS":
        source = rng.weighted([["CHILDRENS_SERVICES", 45], ["SELF", 20], ["PROBATION", 12], ["FRONT_DOOR_SAFEGUARDING_HUB", 10], ["POLICE", 8], ["OTHER", 5]] as const);
        riskLevel = rng.weighted([[null, 35], ["LOW", 20], ["MEDIUM", 35], ["HIGH", 10]] as const);
        break;
      case "CHOICES":
        source = rng.weighted([["POLICE", 35], ["FRONT_DOOR_SAFEGUARDING_HUB", 30], ["SELF", 18], ["CHILDRENS_SERVICES", 12], ["OTHER", 5]] as const);
        riskLevel = rng.weighted([[null, 35], ["LOW", 25], ["MEDIUM", 30], ["HIGH", 10]] as const);
        break;
      case "PACT":
        source = rng.weighted([["YOUTH_JUSTICE_SERVICE", 50], ["CHILDRENS_SERVICES", 30], ["SCHOOL", 20]] as const);
        riskLevel = rng.weighted([[null, 50], ["LOW", 25], ["MEDIUM", 25]] as const);
        break;
    }
    if (!programme.rules.mandated) legalBasis = null;

    const coordinator = COORDINATORS[programme.code];
    let referredBy: string;
    let referredByOrg: string;
    if (source === "PROBATION" || source === "FAMILY_COURT") {
      referredBy = `prob-${rng.int(1, 4)}`;
      referredByOrg = ORGS.probation;
    } else if (source === "POLICE" || source === "FRONT_DOOR_SAFEGUARDING_HUB") {
      referredBy = `pol-${rng.int(1, 3)}`;
      referredByOrg = ORGS.police;
    } else {
      referredBy = coordinator.sub;
      referredByOrg = coordinator.org;
    }
    return {
      id: rng.uuid(),
      programme,
      status,
      legalBasis,
      riskLevel,
      source,
      referredBy,
      referredByOrg,
      owner: programme.rules.mandated ? referredBy : coordinator.sub,
      withdrawalReason: null,
      group: null,
      allocatedAt: null,
      steps: [],
      member: null,
      person: null,
    };
  }

  /** A step before allocation, with the note a practitioner would write. */
  private step(draft: ReferralDraft, from: ReferralStatus | null, to: ReferralStatus, at: Date): StepDraft {
    const rng = this.rng;
    const code = draft.programme.code;
    switch (to) {
      case "REFERRED":
        return { to, at, actor: draft.referredBy, note: rng.chance(0.6) ? referralNote(draft, rng) : null, reason: null };
      case "AWAITING_ASSESSMENT":
        return {
          to,
          at,
          actor: draft.owner,
          note: from === "REFERRED" ? rng.pick(["Assessment appointment booked", "Assessment booked; letter sent"]) : "Assessment re-booked after contact",
          reason: null,
        };
      case "ASSESSED_SUITABLE":
        return { to, at, actor: draft.owner, note: "Assessed as suitable for group work", reason: null };
      case "ASSESSED_UNSUITABLE":
        return { to, at, actor: draft.owner, note: rng.pick(UNSUITABLE_NOTES[code]), reason: null };
      case "DID_NOT_ATTEND_ASSESSMENT":
        return { to, at, actor: draft.owner, note: "Did not attend the assessment appointment", reason: null };
      case "DEFERRED":
        return { to, at, actor: draft.owner, note: rng.pick(DEFERRAL_NOTES), reason: null };
      case "SUITABLE_NOT_READY":
        return { to, at, actor: draft.owner, note: rng.pick(NOT_READY_NOTES), reason: null };
      case "AWAITING_ALLOCATION":
        return {
          to,
          at,
          actor: draft.owner,
          note: from === "SUITABLE_NOT_READY" ? "Now ready to start; waiting for a group place" : "Waiting for a place in the next group",
          reason: null,
        };
      case "WITHDRAWN": {
        const reason = draft.withdrawalReason ?? "DECLINED";
        const actor = reason === "REFERRER_WITHDREW" ? draft.referredBy : draft.owner;
        return { to, at, actor, note: WITHDRAWAL_NOTES[reason], reason };
      }
      case "DROPPED_OUT":
        return { to, at, actor: draft.owner, note: "No response to two follow-up contacts after the missed assessment", reason: null };
      default:
        throw new Error(`No pre-allocation step to ${to}`);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Checks: the demo data must pass the rules the API enforces.

  private validateReferral(draft: ReferralDraft): void {
    const where = `${draft.programme.code} referral ending ${draft.status}`;
    let from: ReferralStatus | null = null;
    let previousAt = 0;
    draft.steps.forEach((step, index) => {
      if (index === 0 && step.to !== "REFERRED") throw new Error(`${where}: starts at ${step.to}`);
      if (step.at.getTime() <= previousAt) throw new Error(`${where}: step ${index + 1} is not after the one before`);
      if (step.at >= this.now) throw new Error(`${where}: step ${index + 1} is in the future`);
      if (from !== null) {
        const refusal = checkTransition(from, step.to, {
          mandated: draft.legalBasis !== null,
          completionThresholdMet: (draft.member?.outcomes.filter((o) => ATTENDING.includes(o)).length ?? 0) >= draft.programme.threshold,
          withdrawalReason: step.reason,
          note: step.note,
          viaAllocation: step.to === "ALLOCATED",
        });
        if (refusal) throw new Error(`${where}: ${refusal.message}`);
      }
      if (step.to === "ALLOCATED") {
        const group = draft.group!;
        const target = index === draft.steps.length - 1 || draft.steps[index + 1]!.to === "ON_PROGRAMME" ? group : this.groupByKey(group.spec.reallocatedFrom ?? "");
        const closed = checkGroupOpenForAllocation(draft.programme.rules, target.sessions.map((s) => ({ sessionNumber: s.number, scheduledStart: s.start })), 0, step.at);
        if (closed) throw new Error(`${where}: ${closed.message}`);
      }
      from = step.to;
      previousAt = step.at.getTime();
    });
    if (from !== draft.status) throw new Error(`${where}: ends at ${from}`);
    if (draft.steps[0]!.at < this.earliestReferral) throw new Error(`${where}: referred more than 14 months ago`);

    if (draft.member && draft.legalBasis !== null && draft.member.outcomes.length) {
      const group = draft.group!;
      const failures = draft.member.outcomes
        .map((outcome, i) => ({ outcome, session: group.sessions[draft.member!.first - 1 + i]! }))
        .filter(({ outcome }) => FAILURES.includes(outcome))
        .map(({ session }) => ({ sessionId: session.id, occurredAt: session.start }));
      const breachRequired = assessEnforcement(failures, this.now).breachRequired;
      const expected = draft.member.role === "BREACH" || draft.member.role === "BREACH_PENDING";
      if (breachRequired !== expected) throw new Error(`${where}: breach required is ${breachRequired}, expected ${expected}`);
    }
  }

  private checkGroupSizes(): void {
    for (const group of this.groups) {
      const members = group.members.filter((m) => m.status === "ALLOCATED" || m.status === "ON_PROGRAMME").length;
      if (members > group.programme.rules.maxGroupSize) throw new Error(`${group.spec.key} has ${members} members, over its ${group.programme.rules.maxGroupSize}`);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // People for referrals, oldest referral first so re-referrals follow closed ones.

  private assignPeople(): void {
    const rng = this.rng;
    const ordered = [...this.referralDrafts].sort((a, b) => a.steps[0]!.at.getTime() - b.steps[0]!.at.getTime() || (a.id < b.id ? -1 : 1));
    for (const draft of ordered) {
      const referredAt = draft.steps[0]!.at;
      const allowed = this.people.filter((person) => this.canTake(person, draft, referredAt));
      if (allowed.length === 0) throw new Error(`Nobody left for a ${draft.programme.code} referral ending ${draft.status}`);
      // Preferences that make the record look right (a probation case has a CRN, a licence a prison
      // number), dropped in the rare draw where nobody left meets them.
      const preferred = allowed.filter((person) => this.looksRight(person, draft));
      const eligible = preferred.length ? preferred : allowed;
      let pool = eligible;
      if (REREFERRAL_STATUSES.includes(draft.status) && rng.chance(0.3)) {
        const returning = eligible.filter((p) => p.referrals.some((r) => r.programme === draft.programme));
        if (returning.length) pool = returning;
      } else if (draft.programme.code === "CHOICES" && rng.chance(0.35)) {
        const women = eligible.filter((p) => p.sex === "FEMALE");
        if (women.length) pool = women;
      }
      const fewest = Math.min(...pool.map((p) => p.referrals.length));
      const person = rng.pick(pool.filter((p) => p.referrals.length === fewest));
      draft.person = person;
      person.referrals.push(draft);
    }
    for (const person of this.people) {
      const first = Math.min(...person.referrals.map((r) => r.steps[0]!.at.getTime()));
      if (Number.isFinite(first) && person.createdAt.getTime() >= first) {
        person.createdAt = new Date(first - rng.int(1, 48) * HOUR - rng.int(0, 3_599_999));
      }
    }
  }

  private canTake(person: PersonDraft, draft: ReferralDraft, referredAt: Date): boolean {
    const sameProgramme = person.referrals.filter((r) => r.programme === draft.programme);
    const earlierClosed = sameProgramme.every((r) => isTerminal(r.status) && r.status !== "COMPLETED" && r.steps[r.steps.length - 1]!.at < referredAt);
    if (!earlierClosed) return false;
    const failures = checkEligibility(
      draft.programme.rules,
      { dateOfBirth: person.dateOfBirth, sex: person.sex, children: person.children },
      { legalBasis: draft.legalBasis, riskLevel: draft.riskLevel },
      toIsoDate(referredAt),
    );
    return failures.length === 0;
  }

  private looksRight(person: PersonDraft, draft: ReferralDraft): boolean {
    if ((draft.legalBasis !== null || draft.source === "PROBATION") && person.crn === null) return false;
    if (draft.legalBasis === "LICENCE" && person.prisonNumber === null) return false;
    if (draft.legalBasis !== null && draft.legalBasis !== "FAMILY_COURT" && person.pncId === null) return false;
    return true;
  }

  // -------------------------------------------------------------------------------------------------
  // Registers

  private registers(group: GroupDraft): void {
    const rng = this.rng;
    for (const session of group.sessions) {
      if (!session.submittedAt) continue;
      const submission: SubmissionDraft = {
        id: rng.uuid(),
        idempotencyKey: `seed-${session.id}`,
        session,
        submittedBy: session.submittedBy,
        submittedAt: session.submittedAt,
        records: [],
      };
      for (const referral of group.members) {
        const member = referral.member!;
        if (session.number < member.first || session.number > member.last) continue;
        const outcome = member.outcomes[session.number - member.first]!;
        const { behaviourConcern, note } = this.recordDetail(outcome);
        submission.records.push({
          id: rng.uuid(),
          session,
          referral,
          submissionId: submission.id,
          outcome,
          behaviourConcern,
          note,
          recordedBy: submission.submittedBy,
          recordedAt: submission.submittedAt,
          supersededAt: null,
          supersededBy: null,
        });
      }
      if (submission.records.length) this.submissions.push(submission);
    }
  }

  private recordDetail(outcome: AttendanceOutcome): { behaviourConcern: boolean; note: string | null } {
    const rng = this.rng;
    switch (outcome) {
      case "ATTENDED":
        return rng.chance(0.03) ? { behaviourConcern: true, note: rng.pick(BEHAVIOUR_CONCERN_NOTES) } : { behaviourConcern: false, note: null };
      case "LATE":
        return rng.chance(0.05)
          ? { behaviourConcern: true, note: rng.pick(BEHAVIOUR_CONCERN_NOTES) }
          : { behaviourConcern: false, note: `Arrived ${rng.pick([10, 15, 20, 25, 30])} minutes late` };
      case "ABSENT_ACCEPTABLE":
        return { behaviourConcern: false, note: rng.pick(ACCEPTABLE_ABSENCE_NOTES) };
      case "ABSENT_UNACCEPTABLE":
        return { behaviourConcern: false, note: rng.chance(0.6) ? rng.pick(UNACCEPTABLE_ABSENCE_NOTES) : null };
      case "EXCLUDED":
        return { behaviourConcern: true, note: rng.pick(EXCLUSION_NOTES) };
    }
  }

  /**
   * Registers get corrected: a row first recorded as an unacceptable absence is superseded a few days
   * later by a correcting submission (the reason arrived late, or the person was marked absent in error).
   * The person's first session is left alone, since attending it is what started their programme.
   */
  private corrections(): void {
    const rng = this.rng;
    const candidates = this.submissions.flatMap((submission) =>
      submission.records.filter(
        (r) => (r.outcome === "ATTENDED" || r.outcome === "ABSENT_ACCEPTABLE") && r.session.number > r.referral.member!.first,
      ),
    );
    const mandated = candidates.filter((r) => r.referral.legalBasis !== null);
    const chosen = new Set<RecordDraft>(rng.shuffle(mandated).slice(0, 2));
    for (const record of rng.shuffle(candidates)) {
      if (chosen.size >= 8) break;
      chosen.add(record);
    }

    const bySession = new Map<string, RecordDraft[]>();
    for (const record of chosen) bySession.set(record.session.id, [...(bySession.get(record.session.id) ?? []), record]);
    for (const [sessionId, records] of bySession) {
      const original = this.submissions.find((s) => s.session.id === sessionId && s.idempotencyKey === `seed-${sessionId}`)!;
      const submittedAt = this.clockBetween(addDays(original.submittedAt, 1), new Date(Math.min(addDays(original.submittedAt, 6).getTime(), this.now.getTime() - HOUR)));
      const correction: SubmissionDraft = {
        id: rng.uuid(),
        idempotencyKey: `seed-${sessionId}-correction`,
        session: original.session,
        submittedBy: original.submittedBy,
        submittedAt,
        records: [],
      };
      for (const record of records) {
        // The row as first recorded, now history; the current row carries the final outcome.
        const finalOutcome = record.outcome;
        const finalNote =
          finalOutcome === "ATTENDED"
            ? "Marked absent in error; the sign-in sheet shows they attended"
            : `Reason given after the session and accepted: ${record.note ?? "absence explained"}`;
        correction.records.push({
          ...record,
          id: rng.uuid(),
          submissionId: correction.id,
          behaviourConcern: false,
          note: finalNote,
          recordedBy: correction.submittedBy,
          recordedAt: submittedAt,
        });
        record.outcome = "ABSENT_UNACCEPTABLE";
        record.behaviourConcern = false;
        record.note = rng.pick(UNACCEPTABLE_ABSENCE_NOTES);
        record.supersededAt = submittedAt;
        record.supersededBy = correction.id;
      }
      this.submissions.push(correction);
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Rows

  private rows(): DemoData {
    const people = this.people;
    const referralDrafts = this.referralDrafts.filter((d) => d.person !== null);
    return {
      programmeCount: this.programmes.size,
      perpetrators: people.map((p) => ({
        id: p.id,
        givenName: p.givenName,
        familyName: p.familyName,
        dateOfBirth: p.dateOfBirth,
        sex: p.sex,
        crn: p.crn,
        pncId: p.pncId,
        prisonNumber: p.prisonNumber,
        croNumber: p.croNumber,
        genderIdentity: p.genderIdentity,
        ethnicity: p.ethnicity,
        firstLanguage: p.firstLanguage,
        interpreterRequired: p.interpreterRequired,
        disability: p.disability,
        sexualOrientation: p.sexualOrientation,
        needs: p.needs,
        createdBy: SEED_ACTOR,
        createdAt: p.createdAt,
        updatedAt: p.createdAt,
      })),
      perpetratorChildren: people.flatMap((p) =>
        p.children.map((c) => ({
          id: c.id,
          perpetratorId: p.id,
          dateOfBirth: c.dateOfBirth,
          relationship: c.relationship,
          regularContact: c.regularContact,
          createdAt: p.createdAt,
        })),
      ),
      programmeGroups: this.groups.map((g) => ({
        id: g.id,
        programmeId: g.programme.id,
        name: g.name,
        location: g.spec.location,
        startsOn: g.startsOn,
        createdBy: SEED_ACTOR,
        createdAt: g.createdAt,
      })),
      groupFacilitators: this.groups.flatMap((g) => g.spec.facilitators.map((sub) => ({ groupId: g.id, facilitatorSub: sub, addedAt: g.createdAt }))),
      programmeSessions: this.groups.flatMap((g) =>
        g.sessions.map((s) => ({
          id: s.id,
          groupId: g.id,
          sessionNumber: s.number,
          format: s.format,
          scheduledStart: s.start,
          durationMinutes: s.durationMinutes,
          createdBy: SEED_ACTOR,
          createdAt: g.createdAt,
        })),
      ),
      referrals: referralDrafts.map((d) => {
        const last = d.steps[d.steps.length - 1]!;
        return {
          id: d.id,
          perpetratorId: d.person!.id,
          programmeId: d.programme.id,
          groupId: d.group?.id ?? null,
          status: d.status,
          version: d.steps.length,
          legalBasis: d.legalBasis,
          source: d.source,
          riskLevel: d.riskLevel,
          withdrawalReason: d.withdrawalReason,
          referredBy: d.referredBy,
          referredByOrg: d.referredByOrg,
          referredAt: d.steps[0]!.at,
          allocatedAt: d.group ? d.allocatedAt : null,
          closedAt: isTerminal(d.status) ? last.at : null,
          createdAt: d.steps[0]!.at,
          updatedAt: last.at,
        };
      }),
      referralTransitions: referralDrafts.flatMap((d) =>
        d.steps.map((step, i) => ({
          id: this.rng.uuid(),
          referralId: d.id,
          fromStatus: i === 0 ? null : d.steps[i - 1]!.to,
          toStatus: step.to,
          version: i + 1,
          reason: step.reason,
          note: step.note,
          actorSub: step.actor,
          actorName: ACTOR_NAMES[step.actor.split("-")[0]!] ?? null,
          occurredAt: step.at,
        })),
      ),
      registerSubmissions: this.submissions.map((s) => ({
        id: s.id,
        idempotencyKey: s.idempotencyKey,
        sessionId: s.session.id,
        submittedBy: s.submittedBy,
        submittedAt: s.submittedAt,
        recordIds: s.records.map((r) => r.id),
      })),
      attendanceRecords: this.submissions.flatMap((s) =>
        s.records.map((r) => ({
          id: r.id,
          sessionId: r.session.id,
          referralId: r.referral.id,
          submissionId: r.submissionId,
          outcome: r.outcome,
          behaviourConcern: r.behaviourConcern,
          note: r.note,
          recordedBy: r.recordedBy,
          recordedAt: r.recordedAt,
          supersededAt: r.supersededAt,
          supersededBy: r.supersededBy,
        })),
      ),
    };
  }

  // -------------------------------------------------------------------------------------------------
  // Time

  /** A working-hours time on the given UTC day, to the millisecond. */
  private workTimeOn(day: Date): Date {
    return new Date(startOfUtcDay(day).getTime() + this.rng.int(8 * 60, 17 * 60 + 29) * MINUTE + this.rng.int(0, 59_999));
  }

  /** A working-hours time on a weekday between minDays and maxDays calendar days before `at`. */
  private stepBack(at: Date, minDays: number, maxDays: number): Date {
    return this.workTimeOn(weekdayOnOrBefore(addDays(startOfUtcDay(at), -this.rng.int(minDays, maxDays))));
  }

  /** A moment in [lo, hi], moved into working hours on a weekday when that stays in range. */
  private clockBetween(lo: Date, hi: Date): Date {
    if (hi.getTime() <= lo.getTime()) throw new Error(`Empty time range ${lo.toISOString()} – ${hi.toISOString()}`);
    const at = new Date(lo.getTime() + Math.floor(this.rng.next() * (hi.getTime() - lo.getTime())));
    const working = this.workTimeOn(weekdayOnOrBefore(at));
    return working >= lo && working <= hi ? working : at;
  }
}

// ---------------------------------------------------------------------------------------------------

/** [youngest, oldest, weight]: mostly 20-55, as in the programmes' own figures. */
const ADULT_AGE_BANDS: readonly (readonly [number, number, number])[] = [
  [18, 19, 4],
  [20, 24, 12],
  [25, 29, 18],
  [30, 34, 20],
  [35, 39, 16],
  [40, 44, 12],
  [45, 49, 8],
  [50, 55, 6],
  [56, 64, 4],
];

const REREFERRAL_STATUSES: readonly ReferralStatus[] = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"];

function statusOfRole(role: MemberRole): ReferralStatus {
  switch (role) {
    case "COMPLETE":
      return "COMPLETED";
    case "ONGOING":
    case "LATE_JOINER":
    case "BREACH_PENDING":
      return "ON_PROGRAMME";
    case "DROP":
      return "DROPPED_OUT";
    case "BREACH":
      return "BREACHED";
    case "WITHDRAW":
      return "WITHDRAWN";
    case "ALLOCATED":
    case "REALLOCATED":
      return "ALLOCATED";
  }
}

/** Calendar days that usually pass between a status and the next one. */
function gapDays(from: ReferralStatus, to: ReferralStatus): [number, number] {
  switch (to) {
    case "AWAITING_ASSESSMENT":
      return from === "REFERRED" ? [1, 10] : [5, 20];
    case "ASSESSED_SUITABLE":
    case "ASSESSED_UNSUITABLE":
    case "DID_NOT_ATTEND_ASSESSMENT":
    case "DEFERRED":
      return [5, 21];
    case "SUITABLE_NOT_READY":
      return [1, 7];
    case "AWAITING_ALLOCATION":
      return from === "SUITABLE_NOT_READY" ? [14, 40] : [1, 7];
    case "ALLOCATED":
      return [3, 35];
    case "WITHDRAWN":
      return [3, 30];
    case "DROPPED_OUT":
      return [10, 30];
    default:
      return [1, 10];
  }
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function weekdayOnOrBefore(date: Date): Date {
  const dow = date.getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}

/** "Spring 2026"; winter spans the new year: "Winter 2025/26". */
function seasonOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (month >= 3 && month <= 5) return `Spring ${year}`;
  if (month >= 6 && month <= 8) return `Summer ${year}`;
  if (month >= 9 && month <= 11) return `Autumn ${year}`;
  const startYear = month === 12 ? year : year - 1;
  return `Winter ${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}

function referralNote(draft: ReferralDraft, rng: SeededRandom): string {
  if (draft.legalBasis === "LICENCE") return "Licence condition to complete BBR";
  if (draft.legalBasis === "FAMILY_COURT") return "Directed by the family court";
  if (draft.legalBasis) return `Accredited Programme Requirement of ${rng.pick([20, 25, 30, 35])} days`;
  switch (draft.source) {
    case "CHILDRENS_SERVICES":
      return rng.pick(["Referred as part of a child protection plan", "Referred by the family's social worker"]);
    case "SELF":
      return "Self-referral after a conversation with a family support worker";
    case "POLICE":
      return "Referred after a police call-out to a domestic incident";
    case "FRONT_DOOR_SAFEGUARDING_HUB":
      return "Referred from the daily Front Door Safeguarding Hub meeting";
    case "YOUTH_JUSTICE_SERVICE":
      return "Abuse towards a parent over more than six months; parent agrees to the parallel group";
    case "SCHOOL":
      return "Referred by the school's safeguarding lead with the parent's agreement";
    case "PROBATION":
      return "Referred by the probation practitioner as part of the sentence plan";
    default:
      return "Referred by a partner agency";
  }
}

const UNSUITABLE_NOTES: Record<ProgrammeCode, readonly string[]> = {
  CARING_DADS: [
    "Not suitable: concerns need a specialist child protection service; referred on",
    "Not suitable for group work at present; one-to-one work recommended",
    "No current contact with the children; not suitable for Caring Dads",
  ],
  CHOICES: ["Not suitable for group work at present; one-to-one work recommended", "Current substance use prevents engagement; referred to treatment service first"],
  PACT: ["Parent not able to take part in the parallel group at present"],
  BBR: ["Not suitable for group work; one-to-one toolkit recommended to the court", "Learning needs mean an adapted programme is more suitable"],
};

const DEFERRAL_NOTES = [
  "Assessment deferred while working away",
  "Deferred until after the family court hearing",
  "Deferred while completing alcohol treatment",
] as const;

const NOT_READY_NOTES = [
  "Suitable but not ready to start: accommodation to be settled first",
  "Suitable but not ready: engaging with drug and alcohol service first",
  "Suitable but not ready: work pattern to be agreed",
] as const;

