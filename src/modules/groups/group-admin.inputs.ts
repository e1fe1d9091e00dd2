import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";

@InputType({ description: "Adds a facilitator to a group from a date." })
export class AddGroupFacilitatorInput {
  @Field(() => ID, { description: "The group (open, not closed)." })
  groupId!: string;

  @Field({ description: "JWT subject of the facilitator; refused (DUPLICATE) if they are already on the group's list." })
  facilitatorSub!: string;

  @Field(() => DateScalar, { nullable: true, description: "The first day they see and run the group: today (the default) or later, never earlier." })
  startedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Why they are added (up to 500 characters)." })
  reason?: string | null;
}

@InputType({ description: "Removes a facilitator from a group from a date." })
export class RemoveGroupFacilitatorInput {
  @Field(() => ID, { description: "The group." })
  groupId!: string;

  @Field({ description: "JWT subject of a facilitator on the group's list (current, or added from a later date)." })
  facilitatorSub!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The first day they no longer see or run the group (from the start of that day, in England): today or later, not before their period started. " +
      "Defaults to today, or to the period's start if that is later (withdrawing a planned addition).",
  })
  endedOn?: string | null;

  @Field({ description: "Why they are removed (1 to 500 characters)." })
  reason!: string;
}

@InputType({ description: "Changes a group's own details; fields left out stay as they are." })
export class UpdateGroupInput {
  @Field(() => ID, { description: "The group (open, not closed)." })
  groupId!: string;

  @Field(() => Int, { description: "The group's version as read; a different current version is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "1 to 120 characters, unique within the programme." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Where it meets, up to 200 characters; an explicit null (or blank) clears it." })
  location?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The group's start date; moves only while none of its sessions has started." })
  startsOn?: string | null;
}

@InputType({ description: "Closes a group that has finished its work." })
export class CloseGroupInput {
  @Field(() => ID, { description: "The group (open)." })
  groupId!: string;

  @Field(() => Int, { description: "The group's version as read; a different current version is refused with CONFLICT." })
  expectedVersion!: number;

  @Field({ description: "Why the group closes (1 to 500 characters)." })
  reason!: string;
}
