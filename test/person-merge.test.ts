import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuditEventsDocument,
  DeselectFromIomCohortDocument,
  EndCaseAllocationDocument,
  MergePerpetratorsDocument,
  NodeByIdDocument,
  PerpetratorCaseAllocationsDocument,
  PerpetratorLookupDocument,
  PerpetratorMergesDocument,
  RaiseExpiringOrderAlertsDocument,
  RecordEnforcementActionDocument,
  RecordSessionAttendanceDocument,
  SearchPerpetratorsDocument,
  UpdatePerpetratorDocument,
  type MergePerpetratorsInput,
  type MergePerpetratorsMutation,
} from "../client/generated/graphql.js";
import { formatPncId } from "../src/modules/perpetrators/index.js";
import { Role } from "../src/shared/auth/roles.js";
import { idOfType, toGlobalId } from "../src/shared/global-id.js";
import { databaseFailure } from "../src/db/errors.js";
import { formatClientError } from "../src/shared/errors/format.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures, type IomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

/*
 * Merging two records of the same person over GraphQL, on a real database: every row of the
 * duplicate moves to the survivor and nothing is lost (checked against every foreign key to
 * `perpetrators` the database catalogue lists, so a table added later cannot be forgotten), the
 * refusals write nothing, the merged id resolves to the survivor, the merge is audited, and who may not merge.
 */

const NOW = "2026-06-01T12:00:00Z";

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let vx: VictimFixtures;
let police: string;
let serial = 0;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  vx = await createVictimFixtures(server, fx);
  police = await server.token(Role.POLICE, "pol-merge", { org: "West Yorkshire Police" });
}, 60_000);
afterAll(() => server?.close());

type Payload = MergePerpetratorsMutation["mergePerpetrators"];

/** A person of this file: a CRN and PNC unless told otherwise. */
function person(overrides: Parameters<Fixtures["person"]>[0] = {}) {
  serial += 1;
  return fx.person({ crn: `M${String(700000 + serial)}`, pncId: formatPncId(2014, 60000 + serial), ...overrides });
}

async function merge(input: Partial<MergePerpetratorsInput> & Pick<MergePerpetratorsInput, "survivorId" | "duplicateId">, token = fx.admin): Promise<Payload> {
  const full: MergePerpetratorsInput = { survivorExpectedVersion: 1, duplicateExpectedVersion: 1, reason: "Same date of birth, address and custody photograph", ...input };
  return (await server.query(MergePerpetratorsDocument, { input: full }, token)).mergePerpetrators;
}

const codes = (payload: Payload) => payload.userErrors.map((e) => `${e.field.join(".")}:${e.code}`);

/** Every foreign key to perpetrators.id, from the database's own catalogue. */
async function foreignKeysToPeople(): Promise<{ table: string; column: string }[]> {
  const rows = await server.database.query<{ table_name: string; column_name: string }>(
    `select kcu.table_name, kcu.column_name
       from information_schema.referential_constraints rc
       join information_schema.key_column_usage kcu on kcu.constraint_schema = rc.constraint_schema and kcu.constraint_name = rc.constraint_name
       join information_schema.constraint_column_usage ccu on ccu.constraint_schema = rc.constraint_schema and ccu.constraint_name = rc.constraint_name
      where ccu.table_name = 'perpetrators' and ccu.column_name = 'id'
      order by 1, 2`,
  );
  return rows.map((row) => ({ table: row.table_name, column: row.column_name }));
}

/** Rows of each referencing table pointing at each person, keyed `table.column`. */
async function rowsPointingAt(ids: string[]): Promise<Record<string, number[]>> {
  const counts: Record<string, number[]> = {};
  for (const { table, column } of await foreignKeysToPeople()) {
    counts[`${table}.${column}`] = await Promise.all(
      ids.map(async (id) => Number((await server.database.query<{ n: number }>(`select count(*)::int as n from "${table}" where "${column}" = $1`, [id]))[0]!.n)),
    );
  }
  return counts;
}

/** What must still point at a merged record: its merge record, and its own history of corrections (their versions are its own). */
const STAYS_WITH_THE_MERGED_RECORD = new Set(["perpetrator_merges.duplicate_id", "perpetrator_changes.perpetrator_id"]);
/** Rows the merge itself writes, pointing at [the survivor, the duplicate]. */
const WRITTEN_BY_THE_MERGE: Record<string, [number, number]> = {
  "perpetrator_merges.survivor_id": [1, 0],
  "perpetrator_merges.duplicate_id": [0, 1],
  "perpetrators.merged_into_id": [1, 0],
};

const OVERVIEW = `query MergeOverview($id: ID!) {
  perpetrator(id: $id) {
    id version crn pncId prisonNumber croNumber
    children { dateOfBirth }
    referrals(first: 50) { totalCount edges { node { id status history { toStatus } attendance { attended } enforcement { warningLettersIssued } } } }
    caseAllocationHistory { id current }
    iomMembership { id plan { id } }
    victimLinks(includeEnded: true) { id riskAssessments { id } incidents { id } }
    protectiveOrders { id protectedPeople { id } }
    merges(first: 10) { totalCount edges { node { duplicateId movedIdentifiers movedRows { table count } duplicateValues { field previousValue } actorSub reason } } }
  }
}`;

interface Overview {
  perpetrator: {
    id: string;
    version: number;
    crn: string | null;
    pncId: string | null;
    prisonNumber: string | null;
    croNumber: string | null;
    children: { dateOfBirth: string }[];
    referrals: { totalCount: number; edges: { node: { id: string; status: string; history: unknown[]; attendance: { attended: number }; enforcement: { warningLettersIssued: number } | null } }[] };
    caseAllocationHistory: { id: string; current: boolean }[];
    iomMembership: { id: string; plan: { id: string } | null } | null;
    victimLinks: { id: string; riskAssessments: unknown[]; incidents: unknown[] }[];
    protectiveOrders: { id: string; protectedPeople: unknown[] }[];
    merges: { totalCount: number; edges: { node: { duplicateId: string; movedIdentifiers: string[]; movedRows: { table: string; count: number }[]; duplicateValues: { field: string; previousValue: string | null }[]; actorSub: string; reason: string } }[] };
  } | null;
}

const overview = async (id: string, token = police) => (await server.query<Overview, { id: string }>(OVERVIEW, { id }, token, withPurpose)).perpetrator!;

describe("a merge moves everything and loses nothing", () => {
  it("moves every row of the duplicate, under every foreign key, and the survivor shows the sum", async () => {
    const survivor = await person({ prisonNumber: null });
    const duplicate = await person({ crn: null, pncId: null, prisonNumber: "M1234AB", givenName: "Jon", children: [{ dateOfBirth: "2017-05-05" }] });
    const facilitator = await server.token(Role.FACILITATOR, "fac-merge");

    // Referrals with their history, registers and enforcement: the survivor on Choices, the duplicate on
    // Caring Dads and BBR (a warning letter), with a withdrawn Choices referral (closed, so no conflict).
    const choices = await fx.group("CHOICES", ["fac-merge"]);
    const caringDads = await fx.group("CARING_DADS", ["fac-merge"]);
    const bbr = await fx.group("BBR", ["fac-merge"]);
    const placed = async (who: string, programme: "CHOICES" | "CARING_DADS" | "BBR", groupId: string) => {
      const ready = await readyOf(who, programme);
      const allocated = await fx.allocate(ready.id, groupId, ready.version);
      expect(allocated.userErrors).toEqual([]);
      return allocated;
    };
    const onChoices = await placed(survivor.id, "CHOICES", choices.id);
    const onCaringDads = await placed(duplicate.id, "CARING_DADS", caringDads.id);
    const onBbr = await placed(duplicate.id, "BBR", bbr.id);
    const withdrawn = await fx.refer(duplicate.id, "CHOICES");
    await fx.transition(withdrawn.id, "WITHDRAWN", withdrawn.version, { withdrawalReason: "MOVED_AREA" });
    for (const [group, referral] of [[choices, onChoices], [caringDads, onCaringDads]] as const) {
      const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
      const recorded = await server.query(RecordSessionAttendanceDocument, { input: { sessionId: session!.id, idempotencyKey: `merge-${group.id}`, entries: [{ referralId: referral.referral!.id, outcome: "ATTENDED" }] } }, facilitator);
      expect(recorded.recordSessionAttendance.userErrors).toEqual([]);
    }
    const warning = await server.query(RecordEnforcementActionDocument, { input: { referralId: onBbr.referral!.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-06-01", note: "Missed session" } }, fx.admin);
    expect(warning.recordEnforcementAction.userErrors).toEqual([]);

    // Case allocations: the survivor's open, the duplicate's ended (history).
    await fx.allocateCase(survivor.id, "prob-1");
    const ended = await fx.allocateCase(duplicate.id, "prob-2", "Probation Service", "2026-01-05");
    expect((await server.query(EndCaseAllocationDocument, { input: { allocationId: ended.id, reason: "Order ended" } }, fx.admin)).endCaseAllocation.userErrors).toEqual([]);

    // IOM: the survivor an active member with a plan; the duplicate a former member.
    const om = await iom.offenderManager("om-merge");
    const active = await iom.member(om.staff.id, { perpetratorId: survivor.id });
    await iom.plan(active.membership.id);
    const former = await iom.member(null, { perpetratorId: duplicate.id, startedOn: "2025-01-10" });
    const deselected = await server.query(DeselectFromIomCohortDocument, { input: { membershipId: former.membership.id, endedOn: "2025-12-01", reason: "REDUCED_RISK" } }, iom.supervisor);
    expect(deselected.deselectFromIomCohort.userErrors).toEqual([]);

    // Victim safety: a victim each, a DASH and an incident, an order ending within a week, and the
    // expiring-order alerts that go to each victim's IDVA.
    const safety = [];
    for (const [who, sub] of [[survivor, "idva-merge-1"], [duplicate, "idva-merge-2"]] as const) {
      const pair = await vx.linkedPair(who.id);
      await vx.assess(pair.link.id, 15);
      await vx.incident(pair.link.id, "2026-05-02");
      await vx.supportWorker(pair.victim.id, sub);
      safety.push(await vx.order(who.id, [pair.victim.id], { startsOn: "2026-05-01", endsOn: "2026-06-05" }));
    }
    // (Raised now unless recording the order raised them already; the catalogue check below needs one each.)
    await server.query(RaiseExpiringOrderAlertsDocument, {}, vx.safeguarding, withPurpose);

    // A correction of each record, so each has a history of changes.
    for (const who of [survivor, duplicate]) {
      const corrected = await server.query(UpdatePerpetratorDocument, { input: { id: who.id, expectedVersion: 1, reason: "Spelling", familyName: `${who.familyName}e` } }, fx.admin);
      expect(corrected.updatePerpetrator.userErrors).toEqual([]);
    }

    // A subject access request about each.
    for (const who of [survivor, duplicate]) {
      const asked = await server.query<{ requestSubjectAccess: { userErrors: unknown[] } }, unknown>(
        `mutation($input: RequestSubjectAccessInput!) { requestSubjectAccess(input: $input) { userErrors { code } } }`,
        { input: { perpetratorId: who.id, reference: `SAR-${who.id.slice(-6)}`, reason: "The data subject asked in writing; identity checked" } },
        fx.admin,
      );
      expect(asked.requestSubjectAccess.userErrors).toEqual([]);
    }

    const ids = [idOfType(survivor.id, "Perpetrator")!, idOfType(duplicate.id, "Perpetrator")!];
    const before = await rowsPointingAt(ids);
    // One of everything for both people: every table referencing a person has rows for each (but the merge's own).
    for (const [key, [ofSurvivor, ofDuplicate]] of Object.entries(before)) {
      if (key in WRITTEN_BY_THE_MERGE) continue;
      expect({ key, ofSurvivor: ofSurvivor! > 0, ofDuplicate: ofDuplicate! > 0 }).toEqual({ key, ofSurvivor: true, ofDuplicate: true });
    }
    const [shownSurvivor, shownDuplicate] = [await overview(survivor.id), await overview(duplicate.id)];

    const payload = await merge({ survivorId: survivor.id, duplicateId: duplicate.id, survivorExpectedVersion: 2, duplicateExpectedVersion: 2 });
    expect(payload.userErrors).toEqual([]);
    expect(payload.survivor).toMatchObject({ id: survivor.id, version: 3, crn: survivor.crn, pncId: survivor.pncId, prisonNumber: "M1234AB" });
    expect(payload.merge).toMatchObject({ survivorId: survivor.id, duplicateId: duplicate.id, movedIdentifiers: ["prisonNumber"], actorSub: "admin-1" });

    // The catalogue: nothing points at the merged record but what must, and the survivor holds the sum.
    const after = await rowsPointingAt(ids);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [key, [ofSurvivor, ofDuplicate]] of Object.entries(after)) {
      const [hadSurvivor, hadDuplicate] = before[key]!;
      const [written, writtenOnDuplicate] = WRITTEN_BY_THE_MERGE[key] ?? [0, 0];
      const stays = STAYS_WITH_THE_MERGED_RECORD.has(key);
      expect({ key, ofDuplicate }).toEqual({ key, ofDuplicate: stays ? hadDuplicate! + writtenOnDuplicate : 0 });
      expect({ key, ofSurvivor }).toEqual({ key, ofSurvivor: (stays ? hadSurvivor! : hadSurvivor! + hadDuplicate!) + written });
    }
    const recordedMoves = Object.fromEntries(payload.merge!.movedRows.map((row) => [row.table, row.count]));
    expect(recordedMoves).toMatchObject({ referrals: 3, case_allocations: 1, iom_memberships: 1, victim_links: 1, protective_orders: 1, safety_alerts: 1, perpetrator_children: 1 });

    // Through the API: every item of both under the survivor, with its own history, registers and enforcement.
    const shown = await overview(survivor.id);
    const referralsOf = (o: typeof shown) => o.referrals.edges.map((e) => e.node).sort((a, b) => a.id.localeCompare(b.id));
    expect(shown.referrals.totalCount).toBe(shownSurvivor.referrals.totalCount + shownDuplicate.referrals.totalCount);
    expect(referralsOf(shown)).toEqual([...referralsOf(shownSurvivor), ...referralsOf(shownDuplicate)].sort((a, b) => a.id.localeCompare(b.id)));
    expect(shown.children).toHaveLength(shownSurvivor.children.length + shownDuplicate.children.length);
    expect(shown.caseAllocationHistory.map((a) => a.id).sort()).toEqual([...shownSurvivor.caseAllocationHistory, ...shownDuplicate.caseAllocationHistory].map((a) => a.id).sort());
    expect(shown.iomMembership).toEqual(shownSurvivor.iomMembership);
    expect(shown.victimLinks.map((l) => l.id).sort()).toEqual([...shownSurvivor.victimLinks, ...shownDuplicate.victimLinks].map((l) => l.id).sort());
    expect(shown.victimLinks.flatMap((l) => [...l.riskAssessments, ...l.incidents])).toHaveLength(4);
    expect(shown.protectiveOrders.map((o) => o.id).sort()).toEqual(safety.map((o) => o.id).sort());
    expect(shown.merges.totalCount).toBe(1);
    const record = shown.merges.edges[0]!.node;
    expect(record).toMatchObject({ duplicateId: duplicate.id, movedIdentifiers: ["prisonNumber"], actorSub: "admin-1" });
    // The duplicate's own values kept in the record, as it stood before the merge (police see no equality data).
    expect(Object.fromEntries(record.duplicateValues.map((v) => [v.field, v.previousValue]))).toMatchObject({ givenName: "Jon", familyName: `${duplicate.familyName}e`, prisonNumber: "M1234AB", crn: null });
    expect(record.duplicateValues.map((v) => v.field)).not.toContain("ethnicity");

    // The duplicate's row stays, marked merged (when and by whom), with its own values.
    const [kept] = await server.database.query<{ merged_into_id: string; merged_by: string; merged_at: Date; given_name: string; prison_number: string | null }>(
      `select merged_into_id, merged_by, merged_at, given_name, prison_number from perpetrators where id = $1`,
      [ids[1]],
    );
    expect(kept).toMatchObject({ merged_into_id: ids[0], merged_by: "admin-1", given_name: "Jon", prison_number: null });
    expect(new Date(kept!.merged_at).toISOString()).toBe(new Date(NOW).toISOString());
  }, 120_000);
});

async function readyOf(perpetratorId: string, programme: "CHOICES" | "CARING_DADS" | "BBR") {
  let referral = await fx.refer(perpetratorId, programme);
  for (const status of ["AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"] as const) referral = await fx.transition(referral.id, status, referral.version);
  return referral;
}

describe("the merged id still resolves, to the survivor", () => {
  it("node(id:) and perpetrator(id:) of the merged id answer the survivor; lists and lookups leave it out", async () => {
    const survivor = await person({ familyName: "Merryweather" });
    const duplicate = await person({ crn: null, pncId: null, familyName: "Merryweathers" });
    expect((await merge({ survivorId: survivor.id, duplicateId: duplicate.id })).userErrors).toEqual([]);

    const node = (await server.query(NodeByIdDocument, { id: duplicate.id }, fx.probation)).node;
    expect(node).toEqual({ id: survivor.id, __typename: "Perpetrator", familyName: "Merryweather" });
    expect((await server.query(PerpetratorLookupDocument, { id: duplicate.id }, fx.admin)).perpetrator?.id).toBe(survivor.id);
    const search = await server.query(SearchPerpetratorsDocument, { first: 10, filter: { name: "Merryweather" } }, fx.admin);
    expect(search.perpetrators.edges.map((e) => e.node.id)).toEqual([survivor.id]);
    expect(search.perpetrators.totalCount).toBe(1);

    // A write naming the merged id lands on the survivor.
    const referral = await fx.refer(duplicate.id, "CHOICES");
    const [row] = await server.database.query<{ perpetrator_id: string }>(`select perpetrator_id from referrals where id = $1`, [idOfType(referral.id, "Referral")]);
    expect(row!.perpetrator_id).toBe(idOfType(survivor.id, "Perpetrator"));
  });

  it("the database refuses a new row for the merged record (a write racing the merge), and the API answers it as CONFLICT", async () => {
    const survivor = await person({ familyName: "Racewell" });
    const duplicate = await person({ crn: null, pncId: null, familyName: "Racewel" });
    expect((await merge({ survivorId: survivor.id, duplicateId: duplicate.id })).userErrors).toEqual([]);
    const duplicateId = idOfType(duplicate.id, "Perpetrator")!;
    // What a write that read the duplicate before the merge committed would do: insert on its id.
    const [programme] = await server.database.query<{ id: string }>(`select id from programmes where code = 'CHOICES'`);
    const insert = server.database.query(
      `insert into referrals (perpetrator_id, programme_id, source, referred_by) values ($1, $2, 'POLICE', 'racing-writer')`,
      [duplicateId, programme!.id],
    );
    const failure = await insert.then(() => null, (error: unknown) => error);
    expect(databaseFailure(failure)).toBe("PERSON_MERGED");
    expect(formatClientError({ message: "" }, failure)).toMatchObject({ extensions: { code: "CONFLICT" } });
    for (const table of ["referrals", "case_allocations", "iom_memberships", "victim_links", "protective_orders", "safety_alerts", "perpetrator_children"]) {
      const [n] = await server.database.query<{ n: number }>(`select count(*)::int as n from "${table}" where perpetrator_id = $1`, [duplicateId]);
      expect(Number(n!.n), table).toBe(0);
    }
    // The survivor still takes rows.
    expect((await fx.refer(survivor.id, "CHOICES")).status).toBe("REFERRED");
  });

  it("access is checked against the survivor: a facilitator of the survivor's group sees it through the merged id, another does not", async () => {
    const group = await fx.group("CHOICES", ["fac-resolve"]);
    const { person: survivor } = await fx.participant("CHOICES", group.id, { crn: "N700001", pncId: formatPncId(2014, 69001) });
    const duplicate = await person({ crn: null, pncId: null });
    expect((await merge({ survivorId: survivor.id, duplicateId: duplicate.id })).userErrors).toEqual([]);
    const theirs = await server.token(Role.FACILITATOR, "fac-resolve");
    const other = await server.token(Role.FACILITATOR, "fac-other");
    expect((await server.query(NodeByIdDocument, { id: duplicate.id }, theirs)).node?.id).toBe(survivor.id);
    expect((await server.request(NodeByIdDocument, { id: duplicate.id }, other)).data?.node ?? null).toBeNull();
  });

  it("a record merged into one later merged on resolves to the last survivor, whose merges show both", async () => {
    const [a, b, c] = [await person({ crn: null, pncId: null }), await person({ crn: null, pncId: null }), await person()];
    expect((await merge({ survivorId: b.id, duplicateId: a.id })).userErrors).toEqual([]);
    expect((await merge({ survivorId: c.id, duplicateId: b.id, survivorExpectedVersion: 1, duplicateExpectedVersion: 2 })).userErrors).toEqual([]);
    expect((await server.query(NodeByIdDocument, { id: a.id }, fx.admin)).node?.id).toBe(c.id);
    const merges = (await server.query(PerpetratorMergesDocument, { id: c.id, first: 1 }, fx.admin)).perpetrator!.merges;
    expect(merges.totalCount).toBe(2);
    const next = (await server.query(PerpetratorMergesDocument, { id: c.id, first: 1, after: merges.pageInfo.endCursor }, fx.admin)).perpetrator!.merges;
    expect([...merges.edges, ...next.edges].map((e) => e.node.duplicateId).sort()).toEqual([a.id, b.id].sort());
    expect(next.pageInfo.hasNextPage).toBe(false);
  });
});

describe("refusals write nothing", () => {
  /** Versions, merge marks and row counts of both, to compare before and after a refusal. */
  async function state(...ids: string[]) {
    const dbIds = ids.map((id) => idOfType(id, "Perpetrator")!);
    const people = await server.database.query(`select id, version, merged_into_id, crn, pnc_id from perpetrators where id = any($1::uuid[]) order by id`, [dbIds]);
    const merges = await server.database.query(`select count(*)::int as n from perpetrator_merges where duplicate_id = any($1::uuid[]) or survivor_id = any($1::uuid[])`, [dbIds]);
    return { people, merges, rows: await rowsPointingAt(dbIds) };
  }

  it.each([
    ["two different CRNs", { crn: "P800001" }, { crn: "P800002", pncId: null }, ["input.crn:CONFLICT"]],
    ["two different PNC IDs", { pncId: formatPncId(2015, 1) }, { crn: null, pncId: formatPncId(2015, 2) }, ["input.pncId:CONFLICT"]],
  ])("%s", async (_name, survivorFields, duplicateFields, expected) => {
    const survivor = await person(survivorFields);
    const duplicate = await person(duplicateFields);
    const before = await state(survivor.id, duplicate.id);
    const payload = await merge({ survivorId: survivor.id, duplicateId: duplicate.id });
    expect(codes(payload)).toEqual(expected);
    expect(payload.userErrors[0]!.message).toMatch(/different/);
    expect(payload.survivor).toBeNull();
    expect(await state(survivor.id, duplicate.id)).toEqual(before);
  });

  it("both with an open referral to the same programme", async () => {
    const survivor = await person();
    const duplicate = await person({ crn: null, pncId: null });
    await fx.refer(survivor.id, "CHOICES");
    await fx.refer(duplicate.id, "CHOICES");
    const before = await state(survivor.id, duplicate.id);
    const payload = await merge({ survivorId: survivor.id, duplicateId: duplicate.id });
    expect(codes(payload)).toEqual(["input.referrals:CONFLICT"]);
    expect(payload.userErrors[0]!.message).toMatch(/Choices/);
    expect(await state(survivor.id, duplicate.id)).toEqual(before);
  });

  it("both active IOM cohort members, and both with a current link to the same victim", async () => {
    const survivor = await person();
    const duplicate = await person({ crn: null, pncId: null });
    await iom.member(null, { perpetratorId: survivor.id });
    await iom.member(null, { perpetratorId: duplicate.id });
    const victim = await vx.victim();
    await vx.link(victim.id, survivor.id);
    await vx.link(victim.id, duplicate.id);
    const before = await state(survivor.id, duplicate.id);
    const payload = await merge({ survivorId: survivor.id, duplicateId: duplicate.id });
    expect(codes(payload).sort()).toEqual(["input.iomMembership:CONFLICT", "input.victimLinks:CONFLICT"]);
    expect(await state(survivor.id, duplicate.id)).toEqual(before);
  });

  it("both with an open case allocation to different practitioners", async () => {
    const survivor = await person();
    const duplicate = await person({ crn: null, pncId: null });
    await fx.allocateCase(survivor.id, "prob-1");
    await fx.allocateCase(duplicate.id, "prob-2");
    const before = await state(survivor.id, duplicate.id);
    expect(codes(await merge({ survivorId: survivor.id, duplicateId: duplicate.id }))).toEqual(["input.caseAllocation:CONFLICT"]);
    expect(await state(survivor.id, duplicate.id)).toEqual(before);
  });

  it("stale versions of either record", async () => {
    const survivor = await person();
    const duplicate = await person({ crn: null, pncId: null });
    const before = await state(survivor.id, duplicate.id);
    expect(codes(await merge({ survivorId: survivor.id, duplicateId: duplicate.id, survivorExpectedVersion: 2, duplicateExpectedVersion: 3 }))).toEqual([
      "input.survivorExpectedVersion:CONFLICT",
      "input.duplicateExpectedVersion:CONFLICT",
    ]);
    expect(await state(survivor.id, duplicate.id)).toEqual(before);
  });

  it("a record into itself, an already merged record, and into a merged record", async () => {
    const [a, b, c] = [await person(), await person({ crn: null, pncId: null }), await person({ crn: null, pncId: null })];
    expect(codes(await merge({ survivorId: a.id, duplicateId: a.id }))).toEqual(["input.duplicateId:INVALID"]);
    expect((await merge({ survivorId: a.id, duplicateId: b.id })).userErrors).toEqual([]);
    const before = await state(a.id, b.id, c.id);
    expect(codes(await merge({ survivorId: c.id, duplicateId: b.id, duplicateExpectedVersion: 2 }))).toEqual(["input.duplicateId:INVALID"]);
    expect(codes(await merge({ survivorId: b.id, duplicateId: c.id, survivorExpectedVersion: 2 }))).toEqual(["input.survivorId:INVALID"]);
    expect(codes(await merge({ survivorId: a.id, duplicateId: toGlobalId("Perpetrator", "00000000-0000-0000-0000-000000000000") }))).toEqual(["input.duplicateId:NOT_FOUND"]);
    expect(codes(await merge({ survivorId: a.id, duplicateId: c.id, reason: "  " }))).toEqual(["input.reason:INVALID"]);
    expect(await state(a.id, b.id, c.id)).toEqual(before);
  });
});

describe("the merge is audited", () => {
  it("writes COMBINATION events for both records in the log, read by an auditor", async () => {
    const survivor = await person();
    const duplicate = await person({ crn: null, pncId: null });
    expect((await merge({ survivorId: survivor.id, duplicateId: duplicate.id })).userErrors).toEqual([]);
    const auditor = await server.token(Role.AUDITOR, "auditor-merge");
    for (const [who, field] of [[survivor, "mergedFrom"], [duplicate, "mergedInto"]] as const) {
      const events = (await server.query(AuditEventsDocument, { first: 10, filter: { personId: who.id, action: "COMBINATION" } }, auditor)).auditEvents.edges.map((e) => e.node);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ entityType: "Perpetrator", entityId: who.id, operationName: "MergePerpetrators", actor: { sub: "admin-1" } });
      expect(events[0]!.fields).toContain(field);
    }
  });
});

describe("who may merge", () => {
  it.each([Role.POLICE, Role.FACILITATOR, Role.IOM_OFFICER, Role.IOM_SUPERVISOR, Role.SAFEGUARDING, Role.SUPPORT_WORKER, Role.ANALYST, Role.AUDITOR])("%s may not", async (role) => {
    const survivor = await person();
    const duplicate = await person({ crn: null, pncId: null });
    const response = await server.request(MergePerpetratorsDocument, { input: { survivorId: survivor.id, duplicateId: duplicate.id, survivorExpectedVersion: 1, duplicateExpectedVersion: 1, reason: "Same person" } }, await server.token(role, `merge-${role}`));
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const [row] = await server.database.query<{ merged_into_id: string | null }>(`select merged_into_id from perpetrators where id = $1`, [idOfType(duplicate.id, "Perpetrator")]);
    expect(row!.merged_into_id).toBeNull();
  });

  it("probation only as the allocated practitioner of both: the same practitioner's two allocations become one", async () => {
    const survivor = await person();
    const duplicate = await person({ crn: null, pncId: null });
    await fx.allocateCase(survivor.id, "prob-1", "Probation Service", "2026-02-01");
    const forbidden = await server.request(MergePerpetratorsDocument, { input: { survivorId: survivor.id, duplicateId: duplicate.id, survivorExpectedVersion: 1, duplicateExpectedVersion: 1, reason: "Same person" } }, fx.probation);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    await fx.allocateCase(duplicate.id, "prob-1", "Probation Service", "2026-03-01");
    const payload = await merge({ survivorId: survivor.id, duplicateId: duplicate.id }, fx.probation);
    expect(payload.userErrors).toEqual([]);
    const history = (await server.query(PerpetratorCaseAllocationsDocument, { id: survivor.id }, fx.admin)).perpetrator!.caseAllocationHistory;
    expect(history.map((a) => a.current).sort()).toEqual([false, true]);
  });

  it("the merges of a person: FORBIDDEN to a facilitator of their group", async () => {
    const group = await fx.group("CHOICES", ["fac-merges"]);
    const { person: who } = await fx.participant("CHOICES", group.id, { crn: "N700002", pncId: formatPncId(2014, 69002) });
    const response = await server.request(PerpetratorMergesDocument, { id: who.id, first: 5 }, await server.token(Role.FACILITATOR, "fac-merges"));
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the merges of a page of people", () => {
  it("cost the same statements for a page of one person and of five", async () => {
    const family = `Mergedfamily${serial}`;
    for (let n = 0; n < 5; n++) {
      const who = await person({ familyName: family, givenName: `P${n}` });
      const twice = await person({ crn: null, pncId: null, familyName: `${family}x`, givenName: `P${n}` });
      expect((await merge({ survivorId: who.id, duplicateId: twice.id })).userErrors).toEqual([]);
    }
    const document = `query($first: Int!, $name: String!) { perpetrators(first: $first, filter: { name: $name }) { edges { node { id
      merges(first: 5) { totalCount pageInfo { hasNextPage } edges { node { duplicateId movedRows { table count } duplicateValues { field previousValue } reason } } } } } } }`;
    const count = async (first: number) => {
      server.database.statements.reset();
      const data = await server.query<{ perpetrators: { edges: { node: { merges: { totalCount: number } } }[] } }, unknown>(document, { first, name: `${family} ` }, fx.admin);
      expect(data.perpetrators.edges).toHaveLength(first);
      for (const edge of data.perpetrators.edges) expect(edge.node.merges.totalCount).toBe(1);
      return server.database.statements.count;
    };
    const one = await count(1);
    expect(await count(5)).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });
});
