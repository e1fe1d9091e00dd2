import { boolean, check, customType, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, timestamptz, updatedAt } from "../../db/columns.js";
import { SEXES } from "../programmes/programme.model.js";
import { CHILD_RELATIONSHIPS } from "./perpetrator.model.js";

/** A `date` column (YYYY-MM-DD) that erasure alone may empty: nullable in the database, present in the types. */
const erasableDate = customType<{ data: string; driverData: string; notNull: true }>({ dataType: () => "date" });

export const perpetrators = pgTable(
  "perpetrators",
  {
    id: id(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    // Null only once the record is erased (see erasedAt, and the check below). Typed as always present: an
    // erased row leaves every query (the access layer's hidden rows), so no reader of a person meets the null.
    dateOfBirth: erasableDate("date_of_birth"),
    sex: text("sex").notNull(),
    crn: text("crn").unique(),
    pncId: text("pnc_id").unique(),
    prisonNumber: text("prison_number").unique(),
    croNumber: text("cro_number").unique(),
    // Equality data: optional and sensitive; person-level access is restricted, analysts see aggregates.
    genderIdentity: text("gender_identity"),
    ethnicity: text("ethnicity"),
    firstLanguage: text("first_language"),
    interpreterRequired: boolean("interpreter_required").notNull().default(false),
    disability: boolean("disability"),
    sexualOrientation: text("sexual_orientation"),
    needs: text("needs").array().notNull().default(sql`'{}'::text[]`),
    // Increments on every correction; a correction names the version it read (compare-and-set).
    version: integer("version").notNull().default(1),
    // Set when this record was merged into another (the survivor): the row stays, for inspection, and
    // its id resolves to the survivor; it leaves every list and search.
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => perpetrators.id),
    mergedAt: timestamptz("merged_at"),
    mergedBy: text("merged_by"),
    // Erasure (retention or a right-to-erasure decision): personal data removed, the row kept for the counts
    // reports need; it leaves every query. Restriction (DPA 2018 s.47): data kept, hidden but from an admin's reads.
    erasedAt: timestamptz("erased_at"),
    restrictedAt: timestamptz("restricted_at"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("perpetrators_date_of_birth_check", sql`date_of_birth is not null or erased_at is not null`),
    check("perpetrators_sex_check", oneOf("sex", SEXES)),
    check("perpetrators_crn_check", sql`crn is null or crn ~ '^[A-Z][0-9]{6}$'`),
    check("perpetrators_pnc_check", sql`pnc_id is null or pnc_id ~ '^[0-9]{4}/[0-9]{7}[A-Z]$'`),
    check("perpetrators_prison_number_check", sql`prison_number is null or prison_number ~ '^[A-Z][0-9]{4}[A-Z]{2}$'`),
    check("perpetrators_names_check", sql`length(given_name) between 1 and 100 and length(family_name) between 1 and 100`),
    check("perpetrators_version_check", sql`version >= 1`),
    check("perpetrators_merged_check", sql`(merged_into_id is null) = (merged_at is null) and (merged_into_id is null) = (merged_by is null) and merged_into_id <> id`),
    index("perpetrators_merged_into_idx").on(t.mergedIntoId).where(sql`merged_into_id is not null`),
    // Name search: prefix match on lower-cased family name then given name, paged by id.
    index("perpetrators_family_name_idx").on(sql`lower(family_name) text_pattern_ops`, sql`lower(given_name) text_pattern_ops`, t.id),
    index("perpetrators_created_at_idx").on(t.createdAt, t.id),
  ],
);

export const perpetratorChildren = pgTable(
  "perpetrator_children",
  {
    id: id(),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id, { onDelete: "cascade" }),
    dateOfBirth: date("date_of_birth", { mode: "string" }).notNull(),
    relationship: text("relationship").notNull().default("BIRTH"),
    regularContact: boolean("regular_contact").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    check("perpetrator_children_relationship_check", oneOf("relationship", CHILD_RELATIONSHIPS)),
    index("perpetrator_children_perpetrator_idx").on(t.perpetratorId),
  ],
);

/**
 * Each correction of a person's record (DPA 2018 s.46 rectification): who made it, why, which fields
 * changed and what they held before, so a wrong correction can be seen and undone. Written in the
 * same transaction as the change it records.
 */
export const perpetratorChanges = pgTable(
  "perpetrator_changes",
  {
    id: id(),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id, { onDelete: "cascade" }),
    /** The person's version after this change. */
    version: integer("version").notNull(),
    changedFields: text("changed_fields").array().notNull(),
    /** The previous values of the changed fields only, by GraphQL field name (dates as YYYY-MM-DD). */
    previous: jsonb("previous").$type<Record<string, PreviousValue>>().notNull(),
    reason: text("reason").notNull(),
    actorSub: text("actor_sub").notNull(),
    actorName: text("actor_name"),
    occurredAt: timestamptz("occurred_at").notNull().defaultNow(),
  },
  (t) => [
    check("perpetrator_changes_version_check", sql`version >= 2`),
    check("perpetrator_changes_fields_check", sql`cardinality(changed_fields) >= 1`),
    check("perpetrator_changes_reason_check", sql`length(reason) between 1 and 500`),
    // Each version of a person is written once; also the index of the newest-first history page.
    uniqueIndex("perpetrator_changes_version_idx").on(t.perpetratorId, t.version),
  ],
);

/**
 * Two records of the same person made one: the duplicate's rows moved to the survivor in the same
 * transaction as this record, which keeps who, why, when, what moved (rows per table) and the
 * duplicate's own values as they stood, so nothing a merge did is lost or unexplained.
 */
export const perpetratorMerges = pgTable(
  "perpetrator_merges",
  {
    id: id(),
    survivorId: uuid("survivor_id")
      .notNull()
      .references(() => perpetrators.id),
    duplicateId: uuid("duplicate_id")
      .notNull()
      .references(() => perpetrators.id),
    reason: text("reason").notNull(),
    /** The identifiers (field names) that moved from the duplicate to the survivor. */
    movedIdentifiers: text("moved_identifiers").array().notNull(),
    /** Rows re-pointed from the duplicate to the survivor, by table name. */
    movedRows: jsonb("moved_rows").$type<Record<string, number>>().notNull(),
    /** The duplicate's correctable fields as they stood before the merge (identifiers included), by GraphQL field name. */
    duplicateValues: jsonb("duplicate_values").$type<Record<string, PreviousValue>>().notNull(),
    actorSub: text("actor_sub").notNull(),
    actorName: text("actor_name"),
    occurredAt: timestamptz("occurred_at").notNull().defaultNow(),
  },
  (t) => [
    check("perpetrator_merges_reason_check", sql`length(reason) between 1 and 500`),
    check("perpetrator_merges_distinct_check", sql`survivor_id <> duplicate_id`),
    // A record is merged once.
    uniqueIndex("perpetrator_merges_duplicate_idx").on(t.duplicateId),
    index("perpetrator_merges_survivor_idx").on(t.survivorId, t.occurredAt),
  ],
);

/** A field's value as kept in a change's `previous`. */
export type PreviousValue = string | boolean | string[] | null;

export type PerpetratorRow = typeof perpetrators.$inferSelect;
export type PerpetratorChangeRow = typeof perpetratorChanges.$inferSelect;
export type PerpetratorMergeRow = typeof perpetratorMerges.$inferSelect;
export type PerpetratorChildRow = typeof perpetratorChildren.$inferSelect;
