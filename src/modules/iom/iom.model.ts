/** How a person came to be put forward for the cohort. */
export const SELECTION_SOURCES = ["FRONT_DOOR_SAFEGUARDING_HUB", "MARAC", "PROBATION", "POLICE", "OTHER"] as const;
export type SelectionSource = (typeof SELECTION_SOURCES)[number];

/** National IOM guidance (2025): Fixed (statutory), Flex (local priority, where domestic abuse sits) and Free. */
export const COHORT_TYPES = ["FIXED", "FLEX", "FREE"] as const;
export type CohortType = (typeof COHORT_TYPES)[number];

export const DESELECTION_REASONS = ["REDUCED_RISK", "CUSTODY", "MOVED_AREA", "DECEASED", "OTHER"] as const;
export type DeselectionReason = (typeof DESELECTION_REASONS)[number];

export const STAFF_KINDS = ["POLICE_OFFENDER_MANAGER", "PROBATION_PRACTITIONER"] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];

/** The seven reducing-reoffending pathways, plus programme attendance and deterrence/disruption. */
export const PATHWAYS = [
  "ACCOMMODATION",
  "ATTITUDES_THINKING_BEHAVIOUR",
  "CHILDREN_FAMILIES",
  "DRUGS_ALCOHOL",
  "EDUCATION_TRAINING_EMPLOYMENT",
  "FINANCE_BENEFIT_DEBT",
  "HEALTH_MENTAL_HEALTH",
  "PROGRAMME_ATTENDANCE",
  "DETERRENCE_DISRUPTION",
] as const;
export type Pathway = (typeof PATHWAYS)[number];

export const OWNER_AGENCIES = ["POLICE", "PROBATION", "COUNCIL", "HEALTH", "THIRD_SECTOR"] as const;
export type OwnerAgency = (typeof OWNER_AGENCIES)[number];

export const ACTION_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "NOT_ACHIEVED", "CANCELLED"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Statuses in which an action is still to be done, and so can fall overdue. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ["PLANNED", "IN_PROGRESS"];

/** LIVE is the plan in force; a re-plan makes it SUPERSEDED; leaving the cohort makes it CLOSED. */
export const PLAN_STATUSES = ["LIVE", "SUPERSEDED", "CLOSED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const REVIEW_OUTCOMES = ["ON_TRACK", "PARTIAL_PROGRESS", "NOT_ENGAGING", "RISK_INCREASED", "DESELECTION_RECOMMENDED"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** The orders the cohort can be read in (`orderBy`); the first is the default. */
export const COHORT_ORDERS = ["SELECTED_NEWEST_FIRST", "SELECTED_OLDEST_FIRST", "FAMILY_NAME", "REVIEW_DUE_SOONEST"] as const;
export type CohortOrder = (typeof COHORT_ORDERS)[number];
export const DEFAULT_COHORT_ORDER: CohortOrder = "SELECTED_NEWEST_FIRST";
