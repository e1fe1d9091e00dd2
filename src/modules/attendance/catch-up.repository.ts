import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { programmeSessions } from "../groups/index.js";
import { attendanceRecords } from "./attendance.table.js";
import { catchUpSessions, type CatchUpSessionRow } from "./catch-up.table.js";
import type { AttendanceOutcome } from "./attendance.model.js";

export class CatchUpRepository {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, row: typeof catchUpSessions.$inferInsert): Promise<CatchUpSessionRow> {
    const [inserted] = await tx.insert(catchUpSessions).values(row).returning();
    return inserted!;
  }

  /** The catch-ups already arranged for this participant and missed session, with whether each was cancelled and their outcome at it. */
  async existingFor(tx: Executor, referralId: string, missedSessionId: string): Promise<{ cancelled: boolean; outcome: AttendanceOutcome | null }[]> {
    const rows = await tx
      .select({ cancelledAt: programmeSessions.cancelledAt, outcome: attendanceRecords.outcome })
      .from(catchUpSessions)
      .innerJoin(programmeSessions, eq(programmeSessions.id, catchUpSessions.sessionId))
      .leftJoin(
        attendanceRecords,
        and(eq(attendanceRecords.sessionId, catchUpSessions.sessionId), eq(attendanceRecords.referralId, referralId), isNull(attendanceRecords.supersededAt)),
      )
      .where(and(eq(catchUpSessions.referralId, referralId), eq(catchUpSessions.missedSessionId, missedSessionId)));
    return rows.map((row) => ({ cancelled: row.cancelledAt !== null, outcome: row.outcome as AttendanceOutcome | null }));
  }

  bySessionIds(sessionIds: readonly string[], executor: Executor = this.db): Promise<CatchUpSessionRow[]> {
    return executor.select().from(catchUpSessions).where(inArray(catchUpSessions.sessionId, [...sessionIds]));
  }

  /** The participants' current register rows by session number (read in the register's transaction). */
  numberedRows(tx: Executor, referralIds: string[]) {
    return tx
      .select({ referralId: attendanceRecords.referralId, sessionId: attendanceRecords.sessionId, sessionNumber: programmeSessions.sessionNumber, outcome: attendanceRecords.outcome })
      .from(attendanceRecords)
      .innerJoin(programmeSessions, eq(programmeSessions.id, attendanceRecords.sessionId))
      .where(and(inArray(attendanceRecords.referralId, referralIds), isNull(attendanceRecords.supersededAt)));
  }

  /** The participants' catch-ups still going ahead (not cancelled, no register yet), to name them in a refusal. */
  pendingOf(tx: Executor, referralIds: string[]) {
    return tx
      .select({ referralId: catchUpSessions.referralId, sessionNumber: programmeSessions.sessionNumber, scheduledStart: programmeSessions.scheduledStart })
      .from(catchUpSessions)
      .innerJoin(programmeSessions, eq(programmeSessions.id, catchUpSessions.sessionId))
      .where(
        and(
          inArray(catchUpSessions.referralId, referralIds),
          isNull(programmeSessions.cancelledAt),
          sql`not exists (select 1 from ${attendanceRecords} where ${attendanceRecords.sessionId} = ${catchUpSessions.sessionId})`,
        ),
      );
  }
}
