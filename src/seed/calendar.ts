/**
 * The seed's calendar: every part of the demo data (programmes, IOM, victim safety, case allocations) dates
 * its events relative to the seed's `now` through this one class, drawing days and times from the part's own
 * random source.
 *
 * Two readings of "today" live side by side, on purpose: `today` and `yesterday` are the calendar date in
 * England at `now` (the service's own reading, which the IOM, victim-safety and case parts follow), while the
 * programme part (`workTimeOn`, `stepBack`, `clockBetween`) works on UTC days. Changing either would change
 * the seeded data.
 */
import { isoDate } from "../shared/clock.js";
import { addDays, daysBetween, shiftIsoDate, toIsoDate } from "../shared/dates.js";
import type { SeededRandom } from "./random.js";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The day itself, or the Friday before when it falls at a weekend. */
export function weekdayOnOrBefore(date: Date): Date {
  const dow = date.getUTCDay();
  return dow === 6 ? addDays(date, -1) : dow === 0 ? addDays(date, -2) : date;
}

export interface CalendarOptions {
  /** Names the seed part in the errors an impossible range raises. */
  part: string;
  /**
   * The end of a range that day draws count from, and that a `lean` favours (default `hi`): the IOM part
   * counts from `lo`, the victim-safety part from `hi`. Each part keeps its own so that its data stays as
   * it was.
   */
  countFrom?: "lo" | "hi";
}

export class SeedCalendar {
  /** The calendar date in England at `now`, `YYYY-MM-DD`. */
  readonly today: string;
  /** The last day a seeded event may fall on, so nothing is recorded later than `now`. */
  readonly yesterday: string;

  constructor(
    readonly now: Date,
    readonly rng: SeededRandom,
    private readonly options: CalendarOptions,
  ) {
    this.today = isoDate(now);
    this.yesterday = shiftIsoDate(this.today, -1);
  }

  /** The day `offset` days from today. */
  day(offset: number): string {
    return shiftIsoDate(this.today, offset);
  }

  /** Any day in [lo, hi] (`YYYY-MM-DD`); a `lean` above 1 favours days near the end draws count from. */
  dayBetween(lo: string, hi: string, lean = 1): string {
    if (hi < lo) throw new Error(`${this.options.part}: empty date range ${lo} – ${hi}`);
    // floor(r ** lean * (span + 1)) days in from one end; with lean 1 the same draw as rng.int(0, span).
    const offset = Math.floor(this.rng.next() ** lean * (daysBetween(lo, hi) + 1));
    return (this.options.countFrom ?? "hi") === "lo" ? shiftIsoDate(lo, offset) : shiftIsoDate(hi, -offset);
  }

  /** A weekday in [lo, hi], or any day there when the range holds no weekday. */
  weekdayBetween(lo: string, hi: string, lean = 1): string {
    const day = this.dayBetween(lo, hi, lean);
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) return day;
    const monday = shiftIsoDate(day, dow === 6 ? 2 : 1);
    const friday = shiftIsoDate(day, dow === 6 ? -1 : -2);
    return monday <= hi ? monday : friday >= lo ? friday : day;
  }

  /** A working-hours moment on `day` (UTC 08:00-17:29, the same calendar day in England). */
  timeOn(day: string): Date {
    return new Date(Date.parse(`${day}T00:00:00Z`) + this.rng.int(8 * 60, 17 * 60 + 29) * MINUTE + this.rng.int(0, 59_999));
  }

  /** A moment on `day` after `after`: later in the working day when both fall on it. */
  timeAfter(day: string, after: Date): Date {
    const at = this.timeOn(day);
    return at > after ? at : new Date(after.getTime() + this.rng.int(1, 30) * MINUTE);
  }

  /** A working-hours time on the UTC day of `day`, to the millisecond. */
  workTimeOn(day: Date): Date {
    return this.timeOn(toIsoDate(day));
  }

  /** A working-hours time on a weekday between minDays and maxDays calendar days before `at`. */
  stepBack(at: Date, minDays: number, maxDays: number): Date {
    return this.workTimeOn(weekdayOnOrBefore(addDays(startOfUtcDay(at), -this.rng.int(minDays, maxDays))));
  }

  /** A moment in [lo, hi], moved into working hours on a weekday when that stays in range. */
  clockBetween(lo: Date, hi: Date): Date {
    if (hi.getTime() <= lo.getTime()) throw new Error(`Empty time range ${lo.toISOString()} – ${hi.toISOString()}`);
    const at = new Date(lo.getTime() + Math.floor(this.rng.next() * (hi.getTime() - lo.getTime())));
    const working = this.workTimeOn(weekdayOnOrBefore(at));
    return working >= lo && working <= hi ? working : at;
  }
}
