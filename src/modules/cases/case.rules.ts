import { SUBJECT } from "../../shared/auth/subjects.js";
import type { RuleRefusal } from "../../shared/user-errors.js";
import { checkLength, checkNotInFuture, checkNotBefore, refusalsAmong } from "../../shared/field-checks.js";

export const MAX_ORGANISATION = 200;
export const MAX_PRACTITIONER_NAME = 200;
export const MAX_REASON = 500;
/** What a reallocation writes as the ended allocation's reason (with the admin's reason after it, if given). */
export const REALLOCATED = "Reallocated";

interface Period {
  startedOn: string;
  endedOn: string | null;
}

/** Whether an allocation holds the case on `today`; the end date is the first day off the case. */
export function isCurrentOn(allocation: Period, today: string): boolean {
  return allocation.startedOn <= today && (allocation.endedOn === null || allocation.endedOn > today);
}

export interface NewAllocation {
  practitionerSub: string;
  practitionerName: string | null;
  organisation: string;
  startedOn: string;
  reason: string | null;
}

/** The new allocation's own fields, trimmed by the caller: checked before any row is locked. */
export function checkNewAllocation(allocation: NewAllocation, today: string): RuleRefusal[] {
  const refusals: RuleRefusal[] = [];
  if (!SUBJECT.test(allocation.practitionerSub)) {
    refusals.push({ field: "practitionerSub", code: "INVALID", message: "practitionerSub must be 1-200 characters of letters, digits or . @ : | - _" });
  }
  refusals.push(
    ...refusalsAmong(
      checkLength("practitionerName", allocation.practitionerName, MAX_PRACTITIONER_NAME),
      checkLength("organisation", allocation.organisation, MAX_ORGANISATION, { required: true }),
      checkNotInFuture("startedOn", allocation.startedOn, today),
      checkLength("reason", allocation.reason, MAX_REASON),
    ),
  );
  return refusals;
}

interface HeldAllocation extends Period {
  practitionerSub: string;
  organisation: string;
}

/**
 * The new allocation against the person's allocations so far (read under lock): it starts no earlier
 * than the open one (which it ends that day) nor before an ended one had ended, so the case has one
 * holder at a time; and it changes something.
 */
export function checkReallocation(allocation: NewAllocation, history: readonly HeldAllocation[]): RuleRefusal[] {
  const open = history.find((row) => row.endedOn === null) ?? null;
  if (open && open.practitionerSub === allocation.practitionerSub && open.organisation === allocation.organisation) {
    return [{ field: "practitionerSub", code: "DUPLICATE", message: `The case is already allocated to ${open.practitionerSub} at ${open.organisation}` }];
  }
  if (open && allocation.startedOn < open.startedOn) {
    return [{ field: "startedOn", code: "INVALID", message: `startedOn cannot be before the current allocation's start, ${open.startedOn}` }];
  }
  const lastEnd = history.reduce<string | null>((latest, row) => (row.endedOn !== null && (latest === null || row.endedOn > latest) ? row.endedOn : latest), null);
  if (lastEnd !== null && allocation.startedOn < lastEnd) {
    return [{ field: "startedOn", code: "INVALID", message: `startedOn cannot be before the previous allocation ended, ${lastEnd}` }];
  }
  return [];
}

/** The end date and reason for ending an allocation; `reason` trimmed by the caller. */
export function checkEnd(allocation: Period, end: { endedOn: string; reason: string }, today: string): RuleRefusal[] {
  if (allocation.endedOn !== null) {
    return [{ field: "allocationId", code: "CONFLICT", message: `The allocation already ended on ${allocation.endedOn}` }];
  }
  const refusals = refusalsAmong(
    checkNotInFuture("endedOn", end.endedOn, today) ?? checkNotBefore("endedOn", end.endedOn, allocation.startedOn, `the allocation started, ${allocation.startedOn}`),
  );
  if (end.reason.length === 0) refusals.push({ field: "reason", code: "REASON_REQUIRED", message: "Ending an allocation needs a reason" });
  else refusals.push(...refusalsAmong(checkLength("reason", end.reason, MAX_REASON)));
  return refusals;
}

/** The ended allocation's reason when a new one replaces it. */
export function reallocationReason(reason: string | null): string {
  return reason ? `${REALLOCATED}: ${reason}` : REALLOCATED;
}

/** The person's allocations newest first: latest start, and of two on one day the later recorded. */
export function newestFirst(a: Period & { createdAt: Date; id: string }, b: Period & { createdAt: Date; id: string }): number {
  if (a.startedOn !== b.startedOn) return a.startedOn < b.startedOn ? 1 : -1;
  if (a.createdAt.getTime() !== b.createdAt.getTime()) return b.createdAt.getTime() - a.createdAt.getTime();
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
