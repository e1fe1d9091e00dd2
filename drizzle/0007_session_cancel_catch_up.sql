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
ALTER TABLE "programmes" ADD COLUMN "module_start_sessions" integer[] DEFAULT '{1}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "catch_up_before_next_module" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "cancelled_by" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD COLUMN "catch_up_of_session_id" uuid;--> statement-breakpoint
ALTER TABLE "session_changes" ADD CONSTRAINT "session_changes_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catch_up_sessions" ADD CONSTRAINT "catch_up_sessions_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catch_up_sessions" ADD CONSTRAINT "catch_up_sessions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catch_up_sessions" ADD CONSTRAINT "catch_up_sessions_missed_session_id_programme_sessions_id_fk" FOREIGN KEY ("missed_session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_changes_session_idx" ON "session_changes" USING btree ("session_id","seq");--> statement-breakpoint
CREATE INDEX "catch_up_sessions_referral_idx" ON "catch_up_sessions" USING btree ("referral_id","missed_session_id");--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_catch_up_of_session_id_programme_sessions_id_fk" FOREIGN KEY ("catch_up_of_session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_sessions_catch_up_idx" ON "programme_sessions" USING btree ("catch_up_of_session_id") WHERE catch_up_of_session_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "programme_sessions_number_idx" ON "programme_sessions" USING btree ("group_id","session_number") WHERE catch_up_of_session_id is null;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_module_starts_check" CHECK (module_start_sessions[1] = 1 and sessions_total >= all(module_start_sessions));--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_cancellation_check" CHECK ((cancelled_at is null and cancelled_by is null and cancellation_reason is null) or (cancelled_at is not null and cancelled_by is not null and length(cancellation_reason) between 1 and 500));