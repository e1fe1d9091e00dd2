/**
 * Demo IOM cohort: police offender managers and probation practitioners, about ninety adult men in the
 * domestic-abuse cohort (and some who have left it), their offender managers over time, and their
 * intervention plans with actions and reviews. Like the rest of the demo data it is invented, derived
 * from a seeded random source and `now`, and checked against the IOM rules before it is written.
 *
 * Dates follow the service's own reading of "today": the calendar date in England at `now`. Every
 * event is dated yesterday or earlier, so nothing is recorded later than `now`.
 */
import {
  OPEN_ACTION_STATUSES,
  type interventionPlans,
  type iomMemberships,
  type iomStaff,
  type offenderManagerAssignments,
  type planActions,
  type planReviews,
} from "../modules/iom/index.js";
import { buildActions } from "./iom-actions.js";
import { IomDraft, statusOf, type IomSeedInput, type PlanDraft } from "./iom-drafts.js";
import { buildPlans, buildReviews, chooseOverdueActions, chooseReplans, makeReviewsOverdue } from "./iom-plans.js";
import { buildMemberships, choosePeople } from "./iom-selection.js";
import { buildAssignments, buildStaff } from "./iom-staff.js";
import { SUMMARY_PHRASES } from "./iom-text.js";
import { validate } from "./iom-validate.js";
import { SeededRandom } from "./random.js";
import { SEED_ACTOR } from "./seed-actor.js";

export type { IomSeedInput } from "./iom-drafts.js";

const FORCE = "West Yorkshire Police";

// ---------------------------------------------------------------------------------------------------
// Input and output

export interface IomData {
  staff: (typeof iomStaff.$inferInsert)[];
  memberships: (typeof iomMemberships.$inferInsert)[];
  assignments: (typeof offenderManagerAssignments.$inferInsert)[];
  plans: (typeof interventionPlans.$inferInsert)[];
  actions: (typeof planActions.$inferInsert)[];
  reviews: (typeof planReviews.$inferInsert)[];
}

/** The IOM part's own random source, so adding it leaves the rest of the demo data as it was. */
export function iomRandom(seed: number): SeededRandom {
  return new SeededRandom(Math.imul((seed ^ 0x10a5eed) >>> 0, 0x9e3779b1) >>> 0);
}

/** Pure: the same demo rows, `now` and random source always give the same IOM rows. */
export function buildIomData(input: IomSeedInput, now: Date, rng: SeededRandom): IomData {
  const iom = new IomDraft(input, now, rng);
  buildStaff(iom);
  buildMemberships(iom, choosePeople(iom));
  buildAssignments(iom);
  for (const membership of iom.memberships) buildPlans(iom, membership);
  chooseReplans(iom);
  for (const membership of iom.memberships) for (const plan of membership.plans) buildReviews(iom, membership, plan);
  makeReviewsOverdue(iom);
  chooseOverdueActions(iom);
  for (const membership of iom.memberships) for (const plan of membership.plans) buildActions(iom, membership, plan);
  validate(iom);
  return rows(iom);
}

// ---------------------------------------------------------------------------------------------------
// Rows

function rows(iom: IomDraft): IomData {
  const memberships = iom.memberships;
  const plans = memberships.flatMap((m) => m.plans.map((plan) => ({ m, plan })));
  return {
    staff: iom.staff.map((s) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      collarNumber: s.collarNumber,
      force: s.kind === "POLICE_OFFENDER_MANAGER" ? FORCE : null,
      team: s.team,
      organisation: s.organisation,
      subject: s.subject,
      active: s.active,
      createdBy: SEED_ACTOR,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    })),
    memberships: memberships.map((m) => ({
      id: m.id,
      perpetratorId: m.person.id,
      selectionSource: m.source,
      cohortType: m.cohortType,
      rfgScore: m.rfgScore,
      startedOn: m.startedOn,
      endedOn: m.endedOn,
      deselectionReason: m.reason,
      deselectionNote: m.note,
      selectedBy: m.selectedBy,
      deselectedBy: m.endedOn ? m.selectedBy : null,
      createdAt: m.createdAt,
      updatedAt: m.endedAt ?? m.createdAt,
    })),
    assignments: memberships.flatMap((m) =>
      m.assignments.map((a) => ({
        id: a.id,
        membershipId: m.id,
        staffId: a.staff.id,
        startedOn: a.startedOn,
        endedOn: a.endedOn,
        reason: a.reason,
        assignedBy: a.assignedBy,
        assignedAt: a.assignedAt,
      })),
    ),
    plans: plans.map(({ m, plan }) => ({
      id: plan.id,
      membershipId: m.id,
      version: plan.version,
      status: plan.status,
      summary: summaryOf(plan),
      reviewDueOn: plan.reviewDueOn,
      createdBy: plan.author.subject,
      createdByName: plan.author.name,
      createdAt: plan.createdAt,
      endedAt: plan.endedAt,
    })),
    actions: plans.flatMap(({ plan }) =>
      plan.actions.map((a) => {
        const last = a.steps.at(-1);
        const status = statusOf(a);
        return {
          id: a.id,
          planId: plan.id,
          carriedFromId: a.carriedFrom?.id ?? null,
          position: a.position,
          pathway: a.pathway,
          description: a.description,
          ownerAgency: a.agency,
          ownerStaffId: a.ownerStaff?.id ?? null,
          ownerName: a.ownerStaff ? null : a.ownerName,
          status,
          dueOn: a.dueOn,
          notes: last?.notes ?? null,
          referralId: a.referral?.id ?? null,
          version: 1 + a.steps.length,
          createdBy: a.createdBy,
          createdAt: a.createdAt,
          updatedBy: a.updatedBy,
          updatedAt: last?.at ?? a.createdAt,
          closedAt: OPEN_ACTION_STATUSES.includes(status) ? null : last!.at,
        };
      }),
    ),
    reviews: plans.flatMap(({ plan }) =>
      plan.reviews.map((r) => ({
        id: r.id,
        planId: plan.id,
        reviewedOn: r.reviewedOn,
        outcome: r.outcome,
        notes: r.notes,
        nextReviewOn: r.nextReviewOn,
        reviewerSub: r.reviewer.subject,
        reviewerName: r.reviewer.name,
        recordedAt: r.recordedAt,
      })),
    ),
  };
}

function summaryOf(plan: PlanDraft): string {
  const phrases = [...new Set(plan.actions.map((a) => SUMMARY_PHRASES[a.pathway]))].slice(0, 3);
  const body = phrases.join("; ");
  return plan.summaryLead ? `${plan.summaryLead}: ${body}.` : `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
}
