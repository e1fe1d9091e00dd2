import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * A range of days, both ends included and either open (null): the `fromDate`/`toDate` of a subject
 * access request. Something that happened on a day is in it when the day is; something that lasts
 * (a referral, a membership, an allocation) is in it when its span and the range share a day.
 */
export interface Period {
  from: string | null;
  to: string | null;
}

export const WHOLE_HISTORY: Period = { from: null, to: null };

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
const startOf = (day: string) => `${day}T00:00:00.000Z`;

/** A timestamp column's instant falls on a day of the period (days are UTC days). */
export function instantIn(column: AnyColumn, period: Period): SQL {
  const parts: SQL[] = [];
  if (period.from) parts.push(sql`${column} >= ${startOf(period.from)}::timestamptz`);
  if (period.to) parts.push(sql`${column} < ${dayAfter(period.to)}::timestamptz`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** A date column's day is in the period. */
export function dayIn(column: AnyColumn, period: Period): SQL {
  const parts: SQL[] = [];
  if (period.from) parts.push(sql`${column} >= ${period.from}::date`);
  if (period.to) parts.push(sql`${column} <= ${period.to}::date`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** A span of dates (the end null while it lasts) shares a day with the period. */
export function daysOverlap(start: AnyColumn, end: AnyColumn, period: Period): SQL {
  const parts: SQL[] = [];
  if (period.to) parts.push(sql`${start} <= ${period.to}::date`);
  if (period.from) parts.push(sql`(${end} is null or ${end} >= ${period.from}::date)`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** A span of instants (the end null while it lasts) shares a day with the period. */
export function instantsOverlap(start: AnyColumn, end: AnyColumn, period: Period): SQL {
  const parts: SQL[] = [];
  if (period.to) parts.push(sql`${start} < ${dayAfter(period.to)}::timestamptz`);
  if (period.from) parts.push(sql`(${end} is null or ${end} >= ${startOf(period.from)}::timestamptz)`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}
