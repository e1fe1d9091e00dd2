import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { dateToday } from "../../shared/clock.js";
import { performanceCsv } from "./performance.csv.js";
import { checkPeriod, distinctBreakdowns } from "./performance.rules.js";
import { ProgrammePerformanceInput, ProgrammePerformanceReport, type PerformanceLine } from "./performance.type.js";
import type { PerformanceLine as Line, ProgrammePerformanceReport as Report } from "./performance.report.js";

const toLine = (line: Line): PerformanceLine => ({ breakdown: line.breakdown, key: line.key, label: line.label, ...line.counts, completionRate: line.completionRate, attendanceRate: line.attendanceRate, medianDaysToStart: line.medianDaysToStart });

const toReport = (report: Report): ProgrammePerformanceReport => ({
  from: report.period.from,
  to: report.period.to,
  programme: report.programme as ProgrammePerformanceReport["programme"],
  breakdowns: report.breakdowns,
  total: toLine(report.total),
  lines: report.lines.map(toLine),
  unsuitableByReason: report.unsuitableByReason,
  suppressed: report.suppressed,
  csv: performanceCsv(report),
});

@Resolver()
export class PerformanceResolver {
  @Query(() => ProgrammePerformanceReport, {
    description: "Programme performance for a period (ANALYST and ADMIN; FORBIDDEN for others): counts, rates and a median, no person. One statement however long the period.",
  })
  async programmePerformance(
    @Ctx() ctx: RequestContext,
    @Arg("report", () => ProgrammePerformanceInput, { nullable: true, description: "The period, programme and breakdowns; all optional." }) report?: ProgrammePerformanceInput | null,
  ): Promise<ProgrammePerformanceReport> {
    ctx.services.performance.assertReportReader(ctx.viewer);
    const period = checkPeriod(report?.from, report?.to, dateToday(ctx.clock));
    const request = "field" in period ? period : { period, programme: report?.programme ?? null, breakdowns: distinctBreakdowns(report?.groupBy ?? []) };
    return toReport(await ctx.services.performance.programmePerformance(ctx.viewer, request));
  }
}
