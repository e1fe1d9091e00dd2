import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import { programmeSessions, type ProgrammeSessionRow } from "./group.table.js";
import { sessionChanges, type SessionChangeRow } from "./session-history.table.js";

/** A session's changes (moves, cancellation) and the writes that make them. */
export class SessionChangeRepository {
  constructor(private readonly db: Executor) {}

  async insertChange(tx: Executor, change: typeof sessionChanges.$inferInsert): Promise<SessionChangeRow> {
    const [row] = await tx.insert(sessionChanges).values(change).returning();
    return row!;
  }

  /** Cancels a session that is not cancelled yet; null when it already was (the caller holds its lock, so that is not a race). */
  async markCancelled(tx: Executor, sessionId: string, by: string, reason: string, at: Date): Promise<ProgrammeSessionRow | null> {
    const [row] = await tx
      .update(programmeSessions)
      .set({ cancelledAt: at, cancelledBy: by, cancellationReason: reason })
      .where(and(eq(programmeSessions.id, sessionId), isNull(programmeSessions.cancelledAt)))
      .returning();
    return row ?? null;
  }

  async insertCatchUpSession(tx: Executor, session: typeof programmeSessions.$inferInsert): Promise<ProgrammeSessionRow> {
    const [row] = await tx.insert(programmeSessions).values(session).returning();
    return row!;
  }

  /** In the order they were made (the cursor is the change's sequence number). */
  pageChanges(sessionId: string, page: PageRequest): Promise<SessionChangeRow[]> {
    const after = page.after as [number] | null;
    return this.db
      .select()
      .from(sessionChanges)
      .where(and(eq(sessionChanges.sessionId, sessionId), after ? sql`${sessionChanges.seq} > ${after[0]}` : undefined))
      .orderBy(asc(sessionChanges.seq))
      .limit(page.first + 1);
  }

  async countChanges(sessionId: string): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(sessionChanges).where(eq(sessionChanges.sessionId, sessionId));
    return row?.count ?? 0;
  }

  /** The catch-ups of a session, in start order. */
  pageCatchUps(missedSessionId: string, page: PageRequest, visible?: SQL): Promise<ProgrammeSessionRow[]> {
    const after = page.after as [string, string] | null;
    return this.db
      .select()
      .from(programmeSessions)
      .where(
        and(
          eq(programmeSessions.catchUpOfSessionId, missedSessionId),
          visible,
          after ? sql`(${programmeSessions.scheduledStart}, ${programmeSessions.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(programmeSessions.scheduledStart), asc(programmeSessions.id))
      .limit(page.first + 1);
  }

  async countCatchUps(missedSessionId: string, visible?: SQL): Promise<number> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(programmeSessions)
      .where(and(eq(programmeSessions.catchUpOfSessionId, missedSessionId), visible));
    return row?.count ?? 0;
  }
}
