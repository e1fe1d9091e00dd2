import type { ScheduledSession } from "./group.rules.js";

export const MAX_RESCHEDULE_REASON = 500;
export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 480;

export interface RescheduleRefusal {
  code: "INVALID" | "REASON_REQUIRED";
  field: string;
  message: string;
}

export interface RescheduleRequest {
  /** The session being moved, as it stands. */
  session: ScheduledSession;
  scheduledStart: Date;
  durationMinutes: number;
  reason: string | null;
  /** A register (current or superseded rows) has been recorded for the session. */
  registerRecorded: boolean;
}

/**
 * Why a session may not move to `request.scheduledStart`, or the empty list when it may. A session
 * with a register happened and stays when it was; a new start must be in the future and keep the
 * group's sessions in number order: after the nearest earlier-numbered session and before the nearest
 * later-numbered one (session n after n-1 and before n+1, or the nearest scheduled either side).
 */
export function checkReschedule(request: RescheduleRequest, groupSessions: readonly ScheduledSession[], now: Date): RescheduleRefusal[] {
  const refusals: RescheduleRefusal[] = [];
  const { session, scheduledStart } = request;
  if (request.registerRecorded) {
    refusals.push({
      code: "INVALID",
      field: "sessionId",
      message: `Session ${session.sessionNumber} already has a register recorded; a session that took place cannot be moved`,
    });
  }
  if (Number.isNaN(scheduledStart.getTime())) {
    refusals.push({ code: "INVALID", field: "scheduledStart", message: "scheduledStart is not a valid date-time" });
  } else if (scheduledStart <= now) {
    refusals.push({ code: "INVALID", field: "scheduledStart", message: "scheduledStart must be in the future" });
  } else {
    const { before, after } = neighboursOf(session.sessionNumber, groupSessions);
    if (before && scheduledStart <= before.scheduledStart) {
      refusals.push({
        code: "INVALID",
        field: "scheduledStart",
        message: `Session ${session.sessionNumber} must start after session ${before.sessionNumber} (${before.scheduledStart.toISOString()})`,
      });
    }
    if (after && scheduledStart >= after.scheduledStart) {
      refusals.push({
        code: "INVALID",
        field: "scheduledStart",
        message: `Session ${session.sessionNumber} must start before session ${after.sessionNumber} (${after.scheduledStart.toISOString()})`,
      });
    }
  }
  const duration = request.durationMinutes;
  if (!Number.isInteger(duration) || duration < MIN_DURATION_MINUTES || duration > MAX_DURATION_MINUTES) {
    refusals.push({ code: "INVALID", field: "durationMinutes", message: `durationMinutes must be ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES}` });
  }
  const reasonLength = request.reason?.trim().length ?? 0;
  if (reasonLength === 0) refusals.push({ code: "REASON_REQUIRED", field: "reason", message: "Moving a session needs a reason" });
  else if (reasonLength > MAX_RESCHEDULE_REASON) {
    refusals.push({ code: "INVALID", field: "reason", message: `reason must be 1 to ${MAX_RESCHEDULE_REASON} characters` });
  }
  return refusals;
}

/** The nearest scheduled sessions numbered below and above `sessionNumber`. */
function neighboursOf(sessionNumber: number, sessions: readonly ScheduledSession[]): { before: ScheduledSession | null; after: ScheduledSession | null } {
  let before: ScheduledSession | null = null;
  let after: ScheduledSession | null = null;
  for (const other of sessions) {
    if (other.sessionNumber < sessionNumber && (!before || other.sessionNumber > before.sessionNumber)) before = other;
    if (other.sessionNumber > sessionNumber && (!after || other.sessionNumber < after.sessionNumber)) after = other;
  }
  return { before, after };
}
