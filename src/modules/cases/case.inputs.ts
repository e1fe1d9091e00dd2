import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { CaseAllocation } from "./case.type.js";

@InputType()
export class AllocateCaseInput {
  @Field(() => ID)
  perpetratorId!: string;

  @Field({ description: "JWT subject of the probation practitioner who will hold the case." })
  practitionerSub!: string;

  @Field(() => String, { nullable: true })
  practitionerName?: string | null;

  @Field({ description: "The responsible organisation, 1 to 200 characters." })
  organisation!: string;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today. The open allocation, if any, ends on this day." })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Why the case moves; recorded on the allocation it ends." })
  reason?: string | null;
}

@InputType()
export class EndCaseAllocationInput {
  @Field(() => ID)
  allocationId!: string;

  @Field(() => DateScalar, { nullable: true, description: "The first day off the case; defaults to today." })
  endedOn?: string | null;

  @Field()
  reason!: string;
}

@InputType()
export class CaseAllocationFilter {
  @Field(() => String, { nullable: true })
  practitionerSub?: string | null;

  @Field(() => String, { nullable: true })
  organisation?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Ended allocations too; by default only open ones." })
  includeEnded?: boolean | null;
}

@ObjectType()
export class CaseAllocationPayload {
  @Field(() => CaseAllocation, { nullable: true })
  caseAllocation!: CaseAllocation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
