import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { forbidden } from "../../shared/errors.js";
import { IOM_READERS, Role } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { dateToday } from "../../shared/clock.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { perpetratorColumnsFor, type PerpetratorService } from "../perpetrators/index.js";
import { membershipColumnsFor, staffColumnsFor } from "./cohort.columns.js";
import type { IomAccess } from "./iom.access.js";
import {
  checkAdultOn,
  checkAssignment,
  checkDeselection,
  checkEndAfterAssignment,
  checkOffenderManagerKind,
  checkSelection,
} from "./membership.rules.js";
import { cohortCursor, cohortPageCursor } from "./cohort.orders.js";
import { type AssignmentWithStaff, type CohortRepository, type CohortScope, type WorkloadRow } from "./cohort.repository.js";
import type { PlanRepository } from "./plan.repository.js";
import { MAX_NOTES } from "./action.rules.js";
import { DEFAULT_COHORT_ORDER, type CohortOrder, type StaffKind } from "./iom.model.js";
import type { InterventionPlanRow, IomMembershipRow, IomStaffRow, OffenderManagerAssignmentRow } from "./iom.table.js";
import type { AssignOffenderManagerInput, DeselectFromIomCohortInput, IomCohortFilter, SelectForIomCohortInput } from "./membership.inputs.js";
import { renamedArgument } from "../../shared/renamed.js";

/** Counts below this (other than zero) are withheld from analysts. */
export const SMALL_COUNT_THRESHOLD = 5;

type CountField = "openMembers" | "withoutLivePlan" | "reviewsOverdue" | "actionsOverdue" | "membersWithOverdueActions";
/** Workload counts as shown: null where a small count is withheld. */
export type Workload = Omit<WorkloadRow, CountField> & { [K in CountField]: number | null } & { suppressed: boolean };

export class CohortService {
  constructor(
    private readonly db: Database,
    private readonly repository: CohortRepository,
    private readonly plans: PlanRepository,
    private readonly perpetrators: PerpetratorService,
    private readonly access: IomAccess,
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

  async select(ctx: RequestContext, input: SelectForIomCohortInput): Promise<Outcome<IomMembershipRow>> {
    this.access.assertManagesCohort(ctx);
    const perpetratorId = idOfType(input.perpetratorId, "Perpetrator");
    const person = perpetratorId ? await this.perpetrators.loadForRelation(ctx, perpetratorId) : null;
    if (!person) return refused(userError("perpetratorId", "NOT_FOUND", "No such person"));
    let manager: IomStaffRow | null = null;
    if (input.offenderManagerId) {
      const staffId = idOfType(input.offenderManagerId, "IomStaffMember");
      manager = staffId ? await ctx.loaders.iom.staffById.load(staffId) : null;
      if (!manager) return refused(userError("offenderManagerId", "NOT_FOUND", "No such staff member"));
    }
    const today = dateToday(ctx.clock);
    const rfgScore = input.rfgScore ?? null;
    const history = await this.repository.membershipsOfPerpetrator(this.db, person.id);
    const refusals = checkSelection(history, { startedOn: input.startedOn, rfgScore }, today);
    const adult = checkAdultOn(person.dateOfBirth, input.startedOn);
    if (adult) refusals.push(adult);
    if (manager) {
      const assignment = checkAssignment({ startedOn: input.startedOn, endedOn: null }, null, { staffId: manager.id, staffActive: manager.active, startedOn: input.startedOn }, today);
      refusals.push(...assignment.filter((r) => r.field === "staffId").map((r) => ({ ...r, field: "offenderManagerId" })));
      const kind = checkOffenderManagerKind(manager.kind as StaffKind, "offenderManagerId");
      if (kind) refusals.push(kind);
    }
    if (refusals.length) return refused(...userErrorsFrom(refusals));

    const duplicate = () => refused(userError("perpetratorId", "DUPLICATE", "This person is already in the IOM cohort"));
    try {
      const written = await this.db.transaction(async (tx): Promise<WrittenMember> => {
        const membership = await this.repository.insertMembership(tx, {
          perpetratorId: person.id,
          selectionSource: input.selectionSource,
          cohortType: input.cohortType,
          rfgScore: rfgScore === null ? null : Math.round(rfgScore * 100) / 100,
          startedOn: input.startedOn,
          selectedBy: ctx.viewer.sub,
        });
        const history = manager
          ? [{ assignment: await this.repository.insertAssignment(tx, { membershipId: membership.id, staffId: manager.id, startedOn: input.startedOn, reason: "Selected onto the cohort", assignedBy: ctx.viewer.sub }), staff: manager }]
          : [];
        return { membership, history, livePlan: null };
      });
      return succeeded(this.answerFromWrite(ctx, written));
    } catch (error) {
      if (uniqueViolation(error) === "iom_memberships_one_open_idx") return duplicate();
      throw error;
    }
  }

  /** Ends the membership, its offender manager's assignment and its live plan, together. */
  async deselect(ctx: RequestContext, input: DeselectFromIomCohortInput): Promise<Outcome<IomMembershipRow>> {
    this.access.assertManagesCohort(ctx);
    const membershipId = idOfType(input.membershipId, "IomMembership");
    if (!membershipId) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
    const note = input.note?.trim() || null;
    if (note && note.length > MAX_NOTES) return refused(userError("note", "INVALID", `note must be at most ${MAX_NOTES} characters`));
    const today = dateToday(ctx.clock);
    const now = ctx.clock.now();
    const outcome = await this.db.transaction(async (tx): Promise<Outcome<WrittenMember>> => {
      const membership = await this.repository.lockMembership(tx, membershipId);
      if (!membership) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
      const history = await this.repository.assignmentHistoryWithStaff(tx, membership.id);
      const current = history.find(({ assignment }) => assignment.endedOn === null)?.assignment ?? null;
      const refusals = checkDeselection(membership, { endedOn: input.endedOn, reason: input.reason, note }, today);
      const afterAssignment = checkEndAfterAssignment(input.endedOn, current);
      // One error per field: an end before the membership began is also before its assignment.
      if (afterAssignment && !refusals.some((r) => r.field === "endedOn")) refusals.push(afterAssignment);
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const ended = await this.repository.endMembership(tx, membership.id, {
        endedOn: input.endedOn,
        deselectionReason: input.reason,
        deselectionNote: note,
        deselectedBy: ctx.viewer.sub,
      });
      const endedAssignment = await this.repository.endCurrentAssignment(tx, membership.id, input.endedOn);
      const closedPlan = await this.plans.closeLivePlan(tx, membership.id, now);
      return succeeded({ membership: ended!, history: replaceAssignment(history, endedAssignment), livePlan: null, endedPlan: closedPlan });
    });
    return outcome.ok ? succeeded(this.answerFromWrite(ctx, outcome.value)) : outcome;
  }

  /** Hands a member to a new offender manager: the current assignment ends the day the new one starts. */
  async assignOffenderManager(ctx: RequestContext, input: AssignOffenderManagerInput): Promise<Outcome<IomMembershipRow>> {
    this.access.assertManagesCohort(ctx);
    const membershipId = idOfType(input.membershipId, "IomMembership");
    if (!membershipId) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
    const staffId = idOfType(input.staffId, "IomStaffMember");
    const staff = staffId ? await ctx.loaders.iom.staffById.load(staffId) : null;
    if (!staff) return refused(userError("staffId", "NOT_FOUND", "No such staff member"));
    const reason = input.reason?.trim() || null;
    if (reason && reason.length > MAX_NOTES) return refused(userError("reason", "INVALID", `reason must be at most ${MAX_NOTES} characters`));
    const today = dateToday(ctx.clock);
    try {
      const outcome = await this.db.transaction(async (tx): Promise<Outcome<WrittenMember>> => {
        const membership = await this.repository.lockMembership(tx, membershipId);
        if (!membership) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
        const history = await this.repository.assignmentHistoryWithStaff(tx, membership.id);
        const current = history.find(({ assignment }) => assignment.endedOn === null)?.assignment ?? null;
        const refusals = checkAssignment(membership, current, { staffId: staff.id, staffActive: staff.active, startedOn: input.startedOn }, today);
        const kind = checkOffenderManagerKind(staff.kind as StaffKind, "staffId");
        if (kind) refusals.push(kind);
        if (refusals.length) return refused(...userErrorsFrom(refusals));
        const endedAssignment = await this.repository.endCurrentAssignment(tx, membership.id, input.startedOn);
        const assignment = await this.repository.insertAssignment(tx, { membershipId: membership.id, staffId: staff.id, startedOn: input.startedOn, reason, assignedBy: ctx.viewer.sub });
        return succeeded({ membership, history: [{ assignment, staff }, ...replaceAssignment(history, endedAssignment)] });
      });
      return outcome.ok ? succeeded(this.answerFromWrite(ctx, outcome.value)) : outcome;
    } catch (error) {
      // The row lock serialises assignments, so this is a writer that bypassed it; report it as a race.
      if (uniqueViolation(error)) return refused(userError("membershipId", "CONFLICT", "The member's offender manager changed at the same time; reload and try again"));
      throw error;
    }
  }

  /**
   * A committed change to a member is answered from what it wrote, primed into the request's loaders: a
   * read after the commit could fail (the database going away) and answer an error for a change that
   * was in fact made.
   */
  private answerFromWrite(ctx: RequestContext, written: WrittenMember): IomMembershipRow {
    const { membership, history } = written;
    const loaders = ctx.loaders.iom;
    const ordered = [...history].sort(newestAssignmentFirst);
    loaders.membershipById.clear(membership.id).prime(membership.id, membership);
    loaders.openMembershipByPerpetratorId.clear(membership.perpetratorId).prime(membership.perpetratorId, membership.endedOn === null ? membership : null);
    loaders.assignmentsByMembershipId.clear(membership.id).prime(membership.id, ordered.map(({ assignment }) => assignment));
    const current = ordered.find(({ assignment }) => assignment.endedOn === null) ?? null;
    loaders.currentAssignmentByMembershipId.clear(membership.id).prime(membership.id, current?.assignment ?? null);
    for (const { staff } of ordered) loaders.staffById.prime(staff.id, staff);
    if (written.livePlan !== undefined) loaders.livePlanByMembershipId.clear(membership.id).prime(membership.id, written.livePlan);
    if (written.endedPlan) loaders.planById.clear(written.endedPlan.id).prime(written.endedPlan.id, written.endedPlan);
    return membership;
  }

  /**
   * Open members and overdue work per team (or per offender manager). IOM readers see exact counts;
   * analysts see counts with small numbers withheld, and never the per-officer breakdown.
   */
  async workload(ctx: RequestContext, team: string | null, byOffenderManager: boolean): Promise<Workload[]> {
    const exact = ctx.viewer.has(...IOM_READERS);
    if (!exact && !ctx.viewer.has(Role.ANALYST)) throw forbidden("IOM workload counts are for IOM officers, police and analysts");
    if (!exact && byOffenderManager) throw forbidden("Analysts see team totals only");
    const rows = await this.repository.workload(byOffenderManager ? "staff" : "team", dateToday(ctx.clock), team);
    return rows.map((row) => (exact ? { ...row, suppressed: false } : suppressSmallCounts(row)));
  }
}

const COUNT_FIELDS: readonly CountField[] = ["openMembers", "withoutLivePlan", "reviewsOverdue", "actionsOverdue", "membersWithOverdueActions"];

/** Counts from 1 to SMALL_COUNT_THRESHOLD - 1 become null: zero and larger counts cannot single anyone out. */
export function suppressSmallCounts(row: WorkloadRow): Workload {
  const result: Workload = { ...row, suppressed: false };
  for (const field of COUNT_FIELDS) {
    if (row[field] > 0 && row[field] < SMALL_COUNT_THRESHOLD) {
      result[field] = null;
      result.suppressed = true;
    }
  }
  return result;
}

/** What a change to a member wrote: the membership, its whole assignment history, and its plan when that changed. */
interface WrittenMember {
  membership: IomMembershipRow;
  history: AssignmentWithStaff[];
  /** The live plan as it now stands; left out when the change did not touch it. */
  livePlan?: InterventionPlanRow | null;
  endedPlan?: InterventionPlanRow | null;
}

/** The history with one assignment replaced by its updated row. */
function replaceAssignment(history: AssignmentWithStaff[], updated: OffenderManagerAssignmentRow | null): AssignmentWithStaff[] {
  return updated ? history.map((entry) => (entry.assignment.id === updated.id ? { ...entry, assignment: updated } : entry)) : history;
}

/** assignmentHistory's order: the latest start first, and of two on one day, the later assigned. */
function newestAssignmentFirst(a: AssignmentWithStaff, b: AssignmentWithStaff): number {
  if (a.assignment.startedOn !== b.assignment.startedOn) return a.assignment.startedOn < b.assignment.startedOn ? 1 : -1;
  return b.assignment.assignedAt.getTime() - a.assignment.assignedAt.getTime();
}
