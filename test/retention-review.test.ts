import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErasePerpetratorDocument, EraseVictimDocument, NodeByIdDocument, PerpetratorLookupDocument, RetentionReviewDocument, SearchPerpetratorsDocument, type RetentionReviewQuery, SearchVictimsDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

/*
 * The retention review with the clock moved (what falls due, when, and from which activity; open work
 * keeps a record off it; erased records leave it), and restriction (DPA 2018 s.47): the record leaves
 * every list, search and lookup, for admins too, and every read but an admin's by id and the subject
 * access export; its data stays.
 */

const NOW = "2026-06-01T12:00:00Z";
let server: TestServer;
let fx: Fixtures;
let vx: VictimFixtures;
const ids = { closed: "", open: "", victim: "", restricted: "" };

async function due(at: string, kinds?: ("PERPETRATOR_CASE" | "VICTIM")[]) {
  server.clock.set(at);
  try {
    const found: { kind: string; recordId: string; retainedFrom: string; setBy: string; dueOn: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const data: RetentionReviewQuery = await server.query(RetentionReviewDocument, { first: 50, after, kinds }, fx.admin);
      found.push(...data.retentionReview.edges.map((edge) => edge.node));
      if (!data.retentionReview.pageInfo.hasNextPage) return { found, totalCount: data.retentionReview.totalCount };
      after = data.retentionReview.pageInfo.endCursor!;
    }
  } finally {
    server.clock.set(NOW);
  }
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  vx = await createVictimFixtures(server, fx);
  // Closed: referred in March 2026 and withdrawn on 1 June 2026 (the last activity).
  server.clock.set("2026-03-10T10:00:00Z");
  const closed = await fx.person({ children: [] });
  ids.closed = closed.id;
  const referral = await fx.refer(closed.id, "CHOICES");
  server.clock.set(NOW);
  await fx.transition(referral.id, "WITHDRAWN", referral.version, { withdrawalReason: "MOVED_AREA" });
  // Open: a referral still waiting, so never due however old.
  const open = await fx.person({ children: [] });
  ids.open = open.id;
  await fx.refer(open.id, "CHOICES");
  // A victim recorded today with an assessment on an ended link.
  const victim = await vx.victim();
  ids.victim = victim.id;
  const link = await vx.link(victim.id, ids.open);
  await vx.assess(link.id, 3);
  await server.request(`mutation($input: EndVictimLinkInput!) { endVictimLink(input: $input) { userErrors { code } } }`, { input: { linkId: link.id, endedOn: "2026-06-01" } }, vx.safeguarding, withPurpose);
  ids.restricted = (await fx.person({ familyName: "Restrictwell", crn: "R700001", children: [] })).id;
  // Rows are stamped with the database's clock, not the test's: put their creation back in the test's past.
  await server.database.query(`update perpetrators set created_at = '2026-03-01T10:00:00Z'`);
  await server.database.query(`update victims set created_at = '2026-03-01T10:00:00Z'`);
}, 120_000);
afterAll(() => server?.close());

describe("retentionReview", () => {
  it("is for admins only", async () => {
    const answer = await server.request(RetentionReviewDocument, { first: 10 }, fx.probation);
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lists nothing before the period has run, then the closed case from its last referral outcome, never the open one", async () => {
    expect((await due("2033-05-31T12:00:00Z", ["PERPETRATOR_CASE"])).found.map((r) => r.recordId)).not.toContain(ids.closed);
    const { found, totalCount } = await due("2033-06-01T12:00:00Z", ["PERPETRATOR_CASE"]);
    expect(found.find((r) => r.recordId === ids.closed)).toEqual({ kind: "PERPETRATOR_CASE", recordId: ids.closed, retainedFrom: "2026-06-01", setBy: "REFERRAL_OUTCOME", dueOn: "2033-06-01" });
    expect(found.map((r) => r.recordId)).not.toContain(ids.open);
    expect(totalCount).toBe(found.length);
    // Earliest due first.
    expect(found.map((r) => r.dueOn)).toEqual([...found.map((r) => r.dueOn)].sort());
  });

  it("lists a victim six years after their last activity, filtered by kind", async () => {
    const { found } = await due("2032-06-01T12:00:00Z", ["VICTIM"]);
    expect(found.find((r) => r.recordId === ids.victim)).toEqual({ kind: "VICTIM", recordId: ids.victim, retainedFrom: "2026-06-01", setBy: "VICTIM_LINK_END", dueOn: "2032-06-01" });
    expect(found.every((r) => r.kind === "VICTIM")).toBe(true);
  });

  it("drops a record once it is erased", async () => {
    const erased = await server.query(ErasePerpetratorDocument, { input: { id: ids.closed, expectedVersion: 1, mode: "ERASE", reason: "Retention period passed" } }, fx.admin);
    expect(erased.erasePerpetrator.userErrors).toEqual([]);
    expect((await due("2033-06-01T12:00:00Z")).found.map((r) => r.recordId)).not.toContain(ids.closed);
  });
});

describe("restriction (DPA 2018 s.47)", () => {
  it("hides the person from lists, searches and other roles' reads, leaves an admin's read by id and the export, and keeps the data", async () => {
    const restricted = await server.query(ErasePerpetratorDocument, { input: { id: ids.restricted, expectedVersion: 1, mode: "RESTRICT", reason: "Accuracy contested" } }, fx.admin);
    expect(restricted.erasePerpetrator.userErrors).toEqual([]);
    expect(restricted.erasePerpetrator.erasure).toMatchObject({ mode: "RESTRICT", erasedRows: [] });

    for (const token of [fx.admin, fx.probation]) {
      const search = await server.query(SearchPerpetratorsDocument, { first: 100, filter: { name: "Restrictwell" } }, token);
      expect(search.perpetrators.edges).toEqual([]);
      expect((await server.query(PerpetratorLookupDocument, { crn: "R700001" }, token)).perpetrator).toBeNull();
    }
    expect((await server.query(PerpetratorLookupDocument, { id: ids.restricted }, fx.probation)).perpetrator).toBeNull();
    expect((await server.query(NodeByIdDocument, { id: ids.restricted }, fx.probation)).node).toBeNull();
    // The admin's explicit read, and the subject access export (the person's right of access stands).
    expect((await server.query(PerpetratorLookupDocument, { id: ids.restricted }, fx.admin)).perpetrator).toMatchObject({ familyName: "Restrictwell" });
    const sar = await fetch(new URL("/subject-access-request?crn=R700001", server.url), { headers: { authorization: `Bearer ${fx.admin}` } });
    expect(sar.status).toBe(200);
    const [row] = await server.database.query<{ family_name: string; restricted: boolean }>(`select family_name, restricted_at is not null as restricted from perpetrators where crn = 'R700001'`);
    expect(row).toEqual({ family_name: "Restrictwell", restricted: true });

    const again = await server.query(ErasePerpetratorDocument, { input: { id: ids.restricted, expectedVersion: 2, mode: "RESTRICT", reason: "Again" } }, fx.admin);
    expect(again.erasePerpetrator.userErrors.map((e) => e.code)).toEqual(["ALREADY_ERASED"]);
  });

  it("hides a restricted victim from every victim reader", async () => {
    const [row] = await server.database.query<{ version: number }>(`select version from victims order by created_at desc limit 1`);
    const answer = await server.query(EraseVictimDocument, { input: { id: ids.victim, expectedVersion: row!.version, mode: "RESTRICT", reason: "Accuracy contested" } }, fx.admin);
    expect(answer.eraseVictim.userErrors).toEqual([]);
    const police = await server.token(Role.POLICE, "police-restrict");
    for (const token of [vx.safeguarding, police]) {
      const list = await server.query(SearchVictimsDocument, { first: 100 }, token, withPurpose);
      expect(list.victims.edges.map((edge) => edge.node.id)).not.toContain(ids.victim);
      expect((await server.query(NodeByIdDocument, { id: ids.victim }, token, withPurpose)).node).toBeNull();
    }
  });

  it("refuses a bad id and a victim's id given as a person's", async () => {
    const bad = await server.query(ErasePerpetratorDocument, { input: { id: "not-an-id", expectedVersion: 1, mode: "ERASE", reason: "x" } }, fx.admin);
    expect(bad.erasePerpetrator.userErrors.map((e) => `${e.field.join(".")} ${e.code}`)).toEqual(["input.id NOT_FOUND"]);
    const wrongType = await server.query(ErasePerpetratorDocument, { input: { id: ids.victim, expectedVersion: 1, mode: "ERASE", reason: "x" } }, fx.admin);
    expect(wrongType.erasePerpetrator.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    const blank = await server.query(EraseVictimDocument, { input: { id: ids.victim, expectedVersion: 1, mode: "ERASE", reason: "  " } }, fx.admin);
    expect(blank.eraseVictim.userErrors.map((e) => `${e.field.join(".")} ${e.code}`)).toEqual(["input.reason INVALID"]);
  });
});
