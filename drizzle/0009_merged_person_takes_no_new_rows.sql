-- A person merged into another takes no new rows (issue 15, merging two records). A write that read
-- the duplicate before the merge committed waits on the merge's row lock in its foreign-key check and
-- then succeeds against the still-existing row, leaving a referral, link or order on a record that
-- no list shows. This check re-reads the person under a share lock, so after the merge commits it sees
-- merged_into_id set and refuses the row as a foreign-key violation (23503) would.
CREATE FUNCTION "refuse_rows_for_merged_person"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "perpetrators" WHERE "id" = NEW."perpetrator_id" AND "merged_into_id" IS NULL FOR SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'person % has been merged into another record', NEW."perpetrator_id"
      USING ERRCODE = '23503', CONSTRAINT = 'rows_not_for_merged_person';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "referrals_not_for_merged_person" BEFORE INSERT OR UPDATE OF "perpetrator_id" ON "referrals"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rows_for_merged_person"();--> statement-breakpoint
CREATE TRIGGER "case_allocations_not_for_merged_person" BEFORE INSERT OR UPDATE OF "perpetrator_id" ON "case_allocations"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rows_for_merged_person"();--> statement-breakpoint
CREATE TRIGGER "iom_memberships_not_for_merged_person" BEFORE INSERT OR UPDATE OF "perpetrator_id" ON "iom_memberships"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rows_for_merged_person"();--> statement-breakpoint
CREATE TRIGGER "victim_links_not_for_merged_person" BEFORE INSERT OR UPDATE OF "perpetrator_id" ON "victim_links"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rows_for_merged_person"();--> statement-breakpoint
CREATE TRIGGER "protective_orders_not_for_merged_person" BEFORE INSERT OR UPDATE OF "perpetrator_id" ON "protective_orders"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rows_for_merged_person"();--> statement-breakpoint
CREATE TRIGGER "safety_alerts_not_for_merged_person" BEFORE INSERT OR UPDATE OF "perpetrator_id" ON "safety_alerts"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rows_for_merged_person"();--> statement-breakpoint
CREATE TRIGGER "perpetrator_children_not_for_merged_person" BEFORE INSERT OR UPDATE OF "perpetrator_id" ON "perpetrator_children"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rows_for_merged_person"();
