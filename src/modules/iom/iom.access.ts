import type { RequestContext } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { IOM_MANAGERS, IOM_READERS, Role } from "../../shared/auth/roles.js";
import type { IomMembershipRow, PlanActionRow } from "./iom.table.js";

/**
 * Who may see and change IOM data. IOM officers, their supervisors and police read the whole cohort;
 * a probation practitioner reads the members who are their cases; facilitators, analysts and auditors
 * see no IOM person data. A plan is changed by the member's offender manager, a supervisor or an admin;
 * an action's owner may move their own action on.
 */
export class IomAccess {
  readsWholeCohort(ctx: RequestContext): boolean {
    return ctx.viewer.has(...IOM_READERS);
  }

  /** Roles that see some members; others are refused before any data is read. */
  assertMayReadSomeMembers(ctx: RequestContext): void {
    if (!this.readsWholeCohort(ctx) && !ctx.viewer.has(Role.PROBATION)) {
      throw forbidden("The IOM cohort is visible to IOM officers, police and probation for their cases");
    }
  }

  assertManagesCohort(ctx: RequestContext): void {
    if (!ctx.viewer.has(...IOM_MANAGERS)) throw forbidden("Managing the IOM cohort needs the IOM_SUPERVISOR or ADMIN role");
  }

  async canReadMember(ctx: RequestContext, membership: IomMembershipRow): Promise<boolean> {
    if (this.readsWholeCohort(ctx)) return true;
    if (!ctx.viewer.has(Role.PROBATION)) return false;
    return ctx.loaders.iom.isProbationCaseByMembershipId.load(membership.id);
  }

  async assertCanReadMember(ctx: RequestContext, membership: IomMembershipRow): Promise<void> {
    this.assertMayReadSomeMembers(ctx);
    if (!(await this.canReadMember(ctx, membership))) throw forbidden("This IOM member is not one of your cases");
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
