import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { SafetyAlert } from "./alert.type.js";

@InputType()
export class SafetyAlertFilter {
  @Field(() => Boolean, { nullable: true, description: "Only alerts addressed to me (recipientSub is my JWT subject)." })
  addressedToMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only alerts for me (my JWT subject).",
    deprecationReason: "Use addressedToMe: relationship filters are named for the relationship (addressedToMe, allocatedToMe, facilitatedByMe).",
  })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Only alerts not yet acknowledged." })
  openOnly?: boolean | null;

  @Field(() => ID, { nullable: true })
  victimId?: string | null;
}

@InputType()
export class AcknowledgeSafetyAlertInput {
  @Field(() => ID)
  alertId!: string;

  @Field(() => String, { nullable: true, description: "What was done, e.g. \"Called the victim; safety plan reviewed\"." })
  note?: string | null;
}

@ObjectType()
export class SafetyAlertPayload {
  @Field(() => SafetyAlert, { nullable: true })
  alert!: SafetyAlert | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ExpiringOrderAlertsPayload {
  @Field(() => Int, { description: "Alerts raised now; orders already alerted are not alerted again." })
  alertsRaised!: number;
}
