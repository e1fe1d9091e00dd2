import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { OrderTypeEnum } from "./victim-safety.enums.js";
import type { OrderType } from "./victim-safety.model.js";
import { ProtectiveOrder } from "./order.type.js";

@InputType()
export class RecordProtectiveOrderInput {
  @Field(() => ID, { description: "The person the order is made against." })
  perpetratorId!: string;

  @Field(() => OrderTypeEnum)
  type!: OrderType;

  @Field(() => [ID], { description: "The victims it protects; each must be linked to the perpetrator." })
  protectedVictimIds!: string[];

  @Field(() => [String])
  conditions!: string[];

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  issuedBy?: string | null;
}

@InputType({ description: "A court varies or extends an order: the new end date and conditions." })
export class VaryProtectiveOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => DateScalar, { nullable: true, description: "The new last day; omit to keep it." })
  endsOn?: string | null;

  @Field(() => [String], { nullable: true, description: "The conditions as they now stand; omit to keep them." })
  conditions?: string[] | null;
}

@ObjectType()
export class ProtectiveOrderPayload {
  @Field(() => ProtectiveOrder, { nullable: true })
  order!: ProtectiveOrder | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
