import { Role } from "../../shared/auth/roles.js";
import { TERMINAL_STATUSES, type ReferralStatus, type UnsuitabilityReason, type WithdrawalReason } from "./referral.model.js";

/**
 * Where a referral may go next from each status. Terminal statuses lead nowhere (the referral is
 * closed), with one exception: a court that hears a breach may order the order to continue, and the
 * breached referral is re-opened ON_PROGRAMME (see isReopening).
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  REFERRED: ["AWAITING_ASSESSMENT", "WITHDRAWN"],
  AWAITING_ASSESSMENT: [
    "ASSESSED_SUITABLE",
    "ASSESSED_UNSUITABLE",
    "DID_NOT_ATTEND_ASSESSMENT",
    "DEFERRED",
    "WITHDRAWN",
  ],
  // Back to AWAITING_ASSESSMENT when the assessment is re-booked.
  DID_NOT_ATTEND_ASSESSMENT: ["AWAITING_ASSESSMENT", "DROPPED_OUT", "WITHDRAWN"],
  DEFERRED: ["AWAITING_ASSESSMENT", "WITHDRAWN"],
  ASSESSED_SUITABLE: ["AWAITING_ALLOCATION", "SUITABLE_NOT_READY", "WITHDRAWN"],
  SUITABLE_NOT_READY: ["AWAITING_ALLOCATION", "WITHDRAWN"],
  AWAITING_ALLOCATION: ["ALLOCATED", "SUITABLE_NOT_READY", "WITHDRAWN"],
  // Back to AWAITING_ALLOCATION when taken out of the group before it starts for them.
  ALLOCATED: ["ON_PROGRAMME", "AWAITING_ALLOCATION", "DROPPED_OUT", "BREACHED", "WITHDRAWN"],
  ON_PROGRAMME: ["COMPLETED", "DROPPED_OUT", "BREACHED", "WITHDRAWN"],
  ASSESSED_UNSUITABLE: [],
  COMPLETED: [],
  // Only on a court's order to continue, by probation or an admin, with a note saying so: back on the
  // programme in its group, or waiting for a place in another when that group has closed.
  BREACHED: ["ON_PROGRAMME", "AWAITING_ALLOCATION"],
  DROPPED_OUT: [],
  WITHDRAWN: [],
};

export interface TransitionContext {
  /** The referral has a legal basis (court order, licence, family court). */
  mandated: boolean;
  completionThresholdMet: boolean;
  withdrawalReason: WithdrawalReason | null;
  note: string | null;
  /** The move is made by allocating the referral to a group, which also records the group place. */
  viaAllocation: boolean;
}

export interface TransitionRefusal {
  code: "INVALID_TRANSITION" | "REASON_REQUIRED" | "COMPLETION_NOT_MET";
  field: string;
  message: string;
}

export function isTerminal(status: ReferralStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function isAllowedTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/**
 * A move out of a closed status: today only BREACHED → ON_PROGRAMME or AWAITING_ALLOCATION, when the
 * court orders the order to continue. The referral is open again (no closedAt, counts as the person's open referral).
 */
export function isReopening(from: ReferralStatus, to: ReferralStatus): boolean {
  return isTerminal(from) && isAllowedTransition(from, to);
}

/**
 * Who may re-open: the court's order comes back to the case holder (probation), or an admin acting
 * for them. Not a facilitator (who could otherwise undo a breach in their own group) and not police.
 */
export const REOPENING_ROLES: readonly Role[] = [Role.PROBATION, Role.ADMIN];

export function mayReopen(roles: readonly Role[]): boolean {
  return roles.some((role) => REOPENING_ROLES.includes(role));
}

/** Why the referral may not move from `from` to `to`, or null when it may. */
export function checkTransition(
  from: ReferralStatus,
  to: ReferralStatus,
  ctx: TransitionContext,
): TransitionRefusal | null {
  if (isTerminal(from) && !isReopening(from, to)) {
    return invalid(`Cannot move a referral from ${from} to ${to}: the referral is closed`);
  }
  if (!isAllowedTransition(from, to)) {
    return invalid(`Cannot move a referral from ${from} to ${to}`);
  }

  switch (to) {
    case "ALLOCATED":
      // A status change alone would leave the referral "allocated" to no group.
      return ctx.viaAllocation ? null : invalid("Use allocateToGroup to allocate a referral to a group");
    case "BREACHED":
      return ctx.mandated
        ? null
        : invalid("Only mandated referrals are breached; a voluntary referral that stops attending has DROPPED_OUT");
    case "DROPPED_OUT":
      return ctx.mandated
        ? invalid("A mandated referral cannot drop out: its non-attendance is enforced by warning and breach")
        : null;
    case "WITHDRAWN":
      return checkWithdrawal(ctx);
    case "COMPLETED":
      return ctx.completionThresholdMet
        ? null
        : refusal(
            "COMPLETION_NOT_MET",
            "toStatus",
            "Cannot mark the referral COMPLETED: the programme's completion threshold has not been met",
          );
    case "ON_PROGRAMME":
      return from === "BREACHED" && isBlank(ctx.note)
        ? refusal("REASON_REQUIRED", "note", "Re-opening a breached referral needs a note giving the court's order to continue")
        : null;
    case "AWAITING_ALLOCATION":
      return from === "ALLOCATED" && isBlank(ctx.note)
        ? refusal("REASON_REQUIRED", "note", "Taking a referral out of its group needs a note saying why")
        : null;
    default:
      return null;
  }
}

/** An unsuitability reason goes only with the move to ASSESSED_UNSUITABLE (where it is optional). */
export function checkUnsuitabilityReason(to: ReferralStatus, reason: UnsuitabilityReason | null): TransitionRefusal | null {
  if (reason === null || to === "ASSESSED_UNSUITABLE") return null;
  return refusal("INVALID_TRANSITION", "unsuitabilityReason", "An unsuitability reason is given only when moving to ASSESSED_UNSUITABLE");
}

function checkWithdrawal(ctx: TransitionContext): TransitionRefusal | null {
  if (ctx.withdrawalReason === null) {
    return refusal("REASON_REQUIRED", "withdrawalReason", "Withdrawing a referral needs a withdrawal reason");
  }
  if (ctx.withdrawalReason === "OTHER" && isBlank(ctx.note)) {
    return refusal("REASON_REQUIRED", "note", "Withdrawing a referral for reason OTHER needs a note saying why");
  }
  return null;
}

const isBlank = (note: string | null): boolean => note === null || note.trim() === "";

const refusal = (code: TransitionRefusal["code"], field: string, message: string): TransitionRefusal => ({
  code,
  field,
  message,
});

const invalid = (message: string): TransitionRefusal => refusal("INVALID_TRANSITION", "toStatus", message);
