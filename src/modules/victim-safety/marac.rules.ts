import type { RuleRefusal } from "../../shared/user-errors.js";
import { shiftIsoDateMonths } from "../../shared/dates.js";
import type { DashLevel, MaracGround } from "./victim-safety.model.js";
import { MAX_REASON_LENGTH } from "./dash.rules.js";
import { checkLength, checkNotInFuture, refusalsAmong } from "../../shared/field-checks.js";

/** A referral within this many months of the last one for the same pair is a repeat (SafeLives). */
export const REPEAT_WINDOW_MONTHS = 12;

export interface EscalationPolicy {
  /** Incidents that make escalation: commonly 3. */
  threshold: number;
  /** Over how many months before the referral they are counted: commonly 12. */
  windowMonths: number;
}
export const DEFAULT_ESCALATION: EscalationPolicy = { threshold: 3, windowMonths: 12 };

export interface Escalation {
  incidentsInWindow: number;
  threshold: number;
  windowMonths: number;
  met: boolean;
}

/** Incidents on or before `on` and after the same day `windowMonths` earlier. */
export function escalation(incidentDates: readonly string[], on: string, policy: EscalationPolicy): Escalation {
  const from = shiftIsoDateMonths(on, -policy.windowMonths);
  const incidentsInWindow = incidentDates.filter((d) => d > from && d <= on).length;
  return { incidentsInWindow, threshold: policy.threshold, windowMonths: policy.windowMonths, met: incidentsInWindow >= policy.threshold };
}

/** The last earlier referral for the pair if it was within 12 months: the new one is then a repeat. */
export function repeatOf<T extends { referredOn: string }>(previous: readonly T[], referredOn: string): T | null {
  const from = shiftIsoDateMonths(referredOn, -REPEAT_WINDOW_MONTHS);
  let last: T | null = null;
  for (const p of previous) {
    if (p.referredOn <= referredOn && p.referredOn >= from && (!last || p.referredOn > last.referredOn)) last = p;
  }
  return last;
}

export interface MaracReferralCheck {
  grounds: readonly MaracGround[];
  judgementReason: string | null;
  referredOn: string;
  hearingOn: string | null;
  today: string;
  /** The level the latest DASH score gives by itself (not judgement): visible high risk is 14 or more "yes". */
  latestScoreLevel: DashLevel | null;
  escalation: Escalation;
  isRepeat: boolean;
}

/**
 * Checks the grounds a referrer claims against what is recorded, and adds REPEAT when it applies.
 * A repeat is a ground by itself; otherwise at least one ground must be claimed and borne out.
 */
export function checkMaracReferral(input: MaracReferralCheck): { ok: true; grounds: MaracGround[] } | { ok: false; refusals: RuleRefusal[] } {
  const refusals: RuleRefusal[] = [];
  const claimed = new Set(input.grounds);
  refusals.push(...refusalsAmong(checkNotInFuture("referredOn", input.referredOn, input.today)));
  if (input.hearingOn !== null && input.hearingOn < input.referredOn) {
    refusals.push({ field: "hearingOn", code: "INVALID", message: "The hearing cannot be before the referral" });
  }
  if (claimed.size === 0 && !input.isRepeat) refusals.push({ field: "grounds", code: "INVALID", message: "A MARAC referral needs at least one ground" });
  if (claimed.has("VISIBLE_HIGH_RISK") && input.latestScoreLevel !== "HIGH") {
    refusals.push({ field: "grounds", code: "INELIGIBLE", message: "Visible high risk needs a latest DASH score of 14 or more \"yes\" answers" });
  }
  if (claimed.has("ESCALATION") && !input.escalation.met) {
    refusals.push({
      field: "grounds",
      code: "INELIGIBLE",
      message: `Escalation needs ${input.escalation.threshold} incidents in ${input.escalation.windowMonths} months; ${input.escalation.incidentsInWindow} are recorded`,
    });
  }
  if (claimed.has("REPEAT") && !input.isRepeat) {
    refusals.push({ field: "grounds", code: "INELIGIBLE", message: `A repeat needs an earlier MARAC referral for the same people within ${REPEAT_WINDOW_MONTHS} months` });
  }
  const reason = input.judgementReason?.trim() || null;
  if (claimed.has("PROFESSIONAL_JUDGEMENT") && reason === null) {
    refusals.push({ field: "judgementReason", code: "REASON_REQUIRED", message: "A referral on professional judgement needs the reason recorded" });
  }
  refusals.push(...refusalsAmong(checkLength("judgementReason", reason, MAX_REASON_LENGTH)));
  if (refusals.length) return { ok: false, refusals };
  if (input.isRepeat) claimed.add("REPEAT");
  return { ok: true, grounds: [...claimed] };
}
