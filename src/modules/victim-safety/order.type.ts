import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar } from "../../shared/scalars.js";
import type { AuditedEntity } from "../../shared/audit/index.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import { OrderTypeEnum } from "./victim-safety.enums.js";
import type { OrderType } from "./victim-safety.model.js";
import type { OrderWithPeople } from "./order.repository.js";

@ObjectType({ implements: Node, description: "An order or notice against a perpetrator protecting one or more people, or a Clare's Law disclosure." })
export class ProtectiveOrder extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  perpetratorId!: string;
  protectedVictimIds!: string[];

  @Field(() => OrderTypeEnum, { description: "What kind of order, notice or disclosure it is." })
  type!: OrderType;

  @Field(() => String, { nullable: true, description: "Court or police reference." })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: "The court or force that made it." })
  issuedBy!: string | null;

  @Field(() => [String], { description: "The order's conditions as written, e.g. \"Not to enter Elm Street\"; empty when none were recorded." })
  conditions!: string[];

  @Field(() => DateScalar, { description: "The first day the order applies, or the day of a disclosure (a calendar date)." })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "Null when it runs until further order." })
  endsOn!: string | null;

  @Field(() => Int, { description: "For varyProtectiveOrder's expectedVersion." })
  version!: number;
}

export function toProtectiveOrder(row: OrderWithPeople): ProtectiveOrder {
  return Object.assign(new ProtectiveOrder(), {
    id: toGlobalId("ProtectiveOrder", row.id),
    dbId: row.id,
    auditEntity: auditEntityOf.order(row),
    perpetratorId: row.perpetratorId,
    protectedVictimIds: row.protectedVictimIds,
    type: row.type as OrderType,
    reference: row.reference,
    issuedBy: row.issuedBy,
    conditions: row.conditions,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    version: row.version,
  });
}
