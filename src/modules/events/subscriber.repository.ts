import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { webhookSubscribers, type WebhookSubscriberRow } from "./events.table.js";

/** The SQL of webhook subscribers. */
export class SubscriberRepository {
  constructor(private readonly db: Database) {}

  async insert(values: { name: string; url: string; eventTypes: string[]; secret: string; createdBy: string }): Promise<WebhookSubscriberRow> {
    const [row] = await this.db.insert(webhookSubscribers).values(values).returning();
    return row!;
  }

  /** Oldest first, keyed by (created_at, id). */
  page(first: number, after: [string, string] | null, activeOnly: boolean): Promise<WebhookSubscriberRow[]> {
    return this.db
      .select()
      .from(webhookSubscribers)
      .where(
        and(
          activeOnly ? eq(webhookSubscribers.active, true) : undefined,
          after ? sql`(${webhookSubscribers.createdAt}, ${webhookSubscribers.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(webhookSubscribers.createdAt), asc(webhookSubscribers.id))
      .limit(first + 1);
  }

  async count(activeOnly: boolean): Promise<number> {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(webhookSubscribers).where(activeOnly ? eq(webhookSubscribers.active, true) : undefined);
    return Number(row?.n ?? 0);
  }

  async byIds(ids: readonly string[]): Promise<WebhookSubscriberRow[]> {
    if (ids.length === 0) return [];
    return this.db.select().from(webhookSubscribers).where(sql`${webhookSubscribers.id} = any(${sql.param([...ids])}::uuid[])`);
  }

  /** Stops new events reaching the subscriber and its pending deliveries going out; answers null when already disabled or unknown. */
  async disable(id: string, by: string): Promise<WebhookSubscriberRow | null> {
    const [row] = await this.db
      .update(webhookSubscribers)
      .set({ active: false, disabledAt: sql`now()`, disabledBy: by })
      .where(and(eq(webhookSubscribers.id, id), eq(webhookSubscribers.active, true)))
      .returning();
    return row ?? null;
  }
}
