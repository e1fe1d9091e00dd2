import { aliased } from "../../db/aliases.js";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { interventionPlans, iomMemberships, iomStaff, offenderManagerAssignments, planActions } from "./iom.table.js";

const { columns: membership, from: membershipFrom } = aliased(iomMemberships, "rel_om_membership");
const { columns: assignment, from: assignmentFrom } = aliased(offenderManagerAssignments, "rel_om_assignment");
const { columns: staff, from: staffFrom } = aliased(iomStaff, "rel_om_staff");
const { columns: plan, from: planFrom } = aliased(interventionPlans, "rel_owner_plan");
const { columns: action, from: actionFrom } = aliased(planActions, "rel_owner_action");
const { columns: owner, from: ownerFrom } = aliased(iomStaff, "rel_owner_staff");

/**
 * The caller is the person's offender manager now: the person is in the cohort, and the current
 * assignment is to an active staff record whose subject is the caller. Supervisors assign offender
 * managers, so an officer cannot make themselves one. The one definition of "manages".
 */
export function personManagedBy(sub: string, perpetratorId: SQLWrapper): SQL {
  return sql`exists (select 1 from ${membershipFrom}
    join ${assignmentFrom} on ${assignment.membershipId} = ${membership.id} and ${assignment.endedOn} is null
    join ${staffFrom} on ${staff.id} = ${assignment.staffId}
    where ${membership.perpetratorId} = ${perpetratorId} and ${membership.endedOn} is null and ${staff.subject} = ${sub} and ${staff.active})`;
}

/**
 * The caller owns an action in one of the membership's plans (an offender manager or supervisor
 * made them its owner): how a probation practitioner who is not the case holder still sees the member.
 */
export function membershipWithActionOwnedBy(sub: string, membershipId: SQLWrapper): SQL {
  return sql`exists (select 1 from ${actionFrom}
    join ${planFrom} on ${plan.id} = ${action.planId}
    join ${ownerFrom} on ${owner.id} = ${action.ownerStaffId}
    where ${plan.membershipId} = ${membershipId} and ${owner.subject} = ${sub})`;
}
