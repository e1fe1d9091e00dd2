import { boolean, check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { id, oneOf, timestamptz } from "../../db/columns.js";
import { ERASURE_MODES, ERASURE_SUBJECTS } from "./retention.model.js";

/**
 * Each erasure or restriction of a person or victim: who, when, why, and how many rows each table had
 * cleared. Ids and counts only: what was erased is not kept anywhere (DPA 2018 s.62: erasure logs keep
 * metadata). Written in the same transaction as the erasure.
 */
export const erasures = pgTable(
  "erasures",
  {
    id: id(),
    subjectKind: text("subject_kind").notNull(),
    /** The perpetrator's or victim's id (no foreign key: it is one of two tables). */
    subjectId: uuid("subject_id").notNull(),
    mode: text("mode").notNull(),
    reason: text("reason").notNull(),
    /** True when open work (an open referral, a current membership, link or order) was overridden. */
    openWorkOverridden: boolean("open_work_overridden").notNull(),
    /** Rows whose personal data was removed, by table name (empty for a restriction). */
    erasedRows: jsonb("erased_rows").$type<Record<string, number>>().notNull(),
    actorSub: text("actor_sub").notNull(),
    actorName: text("actor_name"),
    occurredAt: timestamptz("occurred_at").notNull().defaultNow(),
  },
  (t) => [
    check("erasures_subject_kind_check", oneOf("subject_kind", ERASURE_SUBJECTS)),
    check("erasures_mode_check", oneOf("mode", ERASURE_MODES)),
    check("erasures_reason_check", sql`length(reason) between 1 and 500`),
    index("erasures_subject_idx").on(t.subjectId, t.occurredAt),
  ],
);

export type ErasureRow = typeof erasures.$inferSelect;
