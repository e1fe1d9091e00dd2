export const REFERRAL_STATUSES = [
  "REFERRED",
  "AWAITING_ASSESSMENT",
  "ASSESSED_SUITABLE",
  "ASSESSED_UNSUITABLE",
  "DID_NOT_ATTEND_ASSESSMENT",
  "DEFERRED",
  "SUITABLE_NOT_READY",
  "AWAITING_ALLOCATION",
  "ALLOCATED",
  "ON_PROGRAMME",
  "COMPLETED",
  "BREACHED",
  "DROPPED_OUT",
  "WITHDRAWN",
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const TERMINAL_STATUSES: readonly ReferralStatus[] = [
  "ASSESSED_UNSUITABLE",
  "COMPLETED",
  "BREACHED",
  "DROPPED_OUT",
  "WITHDRAWN",
];

/** The longest note a referral or one of its transitions keeps. */
export const MAX_REFERRAL_NOTE = 2000;

export const LEGAL_BASES = ["COMMUNITY_ORDER", "SUSPENDED_SENTENCE", "LICENCE", "FAMILY_COURT"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const WITHDRAWAL_REASONS = ["MOVED_AREA", "CUSTODY", "REFERRER_WITHDREW", "DECLINED", "DECEASED", "OTHER"] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/**
 * Why an assessment found a person unsuitable, as perpetrator programmes' suitability criteria put it
 * (Respect accreditation standard and HMPPS accredited programme suitability): recorded with the move
 * to ASSESSED_UNSUITABLE, in the transition's reason, and reported by reason to commissioners.
 */
export const UNSUITABILITY_REASONS = ["DENIES_ABUSE", "NOT_MOTIVATED", "MENTAL_HEALTH", "SUBSTANCE_MISUSE", "LEARNING_OR_LANGUAGE_NEEDS", "RISK_NOT_MANAGEABLE", "OTHER"] as const;
export type UnsuitabilityReason = (typeof UNSUITABILITY_REASONS)[number];

export const REFERRAL_SOURCES = [
  "PROBATION",
  "POLICE",
  "FRONT_DOOR_SAFEGUARDING_HUB",
  "CHILDRENS_SERVICES",
  "YOUTH_JUSTICE_SERVICE",
  "SCHOOL",
  "FAMILY_COURT",
  "SELF",
  "OTHER",
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/** The orders a list of referrals can be read in (`orderBy`); the first is the default. */
export const REFERRAL_ORDERS = ["NEWEST_FIRST", "OLDEST_FIRST", "STATUS", "FAMILY_NAME"] as const;
export type ReferralOrder = (typeof REFERRAL_ORDERS)[number];
export const DEFAULT_REFERRAL_ORDER: ReferralOrder = "NEWEST_FIRST";

/**
 * The order a mandated referral enforces. Each belongs to one legal basis (SENTENCE_ORDER_BASIS), so
 * the two never disagree: post-sentence supervision follows release from custody, like a licence.
 */
export const SENTENCE_ORDER_TYPES = [
  "COMMUNITY_ORDER",
  "SUSPENDED_SENTENCE_ORDER",
  "LICENCE",
  "POST_SENTENCE_SUPERVISION",
  "FAMILY_COURT_ORDER",
] as const;
export type SentenceOrderType = (typeof SENTENCE_ORDER_TYPES)[number];

export const SENTENCE_ORDER_BASIS: Readonly<Record<SentenceOrderType, LegalBasis>> = {
  COMMUNITY_ORDER: "COMMUNITY_ORDER",
  SUSPENDED_SENTENCE_ORDER: "SUSPENDED_SENTENCE",
  LICENCE: "LICENCE",
  POST_SENTENCE_SUPERVISION: "LICENCE",
  FAMILY_COURT_ORDER: "FAMILY_COURT",
};

/** How failing to comply is enforced: back to the criminal court, recall to custody, or back to the family court. */
export const ENFORCEMENT_ROUTES = ["BREACH", "RECALL", "FAMILY_COURT"] as const;
export type EnforcementRoute = (typeof ENFORCEMENT_ROUTES)[number];
