import type { DomainEvent } from "../../shared/domain-events.js";

/**
 * One alert-raised event per event alerted about, not per alert row: an event raises a row per linked
 * victim and worker, and their number is itself about the victims. The event carries the first row's
 * id and the alert kind; the perpetrator is named by the outbox (CRN and PNC), never a victim.
 */
export function alertRaisedEvents(
  drafts: readonly { kind: string; eventKey: string; perpetratorId: string; occurredAt: Date }[],
  created: readonly { id: string; dedupeKey: string }[],
): DomainEvent[] {
  const events: DomainEvent[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    const prefix = `${draft.kind}:${draft.eventKey}:`;
    if (seen.has(prefix)) continue;
    seen.add(prefix);
    const first = created.find((alert) => alert.dedupeKey.startsWith(prefix));
    if (!first) continue;
    events.push({
      kind: "victim-safety.alert-raised",
      perpetratorId: draft.perpetratorId,
      subject: { type: "SafetyAlert", id: first.id },
      occurredAt: draft.occurredAt,
      details: { alertKind: draft.kind },
    });
  }
  return events;
}
