import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { DatabaseHandle } from "../../db/client.js";
import { toGlobalId } from "../../shared/global-id.js";
import type { DeliveryStatus } from "./events.model.js";
import { eventDeliveries, outboxEvents, type EventDeliveryRow } from "./events.table.js";

/** A delivery claimed by a worker: what to send, where, and the lease token that fences its outcome. */
export interface ClaimedDelivery {
  id: string;
  leaseToken: string;
  attempts: number;
  eventId: string;
  perpetratorId: string | null;
  seq: number;
  url: string;
  secret: string;
  message: Record<string, unknown>;
}

/** A delivery with the facts the admin's list shows. */
export type DeliveryListRow = EventDeliveryRow & { eventType: string; heldBehindDeadLetter: boolean };

/** The SQL of deliveries: claiming under a lease, fenced outcomes, and the admin's list. */
export class DeliveryRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  /**
   * Claims up to `limit` due deliveries for `owner` until the lease ends, in one statement. A delivery
   * is claimable only when every earlier event for its person to its subscriber has been delivered
   * (the twin of deliverableNow in delivery.rules.ts), so at most one delivery per person and
   * subscriber is ever in flight. SKIP LOCKED lets several instances claim side by side; an expired
   * lease (a worker that died) makes the delivery claimable again. Counts the try as it claims.
   */
  async claim(owner: string, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    return this.handle.rows<ClaimedDelivery & Record<string, unknown>>(
      this.handle.db,
      sql`
      with due as (
        select d.id from event_deliveries d
        join webhook_subscribers s on s.id = d.subscriber_id and s.active
        where d.status = 'PENDING' and d.next_attempt_at <= now()
          and (d.lease_until is null or d.lease_until < now())
          and not exists (
            select 1 from event_deliveries e
            where e.subscriber_id = d.subscriber_id and e.perpetrator_id = d.perpetrator_id
              and e.seq < d.seq and e.status <> 'DELIVERED')
        order by d.seq
        limit ${limit}
        for update of d skip locked
      )
      update event_deliveries d
      set lease_owner = ${owner}, lease_token = gen_random_uuid(), lease_until = now() + make_interval(secs => ${leaseSeconds}),
          attempts = d.attempts + 1, last_attempt_at = now()
      from due, outbox_events e, webhook_subscribers s
      where d.id = due.id and e.id = d.event_id and s.id = d.subscriber_id
      returning d.id as "id", d.lease_token as "leaseToken", d.attempts as "attempts", d.event_id as "eventId",
        d.perpetrator_id as "perpetratorId", d.seq::float8 as "seq", s.url as "url", s.secret as "secret", e.message as "message"`,
    );
  }

  /** Marks deliveries done, each only if its lease token is still the one claimed (a taken-over lease writes nothing). */
  async markDelivered(outcomes: readonly { id: string; leaseToken: string; statusCode: number }[]): Promise<number> {
    if (outcomes.length === 0) return 0;
    const done = await this.handle.rows<{ id: string }>(
      this.handle.db,
      sql`
      update event_deliveries d
      set status = 'DELIVERED', delivered_at = now(), last_status_code = o.code, last_error = null,
          lease_owner = null, lease_token = null, lease_until = null
      from (select unnest(${sql.param(outcomes.map((o) => o.id))}::uuid[]) as id,
                   unnest(${sql.param(outcomes.map((o) => o.leaseToken))}::uuid[]) as token,
                   unnest(${sql.param(outcomes.map((o) => o.statusCode))}::int[]) as code) o
      where d.id = o.id and d.lease_token = o.token and d.status = 'PENDING'
      returning d.id as "id"`,
    );
    return done.length;
  }

  /** A failed try: back to PENDING after `retryInMs`, or DEAD_LETTER; fenced by the lease token like markDelivered. */
  async markFailed(id: string, leaseToken: string, next: { status: DeliveryStatus; retryInMs: number }, failure: { statusCode: number | null; error: string }): Promise<boolean> {
    const rows = await this.handle.rows<{ id: string }>(
      this.handle.db,
      sql`
      update event_deliveries
      set status = ${next.status}, next_attempt_at = now() + make_interval(secs => ${next.retryInMs / 1000}),
          last_status_code = ${failure.statusCode}, last_error = ${failure.error.slice(0, 500)},
          lease_owner = null, lease_token = null, lease_until = null
      where id = ${id} and lease_token = ${leaseToken} and status = 'PENDING'
      returning id`,
    );
    return rows.length === 1;
  }

  /** Puts a dead letter back in line, due now, with its tries counted afresh (one statement, answering the row as written). */
  async redeliver(id: string): Promise<DeliveryListRow | null> {
    const [row] = await this.handle.db
      .update(eventDeliveries)
      .set({ status: "PENDING", attempts: 0, nextAttemptAt: sql`now()`, leaseOwner: null, leaseToken: null, leaseUntil: null })
      .from(outboxEvents)
      .where(and(eq(eventDeliveries.id, id), eq(eventDeliveries.status, "DEAD_LETTER"), eq(outboxEvents.id, eventDeliveries.eventId)))
      .returning({ delivery: eventDeliveries, eventType: outboxEvents.eventType });
    return row ? { ...row.delivery, eventType: row.eventType, heldBehindDeadLetter: false } : null;
  }

  async byId(id: string): Promise<EventDeliveryRow | null> {
    const [row] = await this.handle.db.select().from(eventDeliveries).where(eq(eventDeliveries.id, id));
    return row ?? null;
  }

  /** A page of deliveries in event order, optionally of one status and subscriber, with whether each waits behind a dead letter. */
  async page(filter: { status?: DeliveryStatus | null; subscriberId?: string | null }, first: number, afterSeq: [number, string] | null): Promise<DeliveryListRow[]> {
    const conditions: SQL[] = [];
    if (filter.status) conditions.push(eq(eventDeliveries.status, filter.status));
    if (filter.subscriberId) conditions.push(eq(eventDeliveries.subscriberId, filter.subscriberId));
    if (afterSeq) conditions.push(sql`(${eventDeliveries.seq}, ${eventDeliveries.id}) > (${afterSeq[0]}, ${afterSeq[1]}::uuid)`);
    const held = sql<boolean>`${eventDeliveries.status} = 'PENDING' and exists (select 1 from event_deliveries dead
      where dead.subscriber_id = ${eventDeliveries.subscriberId} and dead.perpetrator_id = ${eventDeliveries.perpetratorId}
        and dead.seq < ${eventDeliveries.seq} and dead.status = 'DEAD_LETTER')`;
    const rows = await this.handle.db
      .select({ delivery: eventDeliveries, eventType: outboxEvents.eventType, heldBehindDeadLetter: held })
      .from(eventDeliveries)
      .innerJoin(outboxEvents, eq(outboxEvents.id, eventDeliveries.eventId))
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(asc(eventDeliveries.seq), asc(eventDeliveries.id))
      .limit(first + 1);
    return rows.map((r) => ({ ...r.delivery, eventType: r.eventType, heldBehindDeadLetter: Boolean(r.heldBehindDeadLetter) }));
  }

  async count(filter: { status?: DeliveryStatus | null; subscriberId?: string | null }): Promise<number> {
    const conditions: SQL[] = [];
    if (filter.status) conditions.push(eq(eventDeliveries.status, filter.status));
    if (filter.subscriberId) conditions.push(eq(eventDeliveries.subscriberId, filter.subscriberId));
    const [row] = await this.handle.db.select({ n: sql<number>`count(*)::int` }).from(eventDeliveries).where(conditions.length ? and(...conditions) : undefined);
    return Number(row?.n ?? 0);
  }

  /** The stored message of an event and the global id of its subject, for its detail endpoint. */
  async eventDetail(eventId: string): Promise<{ message: Record<string, unknown>; subjectId: string } | null> {
    const [row] = await this.handle.db
      .select({ message: outboxEvents.message, subjectType: outboxEvents.subjectType, subjectId: outboxEvents.subjectId })
      .from(outboxEvents)
      .where(eq(outboxEvents.id, eventId));
    return row ? { message: row.message, subjectId: toGlobalId(row.subjectType, row.subjectId) } : null;
  }
}

