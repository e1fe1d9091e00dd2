import { eq, sql } from "drizzle-orm";
import { outboxEvents } from "./events.table.js";
import type { Executor } from "../../db/client.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "../perpetrators/index.js";

/**
 * The erasure hook (for person erasure, in its transaction): nothing of the person leaves in an event
 * afterwards. Their undelivered deliveries (pending or dead-lettered) are deleted, so they are never
 * sent; events that no subscriber received are deleted with them; events some subscriber already
 * received are kept for the delivery history but scrubbed: no person id, no CRN or PNC.
 */
export async function erasePersonEvents(tx: Executor, perpetratorId: string): Promise<void> {
  await tx.execute(sql`delete from event_deliveries where perpetrator_id = ${perpetratorId}::uuid and status <> 'DELIVERED'`);
  await tx.execute(sql`
    delete from outbox_events e where e.perpetrator_id = ${perpetratorId}::uuid
      and not exists (select 1 from event_deliveries d where d.event_id = e.id)`);
  await tx.execute(sql`update event_deliveries set perpetrator_id = null where perpetrator_id = ${perpetratorId}::uuid`);
  await tx.execute(sql`
    update outbox_events
    set perpetrator_id = null,
        message = jsonb_set(message #- '{additionalInformation,perpetratorId}', '{personReference,identifiers}', '[]'::jsonb)
    where perpetrator_id = ${perpetratorId}::uuid`);
}

/** The outbox as one of erasure's personal-data holders: an event is never open work. */
export class EventErasureHolder implements PersonalDataHolder {
  async openWork(): Promise<OpenWork[]> {
    return [];
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(outboxEvents).where(eq(outboxEvents.perpetratorId, subject.id));
    await erasePersonEvents(tx, subject.id);
    return { outbox_events: row?.n ?? 0 };
  }
}
