import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { programmes, type ProgrammeRow } from "../modules/programmes/programme.table.js";
import { perpetrators, type PerpetratorRow } from "../modules/perpetrators/perpetrator.table.js";
import { referrals, type ReferralRow } from "../modules/referrals/referral.table.js";
import { iomStaff } from "../modules/iom/index.js";
import { caseAllocations, isCurrentOn, type CaseAllocationRow } from "../modules/cases/index.js";
import { isoDate } from "../shared/clock.js";
import { DEFAULT_DEMO_SEED, buildDemoData, seedDemoData } from "./demo.js";
import { buildIomData, iomRandom } from "./iom.js";
import { CASE_PRACTITIONERS, REALLOCATED_CASES, buildCaseAllocations, casesRandom } from "./cases.js";
import { randomPart } from "./walkthrough.js";

const NOW = new Date("2026-05-14T09:30:00.000Z");
const today = isoDate(NOW);

let handle: DatabaseHandle;
let programmeRows: ProgrammeRow[];
let people: PerpetratorRow[];
let referralRows: ReferralRow[];
let allocations: CaseAllocationRow[];

beforeAll(async () => {
  handle = await openDatabase({ kind: "pglite", dataDir: null });
  await applyMigrations(handle);
  await seedDemoData(handle, { now: NOW });
  programmeRows = await handle.db.select().from(programmes);
  people = randomPart(await handle.db.select().from(perpetrators));
  referralRows = randomPart(await handle.db.select().from(referrals));
  allocations = randomPart(await handle.db.select().from(caseAllocations));
}, 120_000);
afterAll(() => handle?.close());

const allocationsOf = (personId: string) => allocations.filter((a) => a.perpetratorId === personId).sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1));
const currentOf = (personId: string) => allocations.find((a) => a.perpetratorId === personId && isCurrentOn(a, today));

describe("seedDemoData: case allocations", () => {
  it("allocates everyone referred by a probation practitioner to the practitioner who referred them last", () => {
    const probationSubs = new Set(CASE_PRACTITIONERS.map((p) => p.sub));
    const referred = new Map<string, ReferralRow[]>();
    for (const r of referralRows.filter((r) => probationSubs.has(r.referredBy))) referred.set(r.perpetratorId, [...(referred.get(r.perpetratorId) ?? []), r]);
    expect(referred.size).toBeGreaterThan(20);
    for (const [personId, list] of referred) {
      const last = [...list].sort((a, b) => a.referredAt.getTime() - b.referredAt.getTime()).at(-1)!;
      expect(currentOf(personId)?.practitionerSub, personId).toBe(last.referredBy);
    }
  });

  it("uses prob-1 … prob-5, each at one organisation, and leaves some people unallocated", () => {
    const subs = new Set(allocations.map((a) => a.practitionerSub));
    expect([...subs].sort()).toEqual(["prob-1", "prob-2", "prob-3", "prob-4", "prob-5"]);
    for (const { sub, organisation } of CASE_PRACTITIONERS) {
      expect(allocations.filter((a) => a.practitionerSub === sub).every((a) => a.organisation === organisation)).toBe(true);
    }
    expect(new Set(allocations.map((a) => a.organisation)).size).toBe(3);
    const unallocated = people.filter((p) => allocationsOf(p.id).length === 0);
    expect(unallocated.length).toBeGreaterThan(50);
  });

  it(`has ${REALLOCATED_CASES} reallocated cases: each ended the day the next began, by another practitioner`, () => {
    const ended = allocations.filter((a) => a.endedOn !== null);
    expect(ended).toHaveLength(REALLOCATED_CASES);
    for (const row of ended) {
      expect(row.endReason).toMatch(/^Reallocated/);
      expect(row.endedBy).toBe("seed");
      const [first, second, ...rest] = allocationsOf(row.perpetratorId);
      expect(rest).toEqual([]);
      expect(first!.id).toBe(row.id);
      expect(second!.startedOn).toBe(row.endedOn);
      expect(second!.practitionerSub).not.toBe(row.practitionerSub);
    }
  });

  it("holds one open allocation per person, none starting or recorded in the future", () => {
    const open = allocations.filter((a) => a.endedOn === null);
    expect(new Set(open.map((a) => a.perpetratorId)).size).toBe(open.length);
    expect(allocations.every((a) => a.startedOn < today && a.createdAt <= NOW)).toBe(true);
  });

  it("names the practitioners who have a staff record", async () => {
    const staff = await handle.db.select().from(iomStaff);
    for (const row of allocations) {
      expect(row.practitionerName).toBe(staff.find((s) => s.subject === row.practitionerSub)?.name ?? null);
    }
  });

  it("is deterministic: the seeded rows are what the builder gives, and the same seed builds the same rows", () => {
    const data = buildDemoData(programmeRows, NOW, DEFAULT_DEMO_SEED);
    const iom = buildIomData({ ...data, programmes: programmeRows }, NOW, iomRandom(DEFAULT_DEMO_SEED));
    const build = (seed: number) => buildCaseAllocations({ ...data, staff: iom.staff }, NOW, casesRandom(seed));
    const built = build(DEFAULT_DEMO_SEED);
    expect(built).toEqual(build(DEFAULT_DEMO_SEED));
    expect(build(DEFAULT_DEMO_SEED + 1)).not.toEqual(built);
    const key = (a: { id?: string }) => a.id!;
    expect(built.map(key).sort()).toEqual(allocations.map(key).sort());
  });
});
