import { check, date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id } from "../../db/columns.js";
import { perpetrators } from "../perpetrators/perpetrator.table.js";

/**
 * Who holds a person's probation case: the allocated practitioner (their JWT subject) and the
 * responsible organisation, from a start date until an end date. Only an admin (or, later, an import
 * from the case-management system) writes these, so probation's view of a person cannot be granted by
 * the practitioner to themselves, as a referral they made could.
 */
export const caseAllocations = pgTable(
  "case_allocations",
  {
    id: id(),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id),
    practitionerSub: text("practitioner_sub").notNull(),
    practitionerName: text("practitioner_name"),
    organisation: text("organisation").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    endReason: text("end_reason"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    endedBy: text("ended_by"),
  },
  (t) => [
    check("case_allocations_dates_check", sql`ended_on is null or ended_on >= started_on`),
    check("case_allocations_sub_check", sql`length(practitioner_sub) between 1 and 200`),
    check("case_allocations_org_check", sql`length(organisation) between 1 and 200`),
    // One open allocation per person: a case has one responsible practitioner at a time.
    uniqueIndex("case_allocations_open_idx").on(t.perpetratorId).where(sql`ended_on is null`),
    // "Which people are my cases?" is asked on probation requests.
    index("case_allocations_practitioner_idx").on(t.practitionerSub, t.perpetratorId),
    index("case_allocations_organisation_idx").on(t.organisation, t.perpetratorId),
    index("case_allocations_person_idx").on(t.perpetratorId, t.startedOn),
  ],
);

export type CaseAllocationRow = typeof caseAllocations.$inferSelect;
