import { type AccessDecision } from "./decisions.js";

const PUBLISHED: AccessDecision = { custom: "a published aggregate, never a person: Query.programmePerformance, Query.victimSafetyReport and Query.iomReport refuse all but ANALYST and ADMIN, and every count goes through small-number and secondary suppression (modules/reporting/suppression.rules.ts) whoever asks" };

const LINE_COUNTS = [
  "referralsReceived",
  "assessmentsMissed",
  "assessedUnsuitable",
  "allocated",
  "started",
  "completed",
  "droppedOut",
  "breached",
  "withdrawn",
  "startersCompleted",
  "sessionsAttended",
  "sessionsRecorded",
  "warningLetters",
  "breachProceedings",
  "completionRate",
  "attendanceRate",
  "medianDaysToStart",
];

const SAFETY_FIGURES = ["dashAssessments", "dashAssessmentsByLevel", "maracReferrals", "maracReferralsByKind", "maracRepeatRate", "protectiveOrders", "protectiveOrdersByType", "alertsRaised", "alertsRaisedByKind", "alertsAcknowledged", "alertsOpen", "medianHoursToAcknowledge"];

const IOM_FIGURES = [
  "membersInPeriod",
  "cohortAtStart",
  "cohortAtEnd",
  "selections",
  "selectionsBySource",
  "deselections",
  "deselectionsByReason",
  "reviewsDue",
  "reviewsOnTime",
  "reviewsLate",
  "reviewsOnTimeRate",
  "actionsCompleted",
  "actionsCompletedByPathway",
  "incidentsBeforeSelection",
  "incidentsSinceSelection",
  "personMonthsBefore",
  "personMonthsSince",
  "incidentRateBefore",
  "incidentRateSince",
];

/** The fields of a report of figures: its period and flags are the row's, its CSV a published aggregate, every figure a ReportCount or ReportMeasure (decided there). */
const figureReport = (type: string, figures: readonly string[]): Record<string, AccessDecision> => ({
  [`${type}.from`]: "row",
  [`${type}.to`]: "row",
  [`${type}.suppressed`]: "row",
  [`${type}.csv`]: PUBLISHED,
  ...Object.fromEntries(figures.map((name) => [`${type}.${name}`, "row" as const])),
});

/** Reporting: programme performance, victim safety and IOM (counts only). */
export const REPORTING_FIELDS: Readonly<Record<string, AccessDecision>> = {
  "ProgrammePerformanceReport.from": "row",
  "ProgrammePerformanceReport.to": "row",
  "ProgrammePerformanceReport.programme": "row",
  "ProgrammePerformanceReport.breakdowns": "row",
  "ProgrammePerformanceReport.total": "row",
  "ProgrammePerformanceReport.lines": "row",
  "ProgrammePerformanceReport.suppressed": "row",
  "ProgrammePerformanceReport.unsuitableByReason": "row",
  "ProgrammePerformanceReport.csv": PUBLISHED,
  "PerformanceLine.breakdown": "row",
  "PerformanceLine.key": "row",
  "PerformanceLine.label": "row",
  ...Object.fromEntries(LINE_COUNTS.map((name) => [`PerformanceLine.${name}`, "row" as const])),
  "ReportCount.value": PUBLISHED,
  "ReportCount.suppression": "row",
  "ReportMeasure.value": PUBLISHED,
  "ReportMeasure.suppression": "row",
  ...figureReport("VictimSafetyReport", SAFETY_FIGURES),
  ...figureReport("IomReport", IOM_FIGURES),
  "ReportCategoryCount.key": "row",
  "ReportCategoryCount.count": "row",
};
