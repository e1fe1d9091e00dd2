import { Field, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeGroup } from "./group.type.js";
import type { GroupFacilitatorRow } from "./group.table.js";

@ObjectType({
  description:
    "One period in which someone facilitates a group: from startedOn until endedOn, the first day without access (null while current). " +
    "A facilitator removed and added again has a period for each time.",
})
export class GroupFacilitator {
  groupId!: string;

  @Field({ description: "JWT subject of the facilitator." })
  facilitatorSub!: string;

  @Field(() => DateScalar, { description: "The first day the facilitator sees and runs the group." })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "The first day (from its start, in England) the facilitator no longer sees or runs the group; null while current." })
  endedOn!: string | null;

  @Field({ description: "JWT subject of the admin who added them (\"seed\" for the demo data)." })
  addedBy!: string;

  @Field(() => String, { nullable: true, description: "Why they were added, if the admin said." })
  addReason!: string | null;

  @Field(() => DateTimeScalar, { description: "When the addition was recorded." })
  addedAt!: Date;

  @Field(() => String, { nullable: true, description: "JWT subject of the admin who removed them; null while open." })
  endedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why they were removed; null while open." })
  endReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the removal was recorded; null while open." })
  endedAt!: Date | null;
}

export function toGroupFacilitator(row: GroupFacilitatorRow): GroupFacilitator {
  return Object.assign(new GroupFacilitator(), {
    groupId: row.groupId,
    facilitatorSub: row.facilitatorSub,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    addedBy: row.addedBy,
    addReason: row.addReason,
    addedAt: row.addedAt,
    endedBy: row.endedBy,
    endReason: row.endReason,
    endedAt: row.endedAt,
  });
}

@ObjectType({ description: "The answer to adding or removing a group's facilitator." })
export class GroupFacilitatorPayload {
  @Field(() => ProgrammeGroup, { nullable: true, description: "The group, as the change left it; null when refused." })
  group!: ProgrammeGroup | null;

  @Field(() => GroupFacilitator, { nullable: true, description: "The period added or ended; null when refused." })
  facilitator!: GroupFacilitator | null;

  @Field(() => [UserError], { description: "Why the change was refused; empty when it was made." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The answer to updating or closing a group." })
export class GroupPayload {
  @Field(() => ProgrammeGroup, { nullable: true, description: "The group as written; null when refused." })
  group!: ProgrammeGroup | null;

  @Field(() => [UserError], { description: "Why the change was refused; empty when it was made." })
  userErrors!: UserError[];
}
