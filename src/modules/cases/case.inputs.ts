import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { CaseAllocation } from "./case.type.js";

@InputType({ description: "Gives a person's probation case to a practitioner and organisation (admins only); an open allocation of the case ends the day this one starts." })
export class AllocateCaseInput {
  @Field(() => ID, { description: "The person's global id." })
  perpetratorId!: string;

  @Field({ description: "JWT subject of the probation practitioner who will hold the case." })
  practitionerSub!: string;

  @Field(() => String, { nullable: true, description: "The practitioner's name, up to 200 characters; optional." })
  practitionerName?: string | null;

  @Field({ description: "The responsible organisation, 1 to 200 characters." })
  organisation!: string;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today. The open allocation, if any, ends on this day." })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Why the case moves; recorded on the allocation it ends." })
  reason?: string | null;
}

@InputType({ description: "Ends an open case allocation, leaving the case unallocated (admins only)." })
export class EndCaseAllocationInput {
  @Field(() => ID, { description: "The allocation's global id." })
  allocationId!: string;

  @Field(() => DateScalar, { nullable: true, description: "The first day off the case; defaults to today." })
  endedOn?: string | null;

  @Field({ description: "Why the allocation ends, 1 to 500 characters; kept on the allocation." })
  reason!: string;
}

@InputType({ description: "Narrows a list of case allocations; every field given must match (fields left out or null do not filter)." })
export class CaseAllocationFilter {
  @Field(() => String, { nullable: true, description: "Only allocations to this practitioner (their JWT subject, exact match)." })
  practitionerSub?: string | null;

  @Field(() => String, { nullable: true, description: "Only allocations to this organisation (exact match)." })
  organisation?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Ended allocations too; by default only open ones." })
  includeEnded?: boolean | null;
}

@ObjectType({ description: "The answer to a case-allocation mutation: the allocation as it now is, or why nothing changed." })
export class CaseAllocationPayload {
  @Field(() => CaseAllocation, { nullable: true, description: "The allocation made or ended; null when userErrors is not empty." })
  caseAllocation!: CaseAllocation | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}
