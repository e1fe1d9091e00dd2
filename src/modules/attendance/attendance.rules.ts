import { completionThreshold, type CompletionRules } from "../programmes/programme.rules.js";

export { completionThreshold };

/** How many of a referral's recorded sessions ended with each outcome. */
export interface AttendanceCounts {
  /** ATTENDED outcomes only; LATE is counted separately. */
  attended: number;
  late: number;
  absentAcceptable: number;
  absentUnacceptable: number;
  excluded: number;
}

export interface AttendanceSummary {
  /** ATTENDED plus LATE: arriving late still counts as attending the session. */
  attended: number;
  late: number;
  absentAcceptable: number;
  absentUnacceptable: number;
  excluded: number;
  sessionsRecorded: number;
  sessionsRemaining: number;
  /** attended / sessionsRecorded to 4 decimal places; null before any session is recorded. */
  attendanceRate: number | null;
  completionThreshold: number;
  completionThresholdMet: boolean;
  /** Attending every remaining session would still reach the threshold. */
  completionStillPossible: boolean;
}

export function summariseAttendance(counts: AttendanceCounts, programme: CompletionRules): AttendanceSummary {
  const attended = counts.attended + counts.late;
  const sessionsRecorded =
    counts.attended + counts.late + counts.absentAcceptable + counts.absentUnacceptable + counts.excluded;
  const sessionsRemaining = Math.max(0, programme.sessionsTotal - sessionsRecorded);
  const threshold = completionThreshold(programme);
  return {
    attended,
    late: counts.late,
    absentAcceptable: counts.absentAcceptable,
    absentUnacceptable: counts.absentUnacceptable,
    excluded: counts.excluded,
    sessionsRecorded,
    sessionsRemaining,
    attendanceRate: sessionsRecorded === 0 ? null : roundTo4Places(attended / sessionsRecorded),
    completionThreshold: threshold,
    completionThresholdMet: attended >= threshold,
    completionStillPossible: attended + sessionsRemaining >= threshold,
  };
}

function roundTo4Places(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
