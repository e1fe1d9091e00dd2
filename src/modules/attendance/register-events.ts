import type { Executor } from "../../db/client.js";
import type { DomainEventSink } from "../../shared/domain-events.js";
import type { ReferralRow } from "../referrals/index.js";
import type { AttendanceRepository } from "./attendance.repository.js";
import type { AttendanceRecordRow } from "./attendance.table.js";
import { FAILURE_OUTCOMES, registerEvents } from "./attendance-events.rules.js";
import { assessEnforcement } from "./enforcement.rules.js";

/**
 * Writes a register's events in its transaction: a row per entry written, and warning or breach
 * required where a new unacceptable failure of a mandated referral calls for one (assessed over the
 * referral's register as this transaction leaves it).
 */
export async function recordRegisterEvents(
  deps: { repository: AttendanceRepository; domainEvents: DomainEventSink },
  tx: Executor,
  register: { sessionId: string; previous: AttendanceRecordRow[]; written: AttendanceRecordRow[]; referralById: ReadonlyMap<string, ReferralRow>; now: Date },
): Promise<void> {
  const { written, referralById, now } = register;
  const previousOutcome = new Map(register.previous.map((row) => [row.referralId, row.outcome]));
  const failing = written.filter((r) => FAILURE_OUTCOMES.includes(r.outcome) && referralById.get(r.referralId)!.legalBasis !== null).map((r) => r.referralId);
  const failures = await deps.repository.enforcementActions.failuresOf(tx, failing);
  const entries = written.map((record) => {
    const referral = referralById.get(record.referralId)!;
    return {
      recordId: record.id,
      referralId: record.referralId,
      perpetratorId: referral.perpetratorId,
      programmeId: referral.programmeId,
      sessionId: register.sessionId,
      outcome: record.outcome,
      previousOutcome: previousOutcome.get(record.referralId) ?? null,
      mandated: referral.legalBasis !== null,
    };
  });
  const assessments = new Map([...failures].map(([referralId, list]) => [referralId, assessEnforcement(list, now)]));
  await deps.domainEvents.record(tx, registerEvents(entries, assessments, now));
}
