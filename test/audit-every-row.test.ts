import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId } from "../src/shared/global-id.js";
import { codes } from "./support/audit-scenario.js";
import type { GraphQLResponse, TestServer } from "./support/server.js";
import { PURPOSE, startVictimTestServer, type VictimFixtures } from "./support/victim-fixtures.js";
import type { Fixtures } from "./support/fixtures.js";

/**
 * Every victim row that leaves the server is a logged consultation (DPA 2018 s.62), whatever was
 * selected of it: only `__typename`, only `id`, through `node(id:)`, a relation, an order's protected
 * people, a connection's edges or a mutation's payload. Checked in audit_events directly, beside the
 * audit witness that every request of the test server goes through.
 */

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;
let people: { perpetratorId: string; victims: { id: string; dbId: string }[]; links: string[]; orderId: string };

const dbId = (globalId: string) => fromGlobalId(globalId)!.id;

beforeAll(async () => {
  ({ server, fx, vfx } = await startVictimTestServer("2026-06-01T12:00:00Z"));
  const person = await fx.person();
  const first = await vfx.victim({ givenName: "Imogen", familyName: "Everyrow" });
  const second = await vfx.victim({ givenName: "Florian", familyName: "Everyrow" });
  const links = [await vfx.link(first.id, person.id), await vfx.link(second.id, person.id, "CHILD")];
  const order = await vfx.order(person.id, [first.id, second.id]);
  people = {
    perpetratorId: person.id,
    victims: [first, second].map((victim) => ({ id: victim.id, dbId: dbId(victim.id) })),
    links: links.map((link) => dbId(link.id)),
    orderId: order.id,
  };
}, 60_000);
afterAll(() => server?.close());

interface Consultation {
  entityType: string;
  entityId: string;
  fields: string[];
  requestId: string;
}

/** The request's CONSULTATION rows, straight from the table. */
async function consultations(requestId: string): Promise<Consultation[]> {
  const rows = await server.database.rows<Omit<Consultation, "fields"> & { fields: string }>(
    server.database.db,
    sql`select entity_type as "entityType", entity_id::text as "entityId", array_to_json(fields)::text as fields, request_id as "requestId"
        from audit_events where request_id = ${requestId} and action = 'CONSULTATION'`,
  );
  return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as string[] }));
}

/** Sends as police safeguarding with a purpose, and fails on any error. */
async function read(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Record<string, unknown>>> {
  const result = await server.request<Record<string, unknown>, Record<string, unknown>>(query, variables, vfx.safeguarding, { purpose: PURPOSE });
  expect(result.errors).toBeUndefined();
  return result;
}

/** Exactly one CONSULTATION for each of these victims under the server's request id, and the rest as given. */
async function expectOnePerVictim(response: GraphQLResponse<unknown>, victimIds: string[], others: Record<string, string[]> = {}) {
  const rows = await consultations(response.requestId);
  expect(response.requestId).toMatch(/\S{8,}/);
  const victims = rows.filter((row) => row.entityType === "Victim");
  expect(victims.map((row) => row.entityId).sort()).toEqual([...victimIds].sort());
  for (const row of rows) expect(row.requestId).toBe(response.requestId);
  const rest = Object.fromEntries(rows.filter((row) => row.entityType !== "Victim").map((row) => [`${row.entityType} ${row.entityId}`, row.fields]));
  expect(rest).toEqual(others);
  return victims;
}

const everyVictim = () => people.victims.map((victim) => victim.dbId);

describe("a victim row is a consultation whatever is selected of it", () => {
  it("in the victims search, with only __typename selected", async () => {
    const response = await read(`{ victims(first: 10, filter: { nameStartsWith: "Everyrow" }) { edges { node { __typename } } } }`);
    const rows = await expectOnePerVictim(response, everyVictim());
    expect(rows.map((row) => row.fields)).toEqual([[], []]);
  });

  it("in the victims search, with only id selected", async () => {
    const response = await read(`{ victims(first: 10, filter: { nameStartsWith: "Everyrow" }) { edges { node { id } } } }`);
    await expectOnePerVictim(response, everyVictim());
  });

  it("with the fields read named, once per row even when the row is shown twice", async () => {
    const response = await read(
      `query Twice($id: ID!) {
        node(id: $id) { __typename }
        victims(first: 10, filter: { nameStartsWith: "Everyrow" }) { edges { node { id givenName } } }
      }`,
      { id: people.victims[0]!.id },
    );
    const rows = await expectOnePerVictim(response, everyVictim());
    expect(rows.map((row) => row.fields)).toEqual([["givenName"], ["givenName"]]);
  });

  it("through node(id:), with only __typename selected", async () => {
    const response = await read(`query ($id: ID!) { node(id: $id) { __typename } }`, { id: people.victims[1]!.id });
    expect(response.data).toEqual({ node: { __typename: "Victim" } });
    await expectOnePerVictim(response, [people.victims[1]!.dbId]);
  });

  it("through a perpetrator's victim links", async () => {
    const response = await read(
      `query ($id: ID!) { node(id: $id) { ... on Perpetrator { id victimLinks { id victim { __typename } } } } }`,
      { id: people.perpetratorId },
    );
    await expectOnePerVictim(response, everyVictim(), {
      [`Perpetrator ${dbId(people.perpetratorId)}`]: ["victimLinks"],
      ...Object.fromEntries(people.links.map((link) => [`VictimLink ${link}`, ["victim"]])),
    });
  });

  it("through an order's protected people", async () => {
    const response = await read(`query ($id: ID!) { node(id: $id) { ... on ProtectiveOrder { id protectedPeople { __typename } } } }`, { id: people.orderId });
    expect(response.data).toEqual({ node: { id: people.orderId, protectedPeople: [{ __typename: "Victim" }, { __typename: "Victim" }] } });
    await expectOnePerVictim(response, everyVictim(), { [`ProtectiveOrder ${dbId(people.orderId)}`]: ["protectedPeople"] });
  });

  it("in a mutation's payload: a consultation beside the ALTERATION, as any read of a payload is", async () => {
    const victim = people.victims[0]!;
    const current = await read(`query ($id: ID!) { node(id: $id) { ... on Victim { id version } } }`, { id: victim.id });
    const version = (current.data!.node as { version: number }).version;
    const response = await read(
      `mutation ($input: UpdateVictimInput!) { updateVictim(input: $input) { victim { __typename } userErrors { code } } }`,
      { input: { victimId: victim.id, expectedVersion: version, dateOfBirth: "1990-06-16" } },
    );
    expect(response.data).toEqual({ updateVictim: { victim: { __typename: "Victim" }, userErrors: [] } });
    await expectOnePerVictim(response, [victim.dbId]);
    const actions = await server.database.rows<{ action: string }>(server.database.db, sql`select action from audit_events where request_id = ${response.requestId} order by action`);
    expect(actions.map((row) => row.action)).toEqual(["ALTERATION", "CONSULTATION"]);
  });
});

describe("nothing returned, nothing logged", () => {
  it("a count and an end cursor show no victim: no consultation, and the cursor carries no name", async () => {
    const response = await read(`{ victims(first: 1, filter: { nameStartsWith: "Everyrow" }) { totalCount pageInfo { endCursor hasNextPage } } }`);
    const victims = response.data!.victims as { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean } };
    expect(victims.totalCount).toBe(2);
    expect(victims.pageInfo.hasNextPage).toBe(true);
    expect(await consultations(response.requestId)).toEqual([]);
    const decoded = Buffer.from(victims.pageInfo.endCursor, "base64url").toString("utf8").toLowerCase();
    for (const name of ["everyrow", "imogen", "florian"]) expect(decoded).not.toContain(name);
  });

  it("a victim's id alone is not returned without a stated purpose, and nothing is logged", async () => {
    const result = await server.request<Record<string, unknown>, Record<string, unknown>>(`query ($id: ID!) { node(id: $id) { __typename } }`, { id: people.victims[0]!.id }, vfx.safeguarding);
    expect(codes(result)).toEqual(["PURPOSE_REQUIRED"]);
    expect(result.data).toEqual({ node: null });
    expect(await consultations(result.requestId)).toEqual([]);
  });
});
