import { randomUUID } from "node:crypto";
import { buildSchema, parse } from "graphql";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProgrammesDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { THE_RECORD_ITSELF, UNIDENTIFIED, uncoveredReads, witnessVictimSafetyReads, type WitnessInput } from "./support/audit-witness.js";
import { auditWitnessTally, startTestServer, type TestServer } from "./support/server.js";

/** A small stand-in for the victim-safety schema, so the walker is tested without the real types. */
const schema = buildSchema(/* GraphQL */ `
  interface Node {
    id: ID!
  }
  type ContactSafety {
    safeToCall: Boolean
    method: String
  }
  type Victim implements Node {
    id: ID!
    name: String
    contactSafety: ContactSafety
    links: [VictimLink!]!
  }
  type VictimLink implements Node {
    id: ID!
    relationship: String
    victim: Victim
    perpetrator: Perpetrator!
  }
  type Perpetrator implements Node {
    id: ID!
    familyName: String
    victimLinks: [VictimLink!]!
    hasActiveSafetyConcerns: Boolean!
  }
  type Programme implements Node {
    id: ID!
    name: String
  }
  union SearchHit = Victim | Programme
  type Query {
    victim(id: ID!): Victim
    victims: [Victim]
    perpetrator(id: ID!): Perpetrator
    programmes: [Programme!]!
    node(id: ID!): Node
    search: [SearchHit!]!
  }
  type Mutation {
    recordVictim(name: String!): Victim
  }
`);

const ids = { v1: randomUUID(), v2: randomUUID(), link: randomUUID(), perp: randomUUID(), prog: randomUUID() };
const gid = {
  v1: toGlobalId("Victim", ids.v1),
  v2: toGlobalId("Victim", ids.v2),
  link: toGlobalId("VictimLink", ids.link),
  perp: toGlobalId("Perpetrator", ids.perp),
  prog: toGlobalId("Programme", ids.prog),
};

function witness(query: string, data: unknown, extra: Partial<WitnessInput> = {}) {
  return witnessVictimSafetyReads({ schema, document: parse(query), data, ...extra });
}

/** Reads as a compact map, `Type:dbId` → fields, for readable expectations. */
function readMap(result: ReturnType<typeof witness>): Record<string, string[]> {
  return Object.fromEntries(result.reads.map((read) => [`${read.typeName}:${read.dbId}`, read.fields]));
}

describe("the audit witness walker", () => {
  it("reports the field names, not the aliases, of an audited object, without id and __typename", () => {
    const result = witness(`{ v: victim(id: "x") { key: id __typename who: name name contactSafety { safeToCall } } }`, {
      v: { key: gid.v1, __typename: "Victim", who: "A", name: "A", contactSafety: { safeToCall: true } },
    });
    expect(result.problems).toEqual([]);
    expect(readMap(result)).toEqual({ [`Victim:${ids.v1}`]: ["contactSafety", "name"] });
    expect(result.reads[0]!.paths).toEqual(["v"]);
  });

  it("follows named fragments, nested fragments and inline fragments", () => {
    const result = witness(
      `query Q { victim(id: "x") { ...VictimParts ... on Victim { links { ...LinkParts } } } }
       fragment VictimParts on Victim { id ...More }
       fragment More on Victim { name }
       fragment LinkParts on VictimLink { id relationship }`,
      { victim: { id: gid.v1, name: "A", links: [{ id: gid.link, relationship: "PARTNER" }] } },
    );
    expect(result.problems).toEqual([]);
    expect(readMap(result)).toEqual({ [`Victim:${ids.v1}`]: ["links", "name"], [`VictimLink:${ids.link}`]: ["relationship"] });
  });

  it("walks lists, skipping null items and null objects, and merges one entity seen in several places", () => {
    const result = witness(
      `{ victims { id name links { id victim { id contactSafety { method } } } } perpetrator(id: "p") { id victimLinks { id } } }`,
      {
        victims: [
          { id: gid.v1, name: "A", links: [{ id: gid.link, victim: { id: gid.v1, contactSafety: null } }] },
          null,
          { id: gid.v2, name: null, links: [] },
        ],
        perpetrator: null,
      },
    );
    expect(result.problems).toEqual([]);
    expect(readMap(result)).toEqual({
      // A null field value was still read: name of v2 counts, and contactSafety of v1 was read (as null).
      [`Victim:${ids.v1}`]: ["contactSafety", "links", "name"],
      [`Victim:${ids.v2}`]: ["links", "name"],
      [`VictimLink:${ids.link}`]: ["victim"],
    });
    expect(result.reads.find((read) => read.dbId === ids.v1)!.paths).toEqual(["victims[0]", "victims[0].links[0].victim"]);
  });

  it("applies @skip and @include with variables, defaults and literals", () => {
    const query = `query Q($withName: Boolean!, $skipSafety: Boolean = true) {
      victim(id: "x") { id name @include(if: $withName) contactSafety @skip(if: $skipSafety) { method } links @skip(if: false) { id } }
    }`;
    const data = { victim: { id: gid.v1, links: [] } };
    expect(readMap(witness(query, data, { variables: { withName: false } }))).toEqual({ [`Victim:${ids.v1}`]: ["links"] });
    expect(readMap(witness(query, { victim: { ...data.victim, name: "A", contactSafety: null } }, { variables: { withName: true, skipSafety: false } }))).toEqual({
      [`Victim:${ids.v1}`]: ["contactSafety", "links", "name"],
    });
    // A skipped id is no id: the read cannot be checked.
    const idQuery = `query Q($noId: Boolean!) { victim(id: "x") { vid: id @skip(if: $noId) name } }`;
    expect(witness(idQuery, { victim: { name: "A" } }, { variables: { noId: true } }).problems[0]!.message).toMatch(/Victim selected without `id`/);
    expect(readMap(witness(idQuery, { victim: { vid: gid.v1, name: "A" } }, { variables: { noId: false } }))).toEqual({ [`Victim:${ids.v1}`]: ["name"] });
    const includeQuery = `query Q($withId: Boolean = false) { victim(id: "x") { id @include(if: $withId) name } }`;
    expect(witness(includeQuery, { victim: { name: "A" } }).problems[0]!.message).toMatch(/Victim selected without `id`/);
    // A skipped fragment hides the fields in it too.
    const fragment = witness(`query Q($on: Boolean!) { victim(id: "x") { id ... @include(if: $on) { name } } }`, { victim: { id: gid.v1 } }, { variables: { on: false } });
    // The victim itself was still shown (its id), so it is a read of no field.
    expect(readMap(fragment)).toEqual({ [`Victim:${ids.v1}`]: [] });
  });

  it("resolves node(id:) by __typename, or else by the global id, and ignores non-audited concrete types", () => {
    const byTypename = witness(`{ node(id: "x") { __typename ... on Victim { vid: id name } ... on Programme { name } } }`, {
      node: { __typename: "Victim", vid: gid.v1, name: "A" },
    });
    expect(readMap(byTypename)).toEqual({ [`Victim:${ids.v1}`]: ["name"] });

    const byId = witness(`{ node(id: "x") { id ... on VictimLink { relationship } ... on Programme { name } } }`, {
      node: { id: gid.link, relationship: "CHILD" },
    });
    expect(byId.problems).toEqual([]);
    expect(readMap(byId)).toEqual({ [`VictimLink:${ids.link}`]: ["relationship"] });

    const programme = witness(`{ node(id: "x") { id ... on Programme { name } ... on Victim { name } } }`, { node: { id: gid.prog, name: "BBR" } });
    expect(programme).toEqual({ reads: [], problems: [] });
  });

  it("resolves union members the same way", () => {
    const result = witness(`{ search { __typename ... on Victim { id name } ... on Programme { id name } } }`, {
      search: [
        { __typename: "Programme", id: gid.prog, name: "BBR" },
        { __typename: "Victim", id: gid.v2, name: "B" },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(readMap(result)).toEqual({ [`Victim:${ids.v2}`]: ["name"] });
  });

  it("reports an abstract value it cannot type when it may hold victim-safety data", () => {
    // Without __typename or id, the keys still tell a Victim (name, contactSafety) from a Programme (name).
    const byKeys = witness(`{ node(id: "x") { ... on Victim { name contactSafety { method } } ... on Programme { name } } }`, {
      node: { name: "BBR" },
    });
    expect(byKeys).toEqual({ reads: [], problems: [] });

    const ambiguous = witness(`{ node(id: "x") { ... on Victim { name } ... on Programme { name } } }`, { node: { name: "A" } });
    expect(ambiguous.reads).toEqual([]);
    expect(ambiguous.problems).toHaveLength(1);
    expect(ambiguous.problems[0]!.path).toBe("node");
    expect(ambiguous.problems[0]!.message).toMatch(/cannot tell which Node.*Victim or Programme/);
  });

  it("reports audited objects selected without id, so tests must select ids", () => {
    const result = witness(`{ victims { name links { relationship } } perpetrator(id: "p") { id familyName victimLinks { id relationship victim { name } } } }`, {
      victims: [{ name: "A", links: [{ relationship: "PARTNER" }] }],
      perpetrator: { id: gid.perp, familyName: "F", victimLinks: [{ id: gid.link, relationship: "PARTNER", victim: { name: "A" } }] },
    });
    expect(result.problems.map((problem) => problem.path)).toEqual(["victims[0]", "victims[0].links[0]", "perpetrator.victimLinks[0].victim"]);
    expect(result.problems[0]!.message).toMatch(/Victim selected without `id`/);
    expect(readMap(result)).toEqual({ [`Perpetrator:${ids.perp}`]: ["victimLinks"], [`VictimLink:${ids.link}`]: ["relationship", "victim"] });
  });

  it("reports an id that is not a global id of the object's type", () => {
    const result = witness(`{ victim(id: "x") { id name } }`, { victim: { id: gid.prog, name: "A" } });
    expect(result.reads).toEqual([]);
    expect(result.problems[0]!.message).toMatch(/not a global id of a Victim/);
  });

  it("counts only the victim-safety fields of Perpetrator, and nothing of non-audited types", () => {
    const plain = witness(`{ perpetrator(id: "p") { familyName } programmes { name } }`, { perpetrator: { familyName: "F" }, programmes: [{ name: "BBR" }] });
    expect(plain).toEqual({ reads: [], problems: [] });

    const safety = witness(`{ perpetrator(id: "p") { id familyName concerns: hasActiveSafetyConcerns } }`, {
      perpetrator: { id: gid.perp, familyName: "F", concerns: true },
    });
    expect(readMap(safety)).toEqual({ [`Perpetrator:${ids.perp}`]: ["hasActiveSafetyConcerns"] });

    // Of Perpetrator, an object with no victim-safety field shows nothing that needs logging.
    expect(witness(`{ perpetrator(id: "p") { id __typename } }`, { perpetrator: { id: gid.perp, __typename: "Perpetrator" } })).toEqual({ reads: [], problems: [] });
  });

  it("walks mutation results and picks the named operation", () => {
    const query = `query Other { programmes { id } } mutation Record { recordVictim(name: "A") { id name } }`;
    const result = witness(query, { recordVictim: { id: gid.v1, name: "A" } }, { operationName: "Record" });
    expect(readMap(result)).toEqual({ [`Victim:${ids.v1}`]: ["name"] });
    expect(witness(query, { recordVictim: null }).problems[0]!.message).toMatch(/cannot tell which operation/);
  });

  it("does not require a field that is null because it failed, but does when it failed below a value that was shown", () => {
    const query = `{ victim(id: "x") { id name contactSafety { safeToCall method } links { id } } }`;
    const data = { victim: { id: gid.v1, name: "A", contactSafety: null, links: [] } };
    const failed = witness(query, data, { errors: [{ path: ["victim", "contactSafety"] }] });
    expect(readMap(failed)).toEqual({ [`Victim:${ids.v1}`]: ["links", "name"] });

    const partly = witness(query, { victim: { ...data.victim, contactSafety: { safeToCall: null, method: "TEXT" } } }, { errors: [{ path: ["victim", "contactSafety", "safeToCall"] }] });
    expect(readMap(partly)).toEqual({ [`Victim:${ids.v1}`]: ["contactSafety", "links", "name"] });

    expect(witness(query, null, { errors: [{ path: ["victim"] }] })).toEqual({ reads: [], problems: [] });
  });

  it("takes a custom policy", () => {
    const result = witness(`{ programmes { id name } }`, { programmes: [{ id: gid.prog, name: "BBR" }] }, { policy: { auditedTypes: ["Programme"], auditedFields: {} } });
    expect(readMap(result)).toEqual({ [`Programme:${ids.prog}`]: ["name"] });
  });
});

describe("every object of a wholly audited type is a read, whatever is selected of it", () => {
  it("counts an object shown with only its id as a read of no field", () => {
    const result = witness(`{ victim(id: "x") { id __typename } victims { id } }`, {
      victim: { id: gid.v1, __typename: "Victim" },
      victims: [{ id: gid.v1 }, { id: gid.v2 }, null],
    });
    expect(result.problems).toEqual([]);
    expect(readMap(result)).toEqual({ [`Victim:${ids.v1}`]: [], [`Victim:${ids.v2}`]: [] });
    expect(result.reads.find((read) => read.dbId === ids.v1)!.paths).toEqual(["victim", "victims[0]"]);
  });

  it("counts objects shown with only __typename as unidentified reads of their type, and in relations too", () => {
    const result = witness(`{ victims { __typename } perpetrator(id: "p") { id victimLinks { id victim { __typename } } } }`, {
      victims: [{ __typename: "Victim" }, { __typename: "Victim" }],
      perpetrator: { id: gid.perp, victimLinks: [{ id: gid.link, victim: { __typename: "Victim" } }] },
    });
    expect(result.problems).toEqual([]);
    expect(readMap(result)).toEqual({
      [`Victim:${UNIDENTIFIED}`]: [],
      [`Perpetrator:${ids.perp}`]: ["victimLinks"],
      [`VictimLink:${ids.link}`]: ["victim"],
    });
    const unidentified = result.reads.find((read) => read.unidentified)!;
    expect(unidentified).toMatchObject({ typeName: "Victim", paths: ["victims[0]", "victims[1]", "perpetrator.victimLinks[0].victim"] });
  });

  it("types an interface member by __typename alone, or by its global id alone", () => {
    const byTypename = witness(`{ node(id: "x") { __typename } }`, { node: { __typename: "Victim" } });
    expect(byTypename.problems).toEqual([]);
    expect(byTypename.reads).toEqual([{ typeName: "Victim", dbId: UNIDENTIFIED, unidentified: true, fields: [], paths: ["node"] }]);
    const byId = witness(`{ node(id: "x") { id } }`, { node: { id: gid.v2 } });
    expect(readMap(byId)).toEqual({ [`Victim:${ids.v2}`]: [] });
    // An object no fragment applied to shows nothing the client did not send.
    expect(witness(`{ node(id: "x") { ... on Programme { name } } }`, { node: {} })).toEqual({ reads: [], problems: [] });
  });

  it("still refuses an object with victim-safety fields but no id, and an id of the wrong type", () => {
    expect(witness(`{ victims { __typename name } }`, { victims: [{ __typename: "Victim", name: "A" }] }).problems[0]!.message).toMatch(/Victim selected without `id`/);
    expect(witness(`{ victim(id: "x") { id } }`, { victim: { id: gid.prog } }).problems[0]!.message).toMatch(/not a global id of a Victim/);
  });
});

describe("uncoveredReads", () => {
  const reads = [
    { typeName: "Victim", dbId: ids.v1, fields: ["contactSafety", "name"], paths: ["victim"] },
    { typeName: "VictimLink", dbId: ids.link, fields: ["relationship"], paths: ["victim.links[0]"] },
  ];

  it("accepts reads covered by the union of a request's rows per entity", () => {
    const rows = [
      { entityType: "Victim", entityId: ids.v1.toUpperCase(), fields: ["name"] },
      { entityType: "Victim", entityId: ids.v1, fields: ["contactSafety", "links"] },
      { entityType: "VictimLink", entityId: ids.link, fields: ["relationship"] },
    ];
    expect(uncoveredReads(reads, rows)).toEqual([]);
  });

  it("names the fields and entities that no row covers", () => {
    const rows = [
      { entityType: "Victim", entityId: ids.v1, fields: ["name"] },
      { entityType: "Victim", entityId: ids.v2, fields: ["contactSafety"] },
      { entityType: "Perpetrator", entityId: ids.link, fields: ["relationship"] },
    ];
    expect(uncoveredReads(reads, rows)).toEqual([
      { ...reads[0], missing: ["contactSafety"], logged: ["name"] },
      { ...reads[1], missing: ["relationship"], logged: [] },
    ]);
  });

  it("needs a row for a record shown with no field, and any row of its type for one shown without its id", () => {
    const shown = [
      { typeName: "Victim", dbId: ids.v1, fields: [], paths: ["victims[0]"] },
      { typeName: "Victim", dbId: UNIDENTIFIED, unidentified: true as const, fields: [], paths: ["node"] },
      { typeName: "VictimLink", dbId: UNIDENTIFIED, unidentified: true as const, fields: [], paths: ["links[0]"] },
    ];
    expect(uncoveredReads(shown, [])).toEqual([
      { ...shown[0], missing: [THE_RECORD_ITSELF], logged: [] },
      { ...shown[1], missing: [THE_RECORD_ITSELF], logged: [] },
      { ...shown[2], missing: [THE_RECORD_ITSELF], logged: [] },
    ]);
    const rows = [
      { entityType: "Victim", entityId: ids.v1, fields: [] },
      { entityType: "VictimLink", entityId: ids.link, fields: ["relationship"] },
    ];
    expect(uncoveredReads(shown, rows)).toEqual([]);
    expect(uncoveredReads(shown, [{ entityType: "Victim", entityId: ids.v2, fields: [] }])).toEqual([
      { ...shown[0], missing: [THE_RECORD_ITSELF], logged: [] },
      { ...shown[2], missing: [THE_RECORD_ITSELF], logged: [] },
    ]);
  });
});

/** The hook in startTestServer, end to end, with Programme standing in for an audited type. */
describe("the audit witness in the test server", () => {
  let server: TestServer;
  let token: string;
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  beforeAll(async () => {
    server = await startTestServer({ auditPolicy: { auditedTypes: ["Programme"], auditedFields: {} } });
    token = await server.token(Role.ANALYST);
  });
  afterAll(() => server?.close());

  async function programmeIds(): Promise<string[]> {
    const rows = await server.database.rows<{ id: string }>(server.database.db, sql`select id::text as id from programmes`);
    return rows.map((row) => row.id);
  }

  /**
   * Runs a request during which the programmes are logged as consulted (these fields) under its id.
   * The server names each request itself, so the rows cannot be written beforehand: they are written
   * when the witness looks the request up (its look-up carries the id), outside the statement count,
   * and then the look-up runs. `onLookup` is told how many statements the look-up itself took.
   */
  async function withConsultationsLogged<T>(fields: string[], run: () => Promise<T>, onLookup?: (statements: number, countBefore: number) => void): Promise<T> {
    const ids = await programmeIds();
    const { rows } = server.database;
    const dialect = new PgDialect();
    server.database.rows = async (executor, query) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      if (!/from audit_events\s+where request_id = \$1/.test(text)) return rows(executor, query);
      const { statements } = server.database;
      const saved = { count: statements.count, recorded: statements.recorded.length };
      for (const id of ids) {
        await server.database.db.execute(sql`
          insert into audit_events (request_id, actor_sub, actor_roles, action, entity_type, entity_id, fields, purpose)
          values (${String(params[0])}, 'witness-test', array['ANALYST'], 'CONSULTATION', 'Programme', ${id}::uuid, ${`{${fields.join(",")}}`}::text[], 'testing the witness')`);
      }
      statements.count = saved.count;
      statements.recorded.length = saved.recorded;
      try {
        return await rows(executor, query);
      } finally {
        onLookup?.(statements.count - saved.count, saved.count);
      }
    };
    try {
      return await run();
    } finally {
      server.database.rows = rows;
    }
  }

  it("reports the id the server gave each request, never one the client sent", async () => {
    const document = `{ __typename }`;
    const [a, b] = [await server.request(document, {}, token), await server.request(document, {}, token)];
    expect(a.requestId).toMatch(UUID);
    expect(b.requestId).not.toBe(a.requestId);
    const own = await server.request(document, {}, token, { headers: { "X-Request-Id": "my-own-request-id" }, purpose: "checking" });
    expect(own.requestId).toMatch(UUID);
  });

  it("fails a request that showed audited data without CONSULTATION rows, naming the entities and fields", async () => {
    await expect(server.query(ProgrammesDocument, {}, token)).rejects.toThrow(
      /Audit witness: request [0-9a-f-]{36} \(Programmes\)[\s\S]*Programme [0-9a-f-]{36} at programmes\[0\]: no CONSULTATION for closesAfterSession, code, completionThreshold, mandated, name, sessionsTotal \(logged: nothing\)/,
    );
  });

  it("fails a request whose rows miss a field, and fails an audited selection without id", async () => {
    await expect(withConsultationsLogged(["code"], () => server.request(`{ programmes { id code name } }`, {}, token))).rejects.toThrow(/no CONSULTATION for name \(logged: code\)/);
    await expect(server.request(`{ programmes { name } }`, {}, token)).rejects.toThrow(/at programmes\[0\]: Programme selected without `id`/);
  });

  it("fails a record shown by its id or __typename alone that no row names, and passes it once a row does", async () => {
    await expect(server.request(`{ programmes { id } }`, {}, token)).rejects.toThrow(/Programme [0-9a-f-]{36} at programmes\[0\]: no CONSULTATION for the record itself \(logged: nothing\)/);
    await expect(server.request(`{ programmes { __typename } }`, {}, token)).rejects.toThrow(
      /Programme \(id not selected\) at programmes\[0\], programmes\[1\][\s\S]*: no CONSULTATION for the record itself/,
    );
    expect((await withConsultationsLogged([], () => server.request(`{ programmes { id } }`, {}, token))).errors).toBeUndefined();
    expect((await withConsultationsLogged([], () => server.request(`{ programmes { __typename } }`, {}, token))).errors).toBeUndefined();
  });

  it("passes a request whose rows cover every field shown, and leaves the statement counter as the server left it", async () => {
    const all = await programmeIds();
    let lookupStatements = -1;
    let countBeforeLookup = -1;
    const before = { ...auditWitnessTally };
    const result = await withConsultationsLogged(
      ["code", "name"],
      () => server.request(`{ programmes { pid: id code label: name } }`, {}, token),
      (statements, countBefore) => {
        lookupStatements = statements;
        countBeforeLookup = countBefore;
      },
    );
    expect(result.errors).toBeUndefined();
    expect(lookupStatements).toBe(1);
    expect(server.database.statements.count).toBe(countBeforeLookup);
    expect(auditWitnessTally.requests).toBe(before.requests + 1);
    expect(auditWitnessTally.requestsWithReads).toBe(before.requestsWithReads + 1);
    expect(auditWitnessTally.reads).toBe(before.reads + all.length);
    expect(auditWitnessTally.fields).toBe(before.fields + 2 * all.length);
  });
});
