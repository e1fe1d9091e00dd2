import { type AccessDecision } from "./decisions.js";

const SUBSCRIBER = ["id", "name", "url", "eventTypes", "active", "createdAt", "disabledAt"];
const DELIVERY = ["id", "eventId", "eventType", "status", "attempts", "nextAttemptAt", "lastAttemptAt", "lastStatusCode", "lastError", "deliveredAt", "heldBehindDeadLetter", "subscriber"];

/**
 * Events out (modules/events): webhook settings and delivery state, reached only through ADMIN-only
 * roots (EventsService refuses every other role), so each field goes with its row. No person data:
 * ids, statuses and HTTP outcomes.
 */
export const EVENTS_FIELDS: Readonly<Record<string, AccessDecision>> = {
  "Query.eventTypes": "root",
  "Query.webhookSubscribers": "root",
  "Query.eventDeliveries": "root",
  "Mutation.createWebhookSubscriber": "root",
  "Mutation.disableWebhookSubscriber": "root",
  "Mutation.redeliverEvent": "root",
  ...Object.fromEntries(SUBSCRIBER.map((name) => [`WebhookSubscriber.${name}`, "row" as const])),
  ...Object.fromEntries(DELIVERY.map((name) => [`EventDelivery.${name}`, "row" as const])),
  // The secret is answered once, to the admin who created the subscriber, and never read back.
  "CreateWebhookSubscriberPayload.secret": "row",
  "CreateWebhookSubscriberPayload.subscriber": "row",
  "CreateWebhookSubscriberPayload.userErrors": "row",
  "WebhookSubscriberPayload.subscriber": "row",
  "WebhookSubscriberPayload.userErrors": "row",
  "RedeliverEventPayload.delivery": "row",
  "RedeliverEventPayload.userErrors": "row",
  "WebhookSubscriberConnection.edges": "row",
  "WebhookSubscriberConnection.pageInfo": "row",
  "WebhookSubscriberConnection.totalCount": "row",
  "WebhookSubscriberEdge.cursor": "row",
  "WebhookSubscriberEdge.node": "row",
  "EventDeliveryConnection.edges": "row",
  "EventDeliveryConnection.pageInfo": "row",
  "EventDeliveryConnection.totalCount": "row",
  "EventDeliveryEdge.cursor": "row",
  "EventDeliveryEdge.node": "row",
};
