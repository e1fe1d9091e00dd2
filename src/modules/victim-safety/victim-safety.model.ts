/** How a victim is related to the perpetrator a link ties them to. */
export const RELATIONSHIPS = ["PARTNER", "EX_PARTNER", "CHILD", "PARENT", "OTHER_FAMILY", "OTHER"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** SafeLives DASH levels, lowest first: the order matters, since judgement may only raise a level. */
export const DASH_LEVELS = ["STANDARD", "MEDIUM", "HIGH"] as const;
export type DashLevel = (typeof DASH_LEVELS)[number];

export const DASH_ANSWERS = ["YES", "NO", "NOT_KNOWN"] as const;
export type DashAnswer = (typeof DASH_ANSWERS)[number];
/** The DASH checklist has 24 questions. */
export const DASH_QUESTION_COUNT = 24;

/** SafeLives MARAC referral criteria. REPEAT is set by the system, never claimed by the referrer. */
export const MARAC_GROUNDS = ["VISIBLE_HIGH_RISK", "PROFESSIONAL_JUDGEMENT", "ESCALATION", "REPEAT"] as const;
export type MaracGround = (typeof MARAC_GROUNDS)[number];

/** IDVA, the perpetrator programme's partner support worker, or the Respect integrated support service. */
export const SUPPORT_KINDS = ["IDVA", "PARTNER_SUPPORT", "INTEGRATED_SUPPORT_SERVICE", "OTHER"] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const ORDER_TYPES = [
  "DVPN",
  "DVPO",
  "DAPN",
  "DAPO",
  "NON_MOLESTATION_ORDER",
  "RESTRAINING_ORDER",
  "DVDS_DISCLOSURE",
] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const SAFE_CONTACT_METHODS = ["PHONE", "TEXT", "EMAIL", "IN_PERSON", "VIA_SUPPORT_WORKER", "NONE"] as const;
export type SafeContactMethod = (typeof SAFE_CONTACT_METHODS)[number];

/** What happened that a victim's support workers must hear about at once. */
export const ALERT_KINDS = [
  "PROGRAMME_DROPPED_OUT",
  "PROGRAMME_BREACHED",
  "PROGRAMME_WITHDRAWN",
  "SESSION_EXCLUDED",
  "UNACCEPTABLE_ABSENCE",
  "ORDER_EXPIRING",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The orders the safety alert inbox can be read in (`orderBy`); the first is the default. */
export const ALERT_ORDERS = ["NEWEST_FIRST", "OLDEST_FIRST", "OPEN_FIRST"] as const;
export type AlertOrder = (typeof ALERT_ORDERS)[number];
export const DEFAULT_ALERT_ORDER: AlertOrder = "NEWEST_FIRST";

/** The orders a perpetrator's victim links can be listed in (`orderBy`); the first is the default. */
export const VICTIM_LINK_ORDERS = ["LINKED_FIRST", "RISK_HIGHEST_FIRST", "VICTIM_NAME"] as const;
export type VictimLinkOrder = (typeof VICTIM_LINK_ORDERS)[number];
export const DEFAULT_VICTIM_LINK_ORDER: VictimLinkOrder = "LINKED_FIRST";
