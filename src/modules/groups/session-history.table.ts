import { bigint, check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { id, oneOf, timestamptz } from "../../db/columns.js";
import { programmeSessions } from "./group.table.js";

export const SESSION_CHANGE_KINDS = ["RESCHEDULED", "CANCELLED"] as const;
export type SessionChangeKind = (typeof SESSION_CHANGE_KINDS)[number];

/**
 * Every change to a session after it was scheduled (moved, cancelled), written in the transaction that
 * makes the change: append-only, so a session's history is its rows in the order they were made.
 */
export const sessionChanges = pgTable(
  "session_changes",
  {
    id: id(),
    /** Order of writing. A session's changes are written under its row lock, so this is the order they happened in, even within one clock tick. */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => programmeSessions.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    previousStart: timestamptz("previous_start").notNull(),
    /** The new start (RESCHEDULED); null for a cancellation. */
    newStart: timestamptz("new_start"),
    previousDurationMinutes: integer("previous_duration_minutes").notNull(),
    newDurationMinutes: integer("new_duration_minutes"),
    reason: text("reason").notNull(),
    changedBy: text("changed_by").notNull(),
    changedAt: timestamptz("changed_at").notNull(),
  },
  (t) => [
    check("session_changes_kind_check", oneOf("kind", SESSION_CHANGE_KINDS)),
    check("session_changes_reason_check", sql`length(reason) between 1 and 500`),
    check("session_changes_new_start_check", sql`(kind = 'RESCHEDULED') = (new_start is not null and new_duration_minutes is not null)`),
    index("session_changes_session_idx").on(t.sessionId, t.seq),
  ],
);

export type SessionChangeRow = typeof sessionChanges.$inferSelect;
