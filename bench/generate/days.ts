import { DAY } from "./time.js";

/** Calendar dates as whole days since 1970-01-01 (UTC): cheap to compare and shift, formatted only when written. */
export const dayOf = (ms: number): number => Math.floor(ms / DAY);
export const dayIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
/** A moment in working hours on the day: 08:00 plus `minutes`. */
export const dayTime = (day: number, minutes: number): string => new Date(day * DAY + (8 * 60 + minutes) * 60_000).toISOString();
