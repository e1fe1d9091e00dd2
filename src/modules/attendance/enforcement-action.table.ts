import { check, date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { id, oneOf, timestamptz } from "../../db/columns.js";
import { programmeSessions } from "../groups/group.table.js";
import { referrals } from "../referrals/referral.table.js";
import { ENFORCEMENT_ACTION_KINDS } from "./enforcement-action.model.js";

/**
 * What was done to enforce a mandated referral: a warning letter issued, breach proceedings started.
 * Append-only: what is *required* is derived from the register (enforcement.rules.ts); these rows say
 * what the responsible officer recorded as done, so the two can be compared.
 */
export const enforcementActions = pgTable(
  "enforcement_actions",
  {
    id: id(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id),
    kind: text("kind").notNull(),
    takenOn: date("taken_on", { mode: "string" }).notNull(),
    /** The absence (or exclusion) a warning letter answers; optional. */
    sessionId: uuid("session_id").references(() => programmeSessions.id),
    note: text("note"),
    recordedBy: text("recorded_by").notNull(),
    recordedByName: text("recorded_by_name"),
    recordedAt: timestamptz("recorded_at").notNull().defaultNow(),
  },
  (t) => [
    check("enforcement_actions_kind_check", oneOf("kind", ENFORCEMENT_ACTION_KINDS)),
    check("enforcement_actions_note_check", sql`note is null or length(note) between 1 and 2000`),
    check("enforcement_actions_recorded_by_check", sql`length(recorded_by) between 1 and 200`),
    // One warning letter per absence, and one breach per referral (there is no way to close one yet):
    // the rules refuse a second, and these refuse a racing one.
    uniqueIndex("enforcement_actions_warning_session_idx")
      .on(t.referralId, t.sessionId)
      .where(sql`kind = 'WARNING_LETTER_ISSUED' and session_id is not null`),
    uniqueIndex("enforcement_actions_breach_idx").on(t.referralId).where(sql`kind = 'BREACH_PROCEEDINGS_STARTED'`),
    // Enforcement reads a batch of referrals' actions, oldest first.
    index("enforcement_actions_referral_idx").on(t.referralId, t.takenOn, t.recordedAt),
  ],
);

export type EnforcementActionRow = typeof enforcementActions.$inferSelect;
export type NewEnforcementAction = typeof enforcementActions.$inferInsert;
