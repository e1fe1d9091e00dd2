import { builtOnce, isAnyOfIds } from "../../db/prepared.js";
import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import { programmeSessions } from "../groups/index.js";
import { attendanceRecords, registerSubmissions, type AttendanceRecordRow, type RegisterSubmissionRow } from "./attendance.table.js";
import { countBySessionNumber, type AttendanceCounts } from "./attendance.rules.js";
import type { AttendanceOutcome } from "./attendance.model.js";
import { referrals } from "../referrals/index.js";
import type { UnacceptableFailure } from "./enforcement.rules.js";
import { EnforcementActionRepository } from "./enforcement-action.repository.js";
import { CatchUpRepository } from "./catch-up.repository.js";

export interface ReferralAttendance {
  counts: AttendanceCounts;
  /** In the order their sessions were held. */
  failures: UnacceptableFailure[];
}

export type NewAttendanceRecord = typeof attendanceRecords.$inferInsert;

export class AttendanceRepository {
  /** Recorded enforcement actions: their own SQL, reached through this feature's repository. */
  readonly enforcementActions: EnforcementActionRepository;

  /** Catch-up sessions' participants (catch-up.repository.ts). */
  readonly catchUps: CatchUpRepository;

  constructor(private readonly db: Executor) {
    this.enforcementActions = new EnforcementActionRepository(db);
    this.catchUps = new CatchUpRepository(db);
  }

  async submissionByKey(executor: Executor, idempotencyKey: string): Promise<RegisterSubmissionRow | null> {
    const [row] = await executor.select().from(registerSubmissions).where(eq(registerSubmissions.idempotencyKey, idempotencyKey));
    return row ?? null;
  }

  /** Claims the idempotency key; null when another submission already holds it. */
  async claimSubmission(tx: Executor, submission: typeof registerSubmissions.$inferInsert): Promise<RegisterSubmissionRow | null> {
    const [row] = await tx.insert(registerSubmissions).values(submission).onConflictDoNothing({ target: registerSubmissions.idempotencyKey }).returning();
    return row ?? null;
  }

  /** Whether any register row, current or superseded, was recorded for the session. */
  async anyRecordFor(tx: Executor, sessionId: string): Promise<boolean> {
    const [row] = await tx.select({ id: attendanceRecords.id }).from(attendanceRecords).where(eq(attendanceRecords.sessionId, sessionId)).limit(1);
    return Boolean(row);
  }

  currentRecordsFor(tx: Executor, sessionId: string, referralIds: string[]): Promise<AttendanceRecordRow[]> {
    return tx
      .select()
      .from(attendanceRecords)
      .where(and(eq(attendanceRecords.sessionId, sessionId), inArray(attendanceRecords.referralId, referralIds), isNull(attendanceRecords.supersededAt)));
  }

  async supersede(tx: Executor, recordIds: string[], at: Date, bySubmission: string): Promise<void> {
    if (recordIds.length === 0) return;
    await tx.update(attendanceRecords).set({ supersededAt: at, supersededBy: bySubmission }).where(inArray(attendanceRecords.id, recordIds));
  }

  async insertRecords(tx: Executor, records: NewAttendanceRecord[]): Promise<AttendanceRecordRow[]> {
    if (records.length === 0) return [];
    return tx.insert(attendanceRecords).values(records).returning();
  }

  recordsByIds(executor: Executor, ids: readonly string[]): Promise<AttendanceRecordRow[]> {
    return executor.select().from(attendanceRecords).where(inArray(attendanceRecords.id, [...ids]));
  }

  currentRegisters(sessionIds: readonly string[]): Promise<AttendanceRecordRow[]> {
    return this.db
      .select()
      .from(attendanceRecords)
      .where(and(inArray(attendanceRecords.sessionId, [...sessionIds]), isNull(attendanceRecords.supersededAt)))
      .orderBy(asc(attendanceRecords.recordedAt));
  }

  /** Every version of a session's register rows, oldest first: corrections included. */
  registerHistory(sessionId: string, page: PageRequest, visible?: SQL): Promise<AttendanceRecordRow[]> {
    const after = page.after as [string, string] | null;
    return this.db
      .select()
      .from(attendanceRecords)
      .where(
        and(
          eq(attendanceRecords.sessionId, sessionId),
          visible,
          after ? sql`(${attendanceRecords.recordedAt}, ${attendanceRecords.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(attendanceRecords.recordedAt), asc(attendanceRecords.id))
      .limit(page.first + 1);
  }

  async countRegisterHistory(sessionId: string, visible?: SQL): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(attendanceRecords).where(and(eq(attendanceRecords.sessionId, sessionId), visible));
    return row?.count ?? 0;
  }

  /**
   * A referral's current register rows in session-number order (the cursor is the number and the row's
   * id: a catch-up, or a session attended in two groups either side of a transfer, repeats a number).
   */
  referralRecords(referralId: string, page: PageRequest, visible?: SQL) {
    const after = page.after as [number, string] | null;
    return this.db
      .select({ record: attendanceRecords, sessionNumber: programmeSessions.sessionNumber })
      .from(attendanceRecords)
      .innerJoin(programmeSessions, eq(programmeSessions.id, attendanceRecords.sessionId))
      .where(
        and(
          eq(attendanceRecords.referralId, referralId),
          isNull(attendanceRecords.supersededAt),
          visible,
          after ? sql`(${programmeSessions.sessionNumber}, ${attendanceRecords.id}) > (${after[0]}::int, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(programmeSessions.sessionNumber), asc(attendanceRecords.id))
      .limit(page.first + 1);
  }

  async countReferralRecords(referralId: string, visible?: SQL): Promise<number> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(attendanceRecords)
      .where(and(eq(attendanceRecords.referralId, referralId), isNull(attendanceRecords.supersededAt), visible));
    return row?.count ?? 0;
  }

  /**
   * For a whole batch of referrals in one statement: each referral's current register rows by session
   * number (a catch-up carries its missed session's number), the numbers cancelled in its group now
   * (for summaries, counted once per number by countBySessionNumber), and its unacceptable failures
   * with when each session was held (for enforcement). Built once: the text never changes, only the ids.
   */
  private readonly attendanceStatement = builtOnce(() =>
    this.db
      .select({
        referralId: referrals.id,
        // Epoch milliseconds inside json, which both drivers parse the same way. Written out in full:
        // drizzle leaves columns unqualified in a one-table select, and these subqueries must tell
        // their own rows from the outer ones.
        rows: sql<{ n: number; o: AttendanceOutcome; at: number }[] | null>`(select json_agg(json_build_object('n', session.session_number,
            'o', rec.outcome, 'at', extract(epoch from session.scheduled_start) * 1000))
          from attendance_records rec join programme_sessions session on session.id = rec.session_id
          where rec.referral_id = referrals.id and rec.superseded_at is null)`,
        cancelled: sql<number[] | null>`(select json_agg(cancelled.session_number) from programme_sessions cancelled
          where cancelled.group_id = referrals.group_id and cancelled.cancelled_at is not null and cancelled.catch_up_of_session_id is null)`,
        failures: sql<{ sessionId: string; at: number }[] | null>`(select json_agg(json_build_object('sessionId', failed.session_id,
            'at', extract(epoch from session.scheduled_start) * 1000) order by session.scheduled_start)
          from attendance_records failed join programme_sessions session on session.id = failed.session_id
          where failed.referral_id = referrals.id and failed.superseded_at is null
            and failed.outcome in ('ABSENT_UNACCEPTABLE', 'EXCLUDED'))`,
      })
      .from(referrals)
      .where(isAnyOfIds(referrals.id))
      .prepare("attendance_by_referral"),
  );

  async attendanceByReferral(referralIds: readonly string[]): Promise<Map<string, ReferralAttendance>> {
    const rows = await this.attendanceStatement().execute({ ids: [...referralIds] });
    return new Map(
      rows.map(({ referralId, rows: numbered, cancelled, failures }) => [
        referralId,
        {
          counts: countBySessionNumber(
            (numbered ?? []).map((row) => ({ sessionNumber: row.n, outcome: row.o, heldAt: new Date(Number(row.at)) })),
            cancelled ?? [],
          ),
          failures: (failures ?? []).map((f) => ({ sessionId: f.sessionId, occurredAt: new Date(Number(f.at)) })),
        },
      ]),
    );
  }
}
