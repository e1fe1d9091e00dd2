import { toGlobalId } from "../../shared/global-id.js";
import type { DomainEvent, DomainEventKind } from "../../shared/domain-events.js";
import { EVENT_TYPE_PREFIX, EVENT_VERSION } from "./events.model.js";

/** The path of the authenticated endpoint a message's detailUrl names (src/http/event-routes.ts). */
export const EVENT_DETAIL_PATH = "/domain-events/";

const DESCRIPTIONS: Record<DomainEventKind, string> = {
  "referral.status-changed": "A referral to a programme changed status",
  "referral.completed": "A referral's programme was completed",
  "attendance.register-recorded": "A session register entry was recorded for a participant",
  "attendance.warning-required": "An unacceptable failure to comply needs a warning letter",
  "attendance.breach-required": "A further unacceptable failure within 12 months of a warning needs breach proceedings",
  "iom.cohort-selected": "A person was selected onto the IOM cohort",
  "iom.cohort-deselected": "A person was taken off the IOM cohort",
  "iom.offender-manager-changed": "An IOM cohort member was handed to a new offender manager",
  "victim-safety.alert-raised": "A victim-safety alert was raised about a perpetrator (the alert is readable only by those allowed to)",
};

export const eventTypeOf = (kind: DomainEventKind): string => `${EVENT_TYPE_PREFIX}${kind}`;
export const descriptionOf = (kind: DomainEventKind): string => DESCRIPTIONS[kind];

/** A person's identifiers as HMPPS messages carry them; either may be missing. */
export interface PersonIdentifiers {
  crn: string | null;
  pncId: string | null;
}

/** The HMPPS domain-event message (hmpps-domain-events): what every subscriber receives. */
export interface EventMessage {
  eventType: string;
  version: number;
  occurredAt: string;
  detailUrl: string;
  description: string;
  additionalInformation: Record<string, string | number | null>;
  personReference: { identifiers: { type: "CRN" | "PNC"; value: string }[] };
}

/**
 * Builds the one message shape, from ids only. The person is named by CRN and PNC when held; a person
 * with neither still gets the event, with only the API's own id (`perpetratorId`, a global id) to go by.
 */
export function buildEventMessage(eventId: string, event: DomainEvent, person: PersonIdentifiers | undefined, baseUrl: string): EventMessage {
  const identifiers: EventMessage["personReference"]["identifiers"] = [];
  if (person?.crn) identifiers.push({ type: "CRN", value: person.crn });
  if (person?.pncId) identifiers.push({ type: "PNC", value: person.pncId });
  return {
    eventType: eventTypeOf(event.kind),
    version: EVENT_VERSION,
    occurredAt: isoWithOffset(event.occurredAt),
    detailUrl: `${baseUrl.replace(/\/+$/, "")}${EVENT_DETAIL_PATH}${eventId}`,
    description: DESCRIPTIONS[event.kind],
    additionalInformation: {
      eventId,
      perpetratorId: toGlobalId("Perpetrator", event.perpetratorId),
      [`${lowerFirst(event.subject.type)}Id`]: toGlobalId(event.subject.type, event.subject.id),
      ...event.details,
    },
    personReference: { identifiers },
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** ISO 8601 with the UK's offset at that instant (`2026-06-01T13:00:00.000+01:00`), as HMPPS messages give it. */
export function isoWithOffset(at: Date, timeZone = "Europe/London"): string {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const offset = name === "GMT" ? "+00:00" : name.replace("GMT", "");
  const [sign, hours, minutes] = [offset[0] === "-" ? -1 : 1, Number(offset.slice(1, 3)), Number(offset.slice(4, 6))];
  const local = new Date(at.getTime() + sign * (hours * 60 + minutes) * 60_000);
  return `${local.toISOString().slice(0, 23)}${offset}`;
}
