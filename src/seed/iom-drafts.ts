/**
 * The demo IOM cohort while it is drafted: how big it is, the drafts of its staff, memberships, plans, actions
 * and reviews. Every step dates them by the seed calendar the draft extends.
 */
import type {
  ActionStatus,
  CohortType,
  DeselectionReason,
  OwnerAgency,
  Pathway,
  PlanStatus,
  ReviewOutcome,
  SelectionSource,
  StaffKind,
} from "../modules/iom/index.js";
import type { perpetratorChildren, perpetrators } from "../modules/perpetrators/index.js";
import type { referrals } from "../modules/referrals/index.js";
import { SeedCalendar } from "./calendar.js";
import type { Area, TeamSpec } from "./iom-text.js";
import type { SeededRandom } from "./random.js";

// ---------------------------------------------------------------------------------------------------
// The cohort's size: the steps draft towards these numbers, and the checks hold them to them.

/** Open memberships, including the re-selected people's second ones. */
export const OPEN_MEMBERS = 90;
export const ENDED_MEMBERSHIPS = 15;
/** Of the ended memberships, how many people were later selected again. */
export const RESELECTED = 4;
/** People on the cohort today whose offender manager has changed, and how many of them came from the former officer. */
export const REASSIGNED_MEMBERS = 18;
export const FORMER_OFFICER_HANDOVERS = 5;
export const REPLANNED_MEMBERS = 27;
export const OVERDUE_REVIEW_MEMBERS = 12;
export const OVERDUE_ACTION_MEMBERS = 23;
/** Of the people chosen, roughly this many have a programme referral in the demo data. */
export const WITH_REFERRAL_SHARE = 0.8;

/** The demo rows the IOM part is drawn from: people, their children and referrals, and the programmes. */
export interface IomSeedInput {
  perpetrators: readonly (typeof perpetrators.$inferInsert)[];
  perpetratorChildren: readonly (typeof perpetratorChildren.$inferInsert)[];
  referrals: readonly (typeof referrals.$inferInsert)[];
  programmes: readonly { id: string; code: string }[];
}

// ---------------------------------------------------------------------------------------------------
// Drafts

export interface ReferralInfo {
  id: string;
  code: string;
  status: string;
  referredOn: string;
  closedAt: Date | null;
  referredBy: string;
}

export interface PersonInfo {
  id: string;
  dateOfBirth: string;
  crn: string | null;
  needs: readonly string[];
  hasChildren: boolean;
  referrals: ReferralInfo[];
  /** The first day they could have been selected: recorded in the system, adult, within two years. */
  earliestStart: string;
}

export interface StaffDraft {
  id: string;
  kind: StaffKind;
  subject: string;
  name: string;
  team: string;
  collarNumber: string | null;
  organisation: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** The day a former officer left the unit: they managed nobody after it. */
  leftOn: string | null;
  teamSpec: TeamSpec | null;
}

export interface AssignmentDraft {
  id: string;
  staff: StaffDraft;
  startedOn: string;
  endedOn: string | null;
  reason: string;
  assignedBy: string;
  assignedAt: Date;
}

export interface ReviewDraft {
  id: string;
  reviewedOn: string;
  /** The review date this review answered. */
  addressedDue: string;
  outcome: ReviewOutcome;
  notes: string | null;
  nextReviewOn: string;
  reviewer: StaffDraft;
  recordedAt: Date;
}

export interface StepDraft {
  to: ActionStatus;
  at: Date;
  notes: string | null;
}

export interface ActionDraft {
  id: string;
  carriedFrom: ActionDraft | null;
  position: number;
  pathway: Pathway;
  description: string;
  agency: OwnerAgency;
  ownerStaff: StaffDraft | null;
  ownerName: string | null;
  createdOn: string;
  createdAt: Date;
  dueOn: string;
  referral: ReferralInfo | null;
  /** The status it was created with (a carried action keeps its old one). */
  initialStatus: ActionStatus;
  steps: StepDraft[];
  createdBy: string;
  updatedBy: string;
}

export interface PlanDraft {
  id: string;
  version: number;
  status: PlanStatus;
  createdOn: string;
  createdAt: Date;
  /** The day the plan stopped being live (re-plan or deselection); null while live. */
  endOn: string | null;
  endedAt: Date | null;
  author: StaffDraft;
  initialReviewDue: string;
  reviewDueOn: string;
  summaryLead: string | null;
  reviews: ReviewDraft[];
  actions: ActionDraft[];
}

export interface MembershipDraft {
  id: string;
  person: PersonInfo;
  startedOn: string;
  endedOn: string | null;
  reason: DeselectionReason | null;
  note: string | null;
  source: SelectionSource;
  cohortType: CohortType;
  rfgScore: number | null;
  selectedBy: string;
  createdAt: Date;
  endedAt: Date | null;
  area: Area;
  practitioner: StaffDraft;
  assignments: AssignmentDraft[];
  plans: PlanDraft[];
  /** Whether its live plan has an open action past its due date (chosen, then made so). */
  overdueAction: boolean;
  /** For a re-selection: why the person's last membership ended. */
  previousReason: DeselectionReason | null;
}

/**
 * The cohort drafted so far, with the seed's calendar and random source. Each step (staff, selection, plans,
 * reviews, actions, checks) reads it and adds to it in turn, all drawing on the one random source. Its day
 * draws count from the start of a range, so a `lean` favours early days.
 */
export class IomDraft extends SeedCalendar {
  readonly staff: StaffDraft[] = [];
  readonly officers: StaffDraft[] = [];
  readonly practitioners: StaffDraft[] = [];
  formerOfficer!: StaffDraft;
  readonly memberships: MembershipDraft[] = [];

  constructor(
    readonly input: IomSeedInput,
    now: Date,
    rng: SeededRandom,
  ) {
    super(now, rng, { part: "IOM seed", countFrom: "lo" });
  }
}

// ---------------------------------------------------------------------------------------------------

/** Who was the member's offender manager on `day`. */
export function officerOn(m: MembershipDraft, day: string): StaffDraft {
  return m.assignments.filter((a) => a.startedOn <= day).at(-1)!.staff;
}

export function statusOf(action: ActionDraft): ActionStatus {
  return action.steps.at(-1)?.to ?? action.initialStatus;
}

export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`IOM seed: ${what} is missing`);
  return value;
}
