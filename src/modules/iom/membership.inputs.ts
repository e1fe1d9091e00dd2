import { Field, Float, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { CohortTypeEnum, DeselectionReasonEnum, PathwayEnum, SelectionSourceEnum } from "./iom.enums.js";
import { IomMembership } from "./membership.type.js";
import type { CohortType, DeselectionReason, Pathway, SelectionSource } from "./iom.model.js";

@InputType({ description: "A person to select onto the IOM cohort (IOM supervisors or admins); they may not already be in it." })
export class SelectForIomCohortInput {
  @Field(() => ID, { description: "The person's global id." })
  perpetratorId!: string;

  @Field(() => SelectionSourceEnum, { description: "Who put the person forward." })
  selectionSource!: SelectionSource;

  @Field(() => CohortTypeEnum, { description: "Domestic abuse is usually FLEX." })
  cohortType!: CohortType;

  @Field(() => Float, { nullable: true, description: "Recency-Frequency-Gravity score at selection, 0 to 10000; optional." })
  rfgScore?: number | null;

  @Field(() => DateScalar, { description: "The day the person joins the cohort: not in the future, and not before their last membership ended." })
  startedOn!: string;

  @Field(() => ID, { nullable: true, description: "The offender manager from the start, if already chosen." })
  offenderManagerId?: string | null;
}

@InputType({ description: "Takes a member off the cohort." })
export class DeselectFromIomCohortInput {
  @Field(() => ID, { description: "The membership's global id; it must still be open." })
  membershipId!: string;

  @Field(() => DateScalar, { description: "The day the person leaves: not in the future, not before they joined." })
  endedOn!: string;

  @Field(() => DeselectionReasonEnum, { description: "Why the person leaves the cohort." })
  reason!: DeselectionReason;

  @Field(() => String, { nullable: true, description: "Required when the reason is OTHER." })
  note?: string | null;
}

@InputType({ description: "A new offender manager for a member (IOM supervisors or admins)." })
export class AssignOffenderManagerInput {
  @Field(() => ID, { description: "The membership's global id; it must still be open." })
  membershipId!: string;

  @Field(() => ID, { description: "The new offender manager's staff id (global id): an active staff member other than the current one." })
  staffId!: string;

  @Field(() => DateScalar, { description: "The day the new offender manager takes over; the current assignment ends then." })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: "Why the member changes hands, up to 2000 characters; optional." })
  reason?: string | null;
}

@InputType({ description: "Narrows the cohort; every field given must match (fields left out or null do not filter). Open memberships only unless includeEnded." })
export class IomCohortFilter {
  @Field(() => Boolean, { nullable: true, description: "Only members whose current offender manager is the caller." })
  managedByMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only members whose current offender manager is the caller.",
    deprecationReason: "Use managedByMe: relationship filters are named for the relationship (managedByMe, allocatedToMe, facilitatedByMe).",
  })
  mine?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only members whose current offender manager is this staff member (global id)." })
  offenderManagerId?: string | null;

  @Field(() => String, { nullable: true, description: "The current offender manager's team." })
  team?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: live plan past its review date; false: not." })
  reviewOverdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true: an open action in the live plan is past due; false: none is." })
  actionOverdue?: boolean | null;

  @Field(() => PathwayEnum, { nullable: true, description: "The live plan has an action on this pathway." })
  pathway?: Pathway | null;

  @Field(() => CohortTypeEnum, { nullable: true, description: "Only members of this cohort type." })
  cohortType?: CohortType | null;

  @Field(() => ID, { nullable: true, description: "Only this person's memberships (a person's global id)." })
  perpetratorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Include ended memberships (default false)." })
  includeEnded?: boolean | null;
}

@ObjectType({ description: "The answer to a cohort mutation: the membership as it now is, or why nothing changed." })
export class IomMembershipPayload {
  @Field(() => IomMembership, { nullable: true, description: "The membership; null when userErrors is not empty." })
  membership!: IomMembership | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}
