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

export const SelectionSourceEnum = graphqlEnum(SELECTION_SOURCES, "IomSelectionSource", { description: "Who put the person forward for the cohort." });
export const CohortTypeEnum = graphqlEnum(COHORT_TYPES, "IomCohortType", {
  description: "National IOM cohorts: FIXED (statutory), FLEX (local priority; domestic abuse), FREE (local discretion).",
});
export const DeselectionReasonEnum = graphqlEnum(DESELECTION_REASONS, "IomDeselectionReason");
export const StaffKindEnum = graphqlEnum(STAFF_KINDS, "IomStaffKind");
export const PathwayEnum = graphqlEnum(PATHWAYS, "InterventionPathway", {
  description: "The reducing-reoffending pathways, plus programme attendance and deterrence/disruption (orders, curfews, enforcement).",
});
export const OwnerAgencyEnum = graphqlEnum(OWNER_AGENCIES, "ActionOwnerAgency");
export const ActionStatusEnum = graphqlEnum(ACTION_STATUSES, "PlanActionStatus");
export const PlanStatusEnum = graphqlEnum(PLAN_STATUSES, "InterventionPlanStatus", {
  description: "LIVE is the plan in force; SUPERSEDED by a re-plan; CLOSED when the member left the cohort.",
});
export const ReviewOutcomeEnum = graphqlEnum(REVIEW_OUTCOMES, "PlanReviewOutcome");

export const CohortOrderEnum = graphqlEnum(COHORT_ORDERS, "IomCohortOrder", {
  description: "The order the IOM cohort is read in. Each order ends with the membership's id, so paging never skips or repeats a member.",
  valuesConfig: {
    SELECTED_NEWEST_FIRST: { description: "Most recently selected first (the default)." },
    SELECTED_OLDEST_FIRST: { description: "Longest on the cohort first." },
    FAMILY_NAME: { description: "By the person's family name, then given name (case ignored)." },
    REVIEW_DUE_SOONEST: { description: "By the live plan's next review date, overdue reviews first; members without a live plan last." },
  },
});
