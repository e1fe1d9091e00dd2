import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { ActionStatusEnum, OwnerAgencyEnum, PathwayEnum, ReviewOutcomeEnum } from "./iom.enums.js";
import { InterventionPlan, PlanAction, PlanReview } from "./plan.type.js";
import type { ActionStatus, OwnerAgency, Pathway, ReviewOutcome } from "./iom.model.js";

@InputType()
export class PlanActionInput {
  @Field(() => PathwayEnum)
  pathway!: Pathway;

  @Field()
  description!: string;

  @Field(() => OwnerAgencyEnum)
  ownerAgency!: OwnerAgency;

  @Field(() => ID, { nullable: true, description: "A staff record (police or probation) who owns the action." })
  ownerStaffId?: string | null;

  @Field(() => String, { nullable: true, description: "The owning team or service, when the owner has no staff record." })
  ownerName?: string | null;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: "PROGRAMME_ATTENDANCE only: the member's programme referral." })
  referralId?: string | null;
}

@InputType()
export class CreateInterventionPlanInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => DateScalar, { description: "First review: after today and within six months." })
  reviewDueOn!: string;

  @Field(() => [PlanActionInput])
  actions!: PlanActionInput[];
}

@InputType()
export class ReplanInterventionInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => Int, { description: "The live plan's version the caller saw; a stale one is refused with CONFLICT." })
  expectedPlanVersion!: number;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => DateScalar)
  reviewDueOn!: string;

  @Field(() => Boolean, { defaultValue: true, description: "Copy the live plan's PLANNED and IN_PROGRESS actions into the new version." })
  carryOverOpenActions!: boolean;

  @Field(() => [PlanActionInput], { defaultValue: [] })
  actions!: PlanActionInput[];
}

@InputType()
export class AddPlanActionInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => PlanActionInput)
  action!: PlanActionInput;
}

@InputType({ description: "Only the fields given change. An action's owner may change only status and notes." })
export class UpdatePlanActionInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => ActionStatusEnum, { nullable: true })
  status?: ActionStatus | null;

  @Field(() => String, { nullable: true, description: "Required when moving to NOT_ACHIEVED or CANCELLED." })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;

  @Field(() => OwnerAgencyEnum, { nullable: true })
  ownerAgency?: OwnerAgency | null;

  @Field(() => ID, { nullable: true })
  ownerStaffId?: string | null;

  @Field(() => String, { nullable: true })
  ownerName?: string | null;

  @Field(() => ID, { nullable: true })
  referralId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Unlink the referral." })
  clearReferral?: boolean | null;
}

@InputType()
export class RecordPlanReviewInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => DateScalar)
  reviewedOn!: string;

  @Field(() => ReviewOutcomeEnum)
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => DateScalar, { description: "After reviewedOn and within six months of it; becomes the plan's reviewDueOn." })
  nextReviewOn!: string;
}

@ObjectType()
export class InterventionPlanPayload {
  @Field(() => InterventionPlan, { nullable: true })
  plan!: InterventionPlan | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PlanActionPayload {
  @Field(() => PlanAction, { nullable: true })
  action!: PlanAction | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PlanReviewPayload {
  @Field(() => PlanReview, { nullable: true })
  review!: PlanReview | null;

  @Field(() => InterventionPlan, { nullable: true, description: "The plan with its new review date." })
  plan!: InterventionPlan | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
