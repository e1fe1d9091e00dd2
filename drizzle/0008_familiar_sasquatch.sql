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
ALTER TABLE "perpetrators" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "perpetrators" ADD COLUMN "merged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "perpetrators" ADD COLUMN "merged_by" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_order_type" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_start_date" date;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_end_date" date;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_requirement_reference" text;--> statement-breakpoint
ALTER TABLE "perpetrator_merges" ADD CONSTRAINT "perpetrator_merges_survivor_id_perpetrators_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perpetrator_merges" ADD CONSTRAINT "perpetrator_merges_duplicate_id_perpetrators_id_fk" FOREIGN KEY ("duplicate_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "perpetrator_merges_duplicate_idx" ON "perpetrator_merges" USING btree ("duplicate_id");--> statement-breakpoint
CREATE INDEX "perpetrator_merges_survivor_idx" ON "perpetrator_merges" USING btree ("survivor_id","occurred_at");--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_merged_into_id_perpetrators_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "perpetrators_merged_into_idx" ON "perpetrators" USING btree ("merged_into_id") WHERE merged_into_id is not null;--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_merged_check" CHECK ((merged_into_id is null) = (merged_at is null) and (merged_into_id is null) = (merged_by is null) and merged_into_id <> id);--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_order_type_check" CHECK (sentence_order_type is null or sentence_order_type in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'LICENCE', 'POST_SENTENCE_SUPERVISION', 'FAMILY_COURT_ORDER'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_mandated_check" CHECK (sentence_order_type is null or legal_basis is not null);--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_complete_check" CHECK ((sentence_order_type is null) = (sentence_start_date is null));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_dates_check" CHECK (sentence_end_date is null or sentence_end_date > sentence_start_date);