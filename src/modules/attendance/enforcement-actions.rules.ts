import { isoDate } from "../../shared/clock.js";
import { checkLength, checkNotBefore, checkNotInFuture, refusalsAmong } from "../../shared/field-checks.js";
import type { RuleRefusal } from "../../shared/user-errors.js";
import { ENFORCEABLE_OUTCOMES, type EnforcementActionKind } from "./enforcement-action.model.js";
import type { EnforcementAssessment, UnacceptableFailure } from "./enforcement.rules.js";

/**
 * Recording what was done to enforce a mandated referral, and comparing it with what the register says
 * is required (enforcement.rules.ts).
 */

export const MAX_NOTE = 2000;
/** Actions per referral: a letter per absence and one breach fit well inside it; it bounds the list. */
export const MAX_ACTIONS_PER_REFERRAL = 50;
/**
 * Breach proceedings start while the person is on the group: ALLOCATED as well as ON_PROGRAMME, because
 * attending a first session is what makes a referral ON_PROGRAMME, so someone who has missed every session
 * so far is still ALLOCATED and is exactly the case that goes back to court.
 */
export const BREACH_STATUSES: readonly string[] = ["ALLOCATED", "ON_PROGRAMME"];

export interface ActionRequest {
  kind: EnforcementActionKind;
  /** YYYY-MM-DD. */
  takenOn: string;
  sessionId: string | null;
  note: string | null;
}

/** The named session as the register has it for this person; absent when no session was named. */
export interface NamedSession {
  /** The session belongs to the group the referral is allocated to now. */
  inReferralsGroup: boolean;
  /** YYYY-MM-DD (England) of the session's start. */
  heldOn: string;
  /** The person's current register outcome for it, or null when none is recorded. */
  currentOutcome: string | null;
}

export interface ActionFacts {
  today: string;
  referral: { mandated: boolean; status: string; referredOn: string };
  /** The referral's actions already recorded. */
  existing: readonly { kind: string; sessionId: string | null }[];
  session?: NamedSession;
}

/** Why the action cannot be recorded (empty when it can). Refusal fields are dotted paths under `input`. */
export function checkEnforcementAction(request: ActionRequest, facts: ActionFacts): RuleRefusal[] {
  if (!facts.referral.mandated) {
    return [{ field: "referralId", code: "INVALID", message: "Voluntary referrals have no enforcement: non-attendance ends in DROPPED_OUT" }];
  }
  const refusals = refusalsAmong(
    checkNotInFuture("takenOn", request.takenOn, facts.today),
    checkNotBefore("takenOn", request.takenOn, facts.referral.referredOn, "the referral was made"),
    checkLength("note", request.note, MAX_NOTE),
  );
  if (facts.existing.length >= MAX_ACTIONS_PER_REFERRAL) {
    refusals.push({ field: "referralId", code: "INVALID", message: `A referral has at most ${MAX_ACTIONS_PER_REFERRAL} enforcement actions` });
  }
  if (request.kind === "BREACH_PROCEEDINGS_STARTED") {
    if (!BREACH_STATUSES.includes(facts.referral.status)) {
      refusals.push({ field: "kind", code: "INVALID", message: `Breach proceedings start only for a referral ALLOCATED or ON_PROGRAMME (this one is ${facts.referral.status})` });
    }
    if (facts.existing.some((action) => action.kind === "BREACH_PROCEEDINGS_STARTED")) {
      refusals.push({ field: "kind", code: "DUPLICATE", message: "Breach proceedings have already been started for this referral" });
    }
  }
  if (facts.session) refusals.push(...checkNamedSession(request, facts.session, facts.existing));
  return refusals;
}

function checkNamedSession(request: ActionRequest, session: NamedSession, existing: ActionFacts["existing"]): RuleRefusal[] {
  if (!session.inReferralsGroup) {
    return [{ field: "sessionId", code: "NOT_IN_GROUP", message: "The session is not one of the referral's group" }];
  }
  const refusals: RuleRefusal[] = [];
  if (session.currentOutcome === null || !ENFORCEABLE_OUTCOMES.includes(session.currentOutcome)) {
    refusals.push({ field: "sessionId", code: "INVALID", message: "The register does not record an unacceptable absence or exclusion for this person at this session" });
  }
  const taken = checkNotBefore("takenOn", request.takenOn, session.heldOn, "the session was held");
  if (taken) refusals.push(taken);
  if (request.kind === "WARNING_LETTER_ISSUED" && existing.some((a) => a.kind === "WARNING_LETTER_ISSUED" && a.sessionId === request.sessionId)) {
    refusals.push({ field: "sessionId", code: "DUPLICATE", message: "A warning letter has already been recorded for this session" });
  }
  return refusals;
}

/** Something the register says is required that no recorded action answers yet. */
export interface OutstandingAction {
  kind: EnforcementActionKind;
  /** The failure it answers to. */
  sessionId: string;
  failureAt: Date;
}

export interface RecordedAction {
  kind: string;
  sessionId: string | null;
  takenOn: string;
}

/**
 * What is required but not recorded as done. A required warning is answered by a letter naming its
 * session, or else by a letter naming no session taken on or after the failure (each letter answers
 * one warning, the earliest it can). Required breach is answered by breach proceedings started.
 */
export function outstandingEnforcement(
  assessment: EnforcementAssessment,
  failures: readonly UnacceptableFailure[],
  actions: readonly RecordedAction[],
): OutstandingAction[] {
  const letters = actions.filter((action) => action.kind === "WARNING_LETTER_ISSUED");
  const named = new Set(letters.flatMap((letter) => (letter.sessionId ? [letter.sessionId] : [])));
  const unnamed = letters
    .filter((letter) => letter.sessionId === null)
    .map((letter) => letter.takenOn)
    .sort();
  const outstanding: OutstandingAction[] = [];
  for (const warning of assessment.warnings) {
    if (named.has(warning.sessionId)) continue;
    const failedOn = isoDate(warning.issuedAt);
    const answering = unnamed.findIndex((takenOn) => takenOn >= failedOn);
    if (answering >= 0) {
      unnamed.splice(answering, 1);
      continue;
    }
    outstanding.push({ kind: "WARNING_LETTER_ISSUED", sessionId: warning.sessionId, failureAt: warning.issuedAt });
  }
  const breachStarted = actions.some((action) => action.kind === "BREACH_PROCEEDINGS_STARTED");
  const trigger = assessment.breachTriggeredBySessionId;
  if (assessment.breachRequired && !breachStarted && trigger) {
    const failure = failures.find((f) => f.sessionId === trigger);
    outstanding.push({ kind: "BREACH_PROCEEDINGS_STARTED", sessionId: trigger, failureAt: failure?.occurredAt ?? new Date(0) });
  }
  return outstanding;
}
