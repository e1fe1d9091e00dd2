import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { DomainEvent, DomainEventSink } from "../../shared/domain-events.js";
import { perpetrators } from "../perpetrators/index.js";
import { buildEventMessage, eventTypeOf, type PersonIdentifiers } from "./event-shape.rules.js";
import { outboxEvents } from "./events.table.js";

/**
 * The transactional outbox: writes each event, and one delivery per active subscriber that wants its
 * type, with the transaction of the change. Three statements per change whatever the number of events:
 * the people's identifiers, the events, the fan-out.
 */
export class Outbox implements DomainEventSink {
  constructor(private readonly baseUrl: string) {}

  async record(tx: Executor, events: readonly DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const personIds = [...new Set(events.map((e) => e.perpetratorId))];
    const people = await tx
      .select({ id: perpetrators.id, crn: perpetrators.crn, pncId: perpetrators.pncId })
      .from(perpetrators)
      .where(inArray(perpetrators.id, personIds));
    const identifiersOf = new Map<string, PersonIdentifiers>(people.map((p) => [p.id, { crn: p.crn, pncId: p.pncId }]));
    const rows = events.map((event) => {
      const id = randomUUID();
      return {
        id,
        eventType: eventTypeOf(event.kind),
        perpetratorId: event.perpetratorId,
        occurredAt: event.occurredAt,
        subjectType: event.subject.type,
        subjectId: event.subject.id,
        message: buildEventMessage(id, event, identifiersOf.get(event.perpetratorId), this.baseUrl) as unknown as Record<string, unknown>,
      };
    });
    // Inserted in the order given, so seq (an identity) follows the order the feature reported them in.
    await tx.insert(outboxEvents).values(rows);
    await tx.execute(sql`
      insert into event_deliveries (event_id, subscriber_id, perpetrator_id, seq)
      select e.id, s.id, e.perpetrator_id, e.seq
      from outbox_events e
      join webhook_subscribers s on s.active and (cardinality(s.event_types) = 0 or e.event_type = any(s.event_types))
      where e.id = any(${sql.param(rows.map((r) => r.id))}::uuid[])`);
  }
}
