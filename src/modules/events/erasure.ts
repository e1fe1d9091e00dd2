import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";

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
