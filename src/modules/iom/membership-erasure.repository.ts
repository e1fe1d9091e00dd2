import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "../perpetrators/index.js";
import { interventionPlans, iomMemberships, offenderManagerAssignments, planActions, planReviews } from "./iom.table.js";

/** What an erased plan action's description reads: the column is required, the person's detail is gone. */
export const ERASED_ACTION_DESCRIPTION = "(erased)";

/**
 * IOM records in an erasure of a person: memberships (start, end, reason, cohort type), offender
 * manager assignments, plans (status, review dates) and actions (pathway, agency, status, due date)
 * stay for cohort figures; their free text (deselection notes, plan summaries, action descriptions and
 * notes, review notes, reassignment reasons) goes. An active cohort membership is open work.
 */
export class MembershipErasureRepository implements PersonalDataHolder {
  async openWork(tx: Executor, subject: ErasureSubject): Promise<OpenWork[]> {
    if (subject.kind !== "PERPETRATOR") return [];
    const active = await tx
      .select({ id: iomMemberships.id })
      .from(iomMemberships)
      .where(and(eq(iomMemberships.perpetratorId, subject.id), isNull(iomMemberships.endedOn)))
      .for("update");
    return active.map(() => ({ field: "iomMembership", message: "An active IOM cohort member: deselect them (deselectFromIomCohort) first, or override open work" }));
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const memberships = await tx.update(iomMemberships).set({ deselectionNote: null }).where(eq(iomMemberships.perpetratorId, subject.id)).returning({ id: iomMemberships.id });
    const ids = memberships.map((row) => row.id);
    if (!ids.length) return { iom_memberships: 0 };
    const plansOf = sql`(select ${interventionPlans.id} from ${interventionPlans} where ${inArray(interventionPlans.membershipId, ids)})`;
    const assignments = await tx.update(offenderManagerAssignments).set({ reason: null }).where(inArray(offenderManagerAssignments.membershipId, ids)).returning({ id: offenderManagerAssignments.id });
    const plans = await tx.update(interventionPlans).set({ summary: null }).where(inArray(interventionPlans.membershipId, ids)).returning({ id: interventionPlans.id });
    const actions = await tx.update(planActions).set({ description: ERASED_ACTION_DESCRIPTION, notes: null }).where(inArray(planActions.planId, plansOf)).returning({ id: planActions.id });
    const reviews = await tx.update(planReviews).set({ notes: null }).where(inArray(planReviews.planId, plansOf)).returning({ id: planReviews.id });
    return {
      iom_memberships: memberships.length,
      iom_offender_manager_assignments: assignments.length,
      iom_intervention_plans: plans.length,
      iom_plan_actions: actions.length,
      iom_plan_reviews: reviews.length,
    };
  }
}
