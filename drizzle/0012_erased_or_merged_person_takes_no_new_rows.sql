-- Hand-written (drizzle cannot express triggers). An erased person, like a merged one (migration 0009),
-- takes no new rows: a write that read the person before the erasure committed waits on the erasure's
-- row lock in its check and would otherwise land on a record no list shows. The function now also
-- refuses an erased person; subject access requests, new in 0011, get the same trigger.
CREATE OR REPLACE FUNCTION "refuse_rows_for_merged_person"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "perpetrators" WHERE "id" = NEW."perpetrator_id" AND "merged_into_id" IS NULL AND "erased_at" IS NULL FOR SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'person % has been merged into another record or erased', NEW."perpetrator_id"
      USING ERRCODE = '23503', CONSTRAINT = 'rows_not_for_merged_person';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "subject_access_requests_not_for_merged_person" BEFORE INSERT OR UPDATE OF "perpetrator_id" ON "subject_access_requests"
  FOR EACH ROW EXECUTE FUNCTION "refuse_rows_for_merged_person"();
