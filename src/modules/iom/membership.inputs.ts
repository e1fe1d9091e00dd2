import { Field, Float, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { CohortTypeEnum, DeselectionReasonEnum, PathwayEnum, SelectionSourceEnum } from "./iom.enums.js";
import { IomMembership } from "./membership.type.js";
import type { CohortType, DeselectionReason, Pathway, SelectionSource } from "./iom.model.js";

@InputType()
export class SelectForIomCohortInput {
  @Field(() => ID)
  perpetratorId!: string;

  @Field(() => SelectionSourceEnum)
  selectionSource!: SelectionSource;

  @Field(() => CohortTypeEnum, { description: "Domestic abuse is usually FLEX." })
  cohortType!: CohortType;

  @Field(() => Float, { nullable: true })
  rfgScore?: number | null;

  @Field(() => DateScalar)
  startedOn!: string;

  @Field(() => ID, { nullable: true, description: "The offender manager from the start, if already chosen." })
  offenderManagerId?: string | null;
}

@InputType()
export class DeselectFromIomCohortInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => DateScalar)
  endedOn!: string;

  @Field(() => DeselectionReasonEnum)
  reason!: DeselectionReason;

  @Field(() => String, { nullable: true, description: "Required when the reason is OTHER." })
  note?: string | null;
}

@InputType()
export class AssignOffenderManagerInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => ID)
  staffId!: string;

  @Field(() => DateScalar, { description: "The day the new offender manager takes over; the current assignment ends then." })
  startedOn!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class IomCohortFilter {
  @Field(() => Boolean, { nullable: true, description: "Only members whose current offender manager is the caller." })
  managedByMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only members whose current offender manager is the caller.",
    deprecationReason: "Use managedByMe: relationship filters are named for the relationship (managedByMe, allocatedToMe, facilitatedByMe).",
  })
  mine?: boolean | null;

  @Field(() => ID, { nullable: true })
  offenderManagerId?: string | null;

  @Field(() => String, { nullable: true, description: "The current offender manager's team." })
  team?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: live plan past its review date; false: not." })
  reviewOverdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true: an open action in the live plan is past due; false: none is." })
  actionOverdue?: boolean | null;

  @Field(() => PathwayEnum, { nullable: true, description: "The live plan has an action on this pathway." })
  pathway?: Pathway | null;

  @Field(() => CohortTypeEnum, { nullable: true })
  cohortType?: CohortType | null;

  @Field(() => ID, { nullable: true })
  perpetratorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Include ended memberships (default false)." })
  includeEnded?: boolean | null;
}

@ObjectType()
export class IomMembershipPayload {
  @Field(() => IomMembership, { nullable: true })
  membership!: IomMembership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
