CREATE TABLE "subject_access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'REQUESTED' NOT NULL,
	"requested_by" text NOT NULL,
	"requested_by_org" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"expires_on" date,
	"last_exported_at" timestamp with time zone,
	CONSTRAINT "subject_access_requests_status_check" CHECK (status in ('REQUESTED', 'APPROVED', 'REFUSED')),
	CONSTRAINT "subject_access_requests_reference_check" CHECK (length(reference) between 1 and 100),
	CONSTRAINT "subject_access_requests_reason_check" CHECK (length(reason) between 10 and 2000),
	CONSTRAINT "subject_access_requests_decision_check" CHECK ((status = 'REQUESTED') = (decided_by is null) and (decided_by is null) = (decided_at is null) and (status = 'APPROVED') = (expires_on is not null)),
	CONSTRAINT "subject_access_requests_four_eyes_check" CHECK (decided_by is null or decided_by <> requested_by)
);
--> statement-breakpoint
CREATE TABLE "event_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"perpetrator_id" uuid,
	"seq" bigint NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_token" uuid,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"last_status_code" integer,
	"last_attempt_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_deliveries_status_check" CHECK (status in ('PENDING', 'DELIVERED', 'DEAD_LETTER'))
);
--> statement-breakpoint
CREATE TABLE "outbox_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "outbox_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_type" text NOT NULL,
	"perpetrator_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"message" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"event_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"secret" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	"disabled_by" text,
	CONSTRAINT "webhook_subscribers_name_check" CHECK (length(name) between 1 and 200),
	CONSTRAINT "webhook_subscribers_url_check" CHECK (url ~ '^https?://' and length(url) <= 2000)
);
--> statement-breakpoint
CREATE TABLE "erased_referral_equality" (
	"referral_id" uuid PRIMARY KEY NOT NULL,
	"age_band" text,
	"ethnicity_group" text NOT NULL,
	"first_language_group" text NOT NULL,
	CONSTRAINT "erased_referral_equality_age_band_check" CHECK (age_band is null or age_band in ('UNDER_18', 'AGED_18_TO_24', 'AGED_25_TO_34', 'AGED_35_TO_44', 'AGED_45_TO_54', 'AGED_55_AND_OVER')),
	CONSTRAINT "erased_referral_equality_ethnicity_check" CHECK (ethnicity_group in ('ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER', 'UNCLASSIFIED', 'NOT_RECORDED')),
	CONSTRAINT "erased_referral_equality_language_check" CHECK (first_language_group in ('ENGLISH', 'NOT_ENGLISH', 'NOT_RECORDED'))
);
--> statement-breakpoint
CREATE TABLE "erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"reason" text NOT NULL,
	"open_work_overridden" boolean NOT NULL,
	"erased_rows" jsonb NOT NULL,
	"actor_sub" text NOT NULL,
	"actor_name" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "erasures_subject_kind_check" CHECK (subject_kind in ('PERPETRATOR', 'VICTIM')),
	CONSTRAINT "erasures_mode_check" CHECK (mode in ('ERASE', 'RESTRICT')),
	CONSTRAINT "erasures_reason_check" CHECK (length(reason) between 1 and 500)
);
--> statement-breakpoint
ALTER TABLE "perpetrators" ALTER COLUMN "date_of_birth" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "perpetrators" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "perpetrators" ADD COLUMN "restricted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "victims" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "victims" ADD COLUMN "restricted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subject_access_requests" ADD CONSTRAINT "subject_access_requests_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_deliveries" ADD CONSTRAINT "event_deliveries_event_id_outbox_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."outbox_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_deliveries" ADD CONSTRAINT "event_deliveries_subscriber_id_webhook_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."webhook_subscribers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erased_referral_equality" ADD CONSTRAINT "erased_referral_equality_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subject_access_requests_requested_idx" ON "subject_access_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "subject_access_requests_perpetrator_idx" ON "subject_access_requests" USING btree ("perpetrator_id");--> statement-breakpoint
CREATE INDEX "event_deliveries_undelivered_idx" ON "event_deliveries" USING btree ("subscriber_id","perpetrator_id","seq") WHERE status <> 'DELIVERED';--> statement-breakpoint
CREATE INDEX "event_deliveries_perpetrator_idx" ON "event_deliveries" USING btree ("perpetrator_id");--> statement-breakpoint
CREATE INDEX "event_deliveries_due_idx" ON "event_deliveries" USING btree ("next_attempt_at","seq") WHERE status = 'PENDING';--> statement-breakpoint
CREATE INDEX "event_deliveries_status_idx" ON "event_deliveries" USING btree ("status","seq");--> statement-breakpoint
CREATE INDEX "event_deliveries_event_idx" ON "event_deliveries" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "outbox_events_perpetrator_idx" ON "outbox_events" USING btree ("perpetrator_id","seq");--> statement-breakpoint
CREATE INDEX "webhook_subscribers_active_idx" ON "webhook_subscribers" USING btree ("active");--> statement-breakpoint
CREATE INDEX "erasures_subject_idx" ON "erasures" USING btree ("subject_id","occurred_at");--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_date_of_birth_check" CHECK (date_of_birth is not null or erased_at is not null);