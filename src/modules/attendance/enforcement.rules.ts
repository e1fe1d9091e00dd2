import { minusMonths } from "../../shared/dates.js";

/**
 * Enforcement of a community requirement (Sentencing Act 2020, Sch. 10 para 6): on an unacceptable
 * failure to comply, the responsible officer gives a warning, unless a warning was already given in
 * the previous 12 months, in which case the case must go back to court for breach. So there is at most
 * one warning in any rolling 12 months.
 */

/** An unacceptable absence (or exclusion) from a session of a mandated programme. */
export interface UnacceptableFailure {
  sessionId: string;
  occurredAt: Date;
}

export interface EnforcementWarning {
  /** The session whose failure the warning was given for. */
  sessionId: string;
  issuedAt: Date;
}

export interface EnforcementAssessment {
  warnings: EnforcementWarning[];
  warningsInLast12Months: number;
  breachRequired: boolean;
  breachTriggeredBySessionId: string | null;
}

const WARNING_PERIOD_MONTHS = 12;

export function assessEnforcement(failures: readonly UnacceptableFailure[], now: Date): EnforcementAssessment {
  const warnings: EnforcementWarning[] = [];
  let breachTriggeredBySessionId: string | null = null;

  for (const failure of inOrderUpTo(failures, now)) {
    const periodStart = minusMonths(failure.occurredAt, WARNING_PERIOD_MONTHS);
    const warnedInPeriod = warnings.some(
      (warning) => warning.issuedAt > periodStart && warning.issuedAt <= failure.occurredAt,
    );
    if (warnedInPeriod) {
      breachTriggeredBySessionId = failure.sessionId;
      // Once breach is required the court deals with the case: later failures add to the breach
      // rather than earning a fresh warning.
      break;
    }
    warnings.push({ sessionId: failure.sessionId, issuedAt: failure.occurredAt });
  }

  const countingFrom = minusMonths(now, WARNING_PERIOD_MONTHS);
  return {
    warnings,
    warningsInLast12Months: warnings.filter((warning) => warning.issuedAt > countingFrom).length,
    breachRequired: breachTriggeredBySessionId !== null,
    breachTriggeredBySessionId,
  };
}

/**
 * Registers are recorded and corrected in any order, so the input order means nothing. Failures after
 * `now` (a register entered ahead of time) have not happened yet.
 */
function inOrderUpTo(failures: readonly UnacceptableFailure[], now: Date): UnacceptableFailure[] {
  return failures
    .filter((failure) => failure.occurredAt <= now)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || compareIds(a.sessionId, b.sessionId));
}

// Ties on time are broken by session id so the same failures always give the same answer.
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
