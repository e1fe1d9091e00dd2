import { check, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, timestamptz } from "../../db/columns.js";
import { perpetrators } from "../perpetrators/perpetrator.table.js";
import { SAR_REQUEST_STATUSES } from "./sar-request.rules.js";

/**
 * Subject access requests made by staff on a person's behalf, for someone who is not an admin to
 * export: an auditor other than the requester approves or refuses each, and an approval lets the
 * requester export that one person's record until it expires.
 */
export const subjectAccessRequests = pgTable(
  "subject_access_requests",
  {
    id: id(),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id),
    /** The controller's own reference for the request (its case number), to find it again. */
    reference: text("reference").notNull(),
    reason: text("reason").notNull(),
    status: text("status").notNull().default("REQUESTED"),
    requestedBy: text("requested_by").notNull(),
    requestedByOrg: text("requested_by_org"),
    requestedAt: createdAt(),
    decidedBy: text("decided_by"),
    decidedAt: timestamptz("decided_at"),
    decisionNote: text("decision_note"),
    /** The last day an approved request may be used to export (included). */
    expiresOn: date("expires_on", { mode: "string" }),
    lastExportedAt: timestamptz("last_exported_at"),
  },
  (t) => [
    check("subject_access_requests_status_check", oneOf("status", SAR_REQUEST_STATUSES)),
    check("subject_access_requests_reference_check", sql`length(reference) between 1 and 100`),
    check("subject_access_requests_reason_check", sql`length(reason) between 10 and 2000`),
    check("subject_access_requests_decision_check", sql`(status = 'REQUESTED') = (decided_by is null) and (decided_by is null) = (decided_at is null) and (status = 'APPROVED') = (expires_on is not null)`),
    check("subject_access_requests_four_eyes_check", sql`decided_by is null or decided_by <> requested_by`),
    index("subject_access_requests_requested_idx").on(t.requestedAt, t.id),
    index("subject_access_requests_perpetrator_idx").on(t.perpetratorId),
  ],
);

export type SubjectAccessRequestRow = typeof subjectAccessRequests.$inferSelect;
