import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AllocateSupportWorkerDocument,
  EndSupportAllocationDocument,
  EndVictimLinkDocument,
  LinkVictimToPerpetratorDocument,
  RecordVictimDocument,
  SearchVictimsDocument,
  UpdateVictimDocument,
  type AllocateSupportWorkerInput,
  type RecordVictimInput,
  type UpdateVictimInput,
  type VictimFilter,
} from "../client/generated/graphql.js";
import { toGlobalId } from "../src/shared/global-id.js";
import type { Fixtures } from "./support/fixtures.js";
import { refusals } from "./support/iom-operations.js";
import type { TestServer } from "./support/server.js";
import { startVictimTestServer, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

const NOW = "2026-06-01T12:00:00Z";
const TOMORROW = "2026-06-02";

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;

beforeAll(async () => {
  ({ server, fx, vfx } = await startVictimTestServer(NOW));
}, 60_000);
afterAll(() => server.close());

const VICTIM_DETAIL = /* GraphQL */ `
  query VictimDetail($id: ID!, $includeEnded: Boolean!) {
    node(id: $id) {
      ... on Victim {
        id
        givenName
        familyName
        dateOfBirth
        version
        contactSafety { safeContactMethod safeContactTimes addressKnownToPerpetrator notes }
        links(includeEnded: $includeEnded) { id relationship startedOn endedOn current perpetrator { id } }
        supportWorkers(includeEnded: $includeEnded) { id kind workerName organisation startedOn endedOn current }
        currentIdva { id workerName }
      }
    }
  }
`;
interface ContactSafety { safeContactMethod: string | null; safeContactTimes: string | null; addressKnownToPerpetrator: boolean | null; notes: string | null }
interface LinkSummary { id: string; relationship: string; startedOn: string; endedOn: string | null; current: boolean; perpetrator: { id: string } }
interface AllocationSummary { id: string; kind: string; workerName: string; organisation: string; startedOn: string; endedOn: string | null; current: boolean }
interface VictimDetail {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  version: number;
  contactSafety: ContactSafety;
  links: LinkSummary[];
  supportWorkers: AllocationSummary[];
  currentIdva: { id: string; workerName: string } | null;
}

const PERPETRATOR_LINKS = /* GraphQL */ `
  query PerpetratorLinks($id: ID!, $includeEnded: Boolean!) {
    node(id: $id) { ... on Perpetrator { id victimLinks(includeEnded: $includeEnded) { id current endedOn victim { id } } } }
  }
`;
interface PerpetratorLinks { id: string; victimLinks: { id: string; current: boolean; endedOn: string | null; victim: { id: string } }[] }

async function victimDetail(id: string, includeEnded = false) {
  return (await server.query<{ node: VictimDetail }, { id: string; includeEnded: boolean }>(VICTIM_DETAIL, { id, includeEnded }, vfx.safeguarding, withPurpose)).node;
}
async function perpetratorLinks(id: string, includeEnded = false) {
  return (await server.query<{ node: PerpetratorLinks }, { id: string; includeEnded: boolean }>(PERPETRATOR_LINKS, { id, includeEnded }, vfx.safeguarding, withPurpose)).node;
}

const recordVictim = async (input: RecordVictimInput) => (await server.query(RecordVictimDocument, { input }, vfx.safeguarding, withPurpose)).recordVictim;
const updateVictim = async (input: UpdateVictimInput) => (await server.query(UpdateVictimDocument, { input }, vfx.safeguarding, withPurpose)).updateVictim;
const linkVictim = async (victimId: string, perpetratorId: string, startedOn = "2024-01-01") =>
  (await server.query(LinkVictimToPerpetratorDocument, { input: { victimId, perpetratorId, relationship: "PARTNER", startedOn } }, vfx.safeguarding, withPurpose)).linkVictimToPerpetrator;
const endLink = async (linkId: string, endedOn: string) => (await server.query(EndVictimLinkDocument, { input: { linkId, endedOn } }, vfx.safeguarding, withPurpose)).endVictimLink;
const allocate = async (victimId: string, extra: Partial<AllocateSupportWorkerInput> = {}) =>
  (
    await server.query(
      AllocateSupportWorkerDocument,
      { input: { victimId, kind: "IDVA", workerName: "Sam Idva", workerSubject: null, organisation: "Leeds DVS", startedOn: "2026-02-01", ...extra } },
      vfx.safeguarding,
      withPurpose,
    )
  ).allocateSupportWorker;
const endAllocation = async (allocationId: string, endedOn: string) =>
  (await server.query(EndSupportAllocationDocument, { input: { allocationId, endedOn } }, vfx.safeguarding, withPurpose)).endSupportAllocation;
const search = (first: number, filter: VictimFilter, after?: string | null) => server.query(SearchVictimsDocument, { first, after, filter }, vfx.safeguarding, withPurpose);

const victimCount = async () => (await server.database.rows<{ count: number }>(server.database.db, sql`select count(*)::int as count from victims`))[0]!.count;
/** A family-name stem no other test's victims share, so a name search sees only this test's people. */
const stem = () => `Zq${randomUUID().replace(/[^a-f]/g, "").slice(0, 6)}`;

describe("recording and correcting victims", () => {
  it("records a victim at version 1 with their contact-safety details", async () => {
    const payload = await recordVictim({
      givenName: "  Jo ",
      familyName: "Bramley",
      dateOfBirth: "1992-03-04",
      contactSafety: { safeContactMethod: "VIA_SUPPORT_WORKER", safeContactTimes: "Mornings", addressKnownToPerpetrator: false, notes: "Refuge address withheld" },
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.victim).toMatchObject({ givenName: "Jo", familyName: "Bramley", dateOfBirth: "1992-03-04", version: 1 });
    const detail = await victimDetail(payload.victim!.id);
    expect(detail.contactSafety).toEqual({ safeContactMethod: "VIA_SUPPORT_WORKER", safeContactTimes: "Mornings", addressKnownToPerpetrator: false, notes: "Refuge address withheld" });
    expect(detail.links).toEqual([]);
  });

  it("changes only the fields given, replaces contact-safety details as a whole, and counts versions", async () => {
    const victim = await vfx.victim({ givenName: "Rae", dateOfBirth: "1988-11-20" });
    const renamed = await updateVictim({ victimId: victim.id, expectedVersion: 1, familyName: "Headingley" });
    expect(renamed.userErrors).toEqual([]);
    expect(renamed.victim).toMatchObject({ givenName: "Rae", familyName: "Headingley", dateOfBirth: "1988-11-20", version: 2 });
    expect(renamed.victim!.contactSafety).toEqual({ safeContactMethod: "TEXT", safeContactTimes: "Weekdays 10:00-14:00", addressKnownToPerpetrator: true, notes: "Text first; never call" });

    const replaced = await updateVictim({ victimId: victim.id, expectedVersion: 2, contactSafety: { safeContactMethod: "PHONE" } });
    expect(replaced.userErrors).toEqual([]);
    expect(replaced.victim!.version).toBe(3);
    expect((await victimDetail(victim.id)).contactSafety).toEqual({ safeContactMethod: "PHONE", safeContactTimes: null, addressKnownToPerpetrator: null, notes: null });
  });

  it("refuses a stale expectedVersion with CONFLICT and keeps the record as it was", async () => {
    const victim = await vfx.victim({ givenName: "Kit" });
    expect((await updateVictim({ victimId: victim.id, expectedVersion: 1, givenName: "Kitty" })).userErrors).toEqual([]);
    const stale = await updateVictim({ victimId: victim.id, expectedVersion: 1, givenName: "Kat" });
    expect(stale.victim).toBeNull();
    expect(refusals(stale)).toEqual([{ code: "CONFLICT", field: ["input", "expectedVersion"] }]);
    expect(await victimDetail(victim.id)).toMatchObject({ givenName: "Kitty", version: 2 });
  });

  it("refuses blank or over-long names and over-long notes with a userError at each field's path, recording nothing", async () => {
    const before = await victimCount();
    const refused = await recordVictim({ givenName: "   ", familyName: "x".repeat(101), contactSafety: { notes: "n".repeat(2001) } });
    expect(refused.victim).toBeNull();
    expect(refusals(refused)).toEqual([
      { code: "INVALID", field: ["input", "givenName"] },
      { code: "INVALID", field: ["input", "familyName"] },
      { code: "INVALID", field: ["input", "contactSafety", "notes"] },
    ]);
    expect(await victimCount()).toBe(before);

    const victim = await vfx.victim();
    const blanked = await updateVictim({ victimId: victim.id, expectedVersion: 1, familyName: " " });
    expect(refusals(blanked)).toEqual([{ code: "INVALID", field: ["input", "familyName"] }]);
    expect((await victimDetail(victim.id)).version).toBe(1);
  });

  it("refuses a date of birth after today, on record and on update; today itself is accepted", async () => {
    const future = await recordVictim({ givenName: "Lee", familyName: "Future", dateOfBirth: TOMORROW });
    expect(refusals(future)).toEqual([{ code: "INVALID", field: ["input", "dateOfBirth"] }]);

    const victim = await vfx.victim();
    const update = await updateVictim({ victimId: victim.id, expectedVersion: 1, dateOfBirth: TOMORROW });
    expect(refusals(update)).toEqual([{ code: "INVALID", field: ["input", "dateOfBirth"] }]);
    expect((await victimDetail(victim.id)).dateOfBirth).toBe("1990-06-15");

    const newborn = await recordVictim({ givenName: "Baby", familyName: "Today", dateOfBirth: "2026-06-01" });
    expect(newborn.userErrors).toEqual([]);
  });

  it("refuses a date that is not on the calendar before anything is written", async () => {
    const before = await victimCount();
    const result = await server.request(RecordVictimDocument, { input: { givenName: "Ali", familyName: "Leapday", dateOfBirth: "1990-02-30" } }, vfx.safeguarding, withPurpose);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await victimCount()).toBe(before);
  });

  it("refuses recordVictim without a stated purpose, writing nothing", async () => {
    const before = await victimCount();
    const result = await server.request(RecordVictimDocument, { input: { givenName: "No", familyName: "Purpose" } }, vfx.safeguarding);
    expect(result.errors?.[0]?.extensions?.code).toBe("PURPOSE_REQUIRED");
    expect(await victimCount()).toBe(before);
  });

  it("answers NOT_FOUND for a victim id that does not exist", async () => {
    const missing = await updateVictim({ victimId: toGlobalId("Victim", randomUUID()), expectedVersion: 1, givenName: "X" });
    expect(refusals(missing)).toEqual([{ code: "NOT_FOUND", field: ["input", "victimId"] }]);
  });
});

describe("searching victims", () => {
  it("matches the start of the given or family name, whatever the case, ordered by family then given name", async () => {
    const s = stem();
    await vfx.victim({ givenName: "Yan", familyName: `${s}beta` });
    await vfx.victim({ givenName: "Ann", familyName: `${s.toUpperCase()}ALPHA` });
    await vfx.victim({ givenName: "Bea", familyName: `${s}alpha` });
    await vfx.victim({ givenName: s, familyName: "Otherwise" });
    await vfx.victim({ givenName: "Not", familyName: "Matched" });

    const found = await search(10, { nameStartsWith: s.toLowerCase() });
    expect(found.victims.edges.map((edge) => [edge.node.givenName, edge.node.familyName.toLowerCase()])).toEqual([
      [s, "otherwise"],
      ["Ann", `${s}alpha`.toLowerCase()],
      ["Bea", `${s}alpha`.toLowerCase()],
      ["Yan", `${s}beta`.toLowerCase()],
    ]);
    expect(found.victims.totalCount).toBe(4);
    expect(found.victims.pageInfo.hasNextPage).toBe(false);
  });

  it("pages with cursors: every match once, in order, with the total on every page", async () => {
    const s = stem();
    const names = ["Ashby", "Barwick", "Calverley", "Drighlington", "Esholt"];
    for (const name of [...names].reverse()) await vfx.victim({ givenName: `${s}${name}`, familyName: `${s}${name}` });

    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const page: Awaited<ReturnType<typeof search>> = await search(2, { nameStartsWith: s }, after);
      expect(page.victims.totalCount).toBe(5);
      seen.push(...page.victims.edges.map((edge) => edge.node.familyName.slice(s.length)));
      pages.push(page.victims.pageInfo.hasNextPage);
      after = page.victims.pageInfo.hasNextPage ? page.victims.pageInfo.endCursor! : null;
    } while (after);
    expect(seen).toEqual(names);
    expect(pages).toEqual([true, true, false]);
  });

  it("gives nothing for a one-character prefix, and treats LIKE wildcards as plain characters", async () => {
    const s = stem();
    await vfx.victim({ familyName: `${s}single` });
    for (const nameStartsWith of [s.slice(0, 1), ` ${s.slice(0, 1)} `, "%%", "__"]) {
      const found = await search(10, { nameStartsWith });
      expect({ nameStartsWith, edges: found.victims.edges, totalCount: found.victims.totalCount }).toEqual({ nameStartsWith, edges: [], totalCount: 0 });
    }
  });

  it("finds the victims linked to a perpetrator, alone or with a name prefix", async () => {
    const { perpetratorId, victim: first } = await vfx.linkedPair();
    const s = stem();
    const second = await vfx.victim({ familyName: `${s}second` });
    await vfx.link(second.id, perpetratorId, "EX_PARTNER");
    await vfx.linkedPair(); // another perpetrator's victim, not to be found

    const all = await search(10, { perpetratorId });
    expect(all.victims.edges.map((edge) => edge.node.id).sort()).toEqual([first.id, second.id].sort());
    expect(all.victims.totalCount).toBe(2);
    const named = await search(10, { perpetratorId, nameStartsWith: s });
    expect(named.victims.edges.map((edge) => edge.node.id)).toEqual([second.id]);
    expect(named.victims.totalCount).toBe(1);
  });
});

describe("links between victims and perpetrators", () => {
  it("refuses a second current link for the same pair as a DUPLICATE, and allows one again after the first ends", async () => {
    const { perpetratorId, victim, link } = await vfx.linkedPair();
    const duplicate = await linkVictim(victim.id, perpetratorId, "2025-01-01");
    expect(duplicate.link).toBeNull();
    expect(refusals(duplicate)).toEqual([{ code: "DUPLICATE", field: ["input", "perpetratorId"] }]);

    expect((await endLink(link.id, "2025-12-31")).userErrors).toEqual([]);
    const again = await linkVictim(victim.id, perpetratorId, "2026-03-01");
    expect(again.userErrors).toEqual([]);
    expect((await victimDetail(victim.id, true)).links.map((l) => [l.id, l.current])).toEqual([
      [link.id, false],
      [again.link!.id, true],
    ]);
  });

  it("links a victim to two perpetrators and a perpetrator to two victims, each seen from both sides", async () => {
    const { perpetratorId: p1, victim: shared, link: sharedToP1 } = await vfx.linkedPair();
    const p2 = (await fx.person()).id;
    const sharedToP2 = await vfx.link(shared.id, p2, "EX_PARTNER", "2023-05-01");
    const other = await vfx.victim();
    const otherToP1 = await vfx.link(other.id, p1, "CHILD");

    expect((await victimDetail(shared.id)).links.map((l) => [l.id, l.perpetrator.id, l.relationship])).toEqual([
      [sharedToP2.id, p2, "EX_PARTNER"],
      [sharedToP1.id, p1, "PARTNER"],
    ]);
    expect((await perpetratorLinks(p1)).victimLinks.map((l) => [l.id, l.victim.id]).sort()).toEqual(
      [
        [sharedToP1.id, shared.id],
        [otherToP1.id, other.id],
      ].sort(),
    );
    expect((await perpetratorLinks(p2)).victimLinks.map((l) => l.victim.id)).toEqual([shared.id]);
  });

  it("ends a link: no longer current, hidden unless includeEnded, and cannot be ended twice", async () => {
    const { perpetratorId, victim, link } = await vfx.linkedPair();
    const ended = await endLink(link.id, "2026-04-30");
    expect(ended.userErrors).toEqual([]);
    expect(ended.link).toMatchObject({ id: link.id, endedOn: "2026-04-30", current: false });

    expect((await victimDetail(victim.id)).links).toEqual([]);
    expect((await victimDetail(victim.id, true)).links).toEqual([expect.objectContaining({ id: link.id, endedOn: "2026-04-30", current: false })]);
    expect((await perpetratorLinks(perpetratorId)).victimLinks).toEqual([]);
    expect((await perpetratorLinks(perpetratorId, true)).victimLinks).toEqual([{ id: link.id, current: false, endedOn: "2026-04-30", victim: { id: victim.id } }]);

    expect(refusals(await endLink(link.id, "2026-05-01"))).toEqual([{ code: "INVALID_TRANSITION", field: ["input", "linkId"] }]);
  });

  it("refuses a link starting in the future, and an end in the future or before the start", async () => {
    const victim = await vfx.victim();
    const person = await fx.person();
    expect(refusals(await linkVictim(victim.id, person.id, TOMORROW))).toEqual([{ code: "INVALID", field: ["input", "startedOn"] }]);
    expect((await victimDetail(victim.id, true)).links).toEqual([]);

    const link = await vfx.link(victim.id, person.id, "PARTNER", "2025-01-01");
    expect(refusals(await endLink(link.id, TOMORROW))).toEqual([{ code: "INVALID", field: ["input", "endedOn"] }]);
    expect(refusals(await endLink(link.id, "2024-12-31"))).toEqual([{ code: "INVALID", field: ["input", "endedOn"] }]);
    expect((await victimDetail(victim.id)).links).toEqual([expect.objectContaining({ id: link.id, endedOn: null, current: true })]);
  });
});

describe("support workers", () => {
  it("allocates an IDVA, a partner support worker and the integrated support service; currentIdva is the IDVA", async () => {
    const victim = await vfx.victim();
    const idva = await allocate(victim.id, { kind: "IDVA", workerName: "Ida Advocate" });
    const partner = await allocate(victim.id, { kind: "PARTNER_SUPPORT", workerName: "Pat Partner", startedOn: "2026-03-01" });
    const iss = await allocate(victim.id, { kind: "INTEGRATED_SUPPORT_SERVICE", workerName: "Iris Respect", organisation: "Respect", startedOn: "2026-04-01" });
    for (const payload of [idva, partner, iss]) expect(payload.userErrors).toEqual([]);
    expect(idva.allocation).toMatchObject({ kind: "IDVA", workerName: "Ida Advocate", organisation: "Leeds DVS", startedOn: "2026-02-01", endedOn: null, current: true });

    const detail = await victimDetail(victim.id);
    expect(detail.supportWorkers.map((a) => [a.kind, a.workerName, a.current])).toEqual([
      ["IDVA", "Ida Advocate", true],
      ["PARTNER_SUPPORT", "Pat Partner", true],
      ["INTEGRATED_SUPPORT_SERVICE", "Iris Respect", true],
    ]);
    expect(detail.currentIdva).toEqual({ id: idva.allocation!.id, workerName: "Ida Advocate" });
  });

  it("refuses a second current IDVA as a DUPLICATE; two partner support workers are fine", async () => {
    const victim = await vfx.victim();
    await allocate(victim.id);
    const second = await allocate(victim.id, { workerName: "Second Idva" });
    expect(second.allocation).toBeNull();
    expect(refusals(second)).toEqual([{ code: "DUPLICATE", field: ["input", "kind"] }]);
    expect((await allocate(victim.id, { kind: "PARTNER_SUPPORT", workerName: "One", startedOn: "2026-03-01" })).userErrors).toEqual([]);
    expect((await allocate(victim.id, { kind: "PARTNER_SUPPORT", workerName: "Two", startedOn: "2026-04-01" })).userErrors).toEqual([]);
    expect((await victimDetail(victim.id)).supportWorkers.map((a) => a.workerName)).toEqual(["Sam Idva", "One", "Two"]);
  });

  it("ends an allocation: hidden unless includeEnded, no longer the current IDVA, and a new IDVA may follow", async () => {
    const victim = await vfx.victim();
    const first = (await allocate(victim.id, { workerName: "First Idva", startedOn: "2025-09-01" })).allocation!;
    const ended = await endAllocation(first.id, "2026-05-15");
    expect(ended.userErrors).toEqual([]);
    expect(ended.allocation).toMatchObject({ id: first.id, endedOn: "2026-05-15", current: false });

    let detail = await victimDetail(victim.id);
    expect(detail.supportWorkers).toEqual([]);
    expect(detail.currentIdva).toBeNull();
    expect((await victimDetail(victim.id, true)).supportWorkers.map((a) => [a.id, a.endedOn, a.current])).toEqual([[first.id, "2026-05-15", false]]);

    const next = (await allocate(victim.id, { workerName: "Next Idva", startedOn: "2026-05-16" })).allocation!;
    detail = await victimDetail(victim.id);
    expect(detail.currentIdva).toEqual({ id: next.id, workerName: "Next Idva" });

    expect(refusals(await endAllocation(first.id, "2026-05-20"))).toEqual([{ code: "INVALID_TRANSITION", field: ["input", "allocationId"] }]);
    expect(refusals(await endAllocation(next.id, "2026-05-01"))).toEqual([{ code: "INVALID", field: ["input", "endedOn"] }]);
    expect(refusals(await allocate(victim.id, { kind: "PARTNER_SUPPORT", startedOn: TOMORROW }))).toEqual([{ code: "INVALID", field: ["input", "startedOn"] }]);
  });

  it("never lets a victim have two current IDVAs, even while the first one's end date is still ahead", async () => {
    const victim = await vfx.victim();
    const first = (await allocate(victim.id, { workerName: "Outgoing Idva", startedOn: "2026-01-01" })).allocation!;
    await endAllocation(first.id, "2026-07-01"); // a month ahead: whether this is refused or not, the rule must hold
    await allocate(victim.id, { workerName: "Incoming Idva", startedOn: "2026-05-01" });
    const currentIdvas = (await victimDetail(victim.id)).supportWorkers.filter((a) => a.kind === "IDVA" && a.current);
    expect(currentIdvas.map((a) => a.workerName)).toHaveLength(1);
  });
});
