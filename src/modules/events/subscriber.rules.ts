import { DOMAIN_EVENT_KINDS } from "../../shared/domain-events.js";
import { eventTypeOf } from "./event-shape.rules.js";

/** Every event type this API publishes, as subscribers filter on them. */
export const EVENT_TYPES: readonly string[] = DOMAIN_EVENT_KINDS.map(eventTypeOf);

export interface SubscriberRefusal {
  field: string;
  code: "INVALID";
  message: string;
}

/**
 * A subscriber's settings: a name, an http(s) URL without credentials in it (the secret signs instead),
 * and event types this API publishes (none: every type).
 */
export function checkSubscriber(input: { name: string; url: string; eventTypes: readonly string[] }): SubscriberRefusal[] {
  const refusals: SubscriberRefusal[] = [];
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) refusals.push({ field: "name", code: "INVALID", message: "name must be 1 to 200 characters" });
  let url: URL | null = null;
  try {
    url = new URL(input.url);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || input.url.length > 2000) {
    refusals.push({ field: "url", code: "INVALID", message: "url must be an http or https URL of at most 2000 characters" });
  } else if (url.username || url.password) {
    refusals.push({ field: "url", code: "INVALID", message: "url must not carry credentials: deliveries are signed with the subscriber's secret instead" });
  }
  const unknown = input.eventTypes.filter((type) => !EVENT_TYPES.includes(type));
  if (unknown.length) refusals.push({ field: "eventTypes", code: "INVALID", message: `Unknown event types: ${unknown.join(", ")} (known: ${EVENT_TYPES.join(", ")})` });
  return refusals;
}
