import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { dayIn, daysOverlap, instantsOverlap, type Period } from "../../shared/period.js";
import {
  interventionPlans,
  iomMemberships,
  iomStaff,
  offenderManagerAssignments,
  planActions,
  planReviews,
  type InterventionPlanRow,
  type IomMembershipRow,
  type OffenderManagerAssignmentRow,
  type PlanActionRow,
  type PlanReviewRow,
} from "./iom.table.js";

export interface SarAssignmentRow {
  assignment: OffenderManagerAssignmentRow;
  staffName: string;
  staffKind: string;
  team: string;
}

export interface SarActionRow {
  action: PlanActionRow;
  ownerStaffName: string | null;
}

/** What a subject access export reads of a person's IOM history: memberships, offender managers, plans, actions and reviews. */
export class IomSarReader {
  constructor(private readonly db: Executor) {}

  memberships(perpetratorId: string, period: Period): Promise<IomMembershipRow[]> {
    return this.db
      .select()
      .from(iomMemberships)
      .where(and(eq(iomMemberships.perpetratorId, perpetratorId), daysOverlap(iomMemberships.startedOn, iomMemberships.endedOn, period)))
      .orderBy(asc(iomMemberships.startedOn));
  }

  assignments(membershipIds: readonly string[], period: Period): Promise<SarAssignmentRow[]> {
    if (membershipIds.length === 0) return Promise.resolve([]);
    return this.db
      .select({ assignment: offenderManagerAssignments, staffName: iomStaff.name, staffKind: iomStaff.kind, team: iomStaff.team })
      .from(offenderManagerAssignments)
      .innerJoin(iomStaff, eq(iomStaff.id, offenderManagerAssignments.staffId))
      .where(
        and(
          inArray(offenderManagerAssignments.membershipId, [...membershipIds]),
          daysOverlap(offenderManagerAssignments.startedOn, offenderManagerAssignments.endedOn, period),
        ),
      )
      .orderBy(asc(offenderManagerAssignments.startedOn), asc(offenderManagerAssignments.assignedAt));
  }

  /** Plan versions live at some time in the period. */
  plans(membershipIds: readonly string[], period: Period): Promise<InterventionPlanRow[]> {
    if (membershipIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(interventionPlans)
      .where(and(inArray(interventionPlans.membershipId, [...membershipIds]), instantsOverlap(interventionPlans.createdAt, interventionPlans.endedAt, period)))
      .orderBy(asc(interventionPlans.membershipId), asc(interventionPlans.version));
  }

  /** Every action of these plan versions: an action is part of the plan it belongs to. */
  actions(planIds: readonly string[]): Promise<SarActionRow[]> {
    if (planIds.length === 0) return Promise.resolve([]);
    return this.db
      .select({ action: planActions, ownerStaffName: iomStaff.name })
      .from(planActions)
      .leftJoin(iomStaff, eq(iomStaff.id, planActions.ownerStaffId))
      .where(inArray(planActions.planId, [...planIds]))
      .orderBy(asc(planActions.planId), asc(planActions.position));
  }

  reviews(planIds: readonly string[], period: Period): Promise<PlanReviewRow[]> {
    if (planIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(planReviews)
      .where(and(inArray(planReviews.planId, [...planIds]), dayIn(planReviews.reviewedOn, period)))
      .orderBy(asc(planReviews.reviewedOn), asc(planReviews.recordedAt));
  }
}
