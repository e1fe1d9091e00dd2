CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"required_sex" text,
	"requires_child_under_age" integer,
	"mandated" boolean NOT NULL,
	"minimum_risk_level" text,
	"sessions_total" integer NOT NULL,
	"completion_kind" text NOT NULL,
	"completion_value" integer NOT NULL,
	"closes_after_session" integer,
	"max_group_size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_code_unique" UNIQUE("code"),
	CONSTRAINT "programmes_code_check" CHECK (code in ('CARING_DADS', 'CHOICES', 'PACT', 'BBR')),
	CONSTRAINT "programmes_required_sex_check" CHECK (required_sex is null or required_sex in ('MALE', 'FEMALE', 'INTERSEX', 'NOT_KNOWN')),
	CONSTRAINT "programmes_minimum_risk_check" CHECK (minimum_risk_level is null or minimum_risk_level in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
	CONSTRAINT "programmes_completion_kind_check" CHECK (completion_kind in ('SESSION_COUNT', 'PERCENTAGE')),
	CONSTRAINT "programmes_sessions_check" CHECK (sessions_total between 1 and 200),
	CONSTRAINT "programmes_completion_value_check" CHECK (completion_value >= 1 and (completion_kind <> 'PERCENTAGE' or completion_value <= 100) and (completion_kind <> 'SESSION_COUNT' or completion_value <= sessions_total)),
	CONSTRAINT "programmes_closes_after_check" CHECK (closes_after_session is null or closes_after_session between 1 and sessions_total),
	CONSTRAINT "programmes_age_check" CHECK (min_age is null or max_age is null or min_age <= max_age),
	CONSTRAINT "programmes_group_size_check" CHECK (max_group_size between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "perpetrator_children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"date_of_birth" date NOT NULL,
	"relationship" text DEFAULT 'BIRTH' NOT NULL,
	"regular_contact" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perpetrator_children_relationship_check" CHECK (relationship in ('BIRTH', 'STEP', 'SOCIAL', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE "perpetrators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"sex" text NOT NULL,
	"crn" text,
	"pnc_id" text,
	"prison_number" text,
	"cro_number" text,
	"gender_identity" text,
	"ethnicity" text,
	"first_language" text,
	"interpreter_required" boolean DEFAULT false NOT NULL,
	"disability" boolean,
	"sexual_orientation" text,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perpetrators_crn_unique" UNIQUE("crn"),
	CONSTRAINT "perpetrators_pnc_id_unique" UNIQUE("pnc_id"),
	CONSTRAINT "perpetrators_prison_number_unique" UNIQUE("prison_number"),
	CONSTRAINT "perpetrators_cro_number_unique" UNIQUE("cro_number"),
	CONSTRAINT "perpetrators_sex_check" CHECK (sex in ('MALE', 'FEMALE', 'INTERSEX', 'NOT_KNOWN')),
	CONSTRAINT "perpetrators_crn_check" CHECK (crn is null or crn ~ '^[A-Z][0-9]{6}$'),
	CONSTRAINT "perpetrators_pnc_check" CHECK (pnc_id is null or pnc_id ~ '^[0-9]{4}/[0-9]{7}[A-Z]$'),
	CONSTRAINT "perpetrators_prison_number_check" CHECK (prison_number is null or prison_number ~ '^[A-Z][0-9]{4}[A-Z]{2}$'),
	CONSTRAINT "perpetrators_names_check" CHECK (length(given_name) between 1 and 100 and length(family_name) between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "referral_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"version" integer NOT NULL,
	"reason" text,
	"note" text,
	"actor_sub" text NOT NULL,
	"actor_name" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_transitions_to_check" CHECK (to_status in ('REFERRED', 'AWAITING_ASSESSMENT', 'ASSESSED_SUITABLE', 'ASSESSED_UNSUITABLE', 'DID_NOT_ATTEND_ASSESSMENT', 'DEFERRED', 'SUITABLE_NOT_READY', 'AWAITING_ALLOCATION', 'ALLOCATED', 'ON_PROGRAMME', 'COMPLETED', 'BREACHED', 'DROPPED_OUT', 'WITHDRAWN')),
	CONSTRAINT "referral_transitions_from_check" CHECK (from_status is null or from_status in ('REFERRED', 'AWAITING_ASSESSMENT', 'ASSESSED_SUITABLE', 'ASSESSED_UNSUITABLE', 'DID_NOT_ATTEND_ASSESSMENT', 'DEFERRED', 'SUITABLE_NOT_READY', 'AWAITING_ALLOCATION', 'ALLOCATED', 'ON_PROGRAMME', 'COMPLETED', 'BREACHED', 'DROPPED_OUT', 'WITHDRAWN'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"group_id" uuid,
	"status" text DEFAULT 'REFERRED' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"legal_basis" text,
	"source" text NOT NULL,
	"risk_level" text,
	"withdrawal_reason" text,
	"referred_by" text NOT NULL,
	"referred_by_org" text,
	"referred_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"allocated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_status_check" CHECK (status in ('REFERRED', 'AWAITING_ASSESSMENT', 'ASSESSED_SUITABLE', 'ASSESSED_UNSUITABLE', 'DID_NOT_ATTEND_ASSESSMENT', 'DEFERRED', 'SUITABLE_NOT_READY', 'AWAITING_ALLOCATION', 'ALLOCATED', 'ON_PROGRAMME', 'COMPLETED', 'BREACHED', 'DROPPED_OUT', 'WITHDRAWN')),
	CONSTRAINT "referrals_legal_basis_check" CHECK (legal_basis is null or legal_basis in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE', 'LICENCE', 'FAMILY_COURT')),
	CONSTRAINT "referrals_source_check" CHECK (source in ('PROBATION', 'POLICE', 'FRONT_DOOR_SAFEGUARDING_HUB', 'CHILDRENS_SERVICES', 'YOUTH_JUSTICE_SERVICE', 'SCHOOL', 'FAMILY_COURT', 'SELF', 'OTHER')),
	CONSTRAINT "referrals_risk_check" CHECK (risk_level is null or risk_level in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
	CONSTRAINT "referrals_withdrawal_reason_check" CHECK (withdrawal_reason is null or withdrawal_reason in ('MOVED_AREA', 'CUSTODY', 'REFERRER_WITHDREW', 'DECLINED', 'DECEASED', 'OTHER')),
	CONSTRAINT "referrals_withdrawn_has_reason_check" CHECK (status <> 'WITHDRAWN' or withdrawal_reason is not null),
	CONSTRAINT "referrals_allocated_has_group_check" CHECK (status not in ('ALLOCATED', 'ON_PROGRAMME', 'COMPLETED') or group_id is not null),
	CONSTRAINT "referrals_version_check" CHECK (version >= 1)
);
--> statement-breakpoint
CREATE TABLE "group_facilitators" (
	"group_id" uuid NOT NULL,
	"facilitator_sub" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_facilitators_group_id_facilitator_sub_pk" PRIMARY KEY("group_id","facilitator_sub")
);
--> statement-breakpoint
CREATE TABLE "programme_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"location" text,
	"starts_on" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_groups_name_check" CHECK (length(name) between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "programme_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"session_number" integer NOT NULL,
	"format" text DEFAULT 'GROUP' NOT NULL,
	"scheduled_start" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 120 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_sessions_number_check" CHECK (session_number >= 1),
	CONSTRAINT "programme_sessions_duration_check" CHECK (duration_minutes between 15 and 480),
	CONSTRAINT "programme_sessions_format_check" CHECK (format in ('GROUP', 'INDIVIDUAL'))
);
--> statement-breakpoint
CREATE TABLE "attendance_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"behaviour_concern" boolean DEFAULT false NOT NULL,
	"note" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone,
	"superseded_by" uuid,
	CONSTRAINT "attendance_records_outcome_check" CHECK (outcome in ('ATTENDED', 'LATE', 'ABSENT_ACCEPTABLE', 'ABSENT_UNACCEPTABLE', 'EXCLUDED')),
	CONSTRAINT "attendance_records_note_check" CHECK (note is null or length(note) <= 2000)
);
--> statement-breakpoint
CREATE TABLE "register_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"session_id" uuid NOT NULL,
	"submitted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"record_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	CONSTRAINT "register_submissions_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "register_submissions_key_check" CHECK (length(idempotency_key) between 8 and 200)
);
--> statement-breakpoint
ALTER TABLE "perpetrator_children" ADD CONSTRAINT "perpetrator_children_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_transitions" ADD CONSTRAINT "referral_transitions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_group_id_programme_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."programme_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_group_id_programme_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."programme_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_group_id_programme_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."programme_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_records" ADD CONSTRAINT "attendance_records_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_records" ADD CONSTRAINT "attendance_records_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_records" ADD CONSTRAINT "attendance_records_submission_id_register_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."register_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_submissions" ADD CONSTRAINT "register_submissions_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "perpetrator_children_perpetrator_idx" ON "perpetrator_children" USING btree ("perpetrator_id");--> statement-breakpoint
CREATE INDEX "perpetrators_family_name_idx" ON "perpetrators" USING btree (lower(family_name) text_pattern_ops,lower(given_name) text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "perpetrators_created_at_idx" ON "perpetrators" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_transitions_version_idx" ON "referral_transitions" USING btree ("referral_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_one_open_per_programme_idx" ON "referrals" USING btree ("perpetrator_id","programme_id") WHERE status not in ('ASSESSED_UNSUITABLE', 'COMPLETED', 'BREACHED', 'DROPPED_OUT', 'WITHDRAWN');--> statement-breakpoint
CREATE INDEX "referrals_perpetrator_idx" ON "referrals" USING btree ("perpetrator_id");--> statement-breakpoint
CREATE INDEX "referrals_group_idx" ON "referrals" USING btree ("group_id","referred_at","id");--> statement-breakpoint
CREATE INDEX "referrals_programme_status_idx" ON "referrals" USING btree ("programme_id","status","referred_at","id");--> statement-breakpoint
CREATE INDEX "referrals_status_idx" ON "referrals" USING btree ("status","referred_at","id");--> statement-breakpoint
CREATE INDEX "referrals_referred_at_idx" ON "referrals" USING btree ("referred_at","id");--> statement-breakpoint
CREATE INDEX "group_facilitators_sub_idx" ON "group_facilitators" USING btree ("facilitator_sub","group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_groups_name_idx" ON "programme_groups" USING btree ("programme_id","name");--> statement-breakpoint
CREATE INDEX "programme_groups_starts_on_idx" ON "programme_groups" USING btree ("starts_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_sessions_number_idx" ON "programme_sessions" USING btree ("group_id","session_number");--> statement-breakpoint
CREATE INDEX "programme_sessions_group_start_idx" ON "programme_sessions" USING btree ("group_id","scheduled_start");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_records_current_idx" ON "attendance_records" USING btree ("session_id","referral_id") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "attendance_records_referral_idx" ON "attendance_records" USING btree ("referral_id","outcome") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "attendance_records_submission_idx" ON "attendance_records" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "attendance_records_history_idx" ON "attendance_records" USING btree ("session_id","referral_id","created_at");--> statement-breakpoint
CREATE INDEX "register_submissions_session_idx" ON "register_submissions" USING btree ("session_id");