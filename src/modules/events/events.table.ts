import { bigint, boolean, check, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, timestamptz } from "../../db/columns.js";
import { DELIVERY_STATUSES } from "./events.model.js";

/**
 * The transactional outbox: one row per domain event, written in the transaction of the change it
 * reports. `seq` orders a person's events; `message` is the HMPPS-shaped message receivers get, as it
 * was when the event happened. No foreign key to the person: the row outlives merges, and erasure
 * (erasePersonEvents) scrubs or deletes it.
 */
export const outboxEvents = pgTable(
  "outbox_events",
  {
    id: id(),
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    eventType: text("event_type").notNull(),
    /** The person whose events are delivered in order; null once erased. */
    perpetratorId: uuid("perpetrator_id"),
    occurredAt: timestamptz("occurred_at").notNull(),
    /** What the event is about (a GraphQL type with `node` and its id): what the detail URL shows. */
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    message: jsonb("message").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_events_perpetrator_idx").on(t.perpetratorId, t.seq)],
);

/** A system that receives events by webhook: set up by an admin, its secret shown once and kept to sign with. */
export const webhookSubscribers = pgTable(
  "webhook_subscribers",
  {
    id: id(),
    name: text("name").notNull(),
    url: text("url").notNull(),
    /** Event types delivered (e.g. `safeguard.referral.status-changed`); empty: every type. */
    eventTypes: text("event_types").array().notNull().default(sql`'{}'::text[]`),
    /** The HMAC-SHA256 key, shown once when created; never read back through the API. */
    secret: text("secret").notNull(),
    active: boolean("active").notNull().default(true),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    disabledAt: timestamptz("disabled_at"),
    disabledBy: text("disabled_by"),
  },
  (t) => [
    check("webhook_subscribers_name_check", sql`length(name) between 1 and 200`),
    check("webhook_subscribers_url_check", sql`url ~ '^https?://' and length(url) <= 2000`),
    index("webhook_subscribers_active_idx").on(t.active),
  ],
);

/**
 * One event to one subscriber, written with the event (fan-out in the change's transaction). Claimed by
 * a delivery worker under a lease (lease_token fences what a worker whose lease expired may write).
 * `seq` and `perpetrator_id` are the event's, copied so the ordering check reads one table.
 */
export const eventDeliveries = pgTable(
  "event_deliveries",
  {
    id: id(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => outboxEvents.id, { onDelete: "cascade" }),
    subscriberId: uuid("subscriber_id")
      .notNull()
      .references(() => webhookSubscribers.id),
    perpetratorId: uuid("perpetrator_id"),
    seq: bigint("seq", { mode: "number" }).notNull(),
    status: text("status").notNull().default("PENDING"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamptz("next_attempt_at").notNull().defaultNow(),
    leaseOwner: text("lease_owner"),
    leaseToken: uuid("lease_token"),
    leaseUntil: timestamptz("lease_until"),
    lastError: text("last_error"),
    lastStatusCode: integer("last_status_code"),
    lastAttemptAt: timestamptz("last_attempt_at"),
    deliveredAt: timestamptz("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    check("event_deliveries_status_check", oneOf("status", DELIVERY_STATUSES)),
    // The ordering check: is anything earlier for this person and subscriber not yet delivered? (Delivered
    // rows, the vast majority, are left out of the index.)
    index("event_deliveries_undelivered_idx").on(t.subscriberId, t.perpetratorId, t.seq).where(sql`status <> 'DELIVERED'`),
    // Erasure finds a person's deliveries.
    index("event_deliveries_perpetrator_idx").on(t.perpetratorId),
    // The claim: pending deliveries due now, oldest first.
    index("event_deliveries_due_idx").on(t.nextAttemptAt, t.seq).where(sql`status = 'PENDING'`),
    index("event_deliveries_status_idx").on(t.status, t.seq),
    index("event_deliveries_event_idx").on(t.eventId),
  ],
);

export type OutboxEventRow = typeof outboxEvents.$inferSelect;
export type WebhookSubscriberRow = typeof webhookSubscribers.$inferSelect;
export type EventDeliveryRow = typeof eventDeliveries.$inferSelect;
