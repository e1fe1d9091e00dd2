/**
 * The demo victim-safety data while it is drafted: the people it is drawn from, the drafts of victims, links,
 * assessments, incidents, MARAC referrals, support, orders and alerts. They are dated by the seed calendar the
 * draft extends.
 */
import type { perpetratorChildren, perpetrators } from "../modules/perpetrators/index.js";
import type { referrals } from "../modules/referrals/index.js";
import type { AlertKind, DashAnswer, DashLevel, MaracGround, OrderType, Relationship, SafeContactMethod, escalation } from "../modules/victim-safety/index.js";
import { ageOn, minDate } from "../shared/dates.js";
import { SeedCalendar } from "./calendar.js";
import type { SeededRandom } from "./random.js";
import type { WorkerSpec } from "./victim-safety-text.js";

/** Incidents in the escalation window when a MARAC referral was made, as the rule counts them. */
export type Escalation = ReturnType<typeof escalation>;

/** The demo rows the victim-safety part is drawn from. */
export interface VictimSafetySeedInput {
  perpetrators: readonly (typeof perpetrators.$inferInsert)[];
  perpetratorChildren: readonly (typeof perpetratorChildren.$inferInsert)[];
  referrals: readonly (typeof referrals.$inferInsert)[];
  programmes: readonly { id: string; code: string; name: string }[];
}

// ---------------------------------------------------------------------------------------------------
// Drafts

export interface ReferralInfo {
  id: string;
  code: string;
  programmeName: string;
  status: string;
  /** Its version when it reached its status: the alert service keys a status change by it. */
  version: number;
  referredOn: string;
  closedAt: Date | null;
}

export interface PerpetratorInfo {
  id: string;
  familyName: string;
  dateOfBirth: string;
  sex: string;
  ethnicity: string | null;
  youth: boolean;
  /** The day they were recorded: nothing about them is recorded earlier. */
  recordedOn: string;
  childBirthDates: string[];
  referrals: ReferralInfo[];
}

export interface ContactSafety {
  method: SafeContactMethod | null;
  times: string | null;
  addressKnown: boolean | null;
  notes: string | null;
}

export interface VictimDraft {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  female: boolean;
  child: boolean;
  contact: ContactSafety;
  links: LinkDraft[];
  allocations: AllocationDraft[];
}

export interface AssessmentDraft {
  id: string;
  assessedOn: string;
  answers: DashAnswer[];
  yesCount: number;
  scoreLevel: DashLevel;
  judgementLevel: DashLevel | null;
  judgementReason: string | null;
  level: DashLevel;
  assessedBy: string;
  assessedByName: string;
  createdAt: Date;
}

export interface IncidentDraft {
  id: string;
  occurredOn: string;
  policeReference: string | null;
  recordedBy: string;
  createdAt: Date;
}

export interface MaracDraft {
  id: string;
  referredOn: string;
  grounds: MaracGround[];
  judgementReason: string | null;
  previous: MaracDraft | null;
  escalation: Escalation;
  hearingOn: string | null;
  referringAgency: string;
  referredBy: string;
  createdAt: Date;
}

export interface LinkDraft {
  id: string;
  victim: VictimDraft;
  perpetrator: PerpetratorInfo;
  relationship: Relationship;
  startedOn: string;
  endedOn: string | null;
  createdAt: Date;
  /** The level most of its assessments come out at (drafting only). */
  baseLevel: DashLevel;
  incidents: IncidentDraft[];
  assessments: AssessmentDraft[];
  maracs: MaracDraft[];
}

export interface AllocationDraft {
  id: string;
  victim: VictimDraft;
  worker: WorkerSpec;
  startedOn: string;
  endedOn: string | null;
  createdAt: Date;
}

export interface OrderDraft {
  id: string;
  perpetrator: PerpetratorInfo;
  type: OrderType;
  reference: string;
  issuedBy: string;
  conditions: string[];
  startsOn: string;
  endsOn: string | null;
  protectedVictims: VictimDraft[];
  createdAt: Date;
}

export interface AlertDraft {
  id: string;
  kind: AlertKind;
  victim: VictimDraft;
  perpetratorId: string;
  referralId: string | null;
  orderId: string | null;
  recipient: { subject: string; allocationId: string } | null;
  summary: string;
  occurredAt: Date;
  dedupeKey: string;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  acknowledgementNote: string | null;
}

/**
 * The victim-safety data drafted so far, with the seed's calendar (the calendar date in England at `now`, as
 * the IOM part reads it) and random source. Every event is dated yesterday or earlier; only hearings and the
 * ends of orders may lie ahead. Its day draws count back from the end of a range, so a `lean` favours recent
 * days.
 */
export class VictimSafetyDraft extends SeedCalendar {
  readonly perpetrators: PerpetratorInfo[] = [];
  readonly victims: VictimDraft[] = [];
  readonly links: LinkDraft[] = [];
  readonly allocations: AllocationDraft[] = [];
  readonly orders: OrderDraft[] = [];
  readonly alerts: AlertDraft[] = [];
  /** Orders ending within the alert window, whose protected people idva-1 supports. */
  readonly expiringOrders: OrderDraft[] = [];

  constructor(
    readonly input: VictimSafetySeedInput,
    now: Date,
    rng: SeededRandom,
  ) {
    super(now, rng, { part: "Victim-safety seed", countFrom: "hi" });
  }

  isChildToday(dateOfBirth: string): boolean {
    return ageOn(dateOfBirth, this.today) < 18;
  }
}

// ---------------------------------------------------------------------------------------------------

/** The last day anything can happen on a link: yesterday, or the day it ended. */
export const lastDayOf = (link: LinkDraft, draft: VictimSafetyDraft) => minDate(draft.yesterday, link.endedOn ?? draft.yesterday);

export const isCurrentOn = (link: { startedOn: string; endedOn: string | null }, day: string) => link.startedOn <= day && (link.endedOn === null || day <= link.endedOn);

export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Victim-safety seed: ${what} is missing`);
  return value;
}
