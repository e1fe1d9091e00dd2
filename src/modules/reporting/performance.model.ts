/** The ways the programme performance report can be broken down; each is one SQL expression (performance.repository.ts). */
export const PERFORMANCE_BREAKDOWNS = ["REFERRAL_SOURCE", "GROUP", "SEX", "AGE_BAND", "DISABILITY", "ETHNICITY_GROUP", "FIRST_LANGUAGE"] as const;
export type PerformanceBreakdown = (typeof PERFORMANCE_BREAKDOWNS)[number];

/** The counts of the report, in the order of its CSV columns. Each is defined once, in SQL. */
export const PERFORMANCE_COUNTS = [
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
] as const;
export type PerformanceCount = (typeof PERFORMANCE_COUNTS)[number];

/** What the SQL answers for one category of one breakdown (or the whole period, `breakdown` null). */
export interface PerformanceFigures {
  breakdown: PerformanceBreakdown | null;
  key: string | null;
  label: string | null;
  counts: Record<PerformanceCount, number>;
  medianDaysToStart: number | null;
}

export interface PerformancePeriod {
  from: string;
  to: string;
}
