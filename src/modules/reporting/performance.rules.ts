import { PROGRAMME_CODES, type ProgrammeCode } from "../programmes/index.js";
import { parseIsoDate, shiftIsoDateMonths } from "../../shared/dates.js";
import { PERFORMANCE_BREAKDOWNS, type PerformanceBreakdown, type PerformancePeriod } from "./performance.model.js";

/** The longest period one report may cover: ten years keeps one statement's work bounded. */
export const LONGEST_PERIOD_MONTHS = 120;

export interface PerformanceRequest {
  period: PerformancePeriod;
  programme: ProgrammeCode | null;
  breakdowns: PerformanceBreakdown[];
}

/** Why a request for the report was refused: the parameter and what is wrong with it. */
export interface PeriodRefusal {
  field: string;
  message: string;
}

/** The first day of the calendar quarter `today` is in (quarters start in January, April, July and October). */
export function quarterStart(today: string): string {
  const month = Number(today.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return `${today.slice(0, 4)}-${String(first).padStart(2, "0")}-01`;
}

/** A period to report on: both dates real calendar dates, `from` not after `to`, at most ten years. Defaults: this quarter to today. */
export function checkPeriod(from: string | null | undefined, to: string | null | undefined, today: string): PerformancePeriod | PeriodRefusal {
  const end = to ?? today;
  const start = from ?? quarterStart(end);
  if (!parseIsoDate(start)) return { field: "from", message: "from must be a calendar date, YYYY-MM-DD" };
  if (!parseIsoDate(end)) return { field: "to", message: "to must be a calendar date, YYYY-MM-DD" };
  if (start > end) return { field: "from", message: "from must not be after to" };
  if (shiftIsoDateMonths(start, LONGEST_PERIOD_MONTHS) <= end) return { field: "to", message: `A report covers at most ${LONGEST_PERIOD_MONTHS / 12} years` };
  return { from: start, to: end };
}

/** Breakdowns in the order asked, each once. */
export const distinctBreakdowns = (breakdowns: readonly PerformanceBreakdown[]) => [...new Set(breakdowns)];

/** The victim safety and IOM CSV paths' query string: `from` and `to`, checked as the GraphQL `period` is. */
export function parsePeriodQuery(search: URLSearchParams, today: string): PerformancePeriod | PeriodRefusal {
  for (const name of search.keys()) if (!["from", "to"].includes(name)) return { field: name, message: `Unknown parameter ${name}` };
  for (const name of ["from", "to"]) if (search.getAll(name).length > 1) return { field: name, message: `${name} given more than once` };
  return checkPeriod(search.get("from"), search.get("to"), today);
}

/**
 * The CSV path's query string (`from`, `to`, `programme`, `groupBy` comma-separated), checked as the
 * GraphQL arguments are; an unknown parameter is refused rather than ignored.
 */
export function parseReportQuery(search: URLSearchParams, today: string): PerformanceRequest | PeriodRefusal {
  for (const name of search.keys()) if (!["from", "to", "programme", "groupBy"].includes(name)) return { field: name, message: `Unknown parameter ${name}` };
  for (const name of ["from", "to", "programme", "groupBy"]) if (search.getAll(name).length > 1) return { field: name, message: `${name} given more than once` };
  const period = checkPeriod(search.get("from"), search.get("to"), today);
  if ("field" in period) return period;
  const programme = search.get("programme");
  if (programme !== null && !(PROGRAMME_CODES as readonly string[]).includes(programme)) return { field: "programme", message: `programme must be one of ${PROGRAMME_CODES.join(", ")}` };
  const groupBy = search.get("groupBy");
  const breakdowns = groupBy ? groupBy.split(",") : [];
  const unknown = breakdowns.find((b) => !(PERFORMANCE_BREAKDOWNS as readonly string[]).includes(b));
  if (unknown !== undefined) return { field: "groupBy", message: `groupBy takes ${PERFORMANCE_BREAKDOWNS.join(", ")}, comma-separated` };
  return { period, programme: programme as ProgrammeCode | null, breakdowns: distinctBreakdowns(breakdowns as PerformanceBreakdown[]) };
}
