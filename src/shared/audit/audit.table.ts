import { check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { id, oneOf, timestamptz } from "../../db/columns.js";
import { AUDIT_ACTIONS } from "./audit.model.js";

/**
 * The DPA 2018 s.62 log. Append-only: a trigger (migration 0003) refuses UPDATE, DELETE and TRUNCATE.
 * No foreign keys, so the log outlives the records it describes, and no names or contact details,
 * only ids and field names.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    occurredAt: timestamptz("occurred_at").notNull().default(sql`date_trunc('milliseconds', now())`),
    requestId: text("request_id").notNull(),
    operationName: text("operation_name"),
    actorSub: text("actor_sub").notNull(),
    actorName: text("actor_name"),
    actorRoles: text("actor_roles").array().notNull(),
    actorOrg: text("actor_org"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    fields: text("fields").array().notNull(),
    purpose: text("purpose"),
    /** The people the record is about, so an auditor can ask "who looked at this person". */
    victimIds: uuid("victim_ids").array().notNull().default(sql`'{}'::uuid[]`),
    perpetratorId: uuid("perpetrator_id"),
    /** For a disclosure: the JWT subjects it was disclosed to. */
    recipients: text("recipients").array(),
  },
  (t) => [
    check("audit_events_action_check", oneOf("action", AUDIT_ACTIONS)),
    check("audit_events_consultation_purpose_check", sql`action not in ('CONSULTATION', 'DISCLOSURE') or purpose is not null`),
    index("audit_events_occurred_idx").on(t.occurredAt, t.id),
    index("audit_events_victims_idx").using("gin", t.victimIds),
    index("audit_events_perpetrator_idx").on(t.perpetratorId, t.occurredAt),
    index("audit_events_actor_idx").on(t.actorSub, t.occurredAt),
    index("audit_events_request_idx").on(t.requestId),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
