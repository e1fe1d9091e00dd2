import { shiftIsoDateMonths } from "../../shared/dates.js";
import type { RetentionActivity, RetentionKind } from "./retention.model.js";

/**
 * How long each kind of record is kept after its last activity, and where the default comes from.
 * The defaults are assumptions to be confirmed by the controller's data protection officer, not a
 * reading of a current schedule (each is configurable: RETENTION_*_YEARS):
 * - PERPETRATOR_CASE, 7 years: HMPPS's Records, Information Management and Retention Policy (PSI 04/2018,
 *   PI 02/2018) and its Records Retention and Disposition Schedule govern probation offender records;
 *   we take the commonly applied "7 years after the end of the sentence or supervision" for a case that
 *   is neither MAPPA nor a life sentence (those are kept much longer, e.g. to the 100th birthday, and
 *   are not told apart here). The clock starts at the last referral outcome, sentence order end, IOM
 *   cohort exit, case allocation end or protective order end.
 * - VICTIM, 6 years: police hold MARAC and victim-safety records under Management of Police Information
 *   (APP, MoPI) and the NPCC's minimum retention standards, whose review period for most records is
 *   6 years; from the last link, DASH assessment, incident, MARAC referral, support allocation or order.
 * - The audit log is never erased or reviewed here: DPA 2018 s.62 logs are kept (append-only) for
 *   lawfulness checks and proceedings; an erasure's own audit event holds ids only.
 */
export const RETENTION_DEFAULT_YEARS: Readonly<Record<RetentionKind, number>> = {
  PERPETRATOR_CASE: 7,
  VICTIM: 6,
};

/**
 * The day a record falls due: its last activity plus the retention period, in calendar years (a
 * 29 February start falls due on 28 February, as PostgreSQL's `date + interval 'n years'` counts).
 */
export function dueOn(retainedFrom: string, years: number): string {
  return shiftIsoDateMonths(retainedFrom, years * 12);
}

/** Whether a record whose retention runs from `retainedFrom` is due for review or disposal on `today`. */
export function isDue(retainedFrom: string, years: number, today: string): boolean {
  return dueOn(retainedFrom, years) <= today;
}

/** The dates of a record's activities (null: none of that kind), in the order they win a tie. */
export type ActivityDates = Partial<Record<RetentionActivity, string | null>>;

/**
 * The activity retention runs from: the latest dated one; on a tie, the first in `ActivityDates`'
 * order (outcomes before the record's creation). Null when the record has no dated activity at all.
 */
export function lastActivity(dates: ActivityDates): { activity: RetentionActivity; on: string } | null {
  let best: { activity: RetentionActivity; on: string } | null = null;
  for (const [activity, on] of Object.entries(dates) as [RetentionActivity, string | null | undefined][]) {
    if (on && (!best || on > best.on)) best = { activity, on };
  }
  return best;
}
