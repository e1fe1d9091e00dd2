import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { SafetyAlert } from "./alert.type.js";

@InputType({ description: "Narrows a list of safety alerts; every field given must match (fields left out or null do not filter)." })
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

  @Field(() => ID, { nullable: true, description: "Only alerts about this victim (a victim's global id)." })
  victimId?: string | null;
}

@InputType({ description: "Marks an alert as seen and acted on." })
export class AcknowledgeSafetyAlertInput {
  @Field(() => ID, { description: "The alert's global id; it must not be acknowledged already." })
  alertId!: string;

  @Field(() => String, { nullable: true, description: "What was done, e.g. \"Called the victim; safety plan reviewed\"." })
  note?: string | null;
}

@ObjectType({ description: "The answer to acknowledgeSafetyAlert: the alert as acknowledged, or why it was refused." })
export class SafetyAlertPayload {
  @Field(() => SafetyAlert, { nullable: true, description: "The alert; null when userErrors is not empty." })
  alert!: SafetyAlert | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The answer to raising alerts for orders that are ending." })
export class ExpiringOrderAlertsPayload {
  @Field(() => Int, { description: "Alerts raised now; orders already alerted are not alerted again." })
  alertsRaised!: number;
}
