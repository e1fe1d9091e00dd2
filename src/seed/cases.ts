/**
 * Demo case allocations: who holds each demo person's probation case. Everyone referred to a programme by
 * a probation practitioner (prob-1 … prob-4) has their case allocated to the practitioner who referred
 * them (the latest, where several did); some of those cases were first held by another practitioner and
 * reallocated; some other adults with a CRN are cases of prob-1 … prob-5 without a referral; everyone else
 * has none. Like the rest of the demo it is invented, derived from a seeded random source and `now`, and
 * checked against the allocation rules before it is written.
 */
import type { Executor } from "../db/client.js";
import { caseAllocations, checkNewAllocation, reallocationReason } from "../modules/cases/index.js";
import type { perpetrators } from "../modules/perpetrators/index.js";
import type { referrals } from "../modules/referrals/index.js";
import { isoDate } from "../shared/clock.js";
import { daysBetween, maxDate, minDate, shiftIsoDate } from "../shared/dates.js";
import { MINUTE, SeedCalendar } from "./calendar.js";
import { SeededRandom } from "./random.js";
import { SEED_ACTOR } from "./seed-actor.js";


export const CASE_ORGANISATIONS = {
  leeds: "West Yorkshire Probation Service - Leeds",
  bradford: "West Yorkshire Probation Service - Bradford",
  wakefieldKirklees: "West Yorkshire Probation Service - Wakefield and Kirklees",
} as const;

/** The probation practitioners who hold demo cases, and the organisation each works for. */
export const CASE_PRACTITIONERS: readonly { sub: string; organisation: string }[] = [
  { sub: "prob-1", organisation: CASE_ORGANISATIONS.leeds },
  { sub: "prob-2", organisation: CASE_ORGANISATIONS.leeds },
  { sub: "prob-3", organisation: CASE_ORGANISATIONS.bradford },
  { sub: "prob-4", organisation: CASE_ORGANISATIONS.wakefieldKirklees },
  { sub: "prob-5", organisation: CASE_ORGANISATIONS.bradford },
];

/** Referred cases that another practitioner held first. */
export const REALLOCATED_CASES = 10;
/** Of the adults with a CRN and no probation referral, about this share are probation cases too. */
const UNREFERRED_CASE_SHARE = 0.3;
const REALLOCATION_REASONS = ["Caseload balancing", "Practitioner moved team", "Moved to the referring practitioner's area", null] as const;

export type CaseAllocationInsert = typeof caseAllocations.$inferInsert;

export interface CaseSeedInput {
  perpetrators: readonly (typeof perpetrators.$inferInsert)[];
  referrals: readonly (typeof referrals.$inferInsert)[];
  /** Staff records (the IOM's): practitioners' names, where they have one. */
  staff?: readonly { subject: string; name: string }[];
}

/** The case part's own random source, so adding it leaves the rest of the demo data as it was. */
export function casesRandom(seed: number): SeededRandom {
  return new SeededRandom(Math.imul((seed ^ 0xca5e0a11) >>> 0, 0xc2b2ae35) >>> 0);
}

/** Builds and writes the demo allocations; answers how many were written. */
export async function insertCaseAllocations(tx: Executor, input: CaseSeedInput, now: Date, seed: number): Promise<number> {
  const rows = buildCaseAllocations(input, now, casesRandom(seed));
  if (rows.length) await tx.insert(caseAllocations).values(rows);
  return rows.length;
}

/** Pure: the same demo rows, `now` and random source always give the same allocations. */
export function buildCaseAllocations(input: CaseSeedInput, now: Date, rng: SeededRandom): CaseAllocationInsert[] {
  const calendar = new SeedCalendar(now, rng, { part: "Case allocation seed" });
  const { today, yesterday } = calendar;
  const organisationOf = new Map(CASE_PRACTITIONERS.map((p) => [p.sub, p.organisation]));
  const nameOf = new Map((input.staff ?? []).map((s) => [s.subject, s.name]));

  // Each person's probation referrals, earliest first.
  const referred = new Map<string, { sub: string; on: string }[]>();
  for (const referral of input.referrals) {
    if (!organisationOf.has(referral.referredBy)) continue;
    const list = referred.get(referral.perpetratorId) ?? [];
    list.push({ sub: referral.referredBy, on: isoDate(referral.referredAt!) });
    referred.set(referral.perpetratorId, list);
  }
  for (const list of referred.values()) list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

  const rows: CaseAllocationInsert[] = [];
  const allocate = (personId: string, sub: string, startedOn: string, end: { on: string; reason: string | null } | null) => {
    const at = calendar.timeOn(startedOn);
    rows.push({
      id: rng.uuid(),
      perpetratorId: personId,
      practitionerSub: sub,
      practitionerName: nameOf.get(sub) ?? null,
      organisation: organisationOf.get(sub)!,
      startedOn,
      endedOn: end?.on ?? null,
      endReason: end ? reallocationReason(end.reason) : null,
      createdBy: SEED_ACTOR,
      createdAt: at < now ? at : new Date(now.getTime() - MINUTE),
      endedBy: end ? SEED_ACTOR : null,
    });
  };

  const referredPeople = input.perpetrators.filter((p) => referred.has(p.id!));
  const reallocated = new Set(rng.shuffle(referredPeople).slice(0, REALLOCATED_CASES).map((p) => p.id!));
  for (const person of input.perpetrators) {
    const personId = person.id!;
    const recordedOn = isoDate(person.createdAt!);
    const referrals = referred.get(personId);
    if (referrals) {
      // The practitioner who referred them last holds the case, from a little before their first referral of them.
      const holder = referrals.at(-1)!.sub;
      const firstOn = referrals.find((r) => r.sub === holder)!.on;
      const startedOn = minDate(maxDate(shiftIsoDate(firstOn, -rng.int(7, 120)), minDate(recordedOn, firstOn)), yesterday);
      if (reallocated.has(personId)) {
        const previous = rng.pick(CASE_PRACTITIONERS.filter((p) => p.sub !== holder)).sub;
        allocate(personId, previous, shiftIsoDate(startedOn, -rng.int(60, 365)), { on: startedOn, reason: rng.pick(REALLOCATION_REASONS) });
      }
      allocate(personId, holder, startedOn, null);
    } else if (person.crn && rng.chance(UNREFERRED_CASE_SHARE)) {
      const from = minDate(recordedOn, yesterday);
      allocate(personId, rng.pick(CASE_PRACTITIONERS).sub, shiftIsoDate(from, rng.int(0, daysBetween(from, yesterday))), null);
    }
  }
  validate(rows, today);
  return rows;
}

/** The rules the API holds allocations to: valid fields, one holder at a time, nothing in the future. */
function validate(rows: readonly CaseAllocationInsert[], today: string): void {
  const fail = (message: string) => {
    throw new Error(`Case allocation seed: ${message}`);
  };
  const byPerson = new Map<string, CaseAllocationInsert[]>();
  for (const row of rows) {
    const refusals = checkNewAllocation(
      { practitionerSub: row.practitionerSub, practitionerName: row.practitionerName ?? null, organisation: row.organisation, startedOn: row.startedOn, reason: null },
      today,
    );
    if (refusals.length) fail(`${row.id}: ${refusals.map((r) => r.message).join("; ")}`);
    if (row.endedOn && (row.endedOn < row.startedOn || row.endedOn > today)) fail(`${row.id} ends outside its start and today`);
    byPerson.set(row.perpetratorId, [...(byPerson.get(row.perpetratorId) ?? []), row]);
  }
  for (const [personId, list] of byPerson) {
    if (list.filter((row) => !row.endedOn).length > 1) fail(`${personId} has more than one open allocation`);
    const ordered = [...list].sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1));
    ordered.slice(1).forEach((row, i) => {
      if (ordered[i]!.endedOn !== row.startedOn) fail(`${personId}: an allocation does not end the day the next starts`);
    });
  }
}
