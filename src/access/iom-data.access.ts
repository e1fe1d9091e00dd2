import { aliased } from "../db/aliases.js";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { Role } from "../shared/auth/roles.js";
import { interventionPlans, iomMemberships, iomStaff, membershipWithActionOwnedBy, personManagedBy, planActions } from "../modules/iom/index.js";
import { isAllocatedPractitioner, isResponsibleOrganisation } from "../modules/cases/index.js";
import type { AccessTable, Relationship } from "./relationships.js";
import type { RelationshipContext } from "./visibility.types.js";

/**
 * The IOM cohort: memberships, plans and actions. IOM officers, supervisors and police read the whole
 * cohort; a probation practitioner reads the members whose case is allocated to them or their
 * organisation, whom they manage, or in whose plan they own an action.
 */
export const IOM_ACCESS: AccessTable = {
  [Role.IOM_OFFICER]: ["ANY"],
  [Role.IOM_SUPERVISOR]: ["ANY"],
  [Role.POLICE]: ["ANY"],
  [Role.ADMIN]: ["ANY"],
  [Role.PROBATION]: ["ALLOCATED_PRACTITIONER", "RESPONSIBLE_ORGANISATION", "OFFENDER_MANAGER", "IOM_ACTION_OWNER"],
  [Role.FACILITATOR]: [],
  [Role.SAFEGUARDING]: [],
  [Role.SUPPORT_WORKER]: [],
  [Role.ANALYST]: [],
  [Role.AUDITOR]: [],
  [Role.SAR_DATA_ACCESS]: [],
};

/** The IOM staff list (names, teams, collar numbers): for everyone who works with the cohort. */
export const IOM_STAFF_ACCESS: AccessTable = {
  ...IOM_ACCESS,
  [Role.PROBATION]: ["ANY"],
};

const { columns: member, from: memberFrom } = aliased(iomMemberships, "rel_iom_member");
const { columns: livePlan, from: livePlanFrom } = aliased(interventionPlans, "rel_iom_plan");

/** A membership row, or an expression for one: its id and its person's id. */
interface MemberRef {
  id: SQLWrapper;
  perpetratorId: SQLWrapper;
}

/**
 * The member a membership id names, for rows that hang off a membership. Ids are unique, so the
 * subquery gives at most one person; none (no such member) matches no relationship.
 */
const memberOf = (membershipId: SQLWrapper): MemberRef => ({
  id: membershipId,
  perpetratorId: sql`(select ${member.perpetratorId} from ${memberFrom} where ${member.id} = ${membershipId})`,
});

/** A membership the relationship reaches, as a condition on the membership. */
function memberCondition(rel: Relationship, { sub, org, today }: RelationshipContext, membership: MemberRef): SQL | null {
  switch (rel) {
    case "OFFENDER_MANAGER":
      return personManagedBy(sub, membership.perpetratorId);
    case "ALLOCATED_PRACTITIONER":
      return isAllocatedPractitioner(sub, membership.perpetratorId, today);
    case "RESPONSIBLE_ORGANISATION":
      return org ? isResponsibleOrganisation(org, membership.perpetratorId, today) : null;
    case "IOM_ACTION_OWNER":
      return membershipWithActionOwnedBy(sub, membership.id);
    default:
      return null;
  }
}

export const IOM_ROWS = {
  IomMembership: (rel: Relationship, ctx: RelationshipContext): SQL | null => memberCondition(rel, ctx, iomMemberships),
  InterventionPlan: (rel: Relationship, ctx: RelationshipContext): SQL | null => memberCondition(rel, ctx, memberOf(interventionPlans.membershipId)),
  PlanAction: (rel: Relationship, ctx: RelationshipContext): SQL | null =>
    memberCondition(rel, ctx, memberOf(sql`(select ${livePlan.membershipId} from ${livePlanFrom} where ${livePlan.id} = ${planActions.planId})`)),
  IomStaffMember: (_rel: Relationship, _ctx: RelationshipContext): SQL | null => null,
};

export const IOM_TABLES = {
  IomMembership: iomMemberships,
  InterventionPlan: interventionPlans,
  PlanAction: planActions,
  IomStaffMember: iomStaff,
};
