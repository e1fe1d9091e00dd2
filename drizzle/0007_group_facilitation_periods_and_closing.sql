ALTER TABLE "group_facilitators" DROP CONSTRAINT "group_facilitators_group_id_facilitator_sub_pk";--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "started_on" date NOT NULL;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "added_by" text NOT NULL;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "add_reason" text;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "ended_by" text;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD COLUMN "closed_by" text;--> statement-breakpoint
ALTER TABLE "programme_groups" ADD COLUMN "close_reason" text;--> statement-breakpoint
CREATE UNIQUE INDEX "group_facilitators_open_idx" ON "group_facilitators" USING btree ("group_id","facilitator_sub") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "group_facilitators_group_idx" ON "group_facilitators" USING btree ("group_id","started_on");--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_dates_check" CHECK (ended_on is null or ended_on >= started_on);--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_ended_check" CHECK ((ended_on is null) = (ended_by is null) and (ended_on is null) = (ended_at is null));--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_version_check" CHECK (version >= 1);--> statement-breakpoint
ALTER TABLE "programme_groups" ADD CONSTRAINT "programme_groups_closed_check" CHECK ((closed_at is null) = (closed_by is null) and (closed_at is null) = (close_reason is null));