ALTER TABLE "referrals" ADD COLUMN "sentence_order_type" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_start_date" date;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_end_date" date;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sentence_requirement_reference" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_order_type_check" CHECK (sentence_order_type is null or sentence_order_type in ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'LICENCE', 'POST_SENTENCE_SUPERVISION', 'FAMILY_COURT_ORDER'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_mandated_check" CHECK (sentence_order_type is null or legal_basis is not null);--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_complete_check" CHECK ((sentence_order_type is null) = (sentence_start_date is null));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sentence_dates_check" CHECK (sentence_end_date is null or sentence_end_date > sentence_start_date);