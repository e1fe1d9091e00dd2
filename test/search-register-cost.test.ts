import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PerpetratorLookupDocument, RecordSessionAttendanceDocument, SearchPerpetratorsDocument } from "../client/generated/graphql.js";
import { nestingLevels } from "../bench/levels.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/** The statement counts of the benchmark's search and register scenarios, guarded in the normal suite. */
let server: TestServer;
let fx: Fixtures;
let police: string;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createFixtures(server);
  police = await server.token(Role.POLICE, "pol-cost", { org: "West Yorkshire Police" });
  for (let i = 0; i < 55; i++) await fx.person({ familyName: `Smithson${String(i).padStart(2, "0")}` });
}, 120_000);
afterAll(() => server.close());

async function statements<T>(run: () => Promise<T>): Promise<{ statements: number; result: T }> {
  server.database.statements.reset();
  const result = await run();
  return { statements: server.database.statements.count, result };
}

describe("SQL statements for the search scenarios", () => {
  it("a name search takes the same statements for 1 and for 50 people", async () => {
    const search = (first: number) => statements(() => server.query(SearchPerpetratorsDocument, { first, filter: { name: "smithson" } }, police));
    const one = await search(1);
    const fifty = await search(50);
    expect(one.result.perpetrators.edges).toHaveLength(1);
    expect(fifty.result.perpetrators.edges).toHaveLength(50);
    expect(fifty.statements).toBe(one.statements);
    // The page counts its matches in the same statement.
    expect(fifty.statements).toBeLessThanOrEqual(nestingLevels(SearchPerpetratorsDocument).records);
    expect(fifty.statements).toBe(1);
    expect(fifty.result.perpetrators.totalCount).toBe(55);
    console.info(`perpetrators(name, first: 1): ${one.statements} statements; first: 50: ${fifty.statements}`);
  });

  it("a PNC lookup is one statement", async () => {
    const person = await fx.person();
    const found = await statements(() => server.query(PerpetratorLookupDocument, { pncId: person.pncId! }, police));
    expect(found.result.perpetrator?.id).toBe(person.id);
    expect(found.statements).toBeLessThanOrEqual(nestingLevels(PerpetratorLookupDocument).records);
    expect(found.statements).toBe(1);
  });
});

describe("SQL statements for a register submission", () => {
  it("do not grow with the number of people on the register (1 and 12)", async () => {
    const facilitator = await server.token(Role.FACILITATOR, "fac-register-cost");
    const group = await fx.group("CHOICES", ["fac-register-cost"]);
    const members: { id: string }[] = [];
    for (let i = 0; i < 12; i++) members.push((await fx.participant("CHOICES", group.id)).referral);
    const [first, second] = await fx.sessions(group.id, 2, "2026-05-20T18:00:00Z");
    const submit = (sessionId: string, people: typeof members, key: string) =>
      statements(() =>
        server.query(
          RecordSessionAttendanceDocument,
          { input: { sessionId, idempotencyKey: key, entries: people.map((m) => ({ referralId: m.id, outcome: "ATTENDED" as const })) } },
          facilitator,
        ),
      );
    const one = await submit(first!.id, members.slice(0, 1), "cost-register-one");
    const twelve = await submit(second!.id, members, "cost-register-twelve");
    expect(one.result.recordSessionAttendance.userErrors).toEqual([]);
    expect(twelve.result.recordSessionAttendance.records).toHaveLength(12);
    expect(twelve.statements).toBe(one.statements);
    console.info(`register of 1: ${one.statements} statements; register of 12: ${twelve.statements}`);
  });
});
