import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBenchData, openRaw, runRaw } from "../bench/data.js";
import { SCALES } from "../bench/generate/index.js";
import { pickTargets } from "../bench/targets.js";
import type { DatabaseTarget } from "../src/db/client.js";

/**
 * The benchmark's data generator at the small scale, on two embedded databases from the same seed:
 * the same people, victims and register, the sizes the scale promises, distributions that look like
 * a programme's caseload, and the targets the scenarios need.
 */
const dirs: string[] = [];
const targets: DatabaseTarget[] = [];
const TABLES = ["perpetrators", "referrals", "attendance_records", "victims", "victim_links", "iom_memberships", "iom_intervention_plans", "protective_orders"];

async function query(target: DatabaseTarget, text: string): Promise<Record<string, unknown>[]> {
  const raw = await openRaw(target);
  try {
    return await runRaw(raw, text);
  } finally {
    await raw.close();
  }
}

beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    const dir = mkdtempSync(join(tmpdir(), "bench-data-"));
    dirs.push(dir);
    targets.push({ kind: "pglite", dataDir: dir });
    const generated = await ensureBenchData(targets[i]!, "small");
    expect(generated).not.toBeNull();
  }
}, 120_000);
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("benchmark data at the small scale", () => {
  it("is the same from the same seed", async () => {
    // Programme ids are drawn by the database, so rows are compared through the programme's code.
    const fingerprint = (target: DatabaseTarget) =>
      query(
        target,
        `select
           (select md5(string_agg(concat_ws('|', id, given_name, family_name, date_of_birth, crn, pnc_id, needs), ',' order by id)) from perpetrators) as people,
           (select md5(string_agg(concat_ws('|', r.id, r.perpetrator_id, p.code, r.status, r.referred_at, r.closed_at), ',' order by r.id))
              from referrals r join programmes p on p.id = r.programme_id) as referrals,
           (select md5(string_agg(concat_ws('|', referral_id, session_id, outcome, superseded_at), ',' order by id)) from attendance_records) as register,
           (select md5(string_agg(concat_ws('|', id, first_name, last_name, date_of_birth), ',' order by id)) from victims) as victims`,
      );
    const [first, second] = await Promise.all(targets.map(fingerprint));
    expect(first).toEqual(second);
  });

  it("has the sizes of its scale", async () => {
    const [counts] = await query(targets[0]!, `select ${TABLES.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(", ")}`);
    expect(counts!["perpetrators"]).toBe(SCALES.small.perpetrators);
    expect(counts!["victims"]).toBe(SCALES.small.victims);
    expect(counts!["iom_memberships"]).toBe(SCALES.small.iomMembers);
    // A planned referral is left out when nobody eligible is free on its day: a handful at most.
    expect(counts!["referrals"]).toBeGreaterThan(SCALES.small.referrals * 0.97);
    expect(counts!["referrals"]).toBeLessThanOrEqual(SCALES.small.referrals);
    expect(counts!["attendance_records"]).toBeGreaterThan(20_000);
    expect(counts!["victim_links"]).toBeGreaterThanOrEqual(SCALES.small.victims);
  });

  it("looks like a caseload: most referrals closed, most attendance kept, a minority failing", async () => {
    const [shape] = await query(
      targets[0]!,
      `select
         (select avg((closed_at is not null)::int)::float from referrals) as closed,
         (select avg((outcome in ('ATTENDED', 'LATE'))::int)::float from attendance_records where superseded_at is null) as kept,
         (select avg((outcome in ('ABSENT_UNACCEPTABLE', 'EXCLUDED'))::int)::float from attendance_records where superseded_at is null) as failed`,
    );
    expect(Number(shape!["closed"])).toBeGreaterThan(0.5);
    expect(Number(shape!["kept"])).toBeGreaterThan(0.6);
    expect(Number(shape!["failed"])).toBeGreaterThan(0.01);
    expect(Number(shape!["failed"])).toBeLessThan(0.25);
  });

  it("holds what each scenario needs", async () => {
    const raw = await openRaw(targets[0]!);
    try {
      const picked = await pickTargets((text, params) =>
        raw.kind === "pglite" ? raw.client.query<Record<string, unknown>>(text, params).then((r) => r.rows) : Promise.reject(new Error("pglite only")),
      );
      expect(picked.registers.length).toBe(SCALES.small.benchFacilitators);
      expect(picked.registers.every((register) => register.referralIds.length === 12)).toBe(true);
      expect(picked.iomOfficer.openMembers).toBeGreaterThanOrEqual(50);
      expect(picked.probation.referrals).toBeGreaterThan(50);
      expect(picked.safeguardingLinks).toBeGreaterThan(1);
      expect(picked.familyNameMatches).toBeGreaterThan(50);
      expect(picked.pncId).toMatch(/^\d{4}\/\d{7}[A-Z]$/);
    } finally {
      await raw.close();
    }
  });
});
