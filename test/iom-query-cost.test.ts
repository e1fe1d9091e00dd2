import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IomCohortDocument, RecordSessionAttendanceDocument } from "../client/generated/graphql.js";
import { nestingLevels } from "../bench/levels.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures } from "./support/fixtures.js";
import { createIomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
let officer: string;

beforeAll(async () => {
  server = await startTestServer();
  const fx = await createFixtures(server);
  const iom = await createIomFixtures(server, fx);
  const managers = [await iom.offenderManager("om-cost-1"), await iom.offenderManager("om-cost-2", { team: "Bradford DV IOM" })];
  officer = managers[0]!.token;
  const facilitator = await server.token(Role.FACILITATOR, "fac-cost");
  // 50 members over 5 BBR groups: each plan has three actions, one tracking the member's BBR referral with a register.
  for (let g = 0; g < 5; g++) {
    const group = await fx.group("BBR", ["fac-cost"]);
    const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
    const entries = [];
    for (let i = 0; i < 10; i++) {
      const { person, referral } = await fx.participant("BBR", group.id);
      entries.push({ referralId: referral.id, outcome: i % 4 === 0 ? ("ABSENT_UNACCEPTABLE" as const) : ("ATTENDED" as const) });
      const { membership } = await iom.member(managers[i % 2]!.staff.id, { perpetratorId: person.id });
      await iom.plan(membership.id, [
        iom.action(),
        iom.action({ pathway: "PROGRAMME_ATTENDANCE", description: "Complete BBR", ownerAgency: "PROBATION", ownerName: "Leeds PDU", referralId: referral.id }),
        iom.action({ pathway: "DRUGS_ALCOHOL", description: "Alcohol assessment", ownerAgency: "POLICE", ownerStaffId: managers[i % 2]!.staff.id }),
      ]);
    }
    await server.query(RecordSessionAttendanceDocument, { input: { sessionId: session!.id, idempotencyKey: `iom-cost-${group.id}`, entries } }, facilitator);
  }
}, 240_000);
afterAll(() => server.close());

async function statementsFor(first: number) {
  server.database.statements.reset();
  const data = await server.query(IomCohortDocument, { first }, officer);
  return { statements: server.database.statements.count, data };
}

describe("SQL statements per IOM cohort page", () => {
  it("does not grow with the page size: members, offender managers, plans, actions and linked referral attendance", async () => {
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    expect(one.data.iomCohort.edges).toHaveLength(1);
    expect(fifty.data.iomCohort.edges).toHaveLength(50);
    const linked = fifty.data.iomCohort.edges.flatMap((edge) => edge.node.plan!.actions.filter((a) => a.referral));
    expect(linked).toHaveLength(50);
    expect(linked.every((action) => action.referral!.attendance.attended + action.referral!.attendance.absentUnacceptable === 1)).toBe(true);
    expect(fifty.data.iomCohort.edges.every((edge) => edge.node.offenderManager !== null)).toBe(true);
    // The page with its count, people, current offender managers and live plans; actions; referrals; attendance.
    expect(fifty.statements).toBe(one.statements);
    expect(fifty.statements).toBeLessThanOrEqual(nestingLevels(IomCohortDocument).records);
    expect(fifty.statements).toBe(4);
    console.info(`iomCohort(first: 1): ${one.statements} statements; iomCohort(first: 50): ${fifty.statements} statements`);
  });
});
