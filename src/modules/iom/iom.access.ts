import type { RequestContext } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { IOM_MANAGERS } from "../../shared/auth/roles.js";
import type { PlanActionRow } from "./iom.table.js";

/**
 * Who may change IOM data, and the role question before any is read. Which members a caller sees is
 * decided by the access layer (src/access/iom-data.access.ts: IOM officers, supervisors and police read
 * the whole cohort; a probation practitioner their allocated cases, members they manage or own an action
 * for). A plan is changed by the member's offender manager, a supervisor or an admin; an action's owner
 * may move their own action on.
 */
export class IomAccess {
  /** Roles that see some members; others are refused before any data is read. */
  assertMayReadSomeMembers(ctx: RequestContext): void {
    if (!ctx.visibility.reachesAny("IomMembership")) {
      throw forbidden("The IOM cohort is visible to IOM officers, police and probation for their cases");
    }
  }

  assertManagesCohort(ctx: RequestContext): void {
    if (!ctx.viewer.has(...IOM_MANAGERS)) throw forbidden("Managing the IOM cohort needs the IOM_SUPERVISOR or ADMIN role");
  }

  async isCurrentOffenderManager(ctx: RequestContext, membershipId: string): Promise<boolean> {
    const assignment = await ctx.loaders.iom.currentAssignmentByMembershipId.load(membershipId);
    if (!assignment) return false;
    const staff = await ctx.loaders.iom.staffById.load(assignment.staffId);
    return staff !== null && staff.active && staff.subject === ctx.viewer.sub;
  }

  async canChangePlan(ctx: RequestContext, membershipId: string): Promise<boolean> {
    if (ctx.viewer.has(...IOM_MANAGERS)) return true;
    return this.isCurrentOffenderManager(ctx, membershipId);
  }

  async assertCanChangePlan(ctx: RequestContext, membershipId: string): Promise<void> {
    if (!(await this.canChangePlan(ctx, membershipId))) {
      throw forbidden("Only the member's offender manager, an IOM supervisor or an admin may change this plan");
    }
  }

  async isActionOwner(ctx: RequestContext, action: PlanActionRow): Promise<boolean> {
    if (!action.ownerStaffId) return false;
    const owner = await ctx.loaders.iom.staffById.load(action.ownerStaffId);
    return owner?.subject === ctx.viewer.sub;
  }
}
