import { toGlobalId } from "../../shared/global-id.js";
import { UNSUITABILITY_REASONS } from "../referrals/index.js";
import { PERFORMANCE_COUNTS, type PerformanceBreakdown, type PerformanceCount, type PerformanceFigures, type PerformancePeriod } from "./performance.model.js";
import { derivedFrom, suppressCounts, type Shown, type TotalOf } from "./suppression.rules.js";

/** One line of the report as published: the whole period (breakdown null) or one category of a breakdown. */
export interface PerformanceLine {
  breakdown: PerformanceBreakdown | null;
  key: string | null;
  label: string | null;
  counts: Record<PerformanceCount, Shown<number>>;
  completionRate: Shown<number>;
  attendanceRate: Shown<number>;
  medianDaysToStart: Shown<number>;
}

/** The keys of assessed unsuitable by reason: the recorded reasons, and NOT_RECORDED for a move without one. */
export const UNSUITABLE_KEYS = [...UNSUITABILITY_REASONS, "NOT_RECORDED"] as const;

export interface ProgrammePerformanceReport {
  period: PerformancePeriod;
  programme: string | null;
  breakdowns: PerformanceBreakdown[];
  total: PerformanceLine;
  lines: PerformanceLine[];
  /** The period's assessed unsuitable by reason: adds up to total.counts.assessedUnsuitable. */
  unsuitableByReason: { key: string; count: Shown<number> }[];
  suppressed: boolean;
}

const lineId = (figures: Pick<PerformanceFigures, "breakdown" | "key">) => (figures.breakdown ? `${figures.breakdown}:${figures.key}` : "total");
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const rate = (numerator: number, denominator: number) => (denominator === 0 ? null : round(numerator / denominator, 4));

/**
 * The figures as published: every count through suppressCounts, with each breakdown's categories
 * adding up to the period's total for every count; rates and the median withheld with what they are
 * worked out from. Lines come in the order of the breakdowns asked, then by key.
 */
export function publish(figures: readonly PerformanceFigures[], unsuitableByReason: Readonly<Record<string, number>>, period: PerformancePeriod, programme: string | null, breakdowns: PerformanceBreakdown[]): ProgrammePerformanceReport {
  const total = figures.find((f) => f.breakdown === null);
  if (!total) throw new Error("The report's statement answered no total");
  const lines = figures
    .filter((f) => f.breakdown !== null)
    .sort((a, b) => breakdowns.indexOf(a.breakdown!) - breakdowns.indexOf(b.breakdown!) || a.key!.localeCompare(b.key!));
  const counts = new Map<string, number>();
  for (const f of [total, ...lines]) for (const name of PERFORMANCE_COUNTS) counts.set(`${lineId(f)}|${name}`, f.counts[name]);
  const totals: TotalOf[] = breakdowns.flatMap((breakdown) => {
    const members = lines.filter((f) => f.breakdown === breakdown).map(lineId);
    return PERFORMANCE_COUNTS.map((name) => ({ total: `total|${name}`, members: members.map((id) => `${id}|${name}`) }));
  });
  for (const key of UNSUITABLE_KEYS) counts.set(`unsuitable|${key}`, unsuitableByReason[key] ?? 0);
  totals.push({ total: "total|assessedUnsuitable", members: UNSUITABLE_KEYS.map((key) => `unsuitable|${key}`) });
  const shown = suppressCounts(counts, totals);
  const line = (f: PerformanceFigures): PerformanceLine => {
    const cells = Object.fromEntries(PERFORMANCE_COUNTS.map((name) => [name, shown.get(`${lineId(f)}|${name}`)!])) as Record<PerformanceCount, Shown<number>>;
    return {
      breakdown: f.breakdown,
      key: f.breakdown === "GROUP" && f.key !== "NO_GROUP" ? toGlobalId("ProgrammeGroup", f.key!) : f.key,
      label: f.label,
      counts: cells,
      completionRate: derivedFrom(rate(f.counts.startersCompleted, f.counts.started), cells.startersCompleted, cells.started),
      attendanceRate: derivedFrom(rate(f.counts.sessionsAttended, f.counts.sessionsRecorded), cells.sessionsAttended, cells.sessionsRecorded),
      medianDaysToStart: derivedFrom(f.medianDaysToStart === null ? null : round(f.medianDaysToStart, 1), cells.started),
    };
  };
  return {
    period,
    programme,
    breakdowns,
    total: line(total),
    lines: lines.map(line),
    unsuitableByReason: UNSUITABLE_KEYS.map((key) => ({ key, count: shown.get(`unsuitable|${key}`)! })),
    suppressed: [...shown.values()].some((cell) => cell.suppression !== null),
  };
}
