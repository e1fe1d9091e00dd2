import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEventsDocument, VictimSafetyCaseloadDocument, type AuditEventsQuery } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, PURPOSE, type VictimFixtures } from "./support/victim-fixtures.js";

const PERPETRATORS = 50;
const BATCH = 10;

interface Seeded {
  victimIds: string[];
  linkIds: string[];
  orderId: string;
}

let server: TestServer;
let vfx: VictimFixtures;
const seeded = new Map<string, Seeded>();

/**
 * A perpetrator with one or two partner victims. Each link has a DASH and a MARAC referral, the first
 * link a repeat referral too (so previousReferral is loaded); each victim has an IDVA; one order in
 * force protects them all.
 */
async function seedCase(index: number, person: { id: string }) {
  const victims = [];
  const links = [];
  for (let v = 0; v < 1 + (index % 2); v++) {
    const victim = await vfx.victim();
    const link = await vfx.link(victim.id, person.id);
    await vfx.assess(link.id, 8 + v * 6, { assessedOn: "2026-02-01" });
    await vfx.assess(link.id, 14, { assessedOn: "2026-05-01" });
    await vfx.marac(link.id, { referredOn: "2026-03-10" });
    if (v === 0) await vfx.marac(link.id, { referredOn: "2026-05-10" });
    await vfx.supportWorker(victim.id, `idva-cost-${index}-${v}`);
    victims.push(victim);
    links.push(link);
  }
  const order = await vfx.order(person.id, victims.map((victim) => victim.id));
  seeded.set(person.id, { victimIds: victims.map((victim) => victim.id), linkIds: links.map((link) => link.id), orderId: order.id });
}

beforeAll(async () => {
  server = await startTestServer();
  const fx = await createFixtures(server);
  vfx = await createVictimFixtures(server, fx);
  for (let start = 0; start < PERPETRATORS; start += BATCH) {
    await Promise.all(
      Array.from({ length: BATCH }, async (_, offset) => {
        const person = await fx.person();
        await seedCase(start + offset, person);
      }),
    );
  }
}, 240_000);
afterAll(() => server.close());

async function statementsFor(first: number) {
  const requestId = `cost-${randomUUID()}`;
  server.database.statements.reset();
  const result = await server.request(VictimSafetyCaseloadDocument, { first }, vfx.safeguarding, { purpose: PURPOSE, headers: { "x-request-id": requestId } });
  const statements = server.database.statements.count;
  expect(result.errors).toBeUndefined();
  // The server's id for the request (the client's X-Request-Id is only kept beside it).
  return { statements, data: result.data!, requestId: result.requestId };
}

/** Every audit event of one request, a page of 100 at a time. */
async function auditEventsOf(requestId: string, auditor: string) {
  const found = [];
  let after: string | null = null;
  do {
    const page: AuditEventsQuery["auditEvents"] = (await server.query(AuditEventsDocument, { first: 100, after, filter: { requestId } }, auditor)).auditEvents;
    found.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return found;
}

describe("SQL statements for the victim-safety view of a page of perpetrators", () => {
  it("does not grow with the page size: links, victims, latest DASH, MARAC referrals, support workers, orders and the audit insert", async () => {
    const one = await statementsFor(1);
    const fifty = await statementsFor(PERPETRATORS);
    console.info(`VictimSafetyCaseload(first: 1): ${one.statements} statements; VictimSafetyCaseload(first: ${PERPETRATORS}): ${fifty.statements} statements`);

    expect(one.data.perpetrators.edges).toHaveLength(1);
    const nodes = fifty.data.perpetrators.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(PERPETRATORS);
    expect(new Set(nodes.map((node) => node.id))).toEqual(new Set(seeded.keys()));
    for (const node of nodes) {
      const expected = seeded.get(node.id)!;
      expect(node.victimLinks.map((link) => link.id).sort()).toEqual([...expected.linkIds].sort());
      expect(node.victimLinks.map((link) => link.victim.id).sort()).toEqual([...expected.victimIds].sort());
      for (const link of node.victimLinks) {
        expect(link.currentRisk).toMatchObject({ assessedOn: "2026-05-01", yesCount: 14, level: "HIGH" });
        expect(link.victim.supportWorkers).toEqual([expect.objectContaining({ kind: "IDVA", current: true })]);
        expect(link.maracReferrals.length).toBeGreaterThanOrEqual(1);
      }
      const repeats = node.victimLinks.flatMap((link) => link.maracReferrals.filter((referral) => referral.isRepeat));
      expect(repeats).toHaveLength(1);
      expect(repeats[0]!.previousReferral).toMatchObject({ referredOn: "2026-03-10" });
      expect(node.protectiveOrders).toHaveLength(1);
      expect(node.protectiveOrders[0]!.id).toBe(expected.orderId);
      expect(node.protectiveOrders[0]!.protectedPeople.map((person) => person.id).sort()).toEqual([...expected.victimIds].sort());
    }

    // One CONSULTATION insert covers the whole page: every object shown is logged under the request,
    // at one instant, and the insert is one of the statements counted (the same number for 1 and for 50).
    const shown = new Set<string>();
    for (const node of nodes) {
      shown.add(`Perpetrator ${node.id}`);
      for (const link of node.victimLinks) {
        shown.add(`VictimLink ${link.id}`).add(`Victim ${link.victim.id}`).add(`RiskAssessment ${link.currentRisk!.id}`);
        for (const worker of link.victim.supportWorkers) shown.add(`SupportAllocation ${worker.id}`);
        for (const referral of link.maracReferrals) shown.add(`MaracReferral ${referral.id}`);
      }
      for (const order of node.protectiveOrders) shown.add(`ProtectiveOrder ${order.id}`);
    }
    const auditor = await server.token(Role.AUDITOR, "auditor-cost");
    const logged = await auditEventsOf(fifty.requestId, auditor);
    expect(logged).toHaveLength(shown.size);
    expect(new Set(logged.map((event) => `${event.entityType} ${event.entityId}`))).toEqual(shown);
    expect(new Set(logged.map((event) => `${event.action} ${event.occurredAt} ${event.purpose}`)).size).toBe(1);
    expect(logged[0]).toMatchObject({ action: "CONSULTATION", purpose: PURPOSE, operationName: "VictimSafetyCaseload" });

    expect(fifty.statements).toBe(one.statements);
    // One statement per level, whatever the page size: the page of perpetrators; their links with victims
    // and their orders with protected people; each link's latest DASH, MARAC referrals and incidents;
    // the victims' support workers; and the audit insert, the one statement beyond the levels.
    expect(fifty.statements).toBe(5);
  });
});
