/**
 * Calendar arithmetic for the domain rules. Everything works in UTC so that a rule gives the same
 * answer whatever time zone the server runs in.
 */

/** A calendar date with a 1-based month, as written in `YYYY-MM-DD`. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return utcDate(year, month + 1, 0).getUTCDate();
}

/** Reads `YYYY-MM-DD`; null when the text is not a real calendar date (e.g. 2023-02-29). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Whole years between a date of birth and `today`, both `YYYY-MM-DD`.
 * Someone born on 29 February becomes a year older on 1 March in a common year, the usual UK reading.
 */
export function ageOn(dateOfBirth: string, today: string): number {
  const born = requireIsoDate(dateOfBirth, "dateOfBirth");
  const on = requireIsoDate(today, "today");
  const birthdayReached = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (birthdayReached ? 0 : 1);
}

/**
 * Moves a moment by whole calendar months, keeping the time of day. The day is clamped to the end of a
 * shorter month (31 March minus one month is 28 or 29 February), as people count "a month ago".
 */
export function addMonths(date: Date, months: number): Date {
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, month));
  const moved = utcDate(year, month, day);
  moved.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return moved;
}

export function minusMonths(date: Date, months: number): Date {
  return addMonths(date, -months);
}

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;

/** UTC has no daylight-saving jumps, so a day is always the same length. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MILLISECONDS_PER_DAY);
}

/** The UTC calendar date of a moment, as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date moved by whole days. */
export function shiftIsoDate(isoDate: string, days: number): string {
  requireIsoDate(isoDate, "isoDate");
  return toIsoDate(addDays(new Date(`${isoDate}T00:00:00Z`), days));
}

/** A `YYYY-MM-DD` date moved by whole calendar months, clamped to a shorter month's end. */
export function shiftIsoDateMonths(isoDate: string, months: number): string {
  requireIsoDate(isoDate, "isoDate");
  return toIsoDate(addMonths(new Date(`${isoDate}T00:00:00Z`), months));
}

/** Whole days from `from` to `to` (negative when `to` is earlier), both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  requireIsoDate(from, "from");
  requireIsoDate(to, "to");
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MILLISECONDS_PER_DAY);
}

/** The earlier of two `YYYY-MM-DD` dates: written that way, text order is calendar order. */
export const minDate = (a: string, b: string): string => (a < b ? a : b);

/** The later of two `YYYY-MM-DD` dates. */
export const maxDate = (a: string, b: string): string => (a > b ? a : b);

function utcDate(year: number, month: number, day: number): Date {
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function requireIsoDate(text: string, name: string): CalendarDate {
  const parsed = parseIsoDate(text);
  // A malformed date here is a caller's bug (inputs are validated at the edge), not a domain outcome.
  if (!parsed) throw new RangeError(`${name} must be a YYYY-MM-DD calendar date, got "${text}"`);
  return parsed;
}
