import { check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid, date, type AnyPgColumn } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, timestamptz } from "../../db/columns.js";
import { programmes } from "../programmes/programme.table.js";

export const SESSION_FORMATS = ["GROUP", "INDIVIDUAL"] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const programmeGroups = pgTable(
  "programme_groups",
  {
    id: id(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id),
    name: text("name").notNull(),
    location: text("location"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("programme_groups_name_idx").on(t.programmeId, t.name),
    index("programme_groups_starts_on_idx").on(t.startsOn, t.id),
    check("programme_groups_name_check", sql`length(name) between 1 and 120`),
  ],
);

export const groupFacilitators = pgTable(
  "group_facilitators",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => programmeGroups.id, { onDelete: "cascade" }),
    facilitatorSub: text("facilitator_sub").notNull(),
    addedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.facilitatorSub] }),
    // "Which groups does this facilitator run?" is asked on every facilitator request.
    index("group_facilitators_sub_idx").on(t.facilitatorSub, t.groupId),
  ],
);

export const programmeSessions = pgTable(
  "programme_sessions",
  {
    id: id(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => programmeGroups.id, { onDelete: "cascade" }),
    sessionNumber: integer("session_number").notNull(),
    format: text("format").notNull().default("GROUP"),
    scheduledStart: timestamptz("scheduled_start").notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(120),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    // Cancellation (session-cancel.rules.ts): when, by whom and why; all three or none.
    cancelledAt: timestamptz("cancelled_at"),
    cancelledBy: text("cancelled_by"),
    cancellationReason: text("cancellation_reason"),
    /** A catch-up session: the group session it catches up for one participant (attendance's catch_up_sessions says whom). */
    catchUpOfSessionId: uuid("catch_up_of_session_id").references((): AnyPgColumn => programmeSessions.id),
  },
  (t) => [
    // One session per number per group; catch-ups repeat the number of the session they catch up.
    uniqueIndex("programme_sessions_number_idx").on(t.groupId, t.sessionNumber).where(sql`catch_up_of_session_id is null`),
    index("programme_sessions_catch_up_idx").on(t.catchUpOfSessionId).where(sql`catch_up_of_session_id is not null`),
    check(
      "programme_sessions_cancellation_check",
      sql`(cancelled_at is null and cancelled_by is null and cancellation_reason is null) or (cancelled_at is not null and cancelled_by is not null and length(cancellation_reason) between 1 and 500)`,
    ),
    index("programme_sessions_group_start_idx").on(t.groupId, t.scheduledStart),
    check("programme_sessions_number_check", sql`session_number >= 1`),
    check("programme_sessions_duration_check", sql`duration_minutes between 15 and 480`),
    check("programme_sessions_format_check", oneOf("format", SESSION_FORMATS)),
  ],
);

export type ProgrammeGroupRow = typeof programmeGroups.$inferSelect;
export type ProgrammeSessionRow = typeof programmeSessions.$inferSelect;
export type GroupFacilitatorRow = typeof groupFacilitators.$inferSelect;
