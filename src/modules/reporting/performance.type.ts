import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { ProgrammeCodeEnum, type ProgrammeCode } from "../programmes/index.js";
import { DateScalar } from "../../shared/scalars.js";
import type { PerformanceBreakdown } from "./performance.model.js";
import { PerformanceBreakdownEnum, SuppressionReasonEnum } from "./reporting.enums.js";
import type { SuppressionReason } from "./suppression.rules.js";

// The definitions below are the ones performance.repository.ts computes: change them together.
// "In the period" means from 00:00 in England on `from` to midnight at the end of `to`.

@ObjectType({ description: "A published count: null when withheld, with the reason." })
export class ReportCount {
  @Field(() => Int, { nullable: true, description: "The count; null when withheld." })
  value!: number | null;

  @Field(() => SuppressionReasonEnum, { nullable: true, description: "Why the count is withheld; null when shown." })
  suppression!: SuppressionReason | null;
}

@ObjectType({ description: "A published rate or median: null when withheld (with the reason) or when there is nothing to work it out from (suppression null)." })
export class ReportMeasure {
  @Field(() => Float, { nullable: true, description: "The value; null when withheld or undefined (a rate of nothing)." })
  value!: number | null;

  @Field(() => SuppressionReasonEnum, { nullable: true, description: "Why the value is withheld; null when shown." })
  suppression!: SuppressionReason | null;
}

@ObjectType({ description: "One category of a figure (e.g. HIGH of DASH assessments by level) and its published count. Every category is listed, zero included, and the categories add up to the figure." })
export class ReportCategoryCount {
  @Field({ description: "The category: a value of the enum the figure's description names." })
  key!: string;

  @Field(() => ReportCount, { description: "The count of the category; null when withheld, with the reason." })
  count!: ReportCount;
}

@ObjectType({ description: "The figures of the period, or of one category of a breakdown. No person can be found from them: see SuppressionReason." })
export class PerformanceLine {
  @Field(() => PerformanceBreakdownEnum, { nullable: true, description: "The breakdown this line is a category of; null for the period's total." })
  breakdown!: PerformanceBreakdown | null;

  @Field(() => String, { nullable: true, description: "The category, e.g. PROBATION for REFERRAL_SOURCE or a group's global id for GROUP; null for the total." })
  key!: string | null;

  @Field(() => String, { nullable: true, description: "A readable name for the category when the key is an id (a group's name)." })
  label!: string | null;

  @Field(() => ReportCount, { description: "Referrals received: referrals whose referral date (referredAt) is in the period." })
  referralsReceived!: ReportCount;

  @Field(() => ReportCount, { description: "Assessment appointments missed: moves to DID_NOT_ATTEND_ASSESSMENT dated in the period (each missed appointment counts)." })
  assessmentsMissed!: ReportCount;

  @Field(() => ReportCount, { description: "Assessed unsuitable: referrals moved to ASSESSED_UNSUITABLE in the period." })
  assessedUnsuitable!: ReportCount;

  @Field(() => ReportCount, { description: "Allocated: referrals allocated to a group (moved to ALLOCATED) in the period; a referral moved between groups counts once." })
  allocated!: ReportCount;

  @Field(() => ReportCount, { description: "Started: referrals whose first move to ON_PROGRAMME (their first attended session) is in the period." })
  started!: ReportCount;

  @Field(() => ReportCount, { description: "Completed: referrals moved to COMPLETED in the period." })
  completed!: ReportCount;

  @Field(() => ReportCount, { description: "Dropped out: referrals moved to DROPPED_OUT in the period." })
  droppedOut!: ReportCount;

  @Field(() => ReportCount, { description: "Breached: referrals moved to BREACHED in the period." })
  breached!: ReportCount;

  @Field(() => ReportCount, { description: "Withdrawn: referrals moved to WITHDRAWN in the period." })
  withdrawn!: ReportCount;

  @Field(() => ReportCount, { description: "Starters completed: of the referrals started in the period, those moved to COMPLETED before the period ended (the numerator of completionRate)." })
  startersCompleted!: ReportCount;

  @Field(() => ReportCount, { description: "Sessions attended: current register rows ATTENDED or LATE, for sessions not cancelled whose scheduled start is in the period (the numerator of attendanceRate)." })
  sessionsAttended!: ReportCount;

  @Field(() => ReportCount, { description: "Sessions recorded: current register rows of any outcome, for sessions not cancelled whose scheduled start is in the period (delivered sessions; the denominator of attendanceRate)." })
  sessionsRecorded!: ReportCount;

  @Field(() => ReportCount, { description: "Warning letters: enforcement actions WARNING_LETTER_ISSUED whose takenOn date is in the period." })
  warningLetters!: ReportCount;

  @Field(() => ReportCount, { description: "Breach proceedings: enforcement actions BREACH_PROCEEDINGS_STARTED whose takenOn date is in the period." })
  breachProceedings!: ReportCount;

  @Field(() => ReportMeasure, { description: "Completion rate of starters: startersCompleted ÷ started, from 0 to 1 (4 places); withheld with either count." })
  completionRate!: ReportMeasure;

  @Field(() => ReportMeasure, { description: "Attendance rate of delivered sessions: sessionsAttended ÷ sessionsRecorded, from 0 to 1 (4 places); withheld with either count." })
  attendanceRate!: ReportMeasure;

  @Field(() => ReportMeasure, { description: "Median days from referral (referredAt) to start (first ON_PROGRAMME), over the referrals started in the period (1 place); withheld with started." })
  medianDaysToStart!: ReportMeasure;
}

@ObjectType({ description: "Programme performance for a period, for commissioners' returns: counts only, suppressed for publication whoever asks." })
export class ProgrammePerformanceReport {
  @Field(() => DateScalar, { description: "The period's first day (a calendar date in England)." })
  from!: string;

  @Field(() => DateScalar, { description: "The period's last day, included." })
  to!: string;

  @Field(() => ProgrammeCodeEnum, { nullable: true, description: "The programme reported on; null for every programme together." })
  programme!: ProgrammeCode | null;

  @Field(() => [PerformanceBreakdownEnum], { description: "The breakdowns asked for, in order." })
  breakdowns!: PerformanceBreakdown[];

  @Field(() => PerformanceLine, { description: "The period's figures, all referrals of the programme together." })
  total!: PerformanceLine;

  @Field(() => [PerformanceLine], { description: "One line per category of each breakdown, by breakdown then key; categories with nothing to count are left out." })
  lines!: PerformanceLine[];

  @Field(() => [ReportCategoryCount], { description: "Assessed unsuitable by reason: the period's referrals moved to ASSESSED_UNSUITABLE, by the unsuitabilityReason recorded with the move (UnsuitabilityReason), NOT_RECORDED when none was; adds up to total.assessedUnsuitable. For the whole period, not by breakdown." })
  unsuitableByReason!: ReportCategoryCount[];

  @Field({ description: "True when any figure of the report is withheld." })
  suppressed!: boolean;

  @Field({ description: "The same report as CSV (what GET /reports/programme-performance.csv answers): one header row, ISO dates, withheld values as [c]." })
  csv!: string;
}

@InputType({ description: "Which programme performance report: a period, a programme and breakdowns. Every field may be left out." })
export class ProgrammePerformanceInput {
  @Field(() => DateScalar, { nullable: true, description: "The period's first day; by default the first day of the quarter `to` is in (January, April, July, October)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The period's last day, included; by default today. At most ten years after from." })
  to?: string | null;

  @Field(() => ProgrammeCodeEnum, { nullable: true, description: "One programme; by default every programme together." })
  programme?: ProgrammeCode | null;

  @Field(() => [PerformanceBreakdownEnum], { nullable: true, description: "Breakdowns to add, each a set of lines that add up to the total." })
  groupBy?: PerformanceBreakdown[] | null;
}
