import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.js";
import { dayIn, instantIn, type Period } from "../../shared/period.js";
import { programmeSessions } from "../groups/index.js";
import { attendanceRecords, type AttendanceRecordRow } from "./attendance.table.js";
import { catchUpSessions } from "./catch-up.table.js";
import { enforcementActions, type EnforcementActionRow } from "./enforcement-action.table.js";

export interface SarAttendanceRow {
  record: AttendanceRecordRow;
  sessionNumber: number;
  scheduledStart: Date;
}

export interface SarCatchUpRow {
  referralId: string;
  sessionNumber: number;
  scheduledStart: Date;
  missedSessionNumber: number;
}

const missed = alias(programmeSessions, "missed_session");

/**
 * What a subject access export reads of a person's attendance: the register rows of their own referrals
 * only (never the rest of a session's register), corrections included, their catch-up sessions and
 * the enforcement recorded on their referrals.
 */
export class AttendanceSarReader {
  constructor(private readonly db: Executor) {}

  /** Register rows for sessions held in the period, every version (a corrected row is kept, superseded). */
  attendance(referralIds: readonly string[], period: Period): Promise<SarAttendanceRow[]> {
    if (referralIds.length === 0) return Promise.resolve([]);
    return this.db
      .select({ record: attendanceRecords, sessionNumber: programmeSessions.sessionNumber, scheduledStart: programmeSessions.scheduledStart })
      .from(attendanceRecords)
      .innerJoin(programmeSessions, eq(programmeSessions.id, attendanceRecords.sessionId))
      .where(and(inArray(attendanceRecords.referralId, [...referralIds]), instantIn(programmeSessions.scheduledStart, period)))
      .orderBy(asc(programmeSessions.scheduledStart), asc(attendanceRecords.recordedAt));
  }

  catchUps(referralIds: readonly string[], period: Period): Promise<SarCatchUpRow[]> {
    if (referralIds.length === 0) return Promise.resolve([]);
    return this.db
      .select({
        referralId: catchUpSessions.referralId,
        sessionNumber: programmeSessions.sessionNumber,
        scheduledStart: programmeSessions.scheduledStart,
        missedSessionNumber: missed.sessionNumber,
      })
      .from(catchUpSessions)
      .innerJoin(programmeSessions, eq(programmeSessions.id, catchUpSessions.sessionId))
      .innerJoin(missed, eq(missed.id, catchUpSessions.missedSessionId))
      .where(and(inArray(catchUpSessions.referralId, [...referralIds]), instantIn(programmeSessions.scheduledStart, period)))
      .orderBy(asc(programmeSessions.scheduledStart));
  }

  /** Warning letters and breach proceedings taken in the period. */
  enforcement(referralIds: readonly string[], period: Period): Promise<EnforcementActionRow[]> {
    if (referralIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(enforcementActions)
      .where(and(inArray(enforcementActions.referralId, [...referralIds]), dayIn(enforcementActions.takenOn, period)))
      .orderBy(asc(enforcementActions.takenOn), asc(enforcementActions.recordedAt));
  }
}
