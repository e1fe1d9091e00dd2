import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { CohortRepository } from "./cohort.repository.js";
import type { PlanRepository } from "./plan.repository.js";
import type { StaffRepository } from "./staff.repository.js";

/** Built per request; which members the caller may see is decided by the access layer (src/access/). */
export function createIomLoaders(repositories: { staff: StaffRepository; cohort: CohortRepository; plans: PlanRepository }) {
  const { staff, cohort, plans } = repositories;
  const loaders = lazyLoaders({
    staffById: () => loaderById((ids) => staff.staffByIds(ids), (row) => row.id),
    membershipById: () => loaderById((ids) => cohort.membershipsByIds(ids), (row) => row.id),
    openMembershipByPerpetratorId: () => loaderById((ids) => cohort.openMembershipsOfPerpetrators(ids), (row) => row.perpetratorId),
    // The offender manager comes in the same query and is primed, as nearly every reader of the assignment wants them.
    currentAssignmentByMembershipId: () =>
      loaderById(
        async (ids) =>
          (await cohort.currentAssignments(ids)).map(({ assignment, staff: manager }) => {
            loaders.staffById.prime(manager.id, manager);
            return assignment;
          }),
        (row) => row.membershipId,
      ),
    assignmentsByMembershipId: () => loaderByForeignKey((ids) => cohort.assignmentHistory(ids), (row) => row.membershipId),
    planById: () => loaderById((ids) => plans.plansByIds(ids), (row) => row.id),
    livePlanByMembershipId: () =>
      loaderById(
        async (ids) =>
          (await plans.livePlans(ids)).map((plan) => {
            loaders.planById.prime(plan.id, plan);
            return plan;
          }),
        (row) => row.membershipId,
      ),
    actionsByPlanId: () => loaderByForeignKey((ids) => plans.actionsOfPlans(ids), (row) => row.planId),
    latestReviewByPlanId: () => loaderById((ids) => plans.latestReviews(ids), (row) => row.planId),
  });
  return loaders;
}

export type IomLoaders = ReturnType<typeof createIomLoaders>;
