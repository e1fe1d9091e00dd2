import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { dateToday, isoDate } from "../../shared/clock.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { CohortService } from "./cohort.service.js";
import type { ActionService } from "./action.service.js";
import { planCursor, reviewCursor, type NewPlanAction, type PlanRepository } from "./plan.repository.js";
import type { ActionStatus, PlanStatus } from "./iom.model.js";
import type { InterventionPlanRow, PlanActionRow, PlanReviewRow } from "./iom.table.js";
import { MAX_ACTIONS_PER_PLAN, MAX_NOTES, isOpenAction } from "./action.rules.js";
import { checkPlanIsLive, checkReview, checkReviewDue, isReviewOverdue } from "./plan.rules.js";
import type { CreateInterventionPlanInput, RecordPlanReviewInput, ReplanInterventionInput } from "./plan.inputs.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";

const MAX_SUMMARY = 2000;

type WrittenPlan = { plan: InterventionPlanRow; actions: PlanActionRow[]; superseded?: InterventionPlanRow };

/** Intervention plans: their versions, re-planning and reviews. Actions are the ActionService's. */
export class PlanService {
  constructor(
    private readonly db: Database,
    private readonly repository: PlanRepository,
    private readonly cohort: CohortService,
    private readonly actionsService: ActionService,
  ) {}

  // --- reads ----------------------------------------------------------------------------------

  livePlan(ctx: RequestContext, membershipId: string): Promise<InterventionPlanRow | null> {
    return ctx.loaders.iom.livePlanByMembershipId.load(membershipId);
  }

  async planVersions(ctx: RequestContext, membershipId: string, args: PageArgs): Promise<Connection<InterventionPlanRow>> {
    const page = pageRequest(args);
    const rows = await this.repository.plansOfMembership(membershipId, page);
    for (const row of rows) ctx.loaders.iom.planById.prime(row.id, row);
    return toConnection(rows, page, planCursor, (row) => row, () => this.repository.countPlansOfMembership(membershipId));
  }

  /**
   * A plan by id. The role question comes before the lookup, so a caller with no IOM access is refused
   * alike for ids that exist and ids that do not; whether they see this plan is decided on the way out.
   */
  async getPlan(ctx: RequestContext, id: string): Promise<InterventionPlanRow | null> {
    this.cohort.assertMayReadSomeMembers(ctx);
    return ctx.loaders.iom.planById.load(id);
  }

  loadPlan(ctx: RequestContext, id: string): Promise<InterventionPlanRow | null> {
    return ctx.loaders.iom.planById.load(id);
  }

  async reviewOverdue(ctx: RequestContext, membershipId: string): Promise<boolean> {
    const plan = await this.livePlan(ctx, membershipId);
    return plan !== null && isReviewOverdue({ status: plan.status as PlanStatus, reviewDueOn: plan.reviewDueOn }, dateToday(ctx.clock));
  }

  lastReview(ctx: RequestContext, planId: string): Promise<PlanReviewRow | null> {
    return ctx.loaders.iom.latestReviewByPlanId.load(planId);
  }

  async reviews(ctx: RequestContext, planId: string, args: PageArgs): Promise<Connection<PlanReviewRow>> {
    const page = pageRequest(args);
    const rows = await this.repository.reviewsOfPlan(planId, page);
    return toConnection(rows, page, reviewCursor, (row) => row, () => this.repository.countReviews(planId));
  }

  // --- writes ---------------------------------------------------------------------------------

  async createPlan(ctx: RequestContext, input: CreateInterventionPlanInput): Promise<Outcome<InterventionPlanRow>> {
    const membership = await this.cohort.membershipForPlanChange(ctx, input.membershipId);
    if (!membership.ok) return membership;
    const today = dateToday(ctx.clock);
    const errors = this.checkPlanHeader(input.summary, input.reviewDueOn, today);
    if (input.actions.length === 0) errors.push(userError("actions", "INVALID", "A plan needs at least one action"));
    if (input.actions.length > MAX_ACTIONS_PER_PLAN) errors.push(userError("actions", "INVALID", `A plan holds at most ${MAX_ACTIONS_PER_PLAN} actions`));
    const resolved = await this.actionsService.resolveActions(ctx, input.actions, membership.value, today, errors);
    if (errors.length) return refused(...errors);

    const now = ctx.clock.now();
    const duplicate = () => refused(userError("membershipId", "DUPLICATE", "The member already has a live plan: re-plan it instead"));
    try {
      return this.answerFromWrite(ctx, await this.db.transaction(async (tx): Promise<Outcome<WrittenPlan>> => {
        const locked = await this.cohort.lockOpenMembership(tx, membership.value.id);
        if (!locked.ok) return locked;
        if (await this.repository.lockLivePlan(tx, membership.value.id)) return duplicate();
        const version = (await this.repository.latestVersion(tx, membership.value.id)) + 1;
        const created = await this.repository.insertPlan(
          tx,
          this.planRow(ctx, membership.value.id, version, input.summary, input.reviewDueOn, now),
          resolved.map((action) => ({ ...action, createdBy: ctx.viewer.sub, updatedBy: ctx.viewer.sub })),
        );
        return succeeded(created);
      }));
    } catch (error) {
      if (uniqueViolation(error)) return duplicate();
      throw error;
    }
  }

  /** A new version of the live plan; the old one is kept, SUPERSEDED, with its actions as they stood. */
  async replan(ctx: RequestContext, input: ReplanInterventionInput): Promise<Outcome<InterventionPlanRow>> {
    const membership = await this.cohort.membershipForPlanChange(ctx, input.membershipId);
    if (!membership.ok) return membership;
    const today = dateToday(ctx.clock);
    const errors = this.checkPlanHeader(input.summary, input.reviewDueOn, today);
    const resolved = await this.actionsService.resolveActions(ctx, input.actions, membership.value, today, errors);
    if (errors.length) return refused(...errors);

    const now = ctx.clock.now();
    const conflict = (version: number | null) =>
      refused<never>(
        userError("expectedPlanVersion", "CONFLICT", version === null ? "The member has no live plan to re-plan" : `The plan has changed since you read it (live version ${version}); reload and try again`),
      );
    try {
      return this.answerFromWrite(ctx, await this.db.transaction(async (tx): Promise<Outcome<WrittenPlan>> => {
        const locked = await this.cohort.lockOpenMembership(tx, membership.value.id);
        if (!locked.ok) return locked;
        const live = await this.repository.lockLivePlan(tx, membership.value.id);
        if (!live || live.version !== input.expectedPlanVersion) return conflict(live?.version ?? null);
        const carried: NewPlanAction[] = input.carryOverOpenActions
          ? (await this.repository.actionsOfPlans([live.id], tx))
              .filter((action) => isOpenAction(action.status as ActionStatus))
              .map((action) => ({
                carriedFromId: action.id,
                pathway: action.pathway,
                description: action.description,
                ownerAgency: action.ownerAgency,
                ownerStaffId: action.ownerStaffId,
                ownerName: action.ownerName,
                status: action.status,
                dueOn: action.dueOn,
                notes: action.notes,
                referralId: action.referralId,
                createdBy: action.createdBy,
                updatedBy: ctx.viewer.sub,
              }))
          : [];
        const fresh = resolved.map((action) => ({ ...action, createdBy: ctx.viewer.sub, updatedBy: ctx.viewer.sub }));
        const actions = [...carried, ...fresh];
        if (actions.length === 0) return refused(userError("actions", "INVALID", "A plan needs at least one action"));
        if (actions.length > MAX_ACTIONS_PER_PLAN) {
          return refused(userError("actions", "INVALID", `A plan holds at most ${MAX_ACTIONS_PER_PLAN} actions (${carried.length} carried over, ${fresh.length} new)`));
        }
        const superseded = await this.repository.endPlan(tx, live.id, live.version, "SUPERSEDED", now);
        if (!superseded) return conflict(live.version);
        const created = await this.repository.insertPlan(tx, this.planRow(ctx, membership.value.id, live.version + 1, input.summary, input.reviewDueOn, now), actions);
        return succeeded({ ...created, superseded });
      }));
    } catch (error) {
      if (uniqueViolation(error)) return conflict(null);
      throw error;
    }
  }

  async recordReview(ctx: RequestContext, input: RecordPlanReviewInput): Promise<Outcome<{ review: PlanReviewRow; plan: InterventionPlanRow }>> {
    const planId = idOfType(input.planId, "InterventionPlan");
    const plan = planId ? await this.loadPlan(ctx, planId) : null;
    if (!plan) return refused(userError("planId", "NOT_FOUND", "No such plan"));
    const membership = await this.cohort.membershipForPlanChange(ctx, plan.membershipId, true);
    if (!membership.ok) return membership;
    const notLive = checkPlanIsLive({ status: plan.status as PlanStatus });
    if (notLive) return refused(...userErrorsFrom([notLive]));
    const notes = input.notes?.trim() || null;
    const notesErrors = fieldErrors(checkLength("notes", notes, MAX_NOTES));
    if (notesErrors.length) return refused(...notesErrors);
    const today = dateToday(ctx.clock);

    return this.db.transaction(async (tx): Promise<Outcome<{ review: PlanReviewRow; plan: InterventionPlanRow }>> => {
      const locked = await this.cohort.lockOpenMembership(tx, membership.value.id);
      if (!locked.ok) return locked;
      const live = await this.repository.lockLivePlan(tx, membership.value.id);
      if (live?.id !== plan.id) return refused(...userErrorsFrom([checkPlanIsLive({ status: "SUPERSEDED" })!]));
      const lastReviewedOn = await this.repository.lastReviewOn(tx, plan.id);
      const refusals = checkReview({ reviewedOn: input.reviewedOn, nextReviewOn: input.nextReviewOn }, { createdOn: isoDate(plan.createdAt), lastReviewedOn }, today);
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const review = await this.repository.insertReview(tx, {
        planId: plan.id,
        reviewedOn: input.reviewedOn,
        outcome: input.outcome,
        notes,
        nextReviewOn: input.nextReviewOn,
        reviewerSub: ctx.viewer.sub,
        reviewerName: ctx.viewer.name,
      });
      const updated = await this.repository.setReviewDue(tx, plan.id, input.nextReviewOn);
      return succeeded({ review, plan: updated! });
    });
  }

  // --- helpers --------------------------------------------------------------------------------

  private checkPlanHeader(summary: string | null | undefined, reviewDueOn: string, today: string): UserError[] {
    const errors: UserError[] = [];
    errors.push(...fieldErrors(checkLength("summary", summary?.trim(), MAX_SUMMARY)));
    const review = checkReviewDue(reviewDueOn, today);
    if (review) errors.push(...userErrorsFrom([review]));
    return errors;
  }

  /**
   * A committed plan is answered from what was written, with its actions primed: a read after the
   * commit could fail (the database going away) and answer an error for a plan that was in fact made.
   */
  private answerFromWrite(ctx: RequestContext, outcome: Outcome<WrittenPlan>): Outcome<InterventionPlanRow> {
    if (!outcome.ok) return outcome;
    const { plan, actions, superseded } = outcome.value;
    if (superseded) ctx.loaders.iom.planById.clear(superseded.id).prime(superseded.id, superseded);
    ctx.loaders.iom.planById.prime(plan.id, plan);
    ctx.loaders.iom.livePlanByMembershipId.clear(plan.membershipId).prime(plan.membershipId, plan);
    ctx.loaders.iom.actionsByPlanId.prime(plan.id, actions);
    return succeeded(plan);
  }

  private planRow(ctx: RequestContext, membershipId: string, version: number, summary: string | null | undefined, reviewDueOn: string, now: Date) {
    return { membershipId, version, status: "LIVE", summary: summary?.trim() || null, reviewDueOn, createdBy: ctx.viewer.sub, createdByName: ctx.viewer.name, createdAt: now };
  }

}

