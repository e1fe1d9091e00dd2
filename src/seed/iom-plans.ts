/**
 * The demo members' intervention plans and reviews. Plans: a first plan within two weeks of selection,
 * re-plans at review or handover. Reviews: near each due date, the next set from the outcome; a few members'
 * latest is overdue, and a few have an action overdue.
 */
import type { ReviewOutcome } from "../modules/iom/index.js";
import { daysBetween, maxDate, minDate, shiftIsoDate, shiftIsoDateMonths } from "../shared/dates.js";
import {
  OVERDUE_ACTION_MEMBERS,
  OVERDUE_REVIEW_MEMBERS,
  REPLANNED_MEMBERS,
  officerOn,
  type IomDraft,
  type MembershipDraft,
  type PlanDraft,
  type ReviewDraft,
} from "./iom-drafts.js";
import { REVIEW_NOTES } from "./iom-text.js";

/** A first plan within two weeks of selection (and at least a month before leaving, for someone who left). */
export function buildPlans(iom: IomDraft, m: MembershipDraft): void {
  const lastDay = m.endedOn ? shiftIsoDate(m.endedOn, -30) : iom.yesterday;
  const createdOn = iom.weekdayBetween(m.startedOn, minDate(shiftIsoDate(m.startedOn, 14), lastDay));
  m.plans.push(newPlan(iom, m, 1, createdOn, null));
}

function newPlan(iom: IomDraft, m: MembershipDraft, version: number, createdOn: string, summaryLead: string | null): PlanDraft {
  const before = m.plans.at(-1);
  const createdAt = iom.timeAfter(createdOn, before?.createdAt ?? m.createdAt);
  return {
    id: iom.rng.uuid(),
    version,
    status: "LIVE",
    createdOn,
    createdAt,
    endOn: null,
    endedAt: null,
    author: officerOn(m, createdOn),
    initialReviewDue: "",
    reviewDueOn: "",
    summaryLead,
    reviews: [],
    actions: [],
  };
}

/** Re-plans at handover or after review; each plan then ends when the next begins, or when the member leaves. */
export function chooseReplans(iom: IomDraft): void {
  const rng = iom.rng;
  const today = iom.today;
  const replan = (m: MembershipDraft, on: string, lead: string) => m.plans.push(newPlan(iom, m, m.plans.length + 1, on, lead));
  const open = rng.shuffle(iom.memberships.filter((m) => m.endedOn === null));

  // A new officer often writes a new plan soon after taking over.
  let replanned = 0;
  for (const m of open) {
    const handover = m.assignments[1];
    if (!handover || !rng.chance(0.6)) continue;
    const lo = maxDate(handover.startedOn, shiftIsoDate(m.plans[0]!.createdOn, 28));
    const hi = minDate(shiftIsoDate(handover.startedOn, 21), shiftIsoDate(today, -7));
    if (lo > hi) continue;
    replan(m, iom.weekdayBetween(lo, hi), "Re-plan with the new offender manager");
    replanned++;
  }
  for (const m of open) {
    if (replanned >= REPLANNED_MEMBERS) break;
    if (m.plans.length > 1 || m.plans[0]!.createdOn > shiftIsoDate(today, -70)) continue;
    replan(m, iom.weekdayBetween(shiftIsoDate(m.plans[0]!.createdOn, 56), shiftIsoDate(today, -14)), "Re-plan after review");
    replanned++;
  }
  // A few were re-planned twice.
  for (const m of open.filter((m) => m.plans.length === 2 && m.plans[1]!.createdOn <= shiftIsoDate(today, -80)).slice(0, 4)) {
    replan(m, iom.weekdayBetween(shiftIsoDate(m.plans[1]!.createdOn, 56), shiftIsoDate(today, -14)), "Re-plan after review");
  }
  // And some of those who have left had been re-planned before they went.
  for (const m of iom.memberships.filter((m) => m.endedOn !== null && daysBetween(m.plans[0]!.createdOn, m.endedOn) >= 100).slice(0, 3)) {
    replan(m, iom.weekdayBetween(shiftIsoDate(m.plans[0]!.createdOn, 56), shiftIsoDate(m.endedOn!, -21)), "Re-plan after review");
  }

  for (const m of iom.memberships) {
    m.plans.forEach((plan, i) => {
      const next = m.plans[i + 1];
      if (next) {
        plan.status = "SUPERSEDED";
        plan.endOn = next.createdOn;
        plan.endedAt = next.createdAt;
      } else if (m.endedOn !== null) {
        plan.status = "CLOSED";
        plan.endOn = m.endedOn;
        plan.endedAt = m.endedAt;
      }
    });
  }
}

/** A plan's reviews near each due date, each setting the next from its outcome, while the plan was in force. */
export function buildReviews(iom: IomDraft, m: MembershipDraft, plan: PlanDraft): void {
  const rng = iom.rng;
  const lastDay = plan.endOn ? shiftIsoDate(plan.endOn, -1) : iom.yesterday;
  // The first review four to six weeks in, as IOM panels usually set it.
  let due = shiftIsoDate(plan.createdOn, rng.int(28, 42));
  plan.initialReviewDue = due;
  let previous: ReviewDraft | null = null;
  while (due <= lastDay) {
    const lo = maxDate(shiftIsoDate(due, -7), previous ? shiftIsoDate(previous.reviewedOn, 1) : plan.createdOn);
    const hi = minDate(shiftIsoDate(due, 7), lastDay);
    if (lo > hi) break;
    const reviewedOn = iom.weekdayBetween(lo, hi);
    const count = plan.reviews.length;
    const outcome =
      count < 2
        ? rng.weighted<ReviewOutcome>([["ON_TRACK", 52], ["PARTIAL_PROGRESS", 32], ["NOT_ENGAGING", 9], ["RISK_INCREASED", 7]])
        : rng.weighted<ReviewOutcome>([["ON_TRACK", 60], ["PARTIAL_PROGRESS", 40]]);
    // Concerns bring the next review forward; a settled plan is looked at less often, never beyond six months.
    const days = outcome === "NOT_ENGAGING" || outcome === "RISK_INCREASED" ? rng.int(21, 42) : count < 2 ? rng.int(75, 120) : rng.int(150, 182);
    const nextReviewOn = minDate(shiftIsoDate(reviewedOn, days), shiftIsoDateMonths(reviewedOn, 6));
    const reviewer = officerOn(m, reviewedOn);
    const review: ReviewDraft = {
      id: rng.uuid(),
      reviewedOn,
      addressedDue: due,
      outcome,
      notes: rng.chance(0.85) ? rng.pick(REVIEW_NOTES[outcome]) : null,
      nextReviewOn,
      reviewer,
      recordedAt: iom.timeAfter(reviewedOn, plan.createdAt),
    };
    plan.reviews.push(review);
    previous = review;
    due = nextReviewOn;
  }
  plan.reviewDueOn = due;
  // Risk had come down enough for the panel to be asked to deselect.
  const last = plan.reviews.at(-1);
  if (plan.status === "CLOSED" && m.reason === "REDUCED_RISK" && last) {
    last.outcome = "DESELECTION_RECOMMENDED";
    last.notes = rng.pick(REVIEW_NOTES.DESELECTION_RECOMMENDED);
  }
}

/** Some live plans missed their latest review: drop it, so the plan is due on the date it answered. */
export function makeReviewsOverdue(iom: IomDraft): void {
  const candidates = iom.rng.shuffle(
    iom.memberships
      .filter((m) => m.endedOn === null)
      .filter((m) => {
        const last = m.plans.at(-1)!.reviews.at(-1);
        return last !== undefined && last.addressedDue <= shiftIsoDate(iom.today, -4);
      }),
  );
  const chosen = withOfficerFirst(candidates, "om-1").slice(0, OVERDUE_REVIEW_MEMBERS);
  if (chosen.length < OVERDUE_REVIEW_MEMBERS) throw new Error("IOM seed: too few live plans old enough to be overdue for review");
  for (const m of chosen) {
    const plan = m.plans.at(-1)!;
    plan.reviewDueOn = plan.reviews.pop()!.addressedDue;
  }
}

/** Chooses the members whose live plan will have an action past its due date; the actions are drafted to fit. */
export function chooseOverdueActions(iom: IomDraft): void {
  const candidates = iom.rng.shuffle(iom.memberships.filter((m) => m.endedOn === null && m.plans.at(-1)!.createdOn <= shiftIsoDate(iom.today, -21)));
  const chosen = withOfficerFirst(candidates, "om-1").slice(0, OVERDUE_ACTION_MEMBERS);
  if (chosen.length < OVERDUE_ACTION_MEMBERS) throw new Error("IOM seed: too few live plans old enough to have overdue actions");
  for (const m of chosen) m.overdueAction = true;
}

/** Puts one of `subject`'s current members first, so the README's caseload example has something to show. */
function withOfficerFirst(members: MembershipDraft[], subject: string): MembershipDraft[] {
  const index = members.findIndex((m) => m.assignments.at(-1)!.staff.subject === subject);
  return index < 0 ? members : [members[index]!, ...members.slice(0, index), ...members.slice(index + 1)];
}
