import { Field, ID, InputType } from "type-graphql";
import { EventDeliveryStatus } from "./events.type.js";

@InputType({ description: "A new webhook subscriber." })
export class CreateWebhookSubscriberInput {
  @Field({ description: "What the subscriber is, for admins: 1 to 200 characters." })
  name!: string;

  @Field({ description: "Where deliveries are POSTed: an http or https URL, without credentials in it." })
  url!: string;

  @Field(() => [String], { nullable: true, description: "The event types to deliver (see the eventTypes query); null or empty: every type." })
  eventTypes?: string[] | null;
}

@InputType({ description: "The subscriber to disable." })
export class DisableWebhookSubscriberInput {
  @Field(() => ID, { description: "The subscriber's id." })
  subscriberId!: string;
}

@InputType({ description: "The dead-lettered delivery to send again." })
export class RedeliverEventInput {
  @Field(() => ID, { description: "The delivery's id (EventDelivery.id)." })
  deliveryId!: string;
}

@InputType({ description: "Narrows the list of deliveries; every field optional." })
export class EventDeliveryFilter {
  @Field(() => EventDeliveryStatus, { nullable: true, description: "Only deliveries in this state (e.g. DEAD_LETTER)." })
  status?: EventDeliveryStatus | null;

  @Field(() => ID, { nullable: true, description: "Only deliveries to this subscriber." })
  subscriberId?: string | null;
}
