import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { dateToday } from "../../shared/clock.js";
import { figuresCsv } from "./figures.csv.js";
import { ReportPeriodInput } from "./figures.type.js";
import { IomReport } from "./iom-report.type.js";
import { checkPeriod } from "./performance.rules.js";
import { VictimSafetyReport } from "./safety.type.js";

const periodArg = { nullable: true, description: "The period; by default this quarter to today." } as const;

@Resolver()
export class FigureReportsResolver {
  @Query(() => VictimSafetyReport, {
    description: "Victim safety for a period (ANALYST and ADMIN; FORBIDDEN for others): DASH assessments, MARAC referrals and the repeat rate, protective orders, safety alerts and time to acknowledgement. Counts only; one statement however long the period.",
  })
  async victimSafetyReport(@Ctx() ctx: RequestContext, @Arg("period", () => ReportPeriodInput, periodArg) period?: ReportPeriodInput | null): Promise<VictimSafetyReport> {
    const report = await ctx.services.figureReports.victimSafety(ctx.viewer, checkPeriod(period?.from, period?.to, dateToday(ctx.clock)));
    return { ...report, from: report.period.from, to: report.period.to, csv: figuresCsv(report.period, report.figures) };
  }

  @Query(() => IomReport, {
    description: "Integrated offender management for a period (ANALYST and ADMIN; FORBIDDEN for others): cohort size and flow, reviews on time, actions completed, and incidents before and since selection. Counts only; one statement however long the period.",
  })
  async iomReport(@Ctx() ctx: RequestContext, @Arg("period", () => ReportPeriodInput, periodArg) period?: ReportPeriodInput | null): Promise<IomReport> {
    const report = await ctx.services.figureReports.iom(ctx.viewer, checkPeriod(period?.from, period?.to, dateToday(ctx.clock)));
    return { ...report, from: report.period.from, to: report.period.to, csv: figuresCsv(report.period, report.figures) };
  }
}
