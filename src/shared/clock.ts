/** The time source; tests inject a fixed clock so date rules are reproducible. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (next) => void (current = new Date(next)),
  };
}

const englandCalendar = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The calendar date in England at a moment, `YYYY-MM-DD`: what "today" means for a due date or an age
 * here (just after midnight in summer time it is already the next day, though UTC is not).
 */
export function isoDate(date: Date): string {
  // Formatting with a time zone is slow and a request asks for "today" once per dated field: the
  // answer for the same minute is kept (the English date cannot change within a UTC minute).
  const minute = Math.floor(date.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDate = englandCalendar.format(date);
  }
  return lastDate;
}
let lastMinute = Number.NaN;
let lastDate = "";

/** Today's date in England by the clock: the "today" of every due-date and age rule. */
export const dateToday = (clock: Clock): string => isoDate(clock.now());
