import { completionThreshold, type CompletionRules } from "../programmes/programme.rules.js";
import type { AttendanceOutcome } from "./attendance.model.js";

export { completionThreshold };

/** How many of a referral's session numbers ended with each outcome (one outcome per number: see countBySessionNumber). */
export interface AttendanceCounts {
  /** ATTENDED outcomes only; LATE is counted separately. */
  attended: number;
  late: number;
  absentAcceptable: number;
  absentUnacceptable: number;
  excluded: number;
  /** Session numbers cancelled in the referral's group and not otherwise recorded for them: never delivered to them. */
  cancelled?: number;
}

/** One current register row of a referral, by the number of its session (a catch-up has its missed session's number). */
export interface NumberedOutcome {
  sessionNumber: number;
  outcome: AttendanceOutcome;
  /** When the session was held: of two rows for one number, the later one says what stands. */
  heldAt: Date;
}

const ATTENDING: readonly AttendanceOutcome[] = ["ATTENDED", "LATE"];

/**
 * One outcome per session number, so a number counts once however many sessions of it the person had:
 * a catch-up attended for a missed session, or a session attended in two groups either side of a
 * transfer. Attending (ATTENDED or LATE) at any of them wins; otherwise the latest held says what
 * stands. A cancelled number counts only when the person has no row for it.
 */
export function countBySessionNumber(rows: readonly NumberedOutcome[], cancelledNumbers: readonly number[]): Required<AttendanceCounts> {
  const standing = new Map<number, NumberedOutcome>();
  for (const row of rows) {
    const held = standing.get(row.sessionNumber);
    const wins =
      !held ||
      (ATTENDING.includes(row.outcome) && !ATTENDING.includes(held.outcome)) ||
      (ATTENDING.includes(row.outcome) === ATTENDING.includes(held.outcome) && row.heldAt > held.heldAt);
    if (wins) standing.set(row.sessionNumber, row);
  }
  const counts = { attended: 0, late: 0, absentAcceptable: 0, absentUnacceptable: 0, excluded: 0, cancelled: 0 };
  for (const { outcome } of standing.values()) {
    if (outcome === "ATTENDED") counts.attended += 1;
    else if (outcome === "LATE") counts.late += 1;
    else if (outcome === "ABSENT_ACCEPTABLE") counts.absentAcceptable += 1;
    else if (outcome === "ABSENT_UNACCEPTABLE") counts.absentUnacceptable += 1;
    else counts.excluded += 1;
  }
  counts.cancelled = new Set(cancelledNumbers.filter((n) => !standing.has(n))).size;
  return counts;
}

/**
 * The sessions to attend to complete, counting delivered sessions only. Sessions the group can still
 * deliver = sessionsTotal - cancelled.
 * - PERCENTAGE: the percentage of the sessions that can be delivered, rounded up (BBR's 100% of 29 with
 *   one cancelled: 28). A cancelled session leaves the denominator.
 * - SESSION_COUNT: the count stands (Leeds counts men who attended 13 of the 17 sessions, seed 001: the
 *   content of 13 sessions), capped at the sessions that can still be delivered, so it stays reachable.
 * Never below 1: a programme whose every session was cancelled has not been completed.
 */
export function deliveredCompletionThreshold(programme: CompletionRules, cancelled: number): number {
  const deliverable = Math.max(0, programme.sessionsTotal - cancelled);
  const threshold =
    programme.completionKind === "SESSION_COUNT"
      ? Math.min(programme.completionValue, deliverable)
      : Math.ceil((programme.completionValue * deliverable) / 100);
  return Math.max(1, threshold);
}

export interface AttendanceSummary {
  /** ATTENDED plus LATE: arriving late still counts as attending the session. */
  attended: number;
  late: number;
  absentAcceptable: number;
  absentUnacceptable: number;
  excluded: number;
  sessionsRecorded: number;
  sessionsCancelled: number;
  sessionsRemaining: number;
  /** attended / sessionsRecorded to 4 decimal places; null before any session is recorded. */
  attendanceRate: number | null;
  completionThreshold: number;
  completionThresholdMet: boolean;
  /** Attending every remaining session, and catching up every acceptable absence, would still reach the threshold. */
  completionStillPossible: boolean;
}

export function summariseAttendance(counts: AttendanceCounts, programme: CompletionRules): AttendanceSummary {
  const attended = counts.attended + counts.late;
  const cancelled = counts.cancelled ?? 0;
  const sessionsRecorded =
    counts.attended + counts.late + counts.absentAcceptable + counts.absentUnacceptable + counts.excluded;
  const sessionsRemaining = Math.max(0, programme.sessionsTotal - cancelled - sessionsRecorded);
  const threshold = deliveredCompletionThreshold(programme, cancelled);
  return {
    attended,
    late: counts.late,
    absentAcceptable: counts.absentAcceptable,
    absentUnacceptable: counts.absentUnacceptable,
    excluded: counts.excluded,
    sessionsRecorded,
    sessionsCancelled: cancelled,
    sessionsRemaining,
    attendanceRate: sessionsRecorded === 0 ? null : roundTo4Places(attended / sessionsRecorded),
    completionThreshold: threshold,
    completionThresholdMet: attended >= threshold,
    // An acceptable absence can still be caught up (catch-up.rules.ts), so it is not yet lost.
    completionStillPossible: attended + sessionsRemaining + counts.absentAcceptable >= threshold,
  };
}

function roundTo4Places(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
