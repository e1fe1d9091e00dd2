import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { forbidden } from "../../shared/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { dateToday } from "../../shared/clock.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { ReferralService } from "../referrals/index.js";
import type { IomAccess } from "./iom.access.js";
import type { CohortService } from "./cohort.service.js";
import type { StaffService } from "./staff.service.js";
import type { ActionPatch, PlanRepository } from "./plan.repository.js";
import type { ActionStatus, OwnerAgency, Pathway, PlanStatus } from "./iom.model.js";
import type { InterventionPlanRow, IomMembershipRow, PlanActionRow } from "./iom.table.js";
import { MAX_ACTIONS_PER_PLAN, MAX_NOTES, checkActionTransition, isActionOverdue, isOpenAction } from "./action.rules.js";
import { parseAction, resolveActionSpec, type ActionInputDependencies, type ActionSpec, type NewActionFields } from "./action-input.js";
import { checkPlanIsLive, daysOverdue } from "./plan.rules.js";
import type { AddPlanActionInput, PlanActionInput, UpdatePlanActionInput } from "./plan.inputs.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";

export type { NewActionFields } from "./action-input.js";

const EDIT_FIELDS = ["description", "dueOn", "ownerAgency", "ownerStaffId", "ownerName", "referralId", "clearReferral"] as const;

/** The actions of intervention plans: reading, checking, adding and moving them on. */
export class ActionService {
  constructor(
    private readonly db: Database,
    private readonly repository: PlanRepository,
    private readonly cohort: CohortService,
    private readonly staff: StaffService,
    private readonly referrals: ReferralService,
    private readonly access: IomAccess,
  ) {}

  /** An action by id: the role question first (as for plans), then the row is checked on the way out. */
  async getAction(ctx: RequestContext, id: string): Promise<PlanActionRow | null> {
    this.access.assertMayReadSomeMembers(ctx);
    const [action] = await this.repository.actionsByIds(this.db, [id]);
    return action ?? null;
  }

  actions(ctx: RequestContext, planId: string): Promise<PlanActionRow[]> {
    return ctx.loaders.iom.actionsByPlanId.load(planId);
  }

  /** Days an action is overdue: 0 unless it is open, in the live plan and past its due date. */
  async daysOverdue(ctx: RequestContext, action: { planId: string; status: ActionStatus; dueOn: string }): Promise<number> {
    const plan = await ctx.loaders.iom.planById.load(action.planId);
    const today = dateToday(ctx.clock);
    return plan && isActionOverdue(action, plan.status as PlanStatus, today) ? daysOverdue(action.dueOn, today) : 0;
  }

  /** Open actions past due in the member's live plan. */
  async overdueCountOfMember(ctx: RequestContext, membershipId: string): Promise<number> {
    const plan = await ctx.loaders.iom.livePlanByMembershipId.load(membershipId);
    if (!plan) return 0;
    const today = dateToday(ctx.clock);
    return (await this.actions(ctx, plan.id)).filter((action) => isActionOverdue({ status: action.status as ActionStatus, dueOn: action.dueOn }, "LIVE", today)).length;
  }

  async addAction(ctx: RequestContext, input: AddPlanActionInput): Promise<Outcome<PlanActionRow>> {
    const planId = idOfType(input.planId, "InterventionPlan");
    const plan = planId ? await this.planOf(ctx, planId) : null;
    if (!plan) return refused(userError("planId", "NOT_FOUND", "No such plan"));
    const membership = await this.cohort.membershipForPlanChange(ctx, plan.membershipId, true);
    if (!membership.ok) return membership;
    const notLive = checkPlanIsLive({ status: plan.status as PlanStatus });
    if (notLive) return refused(...userErrorsFrom([notLive]));
    const today = dateToday(ctx.clock);
    const errors: UserError[] = [];
    const [resolved] = await this.resolveActions(ctx, [input.action], membership.value, today, errors, ["input", "action"]);
    if (errors.length || !resolved) return refused(...errors);

    return this.db.transaction(async (tx): Promise<Outcome<PlanActionRow>> => {
      const locked = await this.cohort.lockOpenMembership(tx, membership.value.id);
      if (!locked.ok) return locked;
      const live = await this.repository.lockLivePlan(tx, membership.value.id);
      if (live?.id !== plan.id) return refused(...userErrorsFrom([checkPlanIsLive({ status: "SUPERSEDED" })!]));
      const { count, lastPosition } = await this.repository.countActions(tx, plan.id);
      if (count >= MAX_ACTIONS_PER_PLAN) return refused(userError("planId", "INVALID", `A plan holds at most ${MAX_ACTIONS_PER_PLAN} actions`));
      const row = await this.repository.appendAction(tx, plan.id, lastPosition + 1, { ...resolved, createdBy: ctx.viewer.sub, updatedBy: ctx.viewer.sub });
      return succeeded(row);
    });
  }

  /**
   * Changes an action on a live plan. Whoever may change the plan may change anything; the action's
   * owner (e.g. a probation practitioner) may move its status on and write notes.
   */
  async updateAction(ctx: RequestContext, input: UpdatePlanActionInput): Promise<Outcome<PlanActionRow>> {
    const actionId = idOfType(input.actionId, "PlanAction");
    const [action] = actionId ? await this.repository.actionsByIds(this.db, [actionId]) : [];
    if (!action) return refused(userError("actionId", "NOT_FOUND", "No such action"));
    const plan = (await this.planOf(ctx, action.planId))!;
    const membership = (await this.cohort.loadMembership(ctx, plan.membershipId))!;
    const editsAction = EDIT_FIELDS.some((field) => (field === "clearReferral" ? input.clearReferral === true : input[field] != null));
    let provedBy: "OFFENDER_MANAGER" | "IOM_ACTION_OWNER" = "OFFENDER_MANAGER";
    if (!(await this.access.canChangePlan(ctx, membership.id))) {
      if (!(await this.access.isActionOwner(ctx, action))) {
        throw forbidden("Only the member's offender manager, an IOM supervisor, an admin or the action's owner may change it");
      }
      if (editsAction) throw forbidden("As the action's owner you may change only its status and notes");
      provedBy = "IOM_ACTION_OWNER";
    }
    // The checks just proved the caller's relationship to this member; where that relationship is how
    // they see the member, the answer needs no read after the write to show it.
    if (ctx.visibility.relationships("IomMembership").has(provedBy)) {
      ctx.visibility.prime("IomMembership", [membership.id]);
      ctx.visibility.prime("InterventionPlan", [plan.id]);
      ctx.visibility.prime("PlanAction", [action.id]);
    }
    const notLive = checkPlanIsLive({ status: plan.status as PlanStatus });
    if (notLive) return refused(userError("actionId", notLive.code, notLive.message));
    if (action.version !== input.expectedVersion) return this.actionConflict(action);

    const errors: UserError[] = [];
    const notes = input.notes == null ? action.notes : input.notes.trim() || null;
    errors.push(...fieldErrors(checkLength("notes", notes, MAX_NOTES)));
    const from = action.status as ActionStatus;
    const to = input.status ?? from;
    if (to !== from) {
      const refusal = checkActionTransition(from, to, input.notes?.trim() || null);
      if (refusal) errors.push(userError(refusal.field, refusal.code, refusal.message));
    }
    let edited: NewActionFields | null = null;
    if (editsAction) {
      const parsed = parseAction(
        {
          pathway: action.pathway as Pathway,
          description: input.description ?? action.description,
          ownerAgency: input.ownerAgency ?? (action.ownerAgency as OwnerAgency),
          ownerName: input.ownerName ?? null,
          dueOn: input.dueOn ?? action.dueOn,
          notes,
          referralId: input.referralId ?? null,
          ownerStaffId: input.ownerStaffId ?? null,
        },
        ["input"],
        errors,
      );
      if (parsed) {
        // Unchanged owner and referral carry over from the action as it stands.
        const keepOwner = input.ownerStaffId == null && input.ownerName == null;
        const spec: ActionSpec = {
          ...parsed,
          ownerStaffId: keepOwner ? action.ownerStaffId : parsed.ownerStaffId,
          ownerName: keepOwner ? action.ownerName : parsed.ownerName,
          referralId: input.clearReferral ? null : (parsed.referralId ?? action.referralId),
        };
        edited = await resolveActionSpec(this.actionInputs(), ctx, spec, membership, { today: dateToday(ctx.clock), checkDueOn: input.dueOn != null }, ["input"], errors);
      }
    }
    if (errors.length) return refused(...errors);
    const patch: ActionPatch = {
      ...(edited ?? {}),
      notes,
      ...(to !== from ? { status: to, closedAt: isOpenAction(to) ? null : ctx.clock.now() } : {}),
    };
    // Nothing to change: answer with the action as it is, without a new version.
    if (Object.entries(patch).every(([field, value]) => action[field as keyof PlanActionRow] === value)) return succeeded(action);
    const updated = await this.db.transaction((tx) => this.repository.updateActionIfVersion(tx, action.id, input.expectedVersion, patch, ctx.viewer.sub));
    return updated ? succeeded(updated) : this.actionConflict(action);
  }

  /** A plan by id, read for any caller: the mutations that use it check access themselves, on the plan's membership. */
  private planOf(ctx: RequestContext, id: string): Promise<InterventionPlanRow | null> {
    return ctx.loaders.iom.planById.load(id);
  }

  /**
   * Parses and checks a list of action inputs; problems are added to `errors` with paths like
   * ["input", "actions", "2", "dueOn"].
   */
  async resolveActions(ctx: RequestContext, inputs: PlanActionInput[], membership: IomMembershipRow, today: string, errors: UserError[], prefix = ["input", "actions"]) {
    const resolved: NewActionFields[] = [];
    for (const [index, input] of inputs.entries()) {
      const path = prefix.at(-1) === "actions" ? [...prefix, String(index)] : prefix;
      const spec = parseAction(input, path, errors);
      const row = spec && (await resolveActionSpec(this.actionInputs(), ctx, spec, membership, { today, checkDueOn: true }, path, errors));
      if (row) resolved.push(row);
    }
    return resolved;
  }

  private actionInputs(): ActionInputDependencies {
    return { staff: this.staff, referrals: this.referrals };
  }

  private actionConflict(action: PlanActionRow): Outcome<PlanActionRow> {
    return refused(userError("expectedVersion", "CONFLICT", `The action has changed since you read it (now version ${action.version}); reload and try again`));
  }
}
