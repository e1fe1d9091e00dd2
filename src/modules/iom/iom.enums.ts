import { graphqlEnum } from "../../shared/enums.js";
import {
  ACTION_STATUSES,
  COHORT_ORDERS,
  COHORT_TYPES,
  DESELECTION_REASONS,
  OWNER_AGENCIES,
  PATHWAYS,
  PLAN_STATUSES,
  REVIEW_OUTCOMES,
  SELECTION_SOURCES,
  STAFF_KINDS,
} from "./iom.model.js";

export const SelectionSourceEnum = graphqlEnum(SELECTION_SOURCES, "IomSelectionSource", {
  description: "Who put the person forward for the cohort.",
  valuesConfig: {
    FRONT_DOOR_SAFEGUARDING_HUB: { description: "The Front Door Safeguarding Hub (the route for the Leeds DV IOM cohort)." },
    MARAC: { description: "A MARAC hearing." },
    PROBATION: { description: "Probation." },
    POLICE: { description: "The police." },
    OTHER: { description: "Another agency or route." },
  },
});
export const CohortTypeEnum = graphqlEnum(COHORT_TYPES, "IomCohortType", {
  description: "National IOM cohorts: FIXED (statutory), FLEX (local priority; domestic abuse), FREE (local discretion).",
  valuesConfig: {
    FIXED: { description: "The Fixed cohort: offenders every area must manage under national IOM guidance." },
    FLEX: { description: "The Flex cohort: a local priority chosen by the area; domestic abuse usually sits here." },
    FREE: { description: "The Free cohort: offenders selected at local discretion." },
  },
});
export const DeselectionReasonEnum = graphqlEnum(DESELECTION_REASONS, "IomDeselectionReason", {
  description: "Why a member left the IOM cohort.",
  valuesConfig: {
    REDUCED_RISK: { description: "Their risk has reduced enough that they no longer need IOM management." },
    CUSTODY: { description: "They went into custody." },
    MOVED_AREA: { description: "They moved out of the area." },
    DECEASED: { description: "They died." },
    OTHER: { description: "Another reason, given in the deselection note." },
  },
});
export const StaffKindEnum = graphqlEnum(STAFF_KINDS, "IomStaffKind", {
  description: "What kind of IOM staff member someone is.",
  valuesConfig: {
    POLICE_OFFENDER_MANAGER: { description: "A police officer (usually a constable) acting as offender manager for cohort members." },
    PROBATION_PRACTITIONER: { description: "A probation practitioner who works with the cohort and owns plan actions." },
  },
});
export const PathwayEnum = graphqlEnum(PATHWAYS, "InterventionPathway", {
  description: "The reducing-reoffending pathways, plus programme attendance and deterrence/disruption (orders, curfews, enforcement).",
  valuesConfig: {
    ACCOMMODATION: { description: "Somewhere settled and safe to live." },
    ATTITUDES_THINKING_BEHAVIOUR: { description: "Attitudes, thinking and behaviour, including abusive behaviour." },
    CHILDREN_FAMILIES: { description: "Children and families." },
    DRUGS_ALCOHOL: { description: "Drug and alcohol use." },
    EDUCATION_TRAINING_EMPLOYMENT: { description: "Education, training and employment." },
    FINANCE_BENEFIT_DEBT: { description: "Finance, benefits and debt." },
    HEALTH_MENTAL_HEALTH: { description: "Physical and mental health." },
    PROGRAMME_ATTENDANCE: { description: "Attending a perpetrator programme; such an action may track the programme referral." },
    DETERRENCE_DISRUPTION: { description: "Deterrence and disruption: orders, curfews, enforcement." },
  },
});
export const OwnerAgencyEnum = graphqlEnum(OWNER_AGENCIES, "ActionOwnerAgency", {
  description: "The agency that owns a plan action.",
  valuesConfig: {
    POLICE: { description: "The police." },
    PROBATION: { description: "The Probation Service." },
    COUNCIL: { description: "The local council (e.g. housing, children's services)." },
    HEALTH: { description: "Health services (e.g. GP, mental-health or drug and alcohol services)." },
    THIRD_SECTOR: { description: "A voluntary or community organisation." },
  },
});
export const ActionStatusEnum = graphqlEnum(ACTION_STATUSES, "PlanActionStatus", {
  description: "Where a plan action stands. PLANNED and IN_PROGRESS are open; DONE, NOT_ACHIEVED and CANCELLED close it for good.",
  valuesConfig: {
    PLANNED: { description: "Agreed and not yet started." },
    IN_PROGRESS: { description: "Under way." },
    DONE: { description: "Done as planned." },
    NOT_ACHIEVED: { description: "Closed without being achieved; the notes say why." },
    CANCELLED: { description: "No longer needed; the notes say why." },
  },
});
export const PlanStatusEnum = graphqlEnum(PLAN_STATUSES, "InterventionPlanStatus", {
  description: "LIVE is the plan in force; SUPERSEDED by a re-plan; CLOSED when the member left the cohort.",
  valuesConfig: {
    LIVE: { description: "The plan in force for the member; at most one per membership." },
    SUPERSEDED: { description: "Replaced by a newer version through a re-plan; kept as history." },
    CLOSED: { description: "Ended when the member left the cohort." },
  },
});
export const ReviewOutcomeEnum = graphqlEnum(REVIEW_OUTCOMES, "PlanReviewOutcome", {
  description: "What a plan review concluded.",
  valuesConfig: {
    ON_TRACK: { description: "The member is engaging and the plan is on track." },
    PARTIAL_PROGRESS: { description: "Some actions are progressing and others are not." },
    NOT_ENGAGING: { description: "The member is not engaging with the plan." },
    RISK_INCREASED: { description: "The member's risk has increased since the last review." },
    DESELECTION_RECOMMENDED: { description: "The review recommends taking the member off the cohort." },
  },
});
export const CohortOrderEnum = graphqlEnum(COHORT_ORDERS, "IomCohortOrder", {
  description: "The order the IOM cohort is read in. Each order ends with the membership's id, so paging never skips or repeats a member.",
  valuesConfig: {
    SELECTED_NEWEST_FIRST: { description: "Most recently selected first (the default)." },
    SELECTED_OLDEST_FIRST: { description: "Longest on the cohort first." },
    FAMILY_NAME: { description: "By the person's family name, then given name (case ignored)." },
    REVIEW_DUE_SOONEST: { description: "By the live plan's next review date, overdue reviews first; members without a live plan last." },
  },
});
