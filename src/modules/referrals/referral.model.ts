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

export const LEGAL_BASES = ["COMMUNITY_ORDER", "SUSPENDED_SENTENCE", "LICENCE", "FAMILY_COURT"] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const WITHDRAWAL_REASONS = ["MOVED_AREA", "CUSTODY", "REFERRER_WITHDREW", "DECLINED", "DECEASED", "OTHER"] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

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
