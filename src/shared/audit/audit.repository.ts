import { and, desc, eq, getTableColumns, gte, lt, or, sql, type SQL } from "drizzle-orm";
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

/** Events per insert statement, to bound one statement's size. */
const ROWS_PER_INSERT = 1000;

/** The time is the request clock's (tests set it); the id is the log's own. */
export type AuditEventToWrite = Omit<NewAuditEvent, "id" | "occurredAt"> & { occurredAt: Date };

/**
 * The columns an event is written with: all but the id. One
 * statement text for any number of events, with the events in one JSON parameter: drizzle built a
 * multi-row VALUES insert anew for every request, parameter by parameter (17 a row), about a tenth
 * of the CPU of an audited read.
 */
const WRITTEN = Object.entries(getTableColumns(auditEvents)).filter(([key]) => key !== "id");
const COLUMN_LIST = WRITTEN.map(([, column]) => `"${column.name}"`).join(", ");
const RECORD_TYPE = WRITTEN.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(", ");
const INSERT_PREFIX = sql.raw(`insert into "audit_events" (${COLUMN_LIST}) select ${COLUMN_LIST} from json_to_recordset(`);
const INSERT_SUFFIX = sql.raw(`::json) as r(${RECORD_TYPE})`);

/** An event as the JSON record json_to_recordset reads: SQL column names, every column present. */
function toRecord(event: AuditEventToWrite): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, column] of WRITTEN) record[column.name] = event[key as keyof AuditEventToWrite] ?? null;
  record.victim_ids ??= [];
  return record;
}

export const auditCursor = (row: AuditEventRow): unknown[] => [row.occurredAt.toISOString(), row.id];

export class AuditRepository {
  constructor(private readonly db: Executor) {}

  async append(executor: Executor, events: AuditEventToWrite[]): Promise<void> {
    for (let start = 0; start < events.length; start += ROWS_PER_INSERT) {
      const records = JSON.stringify(events.slice(start, start + ROWS_PER_INSERT).map(toRecord));
      await executor.execute(sql`${INSERT_PREFIX}${records}${INSERT_SUFFIX}`);
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
