import { graphqlEnum } from "../../shared/enums.js";
import { ALERT_KINDS, DASH_ANSWERS, DASH_LEVELS, MARAC_GROUNDS, ORDER_TYPES, RELATIONSHIPS, SAFE_CONTACT_METHODS, SUPPORT_KINDS } from "./victim-safety.model.js";

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
