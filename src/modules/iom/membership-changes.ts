import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { dateToday } from "../../shared/clock.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import type { PerpetratorService } from "../perpetrators/index.js";
import type { DomainEventSink } from "../../shared/domain-events.js";
import type { IomAccess } from "./iom.access.js";
import { cohortDeselected, cohortSelected, offenderManagerChanged } from "./membership-events.rules.js";
import {
  checkAdultOn,
  checkAssignment,
  checkDeselection,
  checkEndAfterAssignment,
  checkOffenderManagerKind,
  checkSelection,
} from "./membership.rules.js";
import type { AssignmentWithStaff, CohortRepository } from "./cohort.repository.js";
import type { PlanRepository } from "./plan.repository.js";
import { MAX_NOTES } from "./action.rules.js";
import type { StaffKind } from "./iom.model.js";
import type { InterventionPlanRow, IomMembershipRow, IomStaffRow, OffenderManagerAssignmentRow } from "./iom.table.js";
import type { AssignOffenderManagerInput, DeselectFromIomCohortInput, SelectForIomCohortInput } from "./membership.inputs.js";

export interface MembershipChangeDependencies {
  db: Database;
  repository: CohortRepository;
  plans: PlanRepository;
  perpetrators: PerpetratorService;
  access: IomAccess;
  domainEvents: DomainEventSink;
}

/** Selects a person onto the IOM cohort, with their first offender manager when one is named. */
export async function selectForCohort(deps: MembershipChangeDependencies, ctx: RequestContext, input: SelectForIomCohortInput): Promise<Outcome<IomMembershipRow>> {
  deps.access.assertManagesCohort(ctx);
  const perpetratorId = idOfType(input.perpetratorId, "Perpetrator");
  const person = perpetratorId ? await deps.perpetrators.loadForRelation(ctx, perpetratorId) : null;
  if (!person) return refused(userError("perpetratorId", "NOT_FOUND", "No such person"));
  let manager: IomStaffRow | null = null;
  if (input.offenderManagerId) {
    const staffId = idOfType(input.offenderManagerId, "IomStaffMember");
    manager = staffId ? await ctx.loaders.iom.staffById.load(staffId) : null;
    if (!manager) return refused(userError("offenderManagerId", "NOT_FOUND", "No such staff member"));
  }
  const today = dateToday(ctx.clock);
  const rfgScore = input.rfgScore ?? null;
  const history = await deps.repository.membershipsOfPerpetrator(deps.db, person.id);
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
    const written = await deps.db.transaction(async (tx): Promise<WrittenMember> => {
      const membership = await deps.repository.insertMembership(tx, {
        perpetratorId: person.id,
        selectionSource: input.selectionSource,
        cohortType: input.cohortType,
        rfgScore: rfgScore === null ? null : Math.round(rfgScore * 100) / 100,
        startedOn: input.startedOn,
        selectedBy: ctx.viewer.sub,
      });
      const history = manager
        ? [{ assignment: await deps.repository.insertAssignment(tx, { membershipId: membership.id, staffId: manager.id, startedOn: input.startedOn, reason: "Selected onto the cohort", assignedBy: ctx.viewer.sub }), staff: manager }]
        : [];
      await deps.domainEvents.record(tx, [cohortSelected(membership, manager?.id ?? null, ctx.clock.now())]);
      return { membership, history, livePlan: null };
    });
    return succeeded(answerFromWrite(ctx, written));
  } catch (error) {
    if (uniqueViolation(error) === "iom_memberships_one_open_idx") return duplicate();
    throw error;
  }
}

/** Ends the membership, its offender manager's assignment and its live plan, together. */
export async function deselectFromCohort(deps: MembershipChangeDependencies, ctx: RequestContext, input: DeselectFromIomCohortInput): Promise<Outcome<IomMembershipRow>> {
  deps.access.assertManagesCohort(ctx);
  const membershipId = idOfType(input.membershipId, "IomMembership");
  if (!membershipId) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTES) return refused(userError("note", "INVALID", `note must be at most ${MAX_NOTES} characters`));
  const today = dateToday(ctx.clock);
  const now = ctx.clock.now();
  const outcome = await deps.db.transaction(async (tx): Promise<Outcome<WrittenMember>> => {
    const membership = await deps.repository.lockMembership(tx, membershipId);
    if (!membership) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
    const history = await deps.repository.assignmentHistoryWithStaff(tx, membership.id);
    const current = history.find(({ assignment }) => assignment.endedOn === null)?.assignment ?? null;
    const refusals = checkDeselection(membership, { endedOn: input.endedOn, reason: input.reason, note }, today);
    const afterAssignment = checkEndAfterAssignment(input.endedOn, current);
    // One error per field: an end before the membership began is also before its assignment.
    if (afterAssignment && !refusals.some((r) => r.field === "endedOn")) refusals.push(afterAssignment);
    if (refusals.length) return refused(...userErrorsFrom(refusals));
    const ended = await deps.repository.endMembership(tx, membership.id, {
      endedOn: input.endedOn,
      deselectionReason: input.reason,
      deselectionNote: note,
      deselectedBy: ctx.viewer.sub,
    });
    const endedAssignment = await deps.repository.endCurrentAssignment(tx, membership.id, input.endedOn);
    const closedPlan = await deps.plans.closeLivePlan(tx, membership.id, now);
    await deps.domainEvents.record(tx, [cohortDeselected(ended!, now)]);
    return succeeded({ membership: ended!, history: replaceAssignment(history, endedAssignment), livePlan: null, endedPlan: closedPlan });
  });
  return outcome.ok ? succeeded(answerFromWrite(ctx, outcome.value)) : outcome;
}

/** Hands a member to a new offender manager: the current assignment ends the day the new one starts. */
export async function assignOffenderManager(deps: MembershipChangeDependencies, ctx: RequestContext, input: AssignOffenderManagerInput): Promise<Outcome<IomMembershipRow>> {
  deps.access.assertManagesCohort(ctx);
  const membershipId = idOfType(input.membershipId, "IomMembership");
  if (!membershipId) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
  const staffId = idOfType(input.staffId, "IomStaffMember");
  const staff = staffId ? await ctx.loaders.iom.staffById.load(staffId) : null;
  if (!staff) return refused(userError("staffId", "NOT_FOUND", "No such staff member"));
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > MAX_NOTES) return refused(userError("reason", "INVALID", `reason must be at most ${MAX_NOTES} characters`));
  const today = dateToday(ctx.clock);
  try {
    const outcome = await deps.db.transaction(async (tx): Promise<Outcome<WrittenMember>> => {
      const membership = await deps.repository.lockMembership(tx, membershipId);
      if (!membership) return refused(userError("membershipId", "NOT_FOUND", "No such membership"));
      const history = await deps.repository.assignmentHistoryWithStaff(tx, membership.id);
      const current = history.find(({ assignment }) => assignment.endedOn === null)?.assignment ?? null;
      const refusals = checkAssignment(membership, current, { staffId: staff.id, staffActive: staff.active, startedOn: input.startedOn }, today);
      const kind = checkOffenderManagerKind(staff.kind as StaffKind, "staffId");
      if (kind) refusals.push(kind);
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const endedAssignment = await deps.repository.endCurrentAssignment(tx, membership.id, input.startedOn);
      const assignment = await deps.repository.insertAssignment(tx, { membershipId: membership.id, staffId: staff.id, startedOn: input.startedOn, reason, assignedBy: ctx.viewer.sub });
      await deps.domainEvents.record(tx, [offenderManagerChanged(membership, assignment, current?.staffId ?? null, ctx.clock.now())]);
      return succeeded({ membership, history: [{ assignment, staff }, ...replaceAssignment(history, endedAssignment)] });
    });
    return outcome.ok ? succeeded(answerFromWrite(ctx, outcome.value)) : outcome;
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
function answerFromWrite(ctx: RequestContext, written: WrittenMember): IomMembershipRow {
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
