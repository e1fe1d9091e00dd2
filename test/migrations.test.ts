import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src/db/client.js";
import { prepareDatabase } from "../src/db/bootstrap.js";
import { openTestDatabase } from "./support/database.js";

let database: DatabaseHandle;
beforeAll(async () => {
  // From nothing, not from the run's migrated template: this file is the migrations' own test.
  database = await openTestDatabase({ empty: true });
  await prepareDatabase(database);
});
afterAll(() => database.close());

const rejects = async (statement: ReturnType<typeof sql>) => {
  await expect(database.db.execute(statement)).rejects.toThrow();
};

describe("the drizzle/ migrations", () => {
  it("can be applied again at the next start without change", async () => {
    await prepareDatabase(database);
    const [row] = await database.rows<{ count: number }>(database.db, sql`select count(*)::int as count from programmes`);
    expect(row?.count).toBe(4);
  });

  it("leave the database enforcing the rules even against direct SQL", async () => {
    await rejects(sql`insert into perpetrators (given_name, family_name, date_of_birth, sex, pnc_id, created_by) values ('A', 'B', '1990-01-01', 'MALE', '2001/171310W', 't')`);
    await rejects(sql`insert into perpetrators (given_name, family_name, date_of_birth, sex, created_by) values ('A', 'B', '1990-01-01', 'UNKNOWN', 't')`);
    await rejects(sql`insert into perpetrators (given_name, family_name, date_of_birth, sex, crn, created_by) values ('A', 'B', '1990-01-01', 'MALE', 'x12', 't')`);
    await database.db.execute(sql`insert into perpetrators (given_name, family_name, date_of_birth, sex, crn, created_by) values ('A', 'B', '1990-01-01', 'MALE', 'X000001', 't')`);
    await rejects(sql`insert into perpetrators (given_name, family_name, date_of_birth, sex, crn, created_by) values ('C', 'D', '1990-01-01', 'MALE', 'X000001', 't')`);
    await rejects(sql`insert into referrals (perpetrator_id, programme_id, source, referred_by) values (gen_random_uuid(), gen_random_uuid(), 'SELF', 't')`);
  });

  it("index every access path the queries use", async () => {
    const indexes = await database.rows<{ indexname: string }>(database.db, sql`select indexname from pg_indexes where schemaname = 'public'`);
    const names = indexes.map((i) => i.indexname);
    for (const expected of [
      "perpetrators_family_name_idx",
      "referrals_one_open_per_programme_idx",
      "referrals_group_idx",
      "referrals_programme_status_idx",
      "referrals_status_idx",
      "referrals_referred_at_idx",
      "referrals_perpetrator_idx",
      "attendance_records_current_idx",
      "attendance_records_referral_idx",
      "group_facilitators_sub_idx",
      "programme_sessions_number_idx",
      "referral_transitions_version_idx",
    ]) {
      expect(names).toContain(expected);
    }
  });
});
