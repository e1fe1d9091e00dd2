import { Field, ObjectType } from "type-graphql";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import type { CaseAllocationRow } from "./case.table.js";

@ObjectType({
  implements: Node,
  description: "Who holds a person's probation case, from a start date until an end date: the allocated practitioner and the responsible organisation.",
})
export class CaseAllocation extends Node {
  dbId!: string;
  perpetratorId!: string;

  @Field({ description: "JWT subject of the allocated probation practitioner." })
  practitionerSub!: string;

  @Field(() => String, { nullable: true, description: "The practitioner's name as the admin recorded it; null when not recorded." })
  practitionerName!: string | null;

  @Field({ description: "The organisation responsible for the case (matched against the token's org claim)." })
  organisation!: string;

  @Field(() => DateScalar, { description: "The first day the practitioner holds the case (a calendar date in England)." })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "The first day the practitioner no longer holds the case; null while open." })
  endedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Why it ended: \"Reallocated\" (with the admin's reason) when a new allocation replaced it." })
  endReason!: string | null;

  @Field({ description: "JWT subject of the admin who made the allocation." })
  createdBy!: string;

  @Field(() => DateTimeScalar, { description: "When the allocation was recorded (UTC instant)." })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: "JWT subject of the admin who ended it." })
  endedBy!: string | null;
}

export const CaseAllocationConnection = ConnectionType(CaseAllocation, "CaseAllocation");

export function toCaseAllocation(row: CaseAllocationRow): CaseAllocation {
  return Object.assign(new CaseAllocation(), {
    id: toGlobalId("CaseAllocation", row.id),
    dbId: row.id,
    perpetratorId: row.perpetratorId,
    practitionerSub: row.practitionerSub,
    practitionerName: row.practitionerName,
    organisation: row.organisation,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    endReason: row.endReason,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    endedBy: row.endedBy,
  });
}
