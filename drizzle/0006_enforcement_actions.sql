CREATE TABLE "enforcement_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"taken_on" date NOT NULL,
	"session_id" uuid,
	"note" text,
	"recorded_by" text NOT NULL,
	"recorded_by_name" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enforcement_actions_kind_check" CHECK (kind in ('WARNING_LETTER_ISSUED', 'BREACH_PROCEEDINGS_STARTED')),
	CONSTRAINT "enforcement_actions_note_check" CHECK (note is null or length(note) between 1 and 2000),
	CONSTRAINT "enforcement_actions_recorded_by_check" CHECK (length(recorded_by) between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_actions_warning_session_idx" ON "enforcement_actions" USING btree ("referral_id","session_id") WHERE kind = 'WARNING_LETTER_ISSUED' and session_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "enforcement_actions_breach_idx" ON "enforcement_actions" USING btree ("referral_id") WHERE kind = 'BREACH_PROCEEDINGS_STARTED';--> statement-breakpoint
CREATE INDEX "enforcement_actions_referral_idx" ON "enforcement_actions" USING btree ("referral_id","taken_on","recorded_at");