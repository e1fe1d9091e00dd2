import { MAX_RESCHEDULE_REASON } from "./reschedule.rules.js";

export const SESSION_STATUSES = ["SCHEDULED", "CANCELLED", "DELIVERED"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A session is DELIVERED once a register is recorded for it, CANCELLED once cancelled (it then takes no register), else SCHEDULED. */
export function sessionStatus(session: { cancelledAt: Date | null }, registerRecorded: boolean): SessionStatus {
  if (session.cancelledAt) return "CANCELLED";
  return registerRecorded ? "DELIVERED" : "SCHEDULED";
}

export interface CancelRefusal {
  code: "SESSION_CANCELLED" | "SESSION_DELIVERED" | "REASON_REQUIRED" | "INVALID";
  field: string;
  message: string;
}

/**
 * Why a session may not be cancelled, or the empty list when it may. A session with a register took
 * place (it is delivered and counts); one already cancelled stays as it was cancelled, with its reason.
 */
export function checkCancel(
  session: { sessionNumber: number; cancelledAt: Date | null },
  registerRecorded: boolean,
  reason: string | null | undefined,
): CancelRefusal[] {
  const refusals: CancelRefusal[] = [];
  if (session.cancelledAt) {
    refusals.push({ code: "SESSION_CANCELLED", field: "sessionId", message: `Session ${session.sessionNumber} is already cancelled` });
  } else if (registerRecorded) {
    refusals.push({
      code: "SESSION_DELIVERED",
      field: "sessionId",
      message: `Session ${session.sessionNumber} already has a register recorded; a session that took place cannot be cancelled`,
    });
  }
  const length = reason?.trim().length ?? 0;
  if (length === 0) refusals.push({ code: "REASON_REQUIRED", field: "reason", message: "Cancelling a session needs a reason" });
  else if (length > MAX_RESCHEDULE_REASON) refusals.push({ code: "INVALID", field: "reason", message: `reason must be 1 to ${MAX_RESCHEDULE_REASON} characters` });
  return refusals;
}
