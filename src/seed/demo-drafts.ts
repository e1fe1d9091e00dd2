/**
 * The programme demo data while it is drafted: people, groups with their sessions, referrals with their
 * steps and place in a group, and register submissions. The drafts hold object references (a referral's
 * group, a record's session) that become ids only when the rows are written out, so each step can read
 * what earlier steps decided.
 */
import { completionThreshold, rulesOf, type ProgrammeCode, type ProgrammeRow, type ProgrammeRules, type RiskLevel, type Sex } from "../modules/programmes/index.js";
import type { ChildRelationship, Need } from "../modules/perpetrators/index.js";
import type { LegalBasis, ReferralSource, ReferralStatus, WithdrawalReason } from "../modules/referrals/index.js";
import type { SessionFormat } from "../modules/groups/index.js";
import type { AttendanceOutcome } from "../modules/attendance/index.js";
import { addDays, addMonths } from "../shared/dates.js";
import { SeedCalendar } from "./calendar.js";
import { GROUP_LABELS, type GroupSpec, type GroupTiming, type MemberRole } from "./demo-plan.js";
import { SeededRandom } from "./random.js";

export interface ProgrammeInfo {
  id: string;
  code: ProgrammeCode;
  rules: ProgrammeRules;
  threshold: number;
  /** Short name used in group names. */
  label: string;
}

export interface ChildDraft {
  id: string;
  dateOfBirth: string;
  relationship: ChildRelationship;
  regularContact: boolean;
}

export interface PersonDraft {
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

export interface SessionDraft {
  id: string;
  number: number;
  format: SessionFormat;
  start: Date;
  durationMinutes: number;
  /** When its register was submitted; null for sessions still to come. */
  submittedAt: Date | null;
  submittedBy: string;
}

export interface GroupDraft {
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

export interface StepDraft {
  to: ReferralStatus;
  at: Date;
  actor: string;
  note: string | null;
  reason: WithdrawalReason | null;
}

export interface MemberDraft {
  role: MemberRole;
  /** First and last session numbers with a register row for this person (last < first: none). */
  first: number;
  last: number;
  outcomes: AttendanceOutcome[];
}

export interface ReferralDraft {
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

export interface RecordDraft {
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

export interface SubmissionDraft {
  id: string;
  idempotencyKey: string;
  session: SessionDraft;
  submittedBy: string;
  submittedAt: Date;
  records: RecordDraft[];
}

export const ATTENDING: readonly AttendanceOutcome[] = ["ATTENDED", "LATE"];

export const FAILURES: readonly AttendanceOutcome[] = ["ABSENT_UNACCEPTABLE", "EXCLUDED"];

/**
 * The programme demo drafted so far, with the seed's calendar and random source. Each step (people, groups,
 * members, waiting referrals, checks, matching, registers) reads it and adds to it in turn, all drawing on
 * the one random source, so their order decides the data.
 */
export class DemoDraft extends SeedCalendar {
  readonly programmes = new Map<ProgrammeCode, ProgrammeInfo>();
  readonly people: PersonDraft[] = [];
  readonly groups: GroupDraft[] = [];
  readonly referralDrafts: ReferralDraft[] = [];
  readonly submissions: SubmissionDraft[] = [];
  /** Referrals reach back at most 14 months; a day's margin keeps them inside it. */
  readonly earliestReferral: Date;
  /** Identifiers handed out so far: each is unique across the demo people. */
  readonly used = { crn: new Set<string>(), pnc: new Set<string>(), prison: new Set<string>(), cro: new Set<string>() };

  constructor(programmeRows: readonly ProgrammeRow[], now: Date, seed: number) {
    super(now, new SeededRandom(seed), { part: "Demo seed" });
    this.earliestReferral = addDays(addMonths(now, -14), 1);
    for (const row of programmeRows) {
      const rules = rulesOf(row);
      this.programmes.set(rules.code, { id: row.id, code: rules.code, rules, threshold: completionThreshold(rules), label: GROUP_LABELS[rules.code] });
    }
  }

  programme(code: ProgrammeCode): ProgrammeInfo {
    const programme = this.programmes.get(code);
    if (!programme) throw new Error(`Programme ${code} is missing: run ensureDefaults before seeding`);
    return programme;
  }

  groupByKey(key: string): GroupDraft {
    const group = this.groups.find((g) => g.spec.key === key);
    if (!group) throw new Error(`No group ${key}`);
    return group;
  }
}
