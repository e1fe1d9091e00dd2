import type { RuleRefusal } from "../../shared/user-errors.js";
import type { ProgrammeRules } from "../programmes/index.js";
import type { AttendanceOutcome } from "./attendance.model.js";

export const MIN_CATCH_UP_MINUTES = 15;
export const MAX_CATCH_UP_MINUTES = 480;

const ATTENDING: readonly AttendanceOutcome[] = ["ATTENDED", "LATE"];

/** A catch-up already arranged for the same participant and missed session. */
export interface ExistingCatchUp {
  cancelled: boolean;
  /** The participant's current outcome at it, if its register is recorded. */
  outcome: AttendanceOutcome | null;
}

export interface CatchUpRequest {
  /** The participant's current outcome at the missed session; null when they have no row there. */
  missedOutcome: AttendanceOutcome | null;
  /** The "missed" session is itself a catch-up (those are not caught up in turn). */
  missedIsCatchUp: boolean;
  existing: readonly ExistingCatchUp[];
  scheduledStart: Date;
  durationMinutes: number;
}

/**
 * Why a catch-up may not be arranged, or the empty list when it may. Only a session missed with an
 * acceptable reason is caught up (an unacceptable absence is a matter for enforcement). One catch-up
 * stands at a time: another is refused while one is still going ahead or was attended; one that was
 * cancelled, or missed in turn, leaves room for another. It starts in the future.
 */
export function checkCatchUp(request: CatchUpRequest, now: Date): RuleRefusal[] {
  const refusals: RuleRefusal[] = [];
  if (request.missedIsCatchUp) {
    refusals.push({ field: "missedSessionId", code: "INVALID", message: "That is a catch-up session; arrange a catch-up for the group session it catches up" });
  } else if (request.missedOutcome !== "ABSENT_ACCEPTABLE") {
    refusals.push({
      field: "missedSessionId",
      code: "NO_ACCEPTABLE_ABSENCE",
      // The outcome itself is not named: the session may be in a group the caller no longer runs for them.
      message: "The participant was not recorded absent with an acceptable reason from that session: only such a session is caught up",
    });
  }
  const standing = request.existing.find((c) => !c.cancelled && (c.outcome === null || ATTENDING.includes(c.outcome)));
  if (standing) {
    refusals.push({
      field: "missedSessionId",
      code: "DUPLICATE",
      message: standing.outcome ? "The participant has already attended a catch-up for that session" : "A catch-up for that session is already arranged for the participant",
    });
  }
  if (Number.isNaN(request.scheduledStart.getTime())) refusals.push({ field: "scheduledStart", code: "INVALID", message: "scheduledStart is not a valid date-time" });
  else if (request.scheduledStart <= now) refusals.push({ field: "scheduledStart", code: "INVALID", message: "scheduledStart must be in the future" });
  const minutes = request.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < MIN_CATCH_UP_MINUTES || minutes > MAX_CATCH_UP_MINUTES) {
    refusals.push({ field: "durationMinutes", code: "INVALID", message: `durationMinutes must be ${MIN_CATCH_UP_MINUTES} to ${MAX_CATCH_UP_MINUTES}` });
  }
  return refusals;
}

/** The module (0-based) a session number belongs to: the last module starting at or before it. */
export function moduleOf(moduleStartSessions: readonly number[], sessionNumber: number): number {
  let module = 0;
  moduleStartSessions.forEach((start, index) => {
    if (start <= sessionNumber) module = index;
  });
  return module;
}

/** One of a participant's current register rows, by session number (a catch-up has its missed session's). */
export interface NumberedRow {
  sessionNumber: number;
  outcome: AttendanceOutcome;
}

/**
 * BBR ("all sessions; missed sessions are caught up"): the session numbers a participant missed with an
 * acceptable reason and has not yet attended (at a catch-up or otherwise) that lie in a module before the
 * one `sessionNumber` belongs to. While any remain, they may not be recorded attending `sessionNumber`.
 * Empty for programmes without the rule. An unacceptable absence is not caught up, so it does not block.
 */
export function catchUpsOutstandingBefore(
  programme: Pick<ProgrammeRules, "moduleStartSessions" | "catchUpBeforeNextModule">,
  sessionNumber: number,
  rows: readonly NumberedRow[],
): number[] {
  if (!programme.catchUpBeforeNextModule) return [];
  const attended = new Set(rows.filter((row) => ATTENDING.includes(row.outcome)).map((row) => row.sessionNumber));
  const module = moduleOf(programme.moduleStartSessions, sessionNumber);
  const missed = rows
    .filter((row) => row.outcome === "ABSENT_ACCEPTABLE" && !attended.has(row.sessionNumber))
    .map((row) => row.sessionNumber)
    .filter((n) => moduleOf(programme.moduleStartSessions, n) < module);
  return [...new Set(missed)].sort((a, b) => a - b);
}
