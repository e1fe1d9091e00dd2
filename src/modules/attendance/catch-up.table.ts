import { index, pgTable, uuid } from "drizzle-orm/pg-core";
import { programmeSessions } from "../groups/group.table.js";
import { referrals } from "../referrals/referral.table.js";

/**
 * Whom a catch-up session is for. The session itself is a `programme_sessions` row of the participant's
 * group, numbered as the session it catches up (`catch_up_of_session_id`), so attending it counts as
 * attending that session's content; its register records this participant only.
 */
export const catchUpSessions = pgTable(
  "catch_up_sessions",
  {
    sessionId: uuid("session_id")
      .primaryKey()
      .references(() => programmeSessions.id, { onDelete: "cascade" }),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id),
    /** The delivered session the participant missed with an acceptable reason. */
    missedSessionId: uuid("missed_session_id")
      .notNull()
      .references(() => programmeSessions.id),
  },
  (t) => [index("catch_up_sessions_referral_idx").on(t.referralId, t.missedSessionId)],
);

export type CatchUpSessionRow = typeof catchUpSessions.$inferSelect;
