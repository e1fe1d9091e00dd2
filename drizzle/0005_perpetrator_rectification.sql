CREATE TABLE "perpetrator_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_fields" text[] NOT NULL,
	"previous" jsonb NOT NULL,
	"reason" text NOT NULL,
	"actor_sub" text NOT NULL,
	"actor_name" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perpetrator_changes_version_check" CHECK (version >= 2),
	CONSTRAINT "perpetrator_changes_fields_check" CHECK (cardinality(changed_fields) >= 1),
	CONSTRAINT "perpetrator_changes_reason_check" CHECK (length(reason) between 1 and 500)
);
--> statement-breakpoint
ALTER TABLE "perpetrators" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "perpetrator_changes" ADD CONSTRAINT "perpetrator_changes_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "perpetrator_changes_version_idx" ON "perpetrator_changes" USING btree ("perpetrator_id","version");--> statement-breakpoint
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_version_check" CHECK (version >= 1);