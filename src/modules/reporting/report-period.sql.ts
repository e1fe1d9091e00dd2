import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { dayIn } from "../../shared/period.js";
import type { ReportPeriod } from "./figures.model.js";

/**
 * The period in SQL, as every report reads it: a date is in the period when its day is (dayIn, from
 * shared/period.ts); an instant is when it falls between 00:00 in England on `from` and 00:00 in
 * England on the day after `to` (as the programme performance report places its events).
 */
export const dateInPeriod = (column: AnyColumn, period: ReportPeriod): SQL => dayIn(column, period);

export function instantInPeriod(column: AnyColumn | SQL, period: ReportPeriod): SQL {
  return sql`(${column} >= (${period.from}::date)::timestamp at time zone 'Europe/London' and ${column} < (${period.to}::date + 1)::timestamp at time zone 'Europe/London')`;
}
