CREATE TABLE "referral_age_bands" (
	"referral_id" uuid PRIMARY KEY NOT NULL,
	"age_band" text NOT NULL,
	CONSTRAINT "referral_age_bands_band_check" CHECK (age_band in ('UNDER_18', 'AGED_18_TO_24', 'AGED_25_TO_34', 'AGED_35_TO_44', 'AGED_45_TO_54', 'AGED_55_AND_OVER'))
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
ALTER TABLE "referral_age_bands" ADD CONSTRAINT "referral_age_bands_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "erasures_subject_idx" ON "erasures" USING btree ("subject_id","occurred_at");--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_date_of_birth_check" CHECK (date_of_birth is not null or erased_at is not null);