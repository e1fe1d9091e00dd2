import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProbationReferralsDocument, RecordSessionAttendanceDocument } from "../client/generated/graphql.js";
import { nestingLevels } from "../bench/levels.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
let probation: string;

beforeAll(async () => {
  server = await startTestServer();
  const fx = await createFixtures(server);
  probation = fx.probation;
  const facilitator = await server.token(Role.FACILITATOR, "fac-cost");
  // 60 referrals across 6 BBR groups (mandated, so enforcement is computed too), each with a register.
  for (let g = 0; g < 6; g++) {
    const group = await fx.group("BBR", ["fac-cost"]);
    const members = [];
    for (let i = 0; i < 10; i++) members.push((await fx.participant("BBR", group.id)).referral);
    const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
    await server.query(
      RecordSessionAttendanceDocument,
      {
        input: {
          sessionId: session!.id,
          idempotencyKey: `cost-${group.id}`,
          entries: members.map((m, i) => ({ referralId: m.id, outcome: i % 3 === 0 ? ("ABSENT_UNACCEPTABLE" as const) : ("ATTENDED" as const) })),
        },
      },
      facilitator,
    );
  }
}, 120_000);
afterAll(() => server.close());

async function statementsFor(first: number): Promise<{ statements: number; items: number }> {
  server.database.statements.reset();
  const data = await server.query(ProbationReferralsDocument, { first }, probation);
  return { statements: server.database.statements.count, items: data.referrals.edges.length };
}

describe("SQL statements per referrals page", () => {
  it("does not grow with the page size, and is at most one statement per level of the answer", async () => {
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    expect(one.items).toBe(1);
    expect(fifty.items).toBe(50);
    // The page with its count, people and groups; then attendance counts and enforcement failures together.
    // Programmes come from the process's catalogue.
    expect(fifty.statements).toBe(one.statements);
    expect(fifty.statements).toBeLessThanOrEqual(nestingLevels(ProbationReferralsDocument).records);
    expect(fifty.statements).toBe(2);
    console.info(`referrals(first: 1): ${one.statements} statements; referrals(first: 50): ${fifty.statements} statements`);
  });
});
