import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { toGlobalId } from "../../shared/global-id.js";
import { ConnectionType } from "../../shared/pagination.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import type { DeliveryListRow } from "./delivery.repository.js";
import type { DeliveryStatus } from "./events.model.js";
import type { EventDeliveryRow, WebhookSubscriberRow } from "./events.table.js";

export enum EventDeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  DEAD_LETTER = "DEAD_LETTER",
}
registerEnumType(EventDeliveryStatus, {
  name: "EventDeliveryStatus",
  description: "Where one event's delivery to one subscriber stands.",
  valuesConfig: {
    PENDING: { description: "Not yet received: waiting its turn (the person's earlier events go first), due for a try, or waiting out a backoff." },
    DELIVERED: { description: "The subscriber answered 2xx." },
    DEAD_LETTER: { description: "Every try failed (EVENT_DELIVERY_MAX_ATTEMPTS): no more tries until an admin asks for redelivery. The person's later events to this subscriber wait behind it." },
  },
});

@ObjectType({ description: "A system that receives this API's domain events by webhook (HMPPS domain-event messages, signed with HMAC-SHA256)." })
export class WebhookSubscriber {
  @Field(() => ID, { description: "The subscriber's id." })
  id!: string;

  dbId!: string;

  @Field({ description: "What the subscriber is, for admins (e.g. \"Case management system\")." })
  name!: string;

  @Field({ description: "Where deliveries are POSTed." })
  url!: string;

  @Field(() => [String], { description: "The event types delivered (e.g. safeguard.referral.status-changed); empty: every type." })
  eventTypes!: string[];

  @Field({ description: "False once disabled: it gets no new events and its pending deliveries are not sent." })
  active!: boolean;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was disabled; null while active." })
  disabledAt!: Date | null;
}

@ObjectType({ description: "One event's delivery to one subscriber: delivered at least once, in order per person." })
export class EventDelivery {
  @Field(() => ID, { description: "The delivery's id (the x-safeguard-delivery-id header)." })
  id!: string;

  subscriberDbId!: string;

  @Field({ description: "The event's id (the x-safeguard-event-id header and additionalInformation.eventId): the same for every subscriber." })
  eventId!: string;

  @Field({ description: "The event's type, e.g. safeguard.referral.status-changed." })
  eventType!: string;

  @Field(() => EventDeliveryStatus, { description: "Where the delivery stands." })
  status!: DeliveryStatus;

  @Field(() => Int, { description: "Tries so far (a try is counted when a worker claims it)." })
  attempts!: number;

  @Field(() => DateTimeScalar, { description: "When it is next due (pending only; a dead letter keeps its last value)." })
  nextAttemptAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was last tried; null before the first try." })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last try; null when no answer came (or none yet)." })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: "Why the last try failed (an HTTP status or a network error); null after success." })
  lastError!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the subscriber answered 2xx; null until then." })
  deliveredAt!: Date | null;

  @Field({ description: "True for a pending delivery that waits behind a dead letter of the same person to the same subscriber: it goes only after that one is redelivered." })
  heldBehindDeadLetter!: boolean;
}

export const WebhookSubscriberConnection = ConnectionType(WebhookSubscriber, "WebhookSubscriber");
export const EventDeliveryConnection = ConnectionType(EventDelivery, "EventDelivery");

@ObjectType({ description: "The result of createWebhookSubscriber." })
export class CreateWebhookSubscriberPayload {
  @Field(() => WebhookSubscriber, { nullable: true, description: "The new subscriber; null when userErrors is not empty." })
  subscriber!: WebhookSubscriber | null;

  @Field(() => String, { nullable: true, description: "The signing secret, shown here once and never again: store it where the receiver can verify signatures with it." })
  secret!: string | null;

  @Field(() => [UserError], { description: "Why nothing was created; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The result of a change to a webhook subscriber." })
export class WebhookSubscriberPayload {
  @Field(() => WebhookSubscriber, { nullable: true, description: "The subscriber as changed; null when userErrors is not empty." })
  subscriber!: WebhookSubscriber | null;

  @Field(() => [UserError], { description: "Why nothing was changed; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The result of redeliverEvent." })
export class RedeliverEventPayload {
  @Field(() => EventDelivery, { nullable: true, description: "The delivery, back in line; null when userErrors is not empty." })
  delivery!: EventDelivery | null;

  @Field(() => [UserError], { description: "Why nothing was changed; empty on success." })
  userErrors!: UserError[];
}

export function toWebhookSubscriber(row: WebhookSubscriberRow): WebhookSubscriber {
  return Object.assign(new WebhookSubscriber(), {
    id: toGlobalId("WebhookSubscriber", row.id),
    dbId: row.id,
    name: row.name,
    url: row.url,
    eventTypes: row.eventTypes,
    active: row.active,
    createdAt: row.createdAt,
    disabledAt: row.disabledAt,
  });
}

export function toEventDelivery(row: EventDeliveryRow & Partial<Pick<DeliveryListRow, "eventType" | "heldBehindDeadLetter">>, eventType?: string): EventDelivery {
  return Object.assign(new EventDelivery(), {
    id: toGlobalId("EventDelivery", row.id),
    subscriberDbId: row.subscriberId,
    eventId: row.eventId,
    eventType: row.eventType ?? eventType ?? "",
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastAttemptAt: row.lastAttemptAt,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt,
    heldBehindDeadLetter: row.heldBehindDeadLetter ?? false,
  });
}
