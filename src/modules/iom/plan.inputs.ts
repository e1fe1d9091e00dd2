import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { ActionStatusEnum, OwnerAgencyEnum, PathwayEnum, ReviewOutcomeEnum } from "./iom.enums.js";
import { InterventionPlan, PlanAction, PlanReview } from "./plan.type.js";
import type { ActionStatus, OwnerAgency, Pathway, ReviewOutcome } from "./iom.model.js";

@InputType({ description: "An action for a plan. Name the owner by staff record (ownerStaffId) or, when they have none, by team or service (ownerName)." })
export class PlanActionInput {
  @Field(() => PathwayEnum, { description: "The pathway the action addresses." })
  pathway!: Pathway;

  @Field({ description: "What is to be done, 1 to 500 characters." })
  description!: string;

  @Field(() => OwnerAgencyEnum, { description: "The agency that owns the action; it must match the owner's staff record when one is given." })
  ownerAgency!: OwnerAgency;

  @Field(() => ID, { nullable: true, description: "A staff record (police or probation) who owns the action." })
  ownerStaffId?: string | null;

  @Field(() => String, { nullable: true, description: "The owning team or service, when the owner has no staff record." })
  ownerName?: string | null;

  @Field(() => DateScalar, { description: "The day it is due: not in the past, and within 24 months." })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: "Notes, up to 2000 characters; optional." })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: "PROGRAMME_ATTENDANCE only: the member's programme referral." })
  referralId?: string | null;
}

@InputType({ description: "A member's first intervention plan (their offender manager, an IOM supervisor or an admin)." })
export class CreateInterventionPlanInput {
  @Field(() => ID, { description: "The membership's global id; it must be open and have no live plan." })
  membershipId!: string;

  @Field(() => String, { nullable: true, description: "The plan's summary, up to 2000 characters; optional." })
  summary?: string | null;

  @Field(() => DateScalar, { description: "First review: after today and within six months." })
  reviewDueOn!: string;

  @Field(() => [PlanActionInput], { description: "The plan's actions, at most 40." })
  actions!: PlanActionInput[];
}

@InputType({ description: "A new version of a member's live plan; the old version is kept as SUPERSEDED." })
export class ReplanInterventionInput {
  @Field(() => ID, { description: "The membership's global id." })
  membershipId!: string;

  @Field(() => Int, { description: "The live plan's version the caller saw; a stale one is refused with CONFLICT." })
  expectedPlanVersion!: number;

  @Field(() => String, { nullable: true, description: "The new version's summary, up to 2000 characters; optional." })
  summary?: string | null;

  @Field(() => DateScalar, { description: "When the new version is first due for review: after today and within six months." })
  reviewDueOn!: string;

  @Field(() => Boolean, { defaultValue: true, description: "Copy the live plan's PLANNED and IN_PROGRESS actions into the new version." })
  carryOverOpenActions!: boolean;

  @Field(() => [PlanActionInput], { defaultValue: [], description: "New actions to add to those carried over; none when left out. At most 40 in all." })
  actions!: PlanActionInput[];
}

@InputType({ description: "An action to add to a live plan." })
export class AddPlanActionInput {
  @Field(() => ID, { description: "The live plan's global id." })
  planId!: string;

  @Field(() => PlanActionInput, { description: "The action to add." })
  action!: PlanActionInput;
}

@InputType({ description: "Only the fields given change. An action's owner may change only status and notes." })
export class UpdatePlanActionInput {
  @Field(() => ID, { description: "The action's global id; it must be in the live plan." })
  actionId!: string;

  @Field(() => Int, { description: "The action's version the caller last saw; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => ActionStatusEnum, { nullable: true, description: "New status; DONE, NOT_ACHIEVED and CANCELLED close the action and cannot be undone." })
  status?: ActionStatus | null;

  @Field(() => String, { nullable: true, description: "Required when moving to NOT_ACHIEVED or CANCELLED." })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: "New description, 1 to 500 characters." })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "New due date: not in the past, and within 24 months." })
  dueOn?: string | null;

  @Field(() => OwnerAgencyEnum, { nullable: true, description: "New owning agency." })
  ownerAgency?: OwnerAgency | null;

  @Field(() => ID, { nullable: true, description: "New owner's staff record (global id); an active staff member." })
  ownerStaffId?: string | null;

  @Field(() => String, { nullable: true, description: "New owning team or service, up to 120 characters, when the owner has no staff record." })
  ownerName?: string | null;

  @Field(() => ID, { nullable: true, description: "The member's programme referral to track (global id); PROGRAMME_ATTENDANCE actions only." })
  referralId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Unlink the referral." })
  clearReferral?: boolean | null;
}

@InputType({ description: "A review of a live plan." })
export class RecordPlanReviewInput {
  @Field(() => ID, { description: "The live plan's global id." })
  planId!: string;

  @Field(() => DateScalar, { description: "The day of the review: not in the future, not before the plan was made or its last review." })
  reviewedOn!: string;

  @Field(() => ReviewOutcomeEnum, { description: "What the review concluded." })
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true, description: "The reviewer's notes, up to 2000 characters; optional." })
  notes?: string | null;

  @Field(() => DateScalar, { description: "After reviewedOn and within six months of it; becomes the plan's reviewDueOn." })
  nextReviewOn!: string;
}

@ObjectType({ description: "The answer to a plan mutation: the plan version made, or why nothing changed." })
export class InterventionPlanPayload {
  @Field(() => InterventionPlan, { nullable: true, description: "The new plan version; null when userErrors is not empty." })
  plan!: InterventionPlan | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The answer to an action mutation: the action as it now is, or why nothing changed." })
export class PlanActionPayload {
  @Field(() => PlanAction, { nullable: true, description: "The action; null when userErrors is not empty." })
  action!: PlanAction | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The answer to recordPlanReview: the review and the plan, or why nothing was recorded." })
export class PlanReviewPayload {
  @Field(() => PlanReview, { nullable: true, description: "The review recorded; null when userErrors is not empty." })
  review!: PlanReview | null;

  @Field(() => InterventionPlan, { nullable: true, description: "The plan with its new review date." })
  plan!: InterventionPlan | null;

  @Field(() => [UserError], { description: "Why nothing was recorded; empty on success." })
  userErrors!: UserError[];
}
