import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import { safetyAlerts, type SafetyAlertRow } from "./victim-safety.table.js";

export interface AlertScope {
  recipientSubject?: string;
  openOnly?: boolean;
  victimId?: string;
  /** The caller's alerts (from the access layer), for callers who do not read the whole queue. */
  visible?: SQL;
}

export const alertCursor = (row: SafetyAlertRow): unknown[] => [row.createdAt.toISOString(), row.id];

export class AlertRepository {
  constructor(private readonly db: Executor) {}

  /** Writes alerts not written before (by dedupe key) and answers only the new ones. */
  insertAlerts(tx: Executor, rows: (typeof safetyAlerts.$inferInsert)[]): Promise<SafetyAlertRow[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return tx.insert(safetyAlerts).values(rows).onConflictDoNothing({ target: safetyAlerts.dedupeKey }).returning();
  }

  alertsByIds(ids: readonly string[]): Promise<SafetyAlertRow[]> {
    return this.db.select().from(safetyAlerts).where(inArray(safetyAlerts.id, [...ids]));
  }

  private where(scope: AlertScope): SQL | undefined {
    return and(
      scope.visible,
      scope.recipientSubject !== undefined ? eq(safetyAlerts.recipientSubject, scope.recipientSubject) : undefined,
      scope.openOnly ? isNull(safetyAlerts.acknowledgedAt) : undefined,
      scope.victimId ? eq(safetyAlerts.victimId, scope.victimId) : undefined,
    );
  }

  /** Newest first. */
  page(scope: AlertScope, page: PageRequest): Promise<SafetyAlertRow[]> {
    const [createdAt, id] = (page.after ?? []) as [string?, string?];
    const after = createdAt && id ? sql`(${safetyAlerts.createdAt}, ${safetyAlerts.id}) < (${createdAt}::timestamptz, ${id}::uuid)` : undefined;
    return this.db
      .select()
      .from(safetyAlerts)
      .where(and(this.where(scope), after))
      .orderBy(desc(safetyAlerts.createdAt), desc(safetyAlerts.id))
      .limit(page.first + 1);
  }

  async count(scope: AlertScope): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(safetyAlerts).where(this.where(scope));
    return row!.count;
  }

  async acknowledge(tx: Executor, id: string, by: string, at: Date, note: string | null): Promise<SafetyAlertRow | null> {
    const [row] = await tx
      .update(safetyAlerts)
      .set({ acknowledgedAt: at, acknowledgedBy: by, acknowledgementNote: note })
      .where(and(eq(safetyAlerts.id, id), isNull(safetyAlerts.acknowledgedAt)))
      .returning();
    return row ?? null;
  }
}
