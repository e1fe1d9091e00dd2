import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { statementsDuring } from "./support/database.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * totalCount is counted inside the page's own statement when the client selects it (however it is
 * selected), counted over the whole filter rather than what is left after the cursor, and not
 * counted at all when it is not selected.
 */
let server: TestServer;
let fx: Fixtures;
let police: string;

interface SearchPage {
  perpetrators: { totalCount?: number; edges: { node: { familyName: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const WITH_TOTAL = `query($first: Int!, $after: String, $name: String) {
  perpetrators(first: $first, after: $after, filter: { name: $name }) {
    totalCount edges { node { familyName } } pageInfo { hasNextPage endCursor }
  }
}`;
const TOTAL_IN_FRAGMENT = `query($first: Int!, $name: String) {
  perpetrators(first: $first, filter: { name: $name }) { ...Counted edges { node { familyName } } pageInfo { hasNextPage endCursor } }
}
fragment Counted on PerpetratorConnection { ... on PerpetratorConnection { totalCount } }`;
const WITHOUT_TOTAL = `query($first: Int!, $name: String) {
  perpetrators(first: $first, filter: { name: $name }) { edges { node { familyName } } pageInfo { hasNextPage endCursor } }
}`;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createFixtures(server);
  police = await server.token(Role.POLICE, "pol-total", { org: "West Yorkshire Police" });
  for (let i = 0; i < 7; i++) await fx.person({ familyName: `Totalson${i}` });
}, 60_000);
afterAll(() => server.close());

async function recorded<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const { result, texts } = await statementsDuring(server.database, run);
  return { result, statements: texts };
}

describe("totalCount on a connection", () => {
  it("is the count of the whole filter on every page, from the page's own statement", async () => {
    const first = await recorded(() => server.query<SearchPage, object>(WITH_TOTAL, { first: 3, name: "totalson" }, police));
    expect(first.result.perpetrators.totalCount).toBe(7);
    expect(first.statements).toHaveLength(1);

    const second = await recorded(() =>
      server.query<SearchPage, object>(WITH_TOTAL, { first: 3, after: first.result.perpetrators.pageInfo.endCursor, name: "totalson" }, police),
    );
    expect(second.result.perpetrators.edges.map((e) => e.node.familyName)).toEqual(["Totalson3", "Totalson4", "Totalson5"]);
    expect(second.result.perpetrators.totalCount).toBe(7);
    expect(second.statements).toHaveLength(1);
  });

  it("is found when selected through fragments", async () => {
    const { result, statements } = await recorded(() => server.query<SearchPage, object>(TOTAL_IN_FRAGMENT, { first: 2, name: "totalson" }, police));
    expect(result.perpetrators.totalCount).toBe(7);
    expect(statements).toHaveLength(1);
  });

  it("is not counted when the client does not ask for it", async () => {
    const { result, statements } = await recorded(() => server.query<SearchPage, object>(WITHOUT_TOTAL, { first: 2, name: "totalson" }, police));
    expect(result.perpetrators.edges).toHaveLength(2);
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/count\(\*\)/i);
  });

  it("is 0 for a filter that matches nobody, and still right for a page past the end", async () => {
    const none = await recorded(() => server.query<SearchPage, object>(WITH_TOTAL, { first: 5, name: "nobodyhasthisname" }, police));
    expect(none.result.perpetrators).toMatchObject({ totalCount: 0, edges: [] });
    expect(none.statements).toHaveLength(1);

    const all = await server.query<SearchPage, object>(WITH_TOTAL, { first: 7, name: "totalson" }, police);
    expect(all.perpetrators.pageInfo.hasNextPage).toBe(false);
    const past = await server.query<SearchPage, object>(WITH_TOTAL, { first: 5, after: all.perpetrators.pageInfo.endCursor, name: "totalson" }, police);
    expect(past.perpetrators.edges).toEqual([]);
    expect(past.perpetrators.totalCount).toBe(7);
  });
});
