/** Programme vocabulary shared by tables, rules and GraphQL types. */
export const PROGRAMME_CODES = ["CARING_DADS", "CHOICES", "PACT", "BBR"] as const;
export type ProgrammeCode = (typeof PROGRAMME_CODES)[number];

export const SEXES = ["MALE", "FEMALE", "INTERSEX", "NOT_KNOWN"] as const;
export type Sex = (typeof SEXES)[number];

export const COMPLETION_KINDS = ["SESSION_COUNT", "PERCENTAGE"] as const;
export type CompletionKind = (typeof COMPLETION_KINDS)[number];

export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH", "VERY_HIGH"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The eligibility, length and completion rules of a programme: data, so areas can configure them. */
export interface ProgrammeRules {
  code: ProgrammeCode;
  name: string;
  minAge: number | null;
  maxAge: number | null;
  /** null: open to any sex. */
  requiredSex: Sex | null;
  /** Caring Dads: must be a parent with regular contact with a child younger than this age. */
  requiresChildUnderAge: number | null;
  /** BBR: a court order, licence condition or family-court direction is the route in. */
  mandated: boolean;
  /** BBR: SARA risk of at least this level. */
  minimumRiskLevel: RiskLevel | null;
  sessionsTotal: number;
  completionKind: CompletionKind;
  /** A session count for SESSION_COUNT, a percentage (1-100) of sessionsTotal for PERCENTAGE. */
  completionValue: number;
  /** The group closes to new members once this session has started. */
  closesAfterSession: number | null;
  maxGroupSize: number;
  /**
   * The first session number of each module, ascending, starting at 1 ([1]: one module). A module is
   * the run of sessions from one start to the next.
   */
  moduleStartSessions: number[];
  /** BBR: a participant with a missed session not yet caught up may not attend a later module's session. */
  catchUpBeforeNextModule: boolean;
}
