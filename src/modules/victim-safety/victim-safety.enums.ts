import { graphqlEnum } from "../../shared/enums.js";
import { ALERT_KINDS, ALERT_ORDERS, VICTIM_LINK_ORDERS, DASH_ANSWERS, DASH_LEVELS, MARAC_GROUNDS, ORDER_TYPES, RELATIONSHIPS, SAFE_CONTACT_METHODS, SUPPORT_KINDS } from "./victim-safety.model.js";

export const RelationshipEnum = graphqlEnum(RELATIONSHIPS, "VictimRelationship", {
  description: "What the victim is to the perpetrator.",
  valuesConfig: {
    PARTNER: { description: "A current intimate partner." },
    EX_PARTNER: { description: "A former intimate partner." },
    CHILD: { description: "A child at risk from the perpetrator, e.g. their own child or a child of the household." },
    PARENT: { description: "The perpetrator's parent (e.g. child/adolescent-to-parent violence)." },
    OTHER_FAMILY: { description: "Another family member." },
    OTHER: { description: "Someone else at risk from the perpetrator." },
  },
});
export const DashLevelEnum = graphqlEnum(DASH_LEVELS, "DashRiskLevel", {
  description: "SafeLives DASH: HIGH is 14+ \"yes\" (or raised by judgement), MEDIUM 10-13, STANDARD fewer.",
  valuesConfig: {
    STANDARD: { description: "Standard risk: fewer than 10 \"yes\" answers, and not raised by judgement." },
    MEDIUM: { description: "Medium risk: 10 to 13 \"yes\" answers (or raised to it by professional judgement)." },
    HIGH: { description: "High risk: 14 or more \"yes\" answers (visible high risk), or raised by professional judgement." },
  },
});
export const DashAnswerEnum = graphqlEnum(DASH_ANSWERS, "DashAnswer", {
  description: "An answer to one of the 24 DASH questions.",
  valuesConfig: {
    YES: { description: "Yes; counts towards the score." },
    NO: { description: "No." },
    NOT_KNOWN: { description: "Not known or not answered; does not count towards the score." },
  },
});
export const MaracGroundEnum = graphqlEnum(MARAC_GROUNDS, "MaracGround", {
  description: "SafeLives referral criteria. REPEAT is set by the system when the pair had a referral in the last 12 months.",
  valuesConfig: {
    VISIBLE_HIGH_RISK: { description: "The DASH assessment scored 14 or more \"yes\" answers." },
    PROFESSIONAL_JUDGEMENT: { description: "A professional judges the risk high enough whatever the score; the reason must be recorded." },
    ESCALATION: { description: "Abuse is escalating: at least the configured number of incidents (3 by default) in the configured window (12 months by default)." },
    REPEAT: { description: "Abuse between the same people within 12 months of their last MARAC referral; set by the system, never claimed." },
  },
});
export const SupportKindEnum = graphqlEnum(SUPPORT_KINDS, "SupportWorkerKind", {
  description: "IDVA; the programme's partner support worker; the Respect integrated support service; or other.",
  valuesConfig: {
    IDVA: { description: "An independent domestic violence adviser, for high-risk victims; at most one current IDVA per victim." },
    PARTNER_SUPPORT: { description: "The perpetrator programme's partner support (partner link) worker." },
    INTEGRATED_SUPPORT_SERVICE: { description: "A worker of the Respect integrated support service." },
    OTHER: { description: "Another support worker." },
  },
});
export const OrderTypeEnum = graphqlEnum(ORDER_TYPES, "ProtectiveOrderType", {
  description: "DVPN/DVPO (Crime and Security Act 2010), DAPN/DAPO (Domestic Abuse Act 2021), non-molestation and restraining orders, and Clare's Law (DVDS) disclosures.",
  valuesConfig: {
    DVPN: { description: "Domestic violence protection notice: police-issued, lasting up to 48 hours until a DVPO is heard." },
    DVPO: { description: "Domestic violence protection order: made by a magistrates' court, lasting 14 to 28 days." },
    DAPN: { description: "Domestic abuse protection notice (Domestic Abuse Act 2021): police-issued, lasting up to 48 hours." },
    DAPO: { description: "Domestic abuse protection order (Domestic Abuse Act 2021): no fixed length; piloted areas only." },
    NON_MOLESTATION_ORDER: { description: "A non-molestation order made by the family court." },
    RESTRAINING_ORDER: { description: "A restraining order made by a criminal court; it may have no end date." },
    DVDS_DISCLOSURE: { description: "A Clare's Law (Domestic Violence Disclosure Scheme) disclosure: right to ask or right to know. Has no end date and is never \"in force\"." },
  },
});
export const SafeContactMethodEnum = graphqlEnum(SAFE_CONTACT_METHODS, "SafeContactMethod", {
  description: "How the victim may safely be contacted.",
  valuesConfig: {
    PHONE: { description: "By phone call." },
    TEXT: { description: "By text message." },
    EMAIL: { description: "By email." },
    IN_PERSON: { description: "In person only." },
    VIA_SUPPORT_WORKER: { description: "Only through their support worker." },
    NONE: { description: "Do not contact the victim directly." },
  },
});
export const AlertKindEnum = graphqlEnum(ALERT_KINDS, "SafetyAlertKind", {
  description: "What happened that a victim's support workers must hear about at once (the Respect Standard: partner services are kept informed of the perpetrator's engagement).",
  valuesConfig: {
    PROGRAMME_DROPPED_OUT: { description: "The linked perpetrator dropped out of their programme." },
    PROGRAMME_BREACHED: { description: "The linked perpetrator's mandated referral was breached (returned to court)." },
    PROGRAMME_WITHDRAWN: { description: "The linked perpetrator's programme referral was withdrawn." },
    SESSION_EXCLUDED: { description: "The linked perpetrator was excluded (asked to leave) from a programme session." },
    UNACCEPTABLE_ABSENCE: { description: "The linked perpetrator missed a programme session without an acceptable reason." },
    ORDER_EXPIRING: { description: "A protective order protecting the victim ends within 7 days." },
  },
});
export const AlertOrderEnum = graphqlEnum(ALERT_ORDERS, "SafetyAlertOrder", {
  description: "The order safety alerts are read in. Each order ends with the alert's id, so paging never skips or repeats one.",
  valuesConfig: {
    NEWEST_FIRST: { description: "Most recently raised first (the default)." },
    OLDEST_FIRST: { description: "Longest since raised first." },
    OPEN_FIRST: { description: "Alerts not yet acknowledged first, then acknowledged ones; most recently raised first within each." },
  },
});

export const VictimLinkOrderEnum = graphqlEnum(VICTIM_LINK_ORDERS, "VictimLinkOrder", {
  description: "The order a perpetrator's victim links are listed in; ties go by the link's id.",
  valuesConfig: {
    LINKED_FIRST: { description: "By the date the link started, earliest first (the default)." },
    RISK_HIGHEST_FIRST: { description: "By the risk in force (the latest DASH level): HIGH, MEDIUM, STANDARD, then never assessed; earliest link first within each." },
    VICTIM_NAME: { description: "By the victim's family name, then given name (case ignored)." },
  },
});
