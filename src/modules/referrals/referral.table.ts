import { check, date, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, timestamptz, updatedAt } from "../../db/columns.js";
import { programmes } from "../programmes/programme.table.js";
import { perpetrators } from "../perpetrators/perpetrator.table.js";
import { programmeGroups } from "../groups/group.table.js";
import { RISK_LEVELS } from "../programmes/programme.model.js";
import { LEGAL_BASES, REFERRAL_SOURCES, REFERRAL_STATUSES, SENTENCE_ORDER_TYPES, TERMINAL_STATUSES, WITHDRAWAL_REASONS } from "./referral.model.js";

const terminalList = TERMINAL_STATUSES.map((s) => `'${s}'`).join(", ");

export const referrals = pgTable(
  "referrals",
  {
    id: id(),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id),
    groupId: uuid("group_id").references(() => programmeGroups.id),
    status: text("status").notNull().default("REFERRED"),
    version: integer("version").notNull().default(1),
    legalBasis: text("legal_basis"),
    source: text("source").notNull(),
    riskLevel: text("risk_level"),
    withdrawalReason: text("withdrawal_reason"),
    referredBy: text("referred_by").notNull(),
    referredByOrg: text("referred_by_org"),
    // Millisecond precision, like the JavaScript dates that page cursors carry.
    referredAt: timestamptz("referred_at").notNull().default(sql`date_trunc('milliseconds', now())`),
    allocatedAt: timestamptz("allocated_at"),
    closedAt: timestamptz("closed_at"),
    // The sentence or order the referral enforces (sentence.rules.ts); all null until it is recorded.
    sentenceOrderType: text("sentence_order_type"),
    sentenceStartDate: date("sentence_start_date", { mode: "string" }),
    sentenceEndDate: date("sentence_end_date", { mode: "string" }),
    sentenceRequirementReference: text("sentence_requirement_reference"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("referrals_status_check", oneOf("status", REFERRAL_STATUSES)),
    check("referrals_legal_basis_check", sql`legal_basis is null or ${oneOf("legal_basis", LEGAL_BASES)}`),
    check("referrals_source_check", oneOf("source", REFERRAL_SOURCES)),
    check("referrals_risk_check", sql`risk_level is null or ${oneOf("risk_level", RISK_LEVELS)}`),
    check("referrals_withdrawal_reason_check", sql`withdrawal_reason is null or ${oneOf("withdrawal_reason", WITHDRAWAL_REASONS)}`),
    check("referrals_withdrawn_has_reason_check", sql`status <> 'WITHDRAWN' or withdrawal_reason is not null`),
    check("referrals_allocated_has_group_check", sql`status not in ('ALLOCATED', 'ON_PROGRAMME', 'COMPLETED') or group_id is not null`),
    check("referrals_version_check", sql`version >= 1`),
    check("referrals_sentence_order_type_check", sql`sentence_order_type is null or ${oneOf("sentence_order_type", SENTENCE_ORDER_TYPES)}`),
    // An order goes with a legal basis (a mandated referral), and has at least its type and start.
    check("referrals_sentence_mandated_check", sql`sentence_order_type is null or legal_basis is not null`),
    check("referrals_sentence_complete_check", sql`(sentence_order_type is null) = (sentence_start_date is null)`),
    check("referrals_sentence_dates_check", sql`sentence_end_date is null or sentence_end_date > sentence_start_date`),
    // One open referral per person per programme: a second is a duplicate, not a new case.
    uniqueIndex("referrals_one_open_per_programme_idx")
      .on(t.perpetratorId, t.programmeId)
      .where(sql.raw(`status not in (${terminalList})`)),
    index("referrals_perpetrator_idx").on(t.perpetratorId),
    index("referrals_group_idx").on(t.groupId, t.referredAt, t.id),
    index("referrals_programme_status_idx").on(t.programmeId, t.status, t.referredAt, t.id),
    index("referrals_status_idx").on(t.status, t.referredAt, t.id),
    index("referrals_referred_at_idx").on(t.referredAt, t.id),
    // orderBy STATUS over the whole catalogue: lifecycle rank, then referral date (as in referral.repository.ts).
    index("referrals_status_order_idx").on(sql.raw(`array_position(array[${REFERRAL_STATUSES.map((s) => `'${s}'`).join(", ")}]::text[], status)`), t.referredAt, t.id),
  ],
);

export const referralTransitions = pgTable(
  "referral_transitions",
  {
    id: id(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    version: integer("version").notNull(),
    reason: text("reason"),
    note: text("note"),
    actorSub: text("actor_sub").notNull(),
    actorName: text("actor_name"),
    occurredAt: timestamptz("occurred_at").notNull().defaultNow(),
  },
  (t) => [
    check("referral_transitions_to_check", oneOf("to_status", REFERRAL_STATUSES)),
    check("referral_transitions_from_check", sql`from_status is null or ${oneOf("from_status", REFERRAL_STATUSES)}`),
    // Each version of a referral is written once: two writers racing on one version cannot both land.
    uniqueIndex("referral_transitions_version_idx").on(t.referralId, t.version),
    // Reports read a period's moves (reporting/performance.repository.ts).
    index("referral_transitions_occurred_idx").on(t.occurredAt, t.toStatus, t.referralId),
  ],
);

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralTransitionRow = typeof referralTransitions.$inferSelect;
