CREATE TABLE "perpetrator_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL,
	"duplicate_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"moved_identifiers" text[] NOT NULL,
	"moved_rows" jsonb NOT NULL,
	"duplicate_values" jsonb NOT NULL,
	"actor_sub" text NOT NULL,
	"actor_name" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perpetrator_merges_reason_check" CHECK (length(reason) between 1 and 500),
	CONSTRAINT "perpetrator_merges_distinct_check" CHECK (survivor_id <> duplicate_id)
);
--> statement-breakpoint
CREATE TABLE "session_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "session_changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"previous_start" timestamp with time zone NOT NULL,
	"new_start" timestamp with time zone,
	"previous_duration_minutes" integer NOT NULL,
	"new_duration_minutes" integer,
	"reason" text NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_changes_kind_check" CHECK (kind in ('RESCHEDULED', 'CANCELLED')),
	CONSTRAINT "session_changes_reason_check" CHECK (length(reason) between 1 and 500),
	CONSTRAINT "session_changes_new_start_check" CHECK ((kind = 'RESCHEDULED') = (new_start is not null and new_duration_minutes is not null))
);
--> statement-breakpoint
CREATE TABLE "catch_up_sessions" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"referral_id" uuid NOT NULL,
	"missed_session_id" uuid NOT NULL
);
--> statement-breakpoint
DROP INDEX "programme_sessions_number_idx";--> statement-breakpoint
ALTER TABLE "group_facilitators" DROP CONSTRAINT "group_facilitators_group_id_facilitator_sub_pk";--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "module_start_sessions" integer[] DEFAULT '{1}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "catch_up_before_next_module" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "perpetrators" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "perpetrators" ADD COLUMN "merged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "perpetrators" ADD COLUMN "merged_by" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_order_type" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_start_date" date;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_end_date" date;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_requirement_reference" text;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "started_on" date;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "added_by" text;--> statement-breakpoint
-- Hand-written: facilitators already on a list started when they were added, by whoever set the group up.
UPDATE "group_facilitators" f SET "started_on" = (f."created_at" AT TIME ZONE 'Europe/London')::date, "added_by" = (SELECT g."created_by" FROM "programme_groups" g WHERE g."id" = f."group_id");--> statement-breakpoint
ALTER TABLE "group_facilitators" ALTER COLUMN "started_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "group_facilitators" ALTER COLUMN "added_by" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "add_reason" text;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "ended_by" text;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD COLUMN "close_reason" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "cancelled_by" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "catch_up_of_session_id" uuid;--> statement-breakpoint
ALTER TABLE "perpetrator_merges" ADD CONSTRAINT "perpetrator_merges_survivor_id_perpetrators_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perpetrator_merges" ADD CONSTRAINT "perpetrator_merges_duplicate_id_perpetrators_id_fk" FOREIGN KEY ("duplicate_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_changes" ADD CONSTRAINT "session_changes_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catch_up_sessions" ADD CONSTRAINT "catch_up_sessions_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catch_up_sessions" ADD CONSTRAINT "catch_up_sessions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catch_up_sessions" ADD CONSTRAINT "catch_up_sessions_missed_session_id_programme_sessions_id_fk" FOREIGN KEY ("missed_session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "perpetrator_merges_duplicate_idx" ON "perpetrator_merges" USING btree ("duplicate_id");--> statement-breakpoint
CREATE INDEX "perpetrator_merges_survivor_idx" ON "perpetrator_merges" USING btree ("survivor_id","occurred_at");--> statement-breakpoint
CREATE INDEX "session_changes_session_idx" ON "session_changes" USING btree ("session_id","seq");--> statement-breakpoint
CREATE INDEX "catch_up_sessions_referral_idx" ON "catch_up_sessions" USING btree ("referral_id","missed_session_id");--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_merged_into_id_perpetrators_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_catch_up_of_session_id_programme_sessions_id_fk" FOREIGN KEY ("catch_up_of_session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "perpetrators_merged_into_idx" ON "perpetrators" USING btree ("merged_into_id") WHERE merged_into_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "group_facilitators_open_idx" ON "group_facilitators" USING btree ("group_id","facilitator_sub") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "group_facilitators_group_idx" ON "group_facilitators" USING btree ("group_id","started_on");--> statement-breakpoint
CREATE INDEX "programme_sessions_catch_up_idx" ON "programme_sessions" USING btree ("catch_up_of_session_id") WHERE catch_up_of_session_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_sessions_number_idx" ON "programme_sessions" USING btree ("group_id","session_number") WHERE catch_up_of_session_id is null;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_module_starts_check" CHECK (module_start_sessions[1] = 1 and sessions_total >= all(module_start_sessions));--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_merged_check" CHECK ((merged_into_id is null) = (merged_at is null) and (merged_into_id is null) = (merged_by is null) and merged_into_id <> id);--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_order_type_check" CHECK (sentence_order_type is null or sentence_order_type in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'LICENCE', 'POST_SENTENCE_SUPERVISION', 'FAMILY_COURT_ORDER'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_mandated_check" CHECK (sentence_order_type is null or legal_basis is not null);--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_complete_check" CHECK ((sentence_order_type is null) = (sentence_start_date is null));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_dates_check" CHECK (sentence_end_date is null or sentence_end_date > sentence_start_date);--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_dates_check" CHECK (ended_on is null or ended_on >= started_on);--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_ended_check" CHECK ((ended_on is null) = (ended_by is null) and (ended_on is null) = (ended_at is null));--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_version_check" CHECK (version >= 1);--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_closed_check" CHECK ((closed_at is null) = (closed_by is null) and (closed_at is null) = (close_reason is null));--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_cancellation_check" CHECK ((cancelled_at is null and cancelled_by is null and cancellation_reason is null) or (cancelled_at is not null and cancelled_by is not null and length(cancellation_reason) between 1 and 500));--> statement-breakpoint
-- Hand-written: an existing BBR row takes the module boundaries new databases get from the programme defaults.
UPDATE "programmes" SET "module_start_sessions" = '{1,8,15,22}', "catch_up_before_next_module" = true WHERE "code" = 'BBR' AND "sessions_total" >= 22;
