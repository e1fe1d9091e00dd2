import { toGlobalId } from "../../shared/global-id.js";
import type { DomainEvent } from "../../shared/domain-events.js";

/**
 * The events a referral's transition row raises: a status change whenever the status moved (a new
 * referral moves from none), and a completion when it reached COMPLETED. A transition row that keeps
 * the status (a sentence recorded, a transfer between groups) raises none.
 */
export function referralTransitionEvents(
  referral: { id: string; perpetratorId: string; programmeId: string; version: number },
  transition: { fromStatus?: string | null; toStatus: string; occurredAt?: Date | null; reason?: string | null },
  now: Date,
): DomainEvent[] {
  const from = transition.fromStatus ?? null;
  if (from === transition.toStatus) return [];
  const occurredAt = transition.occurredAt ?? now;
  const subject = { type: "Referral" as const, id: referral.id };
  const programmeId = toGlobalId("Programme", referral.programmeId);
  const details = { programmeId, fromStatus: from, toStatus: transition.toStatus, referralVersion: referral.version };
  const events: DomainEvent[] = [{ kind: "referral.status-changed", perpetratorId: referral.perpetratorId, subject, occurredAt, details }];
  if (transition.toStatus === "COMPLETED") {
    events.push({ kind: "referral.completed", perpetratorId: referral.perpetratorId, subject, occurredAt, details: { programmeId } });
  }
  return events;
}
