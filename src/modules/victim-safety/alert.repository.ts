import { and, eq, getTableColumns, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { afterKeyset, keysetColumn, keysetFor, orderBy, taggedCursor, type PageOrder } from "../../shared/page-order.js";
import { DEFAULT_ALERT_ORDER, type AlertOrder } from "./victim-safety.model.js";
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

/** A page row's cursor: the default order's as it always was, another order's tagged with it. */
export const alertPageCursor =
  (order: AlertOrder) =>
  (row: AlertPageRow): unknown[] =>
    order === DEFAULT_ALERT_ORDER ? alertCursor(row) : taggedCursor("safetyAlerts", order, row.keyset!);

/** An alert of a page; read in an order other than the default, with its keyset as text. */
export type AlertPageRow = SafetyAlertRow & { keyset?: string[] };

/** Each order's keys; every one ends with the alert's id (see PageOrder). */
const ALERT_PAGE_ORDERS: Record<AlertOrder, PageOrder> = {
  NEWEST_FIRST: { keys: [safetyAlerts.createdAt, safetyAlerts.id], types: ["timestamptz", "uuid"], direction: "desc" },
  OLDEST_FIRST: { keys: [safetyAlerts.createdAt, safetyAlerts.id], types: ["timestamptz", "uuid"], direction: "asc" },
  // true (open) sorts after false: descending puts open alerts first.
  OPEN_FIRST: { keys: [sql`(${safetyAlerts.acknowledgedAt} is null)`, safetyAlerts.createdAt, safetyAlerts.id], types: ["boolean", "timestamptz", "uuid"], direction: "desc" },
};

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

  /** A page in `order`: newest first by default. */
  page(scope: AlertScope, page: PageRequest, order: AlertOrder = DEFAULT_ALERT_ORDER): Promise<AlertPageRow[]> {
    const spec = ALERT_PAGE_ORDERS[order];
    const after = keysetFor(page, "safetyAlerts", order, DEFAULT_ALERT_ORDER, spec.keys.length);
    const query = order === DEFAULT_ALERT_ORDER ? this.db.select().from(safetyAlerts) : this.db.select({ ...getTableColumns(safetyAlerts), keyset: keysetColumn(spec) }).from(safetyAlerts);
    return query
      .where(and(this.where(scope), after ? afterKeyset(spec, after) : undefined))
      .orderBy(orderBy(spec))
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
