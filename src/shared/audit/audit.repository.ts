import { and, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../pagination.js";
import type { AuditAction } from "./audit.model.js";
import { auditEvents, type AuditEventRow, type NewAuditEvent } from "./audit.table.js";

export interface AuditScope {
  personId?: string;
  actorSub?: string;
  from?: Date;
  to?: Date;
  action?: AuditAction;
  entityType?: string;
  requestId?: string;
}

/** Rows per insert statement: well under PostgreSQL's 65,535 bind parameters at 17 columns a row. */
const ROWS_PER_INSERT = 1000;

export const auditCursor = (row: AuditEventRow): unknown[] => [row.occurredAt.toISOString(), row.id];

export class AuditRepository {
  constructor(private readonly db: Executor) {}

  async append(executor: Executor, rows: NewAuditEvent[]): Promise<void> {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await executor.insert(auditEvents).values(rows.slice(start, start + ROWS_PER_INSERT));
    }
  }

  private where(scope: AuditScope): SQL | undefined {
    return and(
      scope.personId ? or(sql`${auditEvents.victimIds} @> array[${scope.personId}]::uuid[]`, eq(auditEvents.perpetratorId, scope.personId)) : undefined,
      scope.actorSub ? eq(auditEvents.actorSub, scope.actorSub) : undefined,
      scope.from ? gte(auditEvents.occurredAt, scope.from) : undefined,
      scope.to ? lt(auditEvents.occurredAt, scope.to) : undefined,
      scope.action ? eq(auditEvents.action, scope.action) : undefined,
      scope.entityType ? eq(auditEvents.entityType, scope.entityType) : undefined,
      scope.requestId ? eq(auditEvents.requestId, scope.requestId) : undefined,
    );
  }

  /** Newest first. */
  page(scope: AuditScope, page: PageRequest): Promise<AuditEventRow[]> {
    const [occurredAt, id] = (page.after ?? []) as [string?, string?];
    const after = occurredAt && id ? sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (${occurredAt}::timestamptz, ${id}::uuid)` : undefined;
    return this.db
      .select()
      .from(auditEvents)
      .where(and(this.where(scope), after))
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(page.first + 1);
  }

  async count(scope: AuditScope): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(auditEvents).where(this.where(scope));
    return row!.count;
  }
}
