import { boolean, check, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, updatedAt } from "../../db/columns.js";
import { SEXES } from "../programmes/programme.model.js";
import { CHILD_RELATIONSHIPS } from "./perpetrator.model.js";

export const perpetrators = pgTable(
  "perpetrators",
  {
    id: id(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    dateOfBirth: date("date_of_birth", { mode: "string" }).notNull(),
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
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("perpetrators_sex_check", oneOf("sex", SEXES)),
    check("perpetrators_crn_check", sql`crn is null or crn ~ '^[A-Z][0-9]{6}$'`),
    check("perpetrators_pnc_check", sql`pnc_id is null or pnc_id ~ '^[0-9]{4}/[0-9]{7}[A-Z]$'`),
    check("perpetrators_prison_number_check", sql`prison_number is null or prison_number ~ '^[A-Z][0-9]{4}[A-Z]{2}$'`),
    check("perpetrators_names_check", sql`length(given_name) between 1 and 100 and length(family_name) between 1 and 100`),
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

export type PerpetratorRow = typeof perpetrators.$inferSelect;
export type PerpetratorChildRow = typeof perpetratorChildren.$inferSelect;
