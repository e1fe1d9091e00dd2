import { graphqlEnum } from "../../shared/enums.js";
import { ALERT_KINDS, ALERT_ORDERS, VICTIM_LINK_ORDERS, DASH_ANSWERS, DASH_LEVELS, MARAC_GROUNDS, ORDER_TYPES, RELATIONSHIPS, SAFE_CONTACT_METHODS, SUPPORT_KINDS } from "./victim-safety.model.js";

export const RelationshipEnum = graphqlEnum(RELATIONSHIPS, "VictimRelationship", { description: "What the victim is to the perpetrator." });
export const DashLevelEnum = graphqlEnum(DASH_LEVELS, "DashRiskLevel", { description: "SafeLives DASH: HIGH is 14+ \"yes\" (or raised by judgement), MEDIUM 10-13, STANDARD fewer." });
export const DashAnswerEnum = graphqlEnum(DASH_ANSWERS, "DashAnswer");
export const MaracGroundEnum = graphqlEnum(MARAC_GROUNDS, "MaracGround", {
  description: "SafeLives referral criteria. REPEAT is set by the system when the pair had a referral in the last 12 months.",
});
export const SupportKindEnum = graphqlEnum(SUPPORT_KINDS, "SupportWorkerKind", {
  description: "IDVA; the programme's partner support worker; the Respect integrated support service; or other.",
});
export const OrderTypeEnum = graphqlEnum(ORDER_TYPES, "ProtectiveOrderType", {
  description: "DVPN/DVPO (Crime and Security Act 2010), DAPN/DAPO (Domestic Abuse Act 2021), non-molestation and restraining orders, and Clare's Law (DVDS) disclosures.",
});
export const SafeContactMethodEnum = graphqlEnum(SAFE_CONTACT_METHODS, "SafeContactMethod");
export const AlertKindEnum = graphqlEnum(ALERT_KINDS, "SafetyAlertKind");

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
