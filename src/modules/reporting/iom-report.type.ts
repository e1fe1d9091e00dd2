import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { ReportCategoryCount } from "./figures.type.js";
import { ReportCount, ReportMeasure } from "./performance.type.js";

// The definitions below are the ones iom.repository.ts computes: change them together. A membership
// is one selection of a person into the cohort, from its startedOn to its endedOn (its last day).

@ObjectType({ description: "Integrated offender management for a period, for the partnership board: the cohort's size and flow, plan reviews, actions and the cohort's reoffending proxy. Counts only, suppressed for publication whoever asks (SuppressionReason)." })
export class IomReport {
  @Field(() => DateScalar, { description: "The period's first day." })
  from!: string;

  @Field(() => DateScalar, { description: "The period's last day, included." })
  to!: string;

  @Field(() => ReportCount, { description: "Members in the period: memberships in the cohort on any day of the period. Equals cohortAtStart + selections, and cohortAtEnd + deselections." })
  membersInPeriod!: ReportCount;

  @Field(() => ReportCount, { description: "Cohort size at the start: memberships selected before the period's first day and not ended before it." })
  cohortAtStart!: ReportCount;

  @Field(() => ReportCount, { description: "Cohort size at the end: memberships selected by the period's last day and not ended on or before it." })
  cohortAtEnd!: ReportCount;

  @Field(() => ReportCount, { description: "Selections: memberships whose startedOn is in the period." })
  selections!: ReportCount;

  @Field(() => [ReportCategoryCount], { description: "Selections by how the person was put forward (IomSelectionSource); adds up to selections." })
  selectionsBySource!: ReportCategoryCount[];

  @Field(() => ReportCount, { description: "Deselections: memberships whose endedOn is in the period." })
  deselections!: ReportCount;

  @Field(() => [ReportCategoryCount], { description: "Deselections by reason (IomDeselectionReason); adds up to deselections." })
  deselectionsByReason!: ReportCategoryCount[];

  @Field(() => ReportCount, { description: "Plan reviews due: review dates in the period while the plan was in force: each review's nextReviewOn, and the reviewDueOn of a plan not yet reviewed. (A plan's first due date is kept only until its first review, so a first review met early is not counted.)" })
  reviewsDue!: ReportCount;

  @Field(() => ReportCount, { description: "Plans reviewed on time: of reviewsDue, those met by a later review of the plan reviewed on or before the due date." })
  reviewsOnTime!: ReportCount;

  @Field(() => ReportCount, { description: "Reviews not on time: reviewsDue − reviewsOnTime (reviewed late, or not yet; a date after today counts here until it is met)." })
  reviewsLate!: ReportCount;

  @Field(() => ReportMeasure, { description: "Share of reviews on time: reviewsOnTime ÷ reviewsDue, from 0 to 1 (4 places); withheld with either count." })
  reviewsOnTimeRate!: ReportMeasure;

  @Field(() => ReportCount, { description: "Actions completed: plan actions moved to DONE (their closedAt) in the period." })
  actionsCompleted!: ReportCount;

  @Field(() => [ReportCategoryCount], { description: "Actions completed by pathway (InterventionPathway); adds up to actionsCompleted." })
  actionsCompletedByPathway!: ReportCategoryCount[];

  @Field(() => ReportCount, { description: "Reoffending proxy, before: safety incidents (occurredOn) between the member and any linked victim in the 12 months before selection, over membersInPeriod. A proxy: only incidents recorded here, not police or court data." })
  incidentsBeforeSelection!: ReportCount;

  @Field(() => ReportCount, { description: "Reoffending proxy, since: safety incidents from the day of selection to the end of the membership or of the period, whichever is first, over membersInPeriod." })
  incidentsSinceSelection!: ReportCount;

  @Field(() => ReportMeasure, { description: "Person-months before: 12 for each of membersInPeriod (1 place); withheld with membersInPeriod." })
  personMonthsBefore!: ReportMeasure;

  @Field(() => ReportMeasure, { description: "Person-months since: for each of membersInPeriod, the days from selection to the end of its window ÷ 30.4375 (1 place); withheld with membersInPeriod." })
  personMonthsSince!: ReportMeasure;

  @Field(() => ReportMeasure, { description: "Incident rate before: incidentsBeforeSelection ÷ personMonthsBefore, per person-month (4 places), so unequal windows compare fairly; withheld with the incidents or the members." })
  incidentRateBefore!: ReportMeasure;

  @Field(() => ReportMeasure, { description: "Incident rate since: incidentsSinceSelection ÷ personMonthsSince, per person-month (4 places); withheld with the incidents or the members. Compare with incidentRateBefore; a proxy for reoffending, not a proven reoffending rate." })
  incidentRateSince!: ReportMeasure;

  @Field({ description: "True when any figure of the report is withheld." })
  suppressed!: boolean;

  @Field({ description: "The same report as CSV (what GET /reports/iom.csv answers): one header row (from,to,figure,category,value,suppression), one row per figure and per category, ISO dates, withheld values as [c]." })
  csv!: string;
}
