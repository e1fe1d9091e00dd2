import type { DomainEventSink } from "../../shared/domain-events.js";
import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { idOfType } from "../../shared/global-id.js";
import { dateToday } from "../../shared/clock.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { refused, succeeded, userError, type Outcome } from "../../shared/user-errors.js";
import { renamedArgument } from "../../shared/renamed.js";
import { perpetratorColumnsFor, type PerpetratorService } from "../perpetrators/index.js";
import { membershipColumnsFor, staffColumnsFor } from "./cohort.columns.js";
import type { IomAccess } from "./iom.access.js";
import { cohortCursor, cohortPageCursor } from "./cohort.orders.js";
import type { CohortRepository, CohortScope } from "./cohort.repository.js";
import type { PlanRepository } from "./plan.repository.js";
import { DEFAULT_COHORT_ORDER, type CohortOrder } from "./iom.model.js";
import type { IomMembershipRow, IomStaffRow, OffenderManagerAssignmentRow } from "./iom.table.js";
import type { AssignOffenderManagerInput, DeselectFromIomCohortInput, IomCohortFilter, SelectForIomCohortInput } from "./membership.inputs.js";
import { assignOffenderManager, deselectFromCohort, selectForCohort, type MembershipChangeDependencies } from "./membership-changes.js";
import { cohortWorkload, type Workload } from "./cohort-workload.js";

export { SMALL_COUNT_THRESHOLD, suppressSmallCounts, type Workload } from "./cohort-workload.js";

export class CohortService {
  constructor(
    private readonly db: Database,
    private readonly repository: CohortRepository,
    private readonly plans: PlanRepository,
    private readonly perpetrators: PerpetratorService,
    private readonly access: IomAccess,
    private readonly domainEvents: DomainEventSink,
  ) {}

  // --- memberships ---------------------------------------------------------------------------

  /** Roles with no IOM access at all are refused before anything is read. */
  assertMayReadSomeMembers(ctx: RequestContext): void {
    this.access.assertMayReadSomeMembers(ctx);
  }

  async get(ctx: RequestContext, id: string): Promise<IomMembershipRow | null> {
    this.access.assertMayReadSomeMembers(ctx);
    return ctx.loaders.iom.membershipById.load(id);
  }

  /** For relations: the edge's own check decides whether the caller sees the member. */
  loadMembership(ctx: RequestContext, id: string): Promise<IomMembershipRow | null> {
    return ctx.loaders.iom.membershipById.load(id);
  }

  /**
   * A person's current membership. Roles with no IOM access are refused; for a probation practitioner
   * someone who is not their case reads as null (the edge's own check nulls it), so the answer does
   * not reveal that they are a member.
   */
  openMembershipOf(ctx: RequestContext, perpetratorId: string): Promise<IomMembershipRow | null> {
    this.access.assertMayReadSomeMembers(ctx);
    return ctx.loaders.iom.openMembershipByPerpetratorId.load(perpetratorId);
  }

  /**
   * The member a plan change is for, once the caller is known to be allowed to change it.
   * Refused (not thrown) when the id names no member; FORBIDDEN when the caller may not change the plan.
   */
  async membershipForPlanChange(ctx: RequestContext, id: string, isDatabaseId = false): Promise<Outcome<IomMembershipRow>> {
    const membershipId = isDatabaseId ? id : idOfType(id, "IomMembership");
    const membership = membershipId ? await this.loadMembership(ctx, membershipId) : null;
    if (!membership) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
    await this.access.assertCanChangePlan(ctx, membership.id);
    if (membership.endedOn !== null) return refused(userError(isDatabaseId ? "planId" : "membershipId", "MEMBERSHIP_ENDED", "The member has left the cohort"));
    return succeeded(membership);
  }

  /** Locks a member for a plan change, so plan writes for one member are serialised; refused once they have left. */
  async lockOpenMembership(tx: Executor, id: string): Promise<Outcome<IomMembershipRow>> {
    const membership = await this.repository.lockMembership(tx, id);
    if (!membership) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
    if (membership.endedOn !== null) return refused(userError("membershipId", "MEMBERSHIP_ENDED", "The member has left the cohort"));
    return succeeded(membership);
  }

  async currentManager(ctx: RequestContext, membershipId: string): Promise<IomStaffRow | null> {
    const assignment = await ctx.loaders.iom.currentAssignmentByMembershipId.load(membershipId);
    return assignment && ctx.loaders.iom.staffById.load(assignment.staffId);
  }

  managerHistory(ctx: RequestContext, membershipId: string): Promise<OffenderManagerAssignmentRow[]> {
    return ctx.loaders.iom.assignmentsByMembershipId.load(membershipId);
  }

  async page(
    ctx: RequestContext,
    args: PageQuery,
    filter: IomCohortFilter | null | undefined,
    order: CohortOrder = DEFAULT_COHORT_ORDER,
  ): Promise<Connection<IomMembershipRow>> {
    this.access.assertMayReadSomeMembers(ctx);
    const page = pageRequest(args);
    const empty = () => toConnection<IomMembershipRow, IomMembershipRow>([], page, cohortCursor, (row) => row, async () => 0);
    const scope: CohortScope = {
      today: dateToday(ctx.clock),
      includeEnded: filter?.includeEnded ?? false,
      cohortType: filter?.cohortType ?? undefined,
      team: filter?.team ?? undefined,
      reviewOverdue: filter?.reviewOverdue ?? undefined,
      actionOverdue: filter?.actionOverdue ?? undefined,
      pathway: filter?.pathway ?? undefined,
      offenderManagerSubject: renamedArgument({ name: "filter.managedByMe", value: filter?.managedByMe, oldName: "filter.mine", oldValue: filter?.mine })
        ? ctx.viewer.sub
        : undefined,
      visible: ctx.visibility.scopeOf("IomMembership"),
    };
    if (filter?.offenderManagerId) {
      const staffId = idOfType(filter.offenderManagerId, "IomStaffMember");
      if (!staffId) return empty();
      scope.offenderManagerStaffId = staffId;
    }
    if (filter?.perpetratorId) {
      const perpetratorId = idOfType(filter.perpetratorId, "Perpetrator");
      if (!perpetratorId) return empty();
      scope.perpetratorId = perpetratorId;
    }
    // Only the columns the operation reads; rows missing a column are answered from the page, not kept in loaders.
    const nodes = page.nodes;
    const member = membershipColumnsFor(nodes?.fieldNames);
    const person = perpetratorColumnsFor(nodes?.under("perpetrator").fieldNames);
    const manager = staffColumnsFor(nodes?.under("offenderManager").fieldNames);
    const rows = await this.repository.cohortPage(scope, page, { membership: member.columns, perpetrator: person.columns, offenderManager: manager.columns }, order);
    ctx.visibility.prime("IomMembership", rows.map(({ membership }) => membership.id));
    for (const { membership, perpetrator, assignment, offenderManager, livePlan } of rows) {
      if (member.complete) ctx.loaders.iom.membershipById.prime(membership.id, membership);
      if (person.complete) ctx.loaders.perpetrators.perpetratorById.prime(perpetrator.id, perpetrator);
      ctx.loaders.iom.currentAssignmentByMembershipId.prime(membership.id, assignment);
      if (offenderManager && manager.complete) ctx.loaders.iom.staffById.prime(offenderManager.id, offenderManager);
      ctx.loaders.iom.livePlanByMembershipId.prime(membership.id, livePlan);
      if (livePlan) ctx.loaders.iom.planById.prime(livePlan.id, livePlan);
    }
    return toConnection(
      rows,
      page,
      cohortPageCursor(order),
      (row) => ({ ...row.membership, joined: { perpetrator: row.perpetrator, offenderManager: row.offenderManager } }),
      () => this.repository.countCohort(scope),
    );
  }

  /** Selects a person onto the cohort, with their first offender manager if named (membership-changes.ts). */
  select(ctx: RequestContext, input: SelectForIomCohortInput): Promise<Outcome<IomMembershipRow>> {
    return selectForCohort(this.membershipChanges(), ctx, input);
  }

  /** Ends the membership, its offender manager's assignment and its live plan, together (membership-changes.ts). */
  deselect(ctx: RequestContext, input: DeselectFromIomCohortInput): Promise<Outcome<IomMembershipRow>> {
    return deselectFromCohort(this.membershipChanges(), ctx, input);
  }

  /** Hands a member to a new offender manager (membership-changes.ts). */
  assignOffenderManager(ctx: RequestContext, input: AssignOffenderManagerInput): Promise<Outcome<IomMembershipRow>> {
    return assignOffenderManager(this.membershipChanges(), ctx, input);
  }

  /** Open members and overdue work per team or per offender manager, small counts withheld from analysts (cohort-workload.ts). */
  workload(ctx: RequestContext, team: string | null, byOffenderManager: boolean): Promise<Workload[]> {
    return cohortWorkload({ repository: this.repository }, ctx, team, byOffenderManager);
  }

  private membershipChanges(): MembershipChangeDependencies {
    return { db: this.db, repository: this.repository, plans: this.plans, perpetrators: this.perpetrators, access: this.access, domainEvents: this.domainEvents };
  }
}
