CREATE TABLE "marac_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"referred_on" date NOT NULL,
	"grounds" text[] NOT NULL,
	"judgement_reason" text,
	"is_repeat" boolean NOT NULL,
	"previous_referral_id" uuid,
	"incidents_in_window" integer NOT NULL,
	"escalation_threshold" integer NOT NULL,
	"escalation_window_months" integer NOT NULL,
	"hearing_on" date,
	"referring_agency" text,
	"referred_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marac_referrals_grounds_check" CHECK (cardinality(grounds) >= 1 and grounds <@ array['VISIBLE_HIGH_RISK', 'PROFESSIONAL_JUDGEMENT', 'ESCALATION', 'REPEAT']::text[]),
	CONSTRAINT "marac_referrals_hearing_check" CHECK (hearing_on is null or hearing_on >= referred_on)
);
--> statement-breakpoint
CREATE TABLE "protective_order_protected_people" (
	"order_id" uuid NOT NULL,
	"victim_id" uuid NOT NULL,
	CONSTRAINT "protective_order_protected_people_order_id_victim_id_pk" PRIMARY KEY("order_id","victim_id")
);
--> statement-breakpoint
CREATE TABLE "protective_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"type" text NOT NULL,
	"reference" text,
	"issued_by" text,
	"conditions" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protective_orders_type_check" CHECK (type in ('DVPN', 'DVPO', 'DAPN', 'DAPO', 'NON_MOLESTATION_ORDER', 'RESTRAINING_ORDER', 'DVDS_DISCLOSURE')),
	CONSTRAINT "protective_orders_dates_check" CHECK (ends_on is null or ends_on >= starts_on),
	CONSTRAINT "protective_orders_dvpo_length_check" CHECK (type <> 'DVPO' or (ends_on is not null and ends_on - starts_on <= 27))
);
--> statement-breakpoint
CREATE TABLE "risk_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"answers" text[] NOT NULL,
	"yes_count" integer NOT NULL,
	"score_level" text NOT NULL,
	"judgement_level" text,
	"judgement_reason" text,
	"level" text NOT NULL,
	"assessed_by" text NOT NULL,
	"assessed_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_assessments_answers_check" CHECK (cardinality(answers) = 24 and answers <@ array['YES', 'NO', 'NOT_KNOWN']::text[]),
	CONSTRAINT "risk_assessments_yes_check" CHECK (yes_count between 0 and 24),
	CONSTRAINT "risk_assessments_levels_check" CHECK (score_level in ('STANDARD', 'MEDIUM', 'HIGH') and level in ('STANDARD', 'MEDIUM', 'HIGH')),
	CONSTRAINT "risk_assessments_judgement_check" CHECK (judgement_level is null or (judgement_level in ('STANDARD', 'MEDIUM', 'HIGH') and judgement_reason is not null))
);
--> statement-breakpoint
CREATE TABLE "safety_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"victim_id" uuid NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"referral_id" uuid,
	"session_id" uuid,
	"order_id" uuid,
	"recipient_subject" text,
	"recipient_allocation_id" uuid,
	"summary" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"dedupe_key" text NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"acknowledgement_note" text,
	"created_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "safety_alerts_kind_check" CHECK (kind in ('PROGRAMME_DROPPED_OUT', 'PROGRAMME_BREACHED', 'PROGRAMME_WITHDRAWN', 'SESSION_EXCLUDED', 'UNACCEPTABLE_ABSENCE', 'ORDER_EXPIRING'))
);
--> statement-breakpoint
CREATE TABLE "safety_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"police_reference" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"victim_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"worker_name" text NOT NULL,
	"worker_subject" text,
	"organisation" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_allocations_kind_check" CHECK (kind in ('IDVA', 'PARTNER_SUPPORT', 'INTEGRATED_SUPPORT_SERVICE', 'OTHER')),
	CONSTRAINT "support_allocations_dates_check" CHECK (ended_on is null or ended_on >= started_on)
);
--> statement-breakpoint
CREATE TABLE "victim_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"victim_id" uuid NOT NULL,
	"perpetrator_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victim_links_relationship_check" CHECK (relationship in ('PARTNER', 'EX_PARTNER', 'CHILD', 'PARENT', 'OTHER_FAMILY', 'OTHER')),
	CONSTRAINT "victim_links_dates_check" CHECK (ended_on is null or ended_on >= started_on)
);
--> statement-breakpoint
CREATE TABLE "victims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"date_of_birth" date,
	"safe_contact_method" text,
	"safe_contact_times" text,
	"address_known_to_perpetrator" boolean,
	"contact_notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victims_names_check" CHECK (length(first_name) between 1 and 100 and length(last_name) between 1 and 100),
	CONSTRAINT "victims_contact_method_check" CHECK (safe_contact_method is null or safe_contact_method in ('PHONE', 'TEXT', 'EMAIL', 'IN_PERSON', 'VIA_SUPPORT_WORKER', 'NONE'))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"request_id" text NOT NULL,
	"operation_name" text,
	"actor_sub" text NOT NULL,
	"actor_name" text,
	"actor_roles" text[] NOT NULL,
	"actor_org" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"fields" text[] NOT NULL,
	"purpose" text,
	"victim_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"perpetrator_id" uuid,
	"recipients" text[],
	CONSTRAINT "audit_events_action_check" CHECK (action in ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE')),
	CONSTRAINT "audit_events_consultation_purpose_check" CHECK (action not in ('CONSULTATION', 'DISCLOSURE') or purpose is not null)
);
--> statement-breakpoint
ALTER TABLE "marac_referrals" ADD CONSTRAINT "marac_referrals_link_id_victim_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."victim_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protective_order_protected_people" ADD CONSTRAINT "protective_order_protected_people_order_id_protective_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."protective_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protective_order_protected_people" ADD CONSTRAINT "protective_order_protected_people_victim_id_victims_id_fk" FOREIGN KEY ("victim_id") REFERENCES "public"."victims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protective_orders" ADD CONSTRAINT "protective_orders_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_link_id_victim_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."victim_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_victim_id_victims_id_fk" FOREIGN KEY ("victim_id") REFERENCES "public"."victims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_session_id_programme_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."programme_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_order_id_protective_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."protective_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_recipient_allocation_id_support_allocations_id_fk" FOREIGN KEY ("recipient_allocation_id") REFERENCES "public"."support_allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_incidents" ADD CONSTRAINT "safety_incidents_link_id_victim_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."victim_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_allocations" ADD CONSTRAINT "support_allocations_victim_id_victims_id_fk" FOREIGN KEY ("victim_id") REFERENCES "public"."victims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_links" ADD CONSTRAINT "victim_links_victim_id_victims_id_fk" FOREIGN KEY ("victim_id") REFERENCES "public"."victims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_links" ADD CONSTRAINT "victim_links_perpetrator_id_perpetrators_id_fk" FOREIGN KEY ("perpetrator_id") REFERENCES "public"."perpetrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "marac_referrals_link_idx" ON "marac_referrals" USING btree ("link_id","referred_on");--> statement-breakpoint
CREATE INDEX "protected_people_victim_idx" ON "protective_order_protected_people" USING btree ("victim_id");--> statement-breakpoint
CREATE INDEX "protective_orders_perpetrator_idx" ON "protective_orders" USING btree ("perpetrator_id","starts_on");--> statement-breakpoint
CREATE INDEX "protective_orders_ends_idx" ON "protective_orders" USING btree ("ends_on");--> statement-breakpoint
CREATE INDEX "risk_assessments_link_idx" ON "risk_assessments" USING btree ("link_id","assessed_on","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_alerts_dedupe_idx" ON "safety_alerts" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "safety_alerts_recipient_idx" ON "safety_alerts" USING btree ("recipient_subject","created_at","id");--> statement-breakpoint
CREATE INDEX "safety_alerts_victim_idx" ON "safety_alerts" USING btree ("victim_id","created_at","id");--> statement-breakpoint
CREATE INDEX "safety_alerts_created_idx" ON "safety_alerts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "safety_incidents_link_idx" ON "safety_incidents" USING btree ("link_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "support_allocations_one_idva_idx" ON "support_allocations" USING btree ("victim_id") WHERE kind = 'IDVA' and ended_on is null;--> statement-breakpoint
CREATE INDEX "support_allocations_victim_idx" ON "support_allocations" USING btree ("victim_id");--> statement-breakpoint
CREATE INDEX "support_allocations_worker_idx" ON "support_allocations" USING btree ("worker_subject");--> statement-breakpoint
CREATE UNIQUE INDEX "victim_links_one_current_idx" ON "victim_links" USING btree ("victim_id","perpetrator_id") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "victim_links_perpetrator_idx" ON "victim_links" USING btree ("perpetrator_id");--> statement-breakpoint
CREATE INDEX "victim_links_victim_idx" ON "victim_links" USING btree ("victim_id");--> statement-breakpoint
CREATE INDEX "victims_name_idx" ON "victims" USING btree (lower("last_name"),lower("first_name"),"id");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_events_victims_idx" ON "audit_events" USING gin ("victim_ids");--> statement-breakpoint
CREATE INDEX "audit_events_perpetrator_idx" ON "audit_events" USING btree ("perpetrator_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_sub","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_request_idx" ON "audit_events" USING btree ("request_id");