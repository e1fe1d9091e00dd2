/** Time arithmetic on epoch milliseconds and UTC calendar days, cheap enough for millions of rows. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
export const YEAR = 365.25 * DAY;

/** The default "now": fixed, so the same seed gives the same database whenever it is generated. */
export const DEFAULT_NOW = new Date("2026-11-01T12:00:00Z");

/** How far back referrals reach. */
export const HISTORY_YEARS = 4;

export const startOfDay = (ms: number): number => Math.floor(ms / DAY) * DAY;

/** `YYYY-MM-DD` of a moment (UTC). */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const isoTime = (ms: number): string => new Date(Math.floor(ms)).toISOString();

/** Whole years between a date of birth and a day, both epoch ms at midnight UTC. */
export function ageAt(birthMs: number, onMs: number): number {
  const born = new Date(birthMs);
  const on = new Date(onMs);
  const reached = on.getUTCMonth() > born.getUTCMonth() || (on.getUTCMonth() === born.getUTCMonth() && on.getUTCDate() >= born.getUTCDate());
  return on.getUTCFullYear() - born.getUTCFullYear() - (reached ? 0 : 1);
}

/** A uniformly drawn whole millisecond in [lo, hi]. */
export function between(next: () => number, lo: number, hi: number): number {
  return hi <= lo ? Math.floor(lo) : Math.floor(lo + next() * (hi - lo));
}
