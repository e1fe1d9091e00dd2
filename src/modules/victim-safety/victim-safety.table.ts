import { boolean, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, timestamptz, updatedAt } from "../../db/columns.js";
import { perpetrators } from "../perpetrators/perpetrator.table.js";
import { referrals } from "../referrals/referral.table.js";
import { programmeSessions } from "../groups/group.table.js";
import { ALERT_KINDS, DASH_LEVELS, MARAC_GROUNDS, ORDER_TYPES, RELATIONSHIPS, SAFE_CONTACT_METHODS, SUPPORT_KINDS } from "./victim-safety.model.js";

const list = (values: readonly string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(", ")}]::text[]`);

/** A person at risk from one or more perpetrators. Contact-safety details are the most guarded columns in the system. */
export const victims = pgTable(
  "victims",
  {
    id: id(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    safeContactMethod: text("safe_contact_method"),
    safeContactTimes: text("safe_contact_times"),
    /** Null when nobody knows. */
    addressKnownToPerpetrator: boolean("address_known_to_perpetrator"),
    contactNotes: text("contact_notes"),
    version: integer("version").notNull().default(1),
    // Erased: names replaced, details removed, the row kept for the counts reports need; restricted (DPA 2018
    // s.47): kept but hidden. Either way the victim leaves every query.
    erasedAt: timestamptz("erased_at"),
    restrictedAt: timestamptz("restricted_at"),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("victims_names_check", sql`length(first_name) between 1 and 100 and length(last_name) between 1 and 100`),
    check("victims_contact_method_check", sql`safe_contact_method is null or ${oneOf("safe_contact_method", SAFE_CONTACT_METHODS)}`),
    index("victims_name_idx").on(sql`lower(${t.lastName})`, sql`lower(${t.firstName})`, t.id),
  ],
);

/** Ties a victim to a perpetrator. One current link per pair; ended links stay as history. */
export const victimLinks = pgTable(
  "victim_links",
  {
    id: id(),
    victimId: uuid("victim_id")
      .notNull()
      .references(() => victims.id),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id),
    relationship: text("relationship").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("victim_links_relationship_check", oneOf("relationship", RELATIONSHIPS)),
    check("victim_links_dates_check", sql`ended_on is null or ended_on >= started_on`),
    uniqueIndex("victim_links_one_current_idx").on(t.victimId, t.perpetratorId).where(sql`ended_on is null`),
    index("victim_links_perpetrator_idx").on(t.perpetratorId),
    index("victim_links_victim_idx").on(t.victimId),
  ],
);

/** A DASH checklist for one link, with its 24 answers kept as given. */
export const riskAssessments = pgTable(
  "risk_assessments",
  {
    id: id(),
    linkId: uuid("link_id")
      .notNull()
      .references(() => victimLinks.id),
    assessedOn: date("assessed_on", { mode: "string" }).notNull(),
    answers: text("answers").array().notNull(),
    yesCount: integer("yes_count").notNull(),
    scoreLevel: text("score_level").notNull(),
    judgementLevel: text("judgement_level"),
    judgementReason: text("judgement_reason"),
    level: text("level").notNull(),
    assessedBy: text("assessed_by").notNull(),
    assessedByName: text("assessed_by_name"),
    createdAt: createdAt(),
  },
  (t) => [
    check("risk_assessments_answers_check", sql`cardinality(answers) = 24 and answers <@ array['YES', 'NO', 'NOT_KNOWN']::text[]`),
    check("risk_assessments_yes_check", sql`yes_count between 0 and 24`),
    check("risk_assessments_levels_check", sql`${oneOf("score_level", DASH_LEVELS)} and ${oneOf("level", DASH_LEVELS)}`),
    check("risk_assessments_judgement_check", sql`judgement_level is null or (${oneOf("judgement_level", DASH_LEVELS)} and judgement_reason is not null)`),
    index("risk_assessments_link_idx").on(t.linkId, t.assessedOn, t.createdAt),
  ],
);

/** A domestic abuse incident between the pair of a link: what escalation to MARAC is counted from. */
export const safetyIncidents = pgTable(
  "safety_incidents",
  {
    id: id(),
    linkId: uuid("link_id")
      .notNull()
      .references(() => victimLinks.id),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    policeReference: text("police_reference"),
    recordedBy: text("recorded_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("safety_incidents_link_idx").on(t.linkId, t.occurredOn)],
);

export const maracReferrals = pgTable(
  "marac_referrals",
  {
    id: id(),
    linkId: uuid("link_id")
      .notNull()
      .references(() => victimLinks.id),
    referredOn: date("referred_on", { mode: "string" }).notNull(),
    grounds: text("grounds").array().notNull(),
    judgementReason: text("judgement_reason"),
    isRepeat: boolean("is_repeat").notNull(),
    previousReferralId: uuid("previous_referral_id"),
    /** Incidents in the escalation window when the referral was made, and the threshold then in force. */
    incidentsInWindow: integer("incidents_in_window").notNull(),
    escalationThreshold: integer("escalation_threshold").notNull(),
    escalationWindowMonths: integer("escalation_window_months").notNull(),
    hearingOn: date("hearing_on", { mode: "string" }),
    referringAgency: text("referring_agency"),
    referredBy: text("referred_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("marac_referrals_grounds_check", sql`cardinality(grounds) >= 1 and grounds <@ ${list(MARAC_GROUNDS)}`),
    check("marac_referrals_hearing_check", sql`hearing_on is null or hearing_on >= referred_on`),
    index("marac_referrals_link_idx").on(t.linkId, t.referredOn),
  ],
);

/** An IDVA or another support worker allocated to a victim: the people safety alerts go to. */
export const supportAllocations = pgTable(
  "support_allocations",
  {
    id: id(),
    victimId: uuid("victim_id")
      .notNull()
      .references(() => victims.id),
    kind: text("kind").notNull(),
    workerName: text("worker_name").notNull(),
    /** The JWT subject the worker signs in with; alerts reach only workers who have one. */
    workerSubject: text("worker_subject"),
    organisation: text("organisation").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("support_allocations_kind_check", oneOf("kind", SUPPORT_KINDS)),
    check("support_allocations_dates_check", sql`ended_on is null or ended_on >= started_on`),
    uniqueIndex("support_allocations_one_idva_idx").on(t.victimId).where(sql`kind = 'IDVA' and ended_on is null`),
    index("support_allocations_victim_idx").on(t.victimId),
    index("support_allocations_worker_idx").on(t.workerSubject),
  ],
);

export const protectiveOrders = pgTable(
  "protective_orders",
  {
    id: id(),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id),
    type: text("type").notNull(),
    reference: text("reference"),
    issuedBy: text("issued_by"),
    conditions: text("conditions").array().notNull().default(sql`'{}'::text[]`),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("protective_orders_type_check", oneOf("type", ORDER_TYPES)),
    check("protective_orders_dates_check", sql`ends_on is null or ends_on >= starts_on`),
    // The Crime and Security Act 2010 caps a DVPO at 28 days counting the first and last; the rule is checked in the service first.
    check("protective_orders_dvpo_length_check", sql`type <> 'DVPO' or (ends_on is not null and ends_on - starts_on <= 27)`),
    index("protective_orders_perpetrator_idx").on(t.perpetratorId, t.startsOn),
    index("protective_orders_ends_idx").on(t.endsOn),
  ],
);

export const protectedPeople = pgTable(
  "protective_order_protected_people",
  {
    orderId: uuid("order_id")
      .notNull()
      .references(() => protectiveOrders.id),
    victimId: uuid("victim_id")
      .notNull()
      .references(() => victims.id),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.victimId] }), index("protected_people_victim_idx").on(t.victimId)],
);

/** One alert per recipient; an alert with no recipient waits in the safeguarding team's queue. */
export const safetyAlerts = pgTable(
  "safety_alerts",
  {
    id: id(),
    kind: text("kind").notNull(),
    victimId: uuid("victim_id")
      .notNull()
      .references(() => victims.id),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id),
    referralId: uuid("referral_id").references(() => referrals.id),
    sessionId: uuid("session_id").references(() => programmeSessions.id),
    orderId: uuid("order_id").references(() => protectiveOrders.id),
    recipientSubject: text("recipient_subject"),
    recipientAllocationId: uuid("recipient_allocation_id").references(() => supportAllocations.id),
    /** Says what happened, never who the victim is or how to reach them. */
    summary: text("summary").notNull(),
    occurredAt: timestamptz("occurred_at").notNull(),
    /** Stops the same event alerting the same worker twice (an order nearing its end is seen by every sweep). */
    dedupeKey: text("dedupe_key").notNull(),
    acknowledgedAt: timestamptz("acknowledged_at"),
    acknowledgedBy: text("acknowledged_by"),
    acknowledgementNote: text("acknowledgement_note"),
    createdAt: timestamptz("created_at").notNull().default(sql`date_trunc('milliseconds', now())`),
  },
  (t) => [
    check("safety_alerts_kind_check", oneOf("kind", ALERT_KINDS)),
    uniqueIndex("safety_alerts_dedupe_idx").on(t.dedupeKey),
    index("safety_alerts_recipient_idx").on(t.recipientSubject, t.createdAt, t.id),
    index("safety_alerts_victim_idx").on(t.victimId, t.createdAt, t.id),
    index("safety_alerts_created_idx").on(t.createdAt, t.id),
    // A worker's inbox read OPEN_FIRST (alert.repository.ts): open alerts first, newest first within.
    index("safety_alerts_recipient_open_idx").on(t.recipientSubject, sql`(acknowledged_at is null)`, t.createdAt, t.id),
  ],
);

export type VictimRow = typeof victims.$inferSelect;
export type VictimLinkRow = typeof victimLinks.$inferSelect;
export type RiskAssessmentRow = typeof riskAssessments.$inferSelect;
export type SafetyIncidentRow = typeof safetyIncidents.$inferSelect;
export type MaracReferralRow = typeof maracReferrals.$inferSelect;
export type SupportAllocationRow = typeof supportAllocations.$inferSelect;
export type ProtectiveOrderRow = typeof protectiveOrders.$inferSelect;
export type SafetyAlertRow = typeof safetyAlerts.$inferSelect;
