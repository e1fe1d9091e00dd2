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
ALTER TABLE "subject_access_requests" ADD CONSTRAINT "subject_access_requests_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subject_access_requests_requested_idx" ON "subject_access_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "subject_access_requests_perpetrator_idx" ON "subject_access_requests" USING btree ("perpetrator_id");