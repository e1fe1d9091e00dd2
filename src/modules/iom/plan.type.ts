import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { ActionStatusEnum, OwnerAgencyEnum, PathwayEnum, PlanStatusEnum, ReviewOutcomeEnum } from "./iom.enums.js";
import type { ActionStatus, OwnerAgency, Pathway, PlanStatus, ReviewOutcome } from "./iom.model.js";
import type { InterventionPlanRow, PlanActionRow, PlanReviewRow } from "./iom.table.js";

@ObjectType({ implements: Node, description: "A version of a member's personalised intervention plan." })
export class InterventionPlan extends Node {
  dbId!: string;
  membershipId!: string;

  @Field(() => Int, { description: "1 for the first plan; each re-plan adds one. Send it back as expectedPlanVersion." })
  version!: number;

  @Field(() => PlanStatusEnum, { description: "Whether this version is the plan in force (LIVE), replaced by a re-plan (SUPERSEDED) or closed on leaving the cohort (CLOSED)." })
  status!: PlanStatus;

  @Field(() => String, { nullable: true, description: "The plan's summary in the offender manager's words; null when none was written." })
  summary!: string | null;

  @Field(() => DateScalar, { description: "When the plan is next due for review." })
  reviewDueOn!: string;

  @Field({ description: "JWT subject of who made this version." })
  createdBy!: string;

  @Field(() => String, { nullable: true, description: "Name of who made this version, from their token; null when the token had none." })
  createdByName!: string | null;

  @Field(() => DateTimeScalar, { description: "When this version was made (UTC instant)." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was superseded or closed." })
  endedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "One thing a plan commits someone to do, on one pathway." })
export class PlanAction extends Node {
  dbId!: string;
  planId!: string;
  ownerStaffId!: string | null;
  referralId!: string | null;

  @Field(() => PathwayEnum, { description: "The pathway the action addresses." })
  pathway!: Pathway;

  @Field({ description: "What is to be done, in plain words (1 to 500 characters)." })
  description!: string;

  @Field(() => OwnerAgencyEnum, { description: "The agency that owns the action." })
  ownerAgency!: OwnerAgency;

  @Field(() => String, { nullable: true, description: "The owning team or service when the owner has no staff record." })
  ownerName!: string | null;

  @Field(() => ActionStatusEnum, { description: "Where the action stands; PLANNED and IN_PROGRESS are open, the others closed." })
  status!: ActionStatus;

  @Field(() => DateScalar, { description: "The day the action is due (a calendar date in England); overdue from the day after while still open in the live plan." })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: "Progress notes (up to 2000 characters); they say why when an action is NOT_ACHIEVED or CANCELLED. Null when none." })
  notes!: string | null;

  @Field(() => Int, { description: "Increments on every change; send it back as expectedVersion." })
  version!: number;

  @Field({ description: "JWT subject of who added the action." })
  createdBy!: string;

  @Field(() => DateTimeScalar, { description: "When the action was added (UTC instant)." })
  createdAt!: Date;

  @Field({ description: "JWT subject of who last changed the action." })
  updatedBy!: string;

  @Field(() => DateTimeScalar, { description: "When the action was last changed (UTC instant)." })
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was DONE, NOT_ACHIEVED or CANCELLED." })
  closedAt!: Date | null;
}

@ObjectType({ description: "A recorded review of a plan: who, when, the outcome and the next review date." })
export class PlanReview {
  @Field(() => DateScalar, { description: "The day of the review (a calendar date)." })
  reviewedOn!: string;

  @Field(() => ReviewOutcomeEnum, { description: "What the review concluded." })
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true, description: "The reviewer's notes; null when none." })
  notes!: string | null;

  @Field(() => DateScalar, { description: "The next review date set at this review (a calendar date)." })
  nextReviewOn!: string;

  @Field({ description: "JWT subject of who recorded the review." })
  reviewerSub!: string;

  @Field(() => String, { nullable: true, description: "Name of who recorded the review, from their token; null when the token had none." })
  reviewerName!: string | null;

  @Field(() => DateTimeScalar, { description: "When the review was recorded (UTC instant)." })
  recordedAt!: Date;
}

export const InterventionPlanConnection = ConnectionType(InterventionPlan, "InterventionPlan");
export const PlanReviewConnection = ConnectionType(PlanReview, "PlanReview");

export function toInterventionPlan(row: InterventionPlanRow): InterventionPlan {
  return Object.assign(new InterventionPlan(), {
    id: toGlobalId("InterventionPlan", row.id),
    dbId: row.id,
    membershipId: row.membershipId,
    version: row.version,
    status: row.status as PlanStatus,
    summary: row.summary,
    reviewDueOn: row.reviewDueOn,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    createdAt: row.createdAt,
    endedAt: row.endedAt,
  });
}

export function toPlanAction(row: PlanActionRow): PlanAction {
  return Object.assign(new PlanAction(), {
    id: toGlobalId("PlanAction", row.id),
    dbId: row.id,
    planId: row.planId,
    ownerStaffId: row.ownerStaffId,
    referralId: row.referralId,
    pathway: row.pathway as Pathway,
    description: row.description,
    ownerAgency: row.ownerAgency as OwnerAgency,
    ownerName: row.ownerName,
    status: row.status as ActionStatus,
    dueOn: row.dueOn,
    notes: row.notes,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
  });
}

export function toPlanReview(row: PlanReviewRow): PlanReview {
  return Object.assign(new PlanReview(), {
    reviewedOn: row.reviewedOn,
    outcome: row.outcome as ReviewOutcome,
    notes: row.notes,
    nextReviewOn: row.nextReviewOn,
    reviewerSub: row.reviewerSub,
    reviewerName: row.reviewerName,
    recordedAt: row.recordedAt,
  });
}
