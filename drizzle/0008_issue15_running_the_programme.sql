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
ALTER TABLE "group_facilitators" DROP CONSTRAINT "group_facilitators_group_id_facilitator_sub_pk";--> statement-breakpoint
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
ALTER TABLE "perpetrator_merges" ADD CONSTRAINT "perpetrator_merges_survivor_id_perpetrators_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perpetrator_merges" ADD CONSTRAINT "perpetrator_merges_duplicate_id_perpetrators_id_fk" FOREIGN KEY ("duplicate_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "perpetrator_merges_duplicate_idx" ON "perpetrator_merges" USING btree ("duplicate_id");--> statement-breakpoint
CREATE INDEX "perpetrator_merges_survivor_idx" ON "perpetrator_merges" USING btree ("survivor_id","occurred_at");--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_merged_into_id_perpetrators_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "perpetrators_merged_into_idx" ON "perpetrators" USING btree ("merged_into_id") WHERE merged_into_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "group_facilitators_open_idx" ON "group_facilitators" USING btree ("group_id","facilitator_sub") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "group_facilitators_group_idx" ON "group_facilitators" USING btree ("group_id","started_on");--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_merged_check" CHECK ((merged_into_id is null) = (merged_at is null) and (merged_into_id is null) = (merged_by is null) and merged_into_id <> id);--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_order_type_check" CHECK (sentence_order_type is null or sentence_order_type in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'LICENCE', 'POST_SENTENCE_SUPERVISION', 'FAMILY_COURT_ORDER'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_mandated_check" CHECK (sentence_order_type is null or legal_basis is not null);--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_complete_check" CHECK ((sentence_order_type is null) = (sentence_start_date is null));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_dates_check" CHECK (sentence_end_date is null or sentence_end_date > sentence_start_date);--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_dates_check" CHECK (ended_on is null or ended_on >= started_on);--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_ended_check" CHECK ((ended_on is null) = (ended_by is null) and (ended_on is null) = (ended_at is null));--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_version_check" CHECK (version >= 1);--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_closed_check" CHECK ((closed_at is null) = (closed_by is null) and (closed_at is null) = (close_reason is null));