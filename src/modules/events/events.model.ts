/** Where a delivery stands: waiting (or being tried), received by the subscriber, or given up on until redelivered. */
export const DELIVERY_STATUSES = ["PENDING", "DELIVERED", "DEAD_LETTER"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The prefix of every event type this API publishes. */
export const EVENT_TYPE_PREFIX = "safeguard.";

/** The version of the message shape; receivers may see it rise when fields are added. */
export const EVENT_VERSION = 1;

/** Header names of a delivery (documented in the README: how a receiver verifies one). */
export const SIGNATURE_HEADER = "x-safeguard-signature";
export const TIMESTAMP_HEADER = "x-safeguard-timestamp";
export const EVENT_ID_HEADER = "x-safeguard-event-id";
export const DELIVERY_ID_HEADER = "x-safeguard-delivery-id";
