import { type AccessDecision } from "./decisions.js";

const PUBLISHED: AccessDecision = { custom: "a published aggregate, never a person: Query.programmePerformance refuses all but ANALYST and ADMIN, and every count goes through small-number and secondary suppression (modules/reporting/suppression.rules.ts) whoever asks" };

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

/** Reporting: programme performance (counts only). */
export const REPORTING_FIELDS: Readonly<Record<string, AccessDecision>> = {
  "ProgrammePerformanceReport.from": "row",
  "ProgrammePerformanceReport.to": "row",
  "ProgrammePerformanceReport.programme": "row",
  "ProgrammePerformanceReport.breakdowns": "row",
  "ProgrammePerformanceReport.total": "row",
  "ProgrammePerformanceReport.lines": "row",
  "ProgrammePerformanceReport.suppressed": "row",
  "ProgrammePerformanceReport.csv": PUBLISHED,
  "PerformanceLine.breakdown": "row",
  "PerformanceLine.key": "row",
  "PerformanceLine.label": "row",
  ...Object.fromEntries(LINE_COUNTS.map((name) => [`PerformanceLine.${name}`, "row" as const])),
  "ReportCount.value": PUBLISHED,
  "ReportCount.suppression": "row",
  "ReportMeasure.value": PUBLISHED,
  "ReportMeasure.suppression": "row",
};
