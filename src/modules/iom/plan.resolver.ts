import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { dateToday } from "../../shared/clock.js";
import { mapConnection, PageArgs } from "../../shared/pagination.js";
import type { Outcome } from "../../shared/user-errors.js";
import { Referral, toReferral } from "../referrals/index.js";
import { daysOverdue, isReviewOverdue } from "./plan.rules.js";
import type { InterventionPlanRow, PlanActionRow } from "./iom.table.js";
import {
  AddPlanActionInput,
  CreateInterventionPlanInput,
  InterventionPlanPayload,
  PlanActionPayload,
  PlanReviewPayload,
  RecordPlanReviewInput,
  ReplanInterventionInput,
  UpdatePlanActionInput,
} from "./plan.inputs.js";
import { InterventionPlan, PlanAction, PlanReview, PlanReviewConnection, toInterventionPlan, toPlanAction, toPlanReview } from "./plan.type.js";
import { IomMembership, toIomMembership } from "./membership.type.js";
import { IomStaffMember, toIomStaffMember } from "./staff.type.js";

@Resolver(() => InterventionPlan)
export class InterventionPlanResolver {
  @FieldResolver(() => IomMembership, { description: "The cohort membership the plan is for." })
  async membership(@Root() plan: InterventionPlan, @Ctx() ctx: RequestContext): Promise<IomMembership> {
    return toIomMembership((await ctx.services.iomCohort.loadMembership(ctx, plan.membershipId))!);
  }

  @FieldResolver(() => [PlanAction], { description: "The plan's actions in plan order (at most 40)." })
  async actions(@Root() plan: InterventionPlan, @Ctx() ctx: RequestContext): Promise<PlanAction[]> {
    return (await ctx.services.iomActions.actions(ctx, plan.dbId)).map(toPlanAction);
  }

  @FieldResolver(() => Boolean, { description: "Live and past its review date." })
  reviewOverdue(@Root() plan: InterventionPlan, @Ctx() ctx: RequestContext): boolean {
    return isReviewOverdue(plan, dateToday(ctx.clock));
  }

  @FieldResolver(() => Int, { description: "Days past the review date (0 when not overdue)." })
  daysReviewOverdue(@Root() plan: InterventionPlan, @Ctx() ctx: RequestContext): number {
    const today = dateToday(ctx.clock);
    return isReviewOverdue(plan, today) ? daysOverdue(plan.reviewDueOn, today) : 0;
  }

  @FieldResolver(() => PlanReview, { nullable: true, description: "The latest review of this version; null before its first review." })
  async lastReview(@Root() plan: InterventionPlan, @Ctx() ctx: RequestContext): Promise<PlanReview | null> {
    const row = await ctx.services.iomPlans.lastReview(ctx, plan.dbId);
    return row && toPlanReview(row);
  }

  @FieldResolver(() => PlanReviewConnection, { description: "Reviews of this version, newest first." })
  async reviews(@Root() plan: InterventionPlan, @Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return mapConnection(await ctx.services.iomPlans.reviews(ctx, plan.dbId, page), toPlanReview);
  }

  @Mutation(() => InterventionPlanPayload, { description: "The member's first plan (their offender manager, an IOM supervisor or an admin)." })
  async createInterventionPlan(@Arg("input", () => CreateInterventionPlanInput, { description: "The membership, the plan's summary, first review date and actions." }) input: CreateInterventionPlanInput, @Ctx() ctx: RequestContext) {
    return toPlanPayload(await ctx.services.iomPlans.createPlan(ctx, input));
  }

  @Mutation(() => InterventionPlanPayload, { description: "A new version of the live plan; the old version is kept as SUPERSEDED." })
  async replanIntervention(@Arg("input", () => ReplanInterventionInput, { description: "The membership, the live plan's version last seen, and the new version." }) input: ReplanInterventionInput, @Ctx() ctx: RequestContext) {
    return toPlanPayload(await ctx.services.iomPlans.replan(ctx, input));
  }

  @Mutation(() => PlanReviewPayload, { description: "Records a review of the live plan and sets its next review date." })
  async recordPlanReview(@Arg("input", () => RecordPlanReviewInput, { description: "The plan, the review date, outcome and next review date." }) input: RecordPlanReviewInput, @Ctx() ctx: RequestContext): Promise<PlanReviewPayload> {
    const outcome = await ctx.services.iomPlans.recordReview(ctx, input);
    return outcome.ok
      ? { review: toPlanReview(outcome.value.review), plan: toInterventionPlan(outcome.value.plan), userErrors: [] }
      : { review: null, plan: null, userErrors: outcome.errors };
  }
}

@Resolver(() => PlanAction)
export class PlanActionResolver {
  @FieldResolver(() => InterventionPlan, { description: "The plan version the action belongs to." })
  async plan(@Root() action: PlanAction, @Ctx() ctx: RequestContext): Promise<InterventionPlan> {
    return toInterventionPlan((await ctx.services.iomPlans.loadPlan(ctx, action.planId))!);
  }

  @FieldResolver(() => IomStaffMember, { nullable: true, description: "The owner's staff record, when they have one." })
  async ownerStaff(@Root() action: PlanAction, @Ctx() ctx: RequestContext): Promise<IomStaffMember | null> {
    const row = action.ownerStaffId ? await ctx.services.iomStaff.loadStaff(ctx, action.ownerStaffId) : null;
    return row && toIomStaffMember(row);
  }

  @FieldResolver(() => Referral, { nullable: true, description: "The programme referral a PROGRAMME_ATTENDANCE action tracks, with its live attendance." })
  async referral(@Root() action: PlanAction, @Ctx() ctx: RequestContext): Promise<Referral | null> {
    const row = action.referralId ? await ctx.services.referrals.loadForRelation(ctx, action.referralId) : null;
    return row && toReferral(row);
  }

  @FieldResolver(() => Boolean, { description: "Still open, in the live plan, and past its due date." })
  async overdue(@Root() action: PlanAction, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await ctx.services.iomActions.daysOverdue(ctx, action)) > 0;
  }

  @FieldResolver(() => Int, { description: "Days past due while overdue (0 otherwise)." })
  daysOverdue(@Root() action: PlanAction, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.iomActions.daysOverdue(ctx, action);
  }

  @Mutation(() => PlanActionPayload, { description: "Adds an action to the live plan." })
  async addPlanAction(@Arg("input", () => AddPlanActionInput, { description: "The live plan and the action." }) input: AddPlanActionInput, @Ctx() ctx: RequestContext) {
    return toActionPayload(await ctx.services.iomActions.addAction(ctx, input));
  }

  @Mutation(() => PlanActionPayload, { description: "Changes an action of the live plan; refused with CONFLICT if expectedVersion is stale." })
  async updatePlanAction(@Arg("input", () => UpdatePlanActionInput, { description: "The action, the version last seen and the fields to change." }) input: UpdatePlanActionInput, @Ctx() ctx: RequestContext) {
    return toActionPayload(await ctx.services.iomActions.updateAction(ctx, input));
  }
}

function toPlanPayload(outcome: Outcome<InterventionPlanRow>): InterventionPlanPayload {
  return outcome.ok ? { plan: toInterventionPlan(outcome.value), userErrors: [] } : { plan: null, userErrors: outcome.errors };
}

function toActionPayload(outcome: Outcome<PlanActionRow>): PlanActionPayload {
  return outcome.ok ? { action: toPlanAction(outcome.value), userErrors: [] } : { action: null, userErrors: outcome.errors };
}
