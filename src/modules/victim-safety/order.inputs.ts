import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { OrderTypeEnum } from "./victim-safety.enums.js";
import type { OrderType } from "./victim-safety.model.js";
import { ProtectiveOrder } from "./order.type.js";

@InputType({ description: "An order, notice or Clare's Law disclosure to record (police safeguarding or police). Its length is checked against its type." })
export class RecordProtectiveOrderInput {
  @Field(() => ID, { description: "The person the order is made against." })
  perpetratorId!: string;

  @Field(() => OrderTypeEnum, { description: "What kind of order, notice or disclosure it is." })
  type!: OrderType;

  @Field(() => [ID], { description: "The victims it protects; each must be linked to the perpetrator." })
  protectedVictimIds!: string[];

  @Field(() => [String], { description: "The conditions as written, at most 30 of up to 500 characters each; [] for none." })
  conditions!: string[];

  @Field(() => DateScalar, { description: "The first day it applies, or the day of a disclosure (a calendar date)." })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "The last day it applies (a calendar date). Required for DVPN, DAPN and DVPO (a DVPO lasts 14 to 28 days); null for none, and always null for a disclosure." })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: "The court or police reference, up to 100 characters; optional." })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: "The court or force that made it, up to 100 characters; optional." })
  issuedBy?: string | null;
}

@InputType({ description: "A court varies or extends an order: the new end date and conditions." })
export class VaryProtectiveOrderInput {
  @Field(() => ID, { description: "The order's global id." })
  orderId!: string;

  @Field(() => Int, { description: "The order's version the caller last read; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => DateScalar, { nullable: true, description: "The new last day; omit to keep it." })
  endsOn?: string | null;

  @Field(() => [String], { nullable: true, description: "The conditions as they now stand; omit to keep them." })
  conditions?: string[] | null;
}

@ObjectType({ description: "The answer to an order mutation: the order as it now stands, or why nothing changed." })
export class ProtectiveOrderPayload {
  @Field(() => ProtectiveOrder, { nullable: true, description: "The order; null when userErrors is not empty." })
  order!: ProtectiveOrder | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}
