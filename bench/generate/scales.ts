/** How much data each benchmark scale holds. Attendance, sessions and history rows follow from these. */
export interface ScaleCounts {
  perpetrators: number;
  /** Across the four programmes, over about four years, including the benchmark groups' members. */
  referrals: number;
  victims: number;
  /** Cohort memberships, open and ended; each is a different person. */
  iomMembers: number;
  /** Police offender managers om-1 … om-N. */
  iomOfficers: number;
  /** Open members managed by om-1, the IOM benchmark's officer. */
  om1Caseload: number;
  /** Probation referrers prob-1 … prob-N, spread over the probation orgs. */
  probationPractitioners: number;
  /** Ordinary group facilitators fac-1 … fac-N (two to a group). */
  facilitators: number;
  /** bench-fac-1 … bench-fac-N, each the only facilitator of one running group of twelve. */
  benchFacilitators: number;
  idvas: number;
  /** About this many safety alerts. */
  safetyAlerts: number;
}

export type ScaleName = "small" | "region";

/**
 * A region is a West Yorkshire-sized area over four years. Small is about a hundredth of it, except for
 * the fixtures the benchmark scenarios need at any scale (60 facilitator groups, om-1's caseload of 50+).
 */
export const SCALES: Record<ScaleName, ScaleCounts> = {
  region: {
    perpetrators: 100_000,
    referrals: 300_000,
    victims: 20_000,
    iomMembers: 2_000,
    iomOfficers: 40,
    om1Caseload: 60,
    probationPractitioners: 200,
    facilitators: 400,
    benchFacilitators: 60,
    idvas: 40,
    safetyAlerts: 400,
  },
  small: {
    perpetrators: 1_000,
    referrals: 3_000,
    victims: 200,
    iomMembers: 100,
    iomOfficers: 4,
    om1Caseload: 55,
    probationPractitioners: 10,
    facilitators: 12,
    benchFacilitators: 60,
    idvas: 4,
    safetyAlerts: 20,
  },
};

export const isScaleName = (value: string): value is ScaleName => Object.hasOwn(SCALES, value);
