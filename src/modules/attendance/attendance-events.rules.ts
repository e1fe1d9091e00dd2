import { toGlobalId } from "../../shared/global-id.js";
import type { DomainEvent } from "../../shared/domain-events.js";
import type { EnforcementAssessment } from "./enforcement.rules.js";

/** Outcomes that are an unacceptable failure to comply (enforcement.rules.ts). */
export const FAILURE_OUTCOMES: readonly string[] = ["ABSENT_UNACCEPTABLE", "EXCLUDED"];

/** A register row the register wrote (new or a correction), with what it replaced. */
export interface WrittenEntry {
  recordId: string;
  referralId: string;
  perpetratorId: string;
  programmeId: string;
  sessionId: string;
  outcome: string;
  /** The outcome of the row this one replaced; null for a first entry. */
  previousOutcome: string | null;
  mandated: boolean;
}

/**
 * What a register raises: one register-recorded event per row written; and, for a mandated referral
 * whose row newly records an unacceptable failure, warning-required when the failure earns a warning
 * under the assessment after the write, or breach-required when it is the failure that triggers breach.
 * A correction that keeps a failure a failure (a note changed) raises no second warning or breach.
 */
export function registerEvents(written: readonly WrittenEntry[], assessments: ReadonlyMap<string, EnforcementAssessment>, occurredAt: Date): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const entry of written) {
    const subject = { type: "AttendanceRecord" as const, id: entry.recordId };
    const referralId = toGlobalId("Referral", entry.referralId);
    const sessionId = toGlobalId("ProgrammeSession", entry.sessionId);
    const base = { perpetratorId: entry.perpetratorId, subject, occurredAt };
    events.push({ ...base, kind: "attendance.register-recorded", details: { referralId, sessionId, outcome: entry.outcome } });
    const newFailure = FAILURE_OUTCOMES.includes(entry.outcome) && !(entry.previousOutcome && FAILURE_OUTCOMES.includes(entry.previousOutcome));
    const assessment = assessments.get(entry.referralId);
    if (!entry.mandated || !newFailure || !assessment) continue;
    const details = { referralId, sessionId, programmeId: toGlobalId("Programme", entry.programmeId) };
    if (assessment.breachTriggeredBySessionId === entry.sessionId) events.push({ ...base, kind: "attendance.breach-required", details });
    else if (assessment.warnings.some((w) => w.sessionId === entry.sessionId)) events.push({ ...base, kind: "attendance.warning-required", details });
  }
  return events;
}
