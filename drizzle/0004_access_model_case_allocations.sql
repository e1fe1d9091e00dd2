CREATE TABLE "case_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"practitioner_sub" text NOT NULL,
	"practitioner_name" text,
	"organisation" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_by" text,
	CONSTRAINT "case_allocations_dates_check" CHECK (ended_on is null or ended_on >= started_on),
	CONSTRAINT "case_allocations_sub_check" CHECK (length(practitioner_sub) between 1 and 200),
	CONSTRAINT "case_allocations_org_check" CHECK (length(organisation) between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "client_request_id" text;--> statement-breakpoint
ALTER TABLE "case_allocations" ADD CONSTRAINT "case_allocations_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_allocations_open_idx" ON "case_allocations" USING btree ("perpetrator_id") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "case_allocations_practitioner_idx" ON "case_allocations" USING btree ("practitioner_sub","perpetrator_id");--> statement-breakpoint
CREATE INDEX "case_allocations_organisation_idx" ON "case_allocations" USING btree ("organisation","perpetrator_id");--> statement-breakpoint
CREATE INDEX "case_allocations_person_idx" ON "case_allocations" USING btree ("perpetrator_id","started_on");