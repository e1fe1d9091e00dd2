import type { RequestContext } from "../context.js";
import type { Executor } from "../db/client.js";

/** A referral reached a status a victim's support workers must hear about (or any status: the sink decides). */
export interface ReferralStatusEvent {
  referralId: string;
  perpetratorId: string;
  programmeId: string;
  status: string;
  /** The referral's version after the change: with the id, it names the event. */
  version: number;
  at: Date;
}

/** A register row that was written (not one kept unchanged, not a replay). */
export interface AttendanceEvent {
  recordId: string;
  referralId: string;
  perpetratorId: string;
  programmeId: string;
  sessionId: string;
  sessionNumber: number;
  outcome: string;
  at: Date;
}

/**
 * What programme work tells victim safety, inside the transaction that makes the change, so an
 * alert exists exactly when the event does. Implemented by the victim-safety feature.
 */
export interface SafetyEventSink {
  referralStatusChanged(tx: Executor, ctx: RequestContext, event: ReferralStatusEvent): Promise<void>;
  attendanceRecorded(tx: Executor, ctx: RequestContext, events: AttendanceEvent[]): Promise<void>;
}
