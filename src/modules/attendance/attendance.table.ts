import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, timestamptz } from "../../db/columns.js";
import { programmeSessions } from "../groups/group.table.js";
import { referrals } from "../referrals/referral.table.js";
import { ATTENDANCE_OUTCOMES } from "./attendance.model.js";

/** One submitted register; its idempotency key makes a retried submission a no-op. */
export const registerSubmissions = pgTable(
  "register_submissions",
  {
    id: id(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => programmeSessions.id),
    submittedBy: text("submitted_by").notNull(),
    submittedAt: createdAt(),
    /** The register rows this submission answered with, so a retry gets exactly the first answer. */
    recordIds: uuid("record_ids").array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [
    index("register_submissions_session_idx").on(t.sessionId),
    check("register_submissions_key_check", sql`length(idempotency_key) between 8 and 200`),
  ],
);

/**
 * Register rows. A correction never overwrites: the earlier row is marked superseded and kept,
 * so the current register is the rows with superseded_at null and history is all rows.
 */
export const attendanceRecords = pgTable(
  "attendance_records",
  {
    id: id(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => programmeSessions.id),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => registerSubmissions.id),
    outcome: text("outcome").notNull(),
    behaviourConcern: boolean("behaviour_concern").notNull().default(false),
    note: text("note"),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: createdAt(),
    supersededAt: timestamptz("superseded_at"),
    supersededBy: uuid("superseded_by"),
  },
  (t) => [
    check("attendance_records_outcome_check", oneOf("outcome", ATTENDANCE_OUTCOMES)),
    check("attendance_records_note_check", sql`note is null or length(note) <= 2000`),
    uniqueIndex("attendance_records_current_idx")
      .on(t.sessionId, t.referralId)
      .where(sql`superseded_at is null`),
    // Summaries and enforcement aggregate a referral's current rows.
    index("attendance_records_referral_idx")
      .on(t.referralId, t.outcome)
      .where(sql`superseded_at is null`),
    index("attendance_records_submission_idx").on(t.submissionId),
    index("attendance_records_history_idx").on(t.sessionId, t.referralId, t.recordedAt),
  ],
);

export type RegisterSubmissionRow = typeof registerSubmissions.$inferSelect;
export type AttendanceRecordRow = typeof attendanceRecords.$inferSelect;

export * from "./enforcement-action.table.js";
