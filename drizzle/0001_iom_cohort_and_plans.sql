CREATE TABLE "iom_intervention_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'LIVE' NOT NULL,
	"summary" text,
	"review_due_on" date NOT NULL,
	"created_by" text NOT NULL,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "iom_plans_status_check" CHECK (status in ('LIVE', 'SUPERSEDED', 'CLOSED')),
	CONSTRAINT "iom_plans_version_check" CHECK (version >= 1),
	CONSTRAINT "iom_plans_ended_check" CHECK ((status = 'LIVE') = (ended_at is null))
);
--> statement-breakpoint
CREATE TABLE "iom_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"selection_source" text NOT NULL,
	"cohort_type" text NOT NULL,
	"rfg_score" numeric(7, 2),
	"started_on" date NOT NULL,
	"ended_on" date,
	"deselection_reason" text,
	"deselection_note" text,
	"selected_by" text NOT NULL,
	"deselected_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iom_memberships_source_check" CHECK (selection_source in ('FRONT_DOOR_SAFEGUARDING_HUB', 'MARAC', 'PROBATION', 'POLICE', 'OTHER')),
	CONSTRAINT "iom_memberships_cohort_type_check" CHECK (cohort_type in ('FIXED', 'FLEX', 'FREE')),
	CONSTRAINT "iom_memberships_reason_check" CHECK (deselection_reason is null or deselection_reason in ('REDUCED_RISK', 'CUSTODY', 'MOVED_AREA', 'DECEASED', 'OTHER')),
	CONSTRAINT "iom_memberships_ended_check" CHECK ((ended_on is null) = (deselection_reason is null)),
	CONSTRAINT "iom_memberships_dates_check" CHECK (ended_on is null or ended_on >= started_on),
	CONSTRAINT "iom_memberships_rfg_check" CHECK (rfg_score is null or rfg_score >= 0)
);
--> statement-breakpoint
CREATE TABLE "iom_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"collar_number" text,
	"force" text,
	"team" text NOT NULL,
	"organisation" text,
	"subject" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iom_staff_kind_check" CHECK (kind in ('POLICE_OFFENDER_MANAGER', 'PROBATION_PRACTITIONER')),
	CONSTRAINT "iom_staff_name_check" CHECK (length(name) between 1 and 120),
	CONSTRAINT "iom_staff_team_check" CHECK (length(team) between 1 and 80),
	CONSTRAINT "iom_staff_police_check" CHECK (kind <> 'POLICE_OFFENDER_MANAGER' or (collar_number is not null and force is not null))
);
--> statement-breakpoint
CREATE TABLE "iom_offender_manager_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"reason" text,
	"assigned_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iom_assignments_dates_check" CHECK (ended_on is null or ended_on >= started_on)
);
--> statement-breakpoint
CREATE TABLE "iom_plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"carried_from_id" uuid,
	"position" integer NOT NULL,
	"pathway" text NOT NULL,
	"description" text NOT NULL,
	"owner_agency" text NOT NULL,
	"owner_staff_id" uuid,
	"owner_name" text,
	"status" text DEFAULT 'PLANNED' NOT NULL,
	"due_on" date NOT NULL,
	"notes" text,
	"referral_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "iom_actions_pathway_check" CHECK (pathway in ('ACCOMMODATION', 'ATTITUDES_THINKING_BEHAVIOUR', 'CHILDREN_FAMILIES', 'DRUGS_ALCOHOL', 'EDUCATION_TRAINING_EMPLOYMENT', 'FINANCE_BENEFIT_DEBT', 'HEALTH_MENTAL_HEALTH', 'PROGRAMME_ATTENDANCE', 'DETERRENCE_DISRUPTION')),
	CONSTRAINT "iom_actions_agency_check" CHECK (owner_agency in ('POLICE', 'PROBATION', 'COUNCIL', 'HEALTH', 'THIRD_SECTOR')),
	CONSTRAINT "iom_actions_status_check" CHECK (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_ACHIEVED', 'CANCELLED')),
	CONSTRAINT "iom_actions_owner_check" CHECK (owner_staff_id is not null or owner_name is not null),
	CONSTRAINT "iom_actions_referral_check" CHECK (referral_id is null or pathway = 'PROGRAMME_ATTENDANCE'),
	CONSTRAINT "iom_actions_description_check" CHECK (length(description) between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "iom_plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"outcome" text NOT NULL,
	"notes" text,
	"next_review_on" date NOT NULL,
	"reviewer_sub" text NOT NULL,
	"reviewer_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iom_reviews_outcome_check" CHECK (outcome in ('ON_TRACK', 'PARTIAL_PROGRESS', 'NOT_ENGAGING', 'RISK_INCREASED', 'DESELECTION_RECOMMENDED')),
	CONSTRAINT "iom_reviews_dates_check" CHECK (next_review_on > reviewed_on)
);
--> statement-breakpoint
ALTER TABLE "iom_intervention_plans" ADD CONSTRAINT "iom_intervention_plans_membership_id_iom_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."iom_memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iom_memberships" ADD CONSTRAINT "iom_memberships_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iom_offender_manager_assignments" ADD CONSTRAINT "iom_offender_manager_assignments_membership_id_iom_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."iom_memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iom_offender_manager_assignments" ADD CONSTRAINT "iom_offender_manager_assignments_staff_id_iom_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."iom_staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iom_plan_actions" ADD CONSTRAINT "iom_plan_actions_plan_id_iom_intervention_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."iom_intervention_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iom_plan_actions" ADD CONSTRAINT "iom_plan_actions_owner_staff_id_iom_staff_id_fk" FOREIGN KEY ("owner_staff_id") REFERENCES "public"."iom_staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iom_plan_actions" ADD CONSTRAINT "iom_plan_actions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iom_plan_reviews" ADD CONSTRAINT "iom_plan_reviews_plan_id_iom_intervention_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."iom_intervention_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "iom_plans_version_idx" ON "iom_intervention_plans" USING btree ("membership_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "iom_plans_one_live_idx" ON "iom_intervention_plans" USING btree ("membership_id") WHERE status = 'LIVE';--> statement-breakpoint
CREATE INDEX "iom_plans_live_review_idx" ON "iom_intervention_plans" USING btree ("review_due_on") WHERE status = 'LIVE';--> statement-breakpoint
CREATE UNIQUE INDEX "iom_memberships_one_open_idx" ON "iom_memberships" USING btree ("perpetrator_id") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "iom_memberships_perpetrator_idx" ON "iom_memberships" USING btree ("perpetrator_id","started_on");--> statement-breakpoint
CREATE INDEX "iom_memberships_started_idx" ON "iom_memberships" USING btree ("started_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "iom_staff_subject_idx" ON "iom_staff" USING btree ("subject");--> statement-breakpoint
CREATE UNIQUE INDEX "iom_staff_collar_idx" ON "iom_staff" USING btree ("force","collar_number") WHERE active and collar_number is not null;--> statement-breakpoint
CREATE INDEX "iom_staff_team_idx" ON "iom_staff" USING btree ("team","name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "iom_assignments_one_active_idx" ON "iom_offender_manager_assignments" USING btree ("membership_id") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "iom_assignments_membership_idx" ON "iom_offender_manager_assignments" USING btree ("membership_id","started_on");--> statement-breakpoint
CREATE INDEX "iom_assignments_active_staff_idx" ON "iom_offender_manager_assignments" USING btree ("staff_id") WHERE ended_on is null;--> statement-breakpoint
CREATE UNIQUE INDEX "iom_actions_position_idx" ON "iom_plan_actions" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "iom_actions_referral_idx" ON "iom_plan_actions" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "iom_actions_owner_idx" ON "iom_plan_actions" USING btree ("owner_staff_id");--> statement-breakpoint
CREATE INDEX "iom_actions_open_due_idx" ON "iom_plan_actions" USING btree ("due_on") WHERE status in ('PLANNED', 'IN_PROGRESS');--> statement-breakpoint
CREATE INDEX "iom_reviews_plan_idx" ON "iom_plan_reviews" USING btree ("plan_id","reviewed_on","id");