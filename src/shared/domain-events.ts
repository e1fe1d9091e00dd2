import type { Executor } from "../db/client.js";

/**
 * The kinds of domain change another system acts on. Each becomes one outbox event of type
 * `safeguard.<kind>` (src/modules/events/event-shape.ts builds the message, in one place).
 */
export const DOMAIN_EVENT_KINDS = [
  "referral.status-changed",
  "referral.completed",
  "attendance.register-recorded",
  "attendance.warning-required",
  "attendance.breach-required",
  "iom.cohort-selected",
  "iom.cohort-deselected",
  "iom.offender-manager-changed",
  "victim-safety.alert-raised",
] as const;
export type DomainEventKind = (typeof DOMAIN_EVENT_KINDS)[number];

/** The thing an event is about, whose detail a receiver can fetch (its GraphQL type and database id). */
export interface EventSubject {
  type: "Referral" | "AttendanceRecord" | "IomMembership" | "SafetyAlert";
  id: string;
}

/**
 * One domain change, as a feature reports it: ids and codes only, never names, dates of birth or
 * anything about a victim. The person is the perpetrator the change is about (events are ordered per person).
 */
export interface DomainEvent {
  kind: DomainEventKind;
  perpetratorId: string;
  subject: EventSubject;
  occurredAt: Date;
  /** Ids and codes only (a status, an outcome, an alert kind): shown to receivers as additionalInformation. */
  details: Record<string, string | number | null>;
}

/**
 * Where features write the events their changes raise, with the transaction that makes the change,
 * so an event exists exactly when the change does. Implemented by the events feature (the outbox).
 */
export interface DomainEventSink {
  record(tx: Executor, events: readonly DomainEvent[]): Promise<void>;
}
