import { boolean, check, date, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf, timestamptz, updatedAt } from "../../db/columns.js";
import { perpetrators } from "../perpetrators/perpetrator.table.js";
import { referrals } from "../referrals/referral.table.js";
import {
  ACTION_STATUSES,
  COHORT_TYPES,
  DESELECTION_REASONS,
  OPEN_ACTION_STATUSES,
  OWNER_AGENCIES,
  PATHWAYS,
  PLAN_STATUSES,
  REVIEW_OUTCOMES,
  SELECTION_SOURCES,
  STAFF_KINDS,
} from "./iom.model.js";

const openActionList = OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(", ");

/** Police offender managers and probation practitioners who manage or own work for cohort members. */
export const iomStaff = pgTable(
  "iom_staff",
  {
    id: id(),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    collarNumber: text("collar_number"),
    force: text("force"),
    team: text("team").notNull(),
    organisation: text("organisation"),
    /** The JWT subject this person signs in with: how "my caseload" and "the member's offender manager" are known. */
    subject: text("subject").notNull(),
    active: boolean("active").notNull().default(true),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("iom_staff_kind_check", oneOf("kind", STAFF_KINDS)),
    check("iom_staff_name_check", sql`length(name) between 1 and 120`),
    check("iom_staff_team_check", sql`length(team) between 1 and 80`),
    check("iom_staff_police_check", sql`kind <> 'POLICE_OFFENDER_MANAGER' or (collar_number is not null and force is not null)`),
    uniqueIndex("iom_staff_subject_idx").on(t.subject),
    uniqueIndex("iom_staff_collar_idx").on(t.force, t.collarNumber).where(sql`active and collar_number is not null`),
    index("iom_staff_team_idx").on(t.team, t.name, t.id),
  ],
);

export const iomMemberships = pgTable(
  "iom_memberships",
  {
    id: id(),
    perpetratorId: uuid("perpetrator_id")
      .notNull()
      .references(() => perpetrators.id),
    selectionSource: text("selection_source").notNull(),
    cohortType: text("cohort_type").notNull(),
    rfgScore: numeric("rfg_score", { precision: 7, scale: 2, mode: "number" }),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    deselectionReason: text("deselection_reason"),
    deselectionNote: text("deselection_note"),
    selectedBy: text("selected_by").notNull(),
    deselectedBy: text("deselected_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("iom_memberships_source_check", oneOf("selection_source", SELECTION_SOURCES)),
    check("iom_memberships_cohort_type_check", oneOf("cohort_type", COHORT_TYPES)),
    check("iom_memberships_reason_check", sql`deselection_reason is null or ${oneOf("deselection_reason", DESELECTION_REASONS)}`),
    check("iom_memberships_ended_check", sql`(ended_on is null) = (deselection_reason is null)`),
    check("iom_memberships_dates_check", sql`ended_on is null or ended_on >= started_on`),
    check("iom_memberships_rfg_check", sql`rfg_score is null or rfg_score >= 0`),
    // One open membership per person: re-selection starts a new row once the last has ended.
    uniqueIndex("iom_memberships_one_open_idx").on(t.perpetratorId).where(sql`ended_on is null`),
    index("iom_memberships_perpetrator_idx").on(t.perpetratorId, t.startedOn),
    index("iom_memberships_started_idx").on(t.startedOn, t.id),
  ],
);

export const offenderManagerAssignments = pgTable(
  "iom_offender_manager_assignments",
  {
    id: id(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => iomMemberships.id, { onDelete: "cascade" }),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => iomStaff.id),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    endedOn: date("ended_on", { mode: "string" }),
    reason: text("reason"),
    assignedBy: text("assigned_by").notNull(),
    assignedAt: createdAt(),
  },
  (t) => [
    check("iom_assignments_dates_check", sql`ended_on is null or ended_on >= started_on`),
    // One active offender manager per member; history is the ended rows.
    uniqueIndex("iom_assignments_one_active_idx").on(t.membershipId).where(sql`ended_on is null`),
    index("iom_assignments_membership_idx").on(t.membershipId, t.startedOn),
    index("iom_assignments_active_staff_idx").on(t.staffId).where(sql`ended_on is null`),
  ],
);

export const interventionPlans = pgTable(
  "iom_intervention_plans",
  {
    id: id(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => iomMemberships.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: text("status").notNull().default("LIVE"),
    summary: text("summary"),
    reviewDueOn: date("review_due_on", { mode: "string" }).notNull(),
    createdBy: text("created_by").notNull(),
    createdByName: text("created_by_name"),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    endedAt: timestamptz("ended_at"),
  },
  (t) => [
    check("iom_plans_status_check", oneOf("status", PLAN_STATUSES)),
    check("iom_plans_version_check", sql`version >= 1`),
    check("iom_plans_ended_check", sql`(status = 'LIVE') = (ended_at is null)`),
    uniqueIndex("iom_plans_version_idx").on(t.membershipId, t.version),
    // One live plan per member: two re-plans racing on one version cannot both land.
    uniqueIndex("iom_plans_one_live_idx").on(t.membershipId).where(sql`status = 'LIVE'`),
    index("iom_plans_live_review_idx").on(t.reviewDueOn).where(sql`status = 'LIVE'`),
  ],
);

export const planActions = pgTable(
  "iom_plan_actions",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => interventionPlans.id, { onDelete: "cascade" }),
    /** The action this one continues from the previous plan version, when carried over at a re-plan. */
    carriedFromId: uuid("carried_from_id"),
    position: integer("position").notNull(),
    pathway: text("pathway").notNull(),
    description: text("description").notNull(),
    ownerAgency: text("owner_agency").notNull(),
    ownerStaffId: uuid("owner_staff_id").references(() => iomStaff.id),
    ownerName: text("owner_name"),
    status: text("status").notNull().default("PLANNED"),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    notes: text("notes"),
    referralId: uuid("referral_id").references(() => referrals.id),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedBy: text("updated_by").notNull(),
    updatedAt: updatedAt(),
    closedAt: timestamptz("closed_at"),
  },
  (t) => [
    check("iom_actions_pathway_check", oneOf("pathway", PATHWAYS)),
    check("iom_actions_agency_check", oneOf("owner_agency", OWNER_AGENCIES)),
    check("iom_actions_status_check", oneOf("status", ACTION_STATUSES)),
    check("iom_actions_owner_check", sql`owner_staff_id is not null or owner_name is not null`),
    check("iom_actions_referral_check", sql`referral_id is null or pathway = 'PROGRAMME_ATTENDANCE'`),
    check("iom_actions_description_check", sql`length(description) between 1 and 500`),
    uniqueIndex("iom_actions_position_idx").on(t.planId, t.position),
    index("iom_actions_referral_idx").on(t.referralId),
    index("iom_actions_owner_idx").on(t.ownerStaffId),
    index("iom_actions_open_due_idx").on(t.dueOn).where(sql.raw(`status in (${openActionList})`)),
  ],
);

export const planReviews = pgTable(
  "iom_plan_reviews",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => interventionPlans.id, { onDelete: "cascade" }),
    reviewedOn: date("reviewed_on", { mode: "string" }).notNull(),
    outcome: text("outcome").notNull(),
    notes: text("notes"),
    nextReviewOn: date("next_review_on", { mode: "string" }).notNull(),
    reviewerSub: text("reviewer_sub").notNull(),
    reviewerName: text("reviewer_name"),
    recordedAt: createdAt(),
  },
  (t) => [
    check("iom_reviews_outcome_check", oneOf("outcome", REVIEW_OUTCOMES)),
    check("iom_reviews_dates_check", sql`next_review_on > reviewed_on`),
    index("iom_reviews_plan_idx").on(t.planId, t.reviewedOn, t.id),
  ],
);

export type IomStaffRow = typeof iomStaff.$inferSelect;
export type IomMembershipRow = typeof iomMemberships.$inferSelect;
export type OffenderManagerAssignmentRow = typeof offenderManagerAssignments.$inferSelect;
export type InterventionPlanRow = typeof interventionPlans.$inferSelect;
export type PlanActionRow = typeof planActions.$inferSelect;
export type PlanReviewRow = typeof planReviews.$inferSelect;
