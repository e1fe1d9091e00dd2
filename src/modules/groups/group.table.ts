import { check, index, integer, pgTable, text, uniqueIndex, uuid, date, type AnyPgColumn } from "drizzle-orm/pg-core";
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
    // Increments on every update or close; an update names the version it read (compare-and-set).
    version: integer("version").notNull().default(1),
    // Set when an admin closes the group: it then takes no one and nothing new.
    closedAt: timestamptz("closed_at"),
    closedBy: text("closed_by"),
    closeReason: text("close_reason"),
  },
  (t) => [
    uniqueIndex("programme_groups_name_idx").on(t.programmeId, t.name),
    index("programme_groups_starts_on_idx").on(t.startsOn, t.id),
    check("programme_groups_name_check", sql`length(name) between 1 and 120`),
    check("programme_groups_version_check", sql`version >= 1`),
    check("programme_groups_closed_check", sql`(closed_at is null) = (closed_by is null) and (closed_at is null) = (close_reason is null)`),
  ],
);

/**
 * Who facilitates a group, as dated periods: from `started_on` until `ended_on`, the first day without
 * access (null while open), so a facilitator removed and later added again has two rows and the
 * history stays. Only an admin writes these.
 */
export const groupFacilitators = pgTable(
  "group_facilitators",
  {
    id: id(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => programmeGroups.id, { onDelete: "cascade" }),
    facilitatorSub: text("facilitator_sub").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    addedBy: text("added_by").notNull(),
    addReason: text("add_reason"),
    addedAt: createdAt(),
    endedBy: text("ended_by"),
    endReason: text("end_reason"),
    endedAt: timestamptz("ended_at"),
  },
  (t) => [
    check("group_facilitators_dates_check", sql`ended_on is null or ended_on >= started_on`),
    check("group_facilitators_ended_check", sql`(ended_on is null) = (ended_by is null) and (ended_on is null) = (ended_at is null)`),
    // One open period per facilitator and group: adding someone already on the list is refused.
    uniqueIndex("group_facilitators_open_idx").on(t.groupId, t.facilitatorSub).where(sql`ended_on is null`),
    // "Which groups does this facilitator run?" is asked on every facilitator request.
    index("group_facilitators_sub_idx").on(t.facilitatorSub, t.groupId),
    index("group_facilitators_group_idx").on(t.groupId, t.startedOn),
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
    // Reports read the sessions of a period (reporting/performance.repository.ts).
    index("programme_sessions_start_idx").on(t.scheduledStart),
    check("programme_sessions_number_check", sql`session_number >= 1`),
    check("programme_sessions_duration_check", sql`duration_minutes between 15 and 480`),
    check("programme_sessions_format_check", oneOf("format", SESSION_FORMATS)),
  ],
);

export type ProgrammeGroupRow = typeof programmeGroups.$inferSelect;
export type ProgrammeSessionRow = typeof programmeSessions.$inferSelect;
export type GroupFacilitatorRow = typeof groupFacilitators.$inferSelect;
