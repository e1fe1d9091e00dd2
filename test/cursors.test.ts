import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/shared/auth/roles.js";
import { codes } from "./support/audit-scenario.js";
import type { TestServer } from "./support/server.js";
import { startVictimTestServer, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";
import type { Fixtures } from "./support/fixtures.js";

/**
 * Page cursors of the name searches carry no names: the keyset of a victim or person search is their
 * family and given names, and a cursor is sealed (AES-256-GCM) so none of it can be read back out.
 */

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;

beforeAll(async () => {
  ({ server, fx, vfx } = await startVictimTestServer("2026-06-01T12:00:00Z"));
}, 60_000);
afterAll(() => server?.close());

interface Page<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Every page of a connection, `first` at a time, with every cursor the server sent. */
async function everyPage<TNode>(fetch: (after: string | null) => Promise<Page<TNode>>) {
  const nodes: TNode[] = [];
  const cursors: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page: Page<TNode> = await fetch(after);
    // The end cursor is the last edge's (one seal per edge, however often it is read).
    if (page.edges.length) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    nodes.push(...page.edges.map((edge) => edge.node));
    cursors.push(...page.edges.map((edge) => edge.cursor));
    for (const cursor of [page.pageInfo.startCursor, page.pageInfo.endCursor]) if (cursor) cursors.push(cursor);
    if (!page.pageInfo.hasNextPage) return { nodes, cursors };
    after = page.pageInfo.endCursor;
  }
  throw new Error("paging did not end");
}

/** What a cursor says to anyone who decodes it as the old format (base64url JSON) did. */
const readable = (cursor: string) => Buffer.from(cursor, "base64url").toString("utf8").toLowerCase();

function expectOpaque(cursors: string[], names: string[]) {
  expect(cursors.length).toBeGreaterThan(0);
  for (const cursor of cursors) {
    for (const name of names) {
      expect(readable(cursor), `a cursor shows ${name}`).not.toContain(name.toLowerCase());
      expect(cursor.toLowerCase()).not.toContain(name.toLowerCase());
    }
  }
}

const VICTIM_PAGE = /* GraphQL */ `
  query VictimNamePage($first: Int!, $after: String, $prefix: String!) {
    victims(first: $first, after: $after, filter: { nameStartsWith: $prefix }) {
      edges { cursor node { id givenName familyName } }
      pageInfo { hasNextPage startCursor endCursor }
    }
  }
`;

const PEOPLE_PAGE = /* GraphQL */ `
  query PeopleNamePage($first: Int!, $after: String, $name: String!) {
    perpetrators(first: $first, after: $after, filter: { name: $name }) {
      edges { cursor node { id givenName familyName } }
      pageInfo { hasNextPage startCursor endCursor }
    }
  }
`;

type Named = { id: string; givenName: string; familyName: string };

describe("cursors of the victim name search", () => {
  it("carry no names, and paging with them returns every victim exactly once", async () => {
    const given = ["Marigold", "Bartholomew", "Ottilie", "Cressida", "Peregrine", "Wilhelmina", "Jolyon"];
    // Two share a family name, so the keyset's given name and id decide the order between them.
    const family = ["Quenbyshire", "Quenbyshire", "Quenbyfield", "Quenbyholt", "Quenbymoor", "Quenbydale", "Quenbywick"];
    const made = [];
    for (let i = 0; i < given.length; i++) made.push(await vfx.victim({ givenName: given[i]!, familyName: family[i]! }));

    const { nodes, cursors } = await everyPage<Named>(async (after) => {
      const data = await server.query<{ victims: Page<Named> }, Record<string, unknown>>(VICTIM_PAGE, { first: 2, after, prefix: "Quenby" }, vfx.safeguarding, withPurpose);
      return data.victims;
    });

    expect(nodes.map((node) => node.id).sort()).toEqual(made.map((victim) => victim.id).sort());
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    expectOpaque(cursors, [...given, ...family, "quenby"]);
  });

  it("refuses a tampered cursor, and the old readable format", async () => {
    await vfx.victim({ givenName: "Tamsin", familyName: "Tamperton" });
    await vfx.victim({ givenName: "Tobias", familyName: "Tamperton" });
    const first = await server.query<{ victims: Page<Named> }, Record<string, unknown>>(VICTIM_PAGE, { first: 1, after: null, prefix: "Tamperton" }, vfx.safeguarding, withPurpose);
    const cursor = first.victims.pageInfo.endCursor!;
    const bytes = Buffer.from(cursor, "base64url");
    bytes[bytes.length - 1]! ^= 0x01;
    const forged = Buffer.from(JSON.stringify(["tamperton", "tamsin", first.victims.edges[0]!.node.id])).toString("base64url");

    for (const after of [bytes.toString("base64url"), forged, "not-a-cursor"]) {
      const result = await server.request(VICTIM_PAGE, { first: 1, after, prefix: "Tamperton" }, vfx.safeguarding, withPurpose);
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors![0]!.message).toBe("after is not a cursor this API issued");
    }
    const next = await server.query<{ victims: Page<Named> }, Record<string, unknown>>(VICTIM_PAGE, { first: 1, after: cursor, prefix: "Tamperton" }, vfx.safeguarding, withPurpose);
    expect(next.victims.edges.map((edge) => edge.node.givenName)).toEqual(["Tobias"]);
  });
});

describe("cursors of the people name search", () => {
  it("carry no names, and paging with them returns every person exactly once", async () => {
    const given = ["Evander", "Leopold", "Rosalind", "Thaddeus", "Isolde"];
    const made = [];
    for (const name of given) made.push(await fx.person({ givenName: name, familyName: "Vexworthy" }));
    made.push(await fx.person({ givenName: "Augustin", familyName: "Vexworthyson" }));
    const admin = await server.token(Role.ADMIN, "admin-cursors");

    const { nodes, cursors } = await everyPage<Named>(async (after) => {
      const data = await server.query<{ perpetrators: Page<Named> }, Record<string, unknown>>(PEOPLE_PAGE, { first: 2, after, name: "vexworthy" }, admin);
      return data.perpetrators;
    });

    expect(nodes.map((node) => node.id).sort()).toEqual(made.map((person) => person.id).sort());
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    expectOpaque(cursors, [...given, "Augustin", "Vexworthy"]);
  });
});
