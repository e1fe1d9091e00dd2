import { daysBetween, shiftIsoDateMonths } from "../../shared/dates.js";
import type { PlanStatus } from "./iom.model.js";

export interface PlanRefusal {
  field: string;
  code: "INVALID" | "INVALID_TRANSITION" | "REASON_REQUIRED" | "PLAN_NOT_LIVE" | "STAFF_INACTIVE";
  message: string;
}

export const refusal = (field: string, code: PlanRefusal["code"], message: string): PlanRefusal => ({ field, code, message });

/** Plans are reviewed at least this often; a longer gap is refused. */
export const MAX_REVIEW_INTERVAL_MONTHS = 6;

/** Only a live plan of a member still in the cohort can fall overdue for review. */
export function isReviewOverdue(plan: { status: PlanStatus; reviewDueOn: string }, today: string): boolean {
  return plan.status === "LIVE" && plan.reviewDueOn < today;
}

/** Days past due, or 0 when not yet due. */
export function daysOverdue(dueOn: string, today: string): number {
  return Math.max(0, daysBetween(dueOn, today));
}

export function checkPlanIsLive(plan: { status: PlanStatus }): PlanRefusal | null {
  return plan.status === "LIVE" ? null : refusal("planId", "PLAN_NOT_LIVE", `This plan is ${plan.status}; change the member's live plan instead`);
}

/** The first or next review of a plan: after the day it is set, and no more than six months on. */
export function checkReviewDue(reviewDueOn: string, from: string, field = "reviewDueOn"): PlanRefusal | null {
  if (reviewDueOn <= from) return refusal(field, "INVALID", `${field} must be after ${from}`);
  const latest = shiftIsoDateMonths(from, MAX_REVIEW_INTERVAL_MONTHS);
  if (reviewDueOn > latest) return refusal(field, "INVALID", `Plans are reviewed at least every ${MAX_REVIEW_INTERVAL_MONTHS} months: ${field} must be on or before ${latest}`);
  return null;
}

/** A review took place on a real day: not in the future, not before the plan or its last review. */
export function checkReview(
  review: { reviewedOn: string; nextReviewOn: string },
  plan: { createdOn: string; lastReviewedOn: string | null },
  today: string,
): PlanRefusal[] {
  const failures: PlanRefusal[] = [];
  if (review.reviewedOn > today) failures.push(refusal("reviewedOn", "INVALID", "reviewedOn cannot be in the future"));
  if (review.reviewedOn < plan.createdOn) failures.push(refusal("reviewedOn", "INVALID", `reviewedOn cannot be before the plan was made (${plan.createdOn})`));
  else if (plan.lastReviewedOn && review.reviewedOn < plan.lastReviewedOn) {
    failures.push(refusal("reviewedOn", "INVALID", `reviewedOn cannot be before the last review (${plan.lastReviewedOn})`));
  }
  const next = checkReviewDue(review.nextReviewOn, review.reviewedOn, "nextReviewOn");
  if (next) failures.push(next);
  return failures;
}
