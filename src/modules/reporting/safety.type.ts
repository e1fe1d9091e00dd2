import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { ReportCategoryCount } from "./figures.type.js";
import { ReportCount, ReportMeasure } from "./performance.type.js";

// The definitions below are the ones safety.repository.ts computes: change them together. A date is
// in the period when its day is; an instant when it falls in the period's days in England.

@ObjectType({ description: "Victim safety for a period, for the community safety partnership: counts only, suppressed for publication whoever asks (SuppressionReason). No victim, perpetrator or worker is named or counted alone." })
export class VictimSafetyReport {
  @Field(() => DateScalar, { description: "The period's first day." })
  from!: string;

  @Field(() => DateScalar, { description: "The period's last day, included." })
  to!: string;

  @Field(() => ReportCount, { description: "DASH assessments: DASH risk checklists whose assessedOn date is in the period (a victim assessed twice counts twice)." })
  dashAssessments!: ReportCount;

  @Field(() => [ReportCategoryCount], { description: "DASH assessments by their final level (DashRiskLevel: STANDARD, MEDIUM, HIGH), after any professional judgement; adds up to dashAssessments." })
  dashAssessmentsByLevel!: ReportCategoryCount[];

  @Field(() => ReportCount, { description: "MARAC referrals: referrals to a MARAC whose referredOn date is in the period." })
  maracReferrals!: ReportCount;

  @Field(() => [ReportCategoryCount], { description: "MARAC referrals as FIRST or REPEAT. REPEAT (SafeLives): the same victim, over any of their links, had an earlier MARAC referral within the 12 months before this one's referredOn. Adds up to maracReferrals." })
  maracReferralsByKind!: ReportCategoryCount[];

  @Field(() => ReportMeasure, { description: "MARAC repeat rate: REPEAT ÷ maracReferrals, from 0 to 1 (4 places); withheld with either count. SafeLives publishes a national expectation of 28–40% (0.28–0.40): a rate below it usually means repeats are not being identified." })
  maracRepeatRate!: ReportMeasure;

  @Field(() => ReportCount, { description: "Protective orders: orders (and DVDS disclosures) whose startsOn date is in the period." })
  protectiveOrders!: ReportCount;

  @Field(() => [ReportCategoryCount], { description: "Protective orders by type (ProtectiveOrderType: DVPN, DVPO, DAPN, DAPO, NON_MOLESTATION_ORDER, RESTRAINING_ORDER, DVDS_DISCLOSURE); adds up to protectiveOrders." })
  protectiveOrdersByType!: ReportCategoryCount[];

  @Field(() => ReportCount, { description: "Safety alerts raised: alerts created in the period, one per recipient (an event that alerts an IDVA and a partner support worker counts twice)." })
  alertsRaised!: ReportCount;

  @Field(() => [ReportCategoryCount], { description: "Safety alerts raised, by kind (SafetyAlertKind); adds up to alertsRaised." })
  alertsRaisedByKind!: ReportCategoryCount[];

  @Field(() => ReportCount, { description: "Alerts acknowledged: of alertsRaised, those acknowledged by now (whenever it was)." })
  alertsAcknowledged!: ReportCount;

  @Field(() => ReportCount, { description: "Alerts still open: of alertsRaised, those not acknowledged; alertsAcknowledged + alertsOpen = alertsRaised." })
  alertsOpen!: ReportCount;

  @Field(() => ReportMeasure, { description: "Median hours to acknowledgement: the median of acknowledgedAt − createdAt over alertsAcknowledged, in hours (1 place); withheld with alertsAcknowledged. No acknowledgement target is set in the service, so no share within one is given." })
  medianHoursToAcknowledge!: ReportMeasure;

  @Field({ description: "True when any figure of the report is withheld." })
  suppressed!: boolean;

  @Field({ description: "The same report as CSV (what GET /reports/victim-safety.csv answers): one header row (from,to,figure,category,value,suppression), one row per figure and per category, ISO dates, withheld values as [c]." })
  csv!: string;
}
