import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TransitionReferralDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { idOfType } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { sleep, subscriptionClient, type SubscriptionClient } from "./support/subscriptions.js";
import { createVictimFixtures, PURPOSE, type VictimFixtures } from "./support/victim-fixtures.js";

const ALERT_CREATED = /* GraphQL */ `
  subscription AlertInbox {
    safetyAlertCreated {
      id
      kind
      summary
      victim {
        id
      }
    }
  }
`;
interface AlertCreated {
  safetyAlertCreated: { id: string; kind: string; summary: string; victim: { id: string } };
}

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;
let facilitator: string;
let clients: SubscriptionClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  vfx = await createVictimFixtures(server, fx);
  facilitator = await server.token(Role.FACILITATOR, "fac-1");
});
// Every socket is closed after its test, so the server (and the test run) can stop promptly.
afterEach(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  clients = [];
});
afterAll(() => server.close());

function connect(params: { token?: string; purpose?: string }): SubscriptionClient {
  const client = subscriptionClient(server.url, params);
  clients.push(client);
  return client;
}

const worker = (sub: string) => server.token(Role.SUPPORT_WORKER, sub, { name: `Worker ${sub}`, org: "Leeds Domestic Violence Service" });

/** A Choices participant on fac-1's group linked to a new victim whose IDVA signs in as `workerSubject`. */
async function caseFor(workerSubject: string) {
  const group = await fx.group("CHOICES", ["fac-1"]);
  const { person, referral } = await fx.participant("CHOICES", group.id);
  const { victim } = await vfx.linkedPair(person.id);
  await vfx.supportWorker(victim.id, workerSubject);
  return { referral, victim };
}

async function dropOut(referral: { id: string; version: number }) {
  const data = await server.query(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "DROPPED_OUT", expectedVersion: referral.version } }, facilitator);
  expect(data.transitionReferral.userErrors).toEqual([]);
}

const codesOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

describe("safetyAlertCreated", () => {
  it("delivers a committed alert at once to the worker it is for, and to no other worker", async () => {
    const mine = await caseFor("idva-s");
    const theirs = await caseFor("isw-other");
    const idvaS = connect({ token: await worker("idva-s"), purpose: PURPOSE }).subscribe<AlertCreated>(ALERT_CREATED);
    const other = connect({ token: await worker("isw-other"), purpose: PURPOSE }).subscribe<AlertCreated>(ALERT_CREATED);
    await Promise.all(clients.map((client) => client.ready()));

    await dropOut(mine.referral);
    const [delivered] = await idvaS.received(1, 5_000);
    expect(delivered).toEqual({
      data: {
        safetyAlertCreated: {
          id: expect.any(String),
          kind: "PROGRAMME_DROPPED_OUT",
          summary: "The perpetrator has dropped out of Choices.",
          victim: { id: mine.victim.id },
        },
      },
    });

    // The other worker is listening (their own alert reaches them) but was never sent idva-s's.
    await dropOut(theirs.referral);
    await other.received(1, 5_000);
    await sleep(300);
    expect(other.results.map((r) => r.data?.safetyAlertCreated.victim.id)).toEqual([theirs.victim.id]);
    expect(idvaS.results).toHaveLength(1);
    expect([idvaS.ended, other.ended]).toEqual([false, false]);
  });

  it("logs what it showed the subscriber as a CONSULTATION, with their stated purpose", async () => {
    const mine = await caseFor("idva-s");
    const live = connect({ token: await worker("idva-s"), purpose: PURPOSE }).subscribe<AlertCreated>(ALERT_CREATED);
    await clients[0]!.ready();

    await dropOut(mine.referral);
    const [delivered] = await live.received(1, 5_000);
    const alertId = idOfType(delivered!.data!.safetyAlertCreated.id, "SafetyAlert");

    // Written before the event was sent, so it is there as soon as the client has it.
    const rows = await server.database.rows<{ fields: string; purpose: string; requestId: string }>(
      server.database.db,
      sql`select array_to_json(fields)::text as fields, purpose, request_id as "requestId"
          from audit_events
          where actor_sub = 'idva-s' and action = 'CONSULTATION' and entity_type = 'SafetyAlert' and entity_id = ${alertId}::uuid`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: PURPOSE, requestId: expect.stringMatching(/^ws-/) });
    expect(JSON.parse(rows[0]!.fields)).toEqual(expect.arrayContaining(["kind", "summary", "victim"]));
  });

  it("refuses a connection without a token", async () => {
    const live = connect({ purpose: PURPOSE }).subscribe<AlertCreated>(ALERT_CREATED);
    await live.settled(5_000);
    expect(live.results).toEqual([]);
    expect((live.failure as { code?: number }).code).toBe(4403);
  });

  it("refuses a subscription without a stated purpose", async () => {
    const live = connect({ token: await worker("idva-no-purpose") }).subscribe<AlertCreated>(ALERT_CREATED);
    await live.settled(5_000);
    expect(live.results.map((r) => [r.data?.safetyAlertCreated ?? null, codesOf(r.errors)])).toEqual([[null, ["PURPOSE_REQUIRED"]]]);
  });

  it.each([
    ["a facilitator", () => server.token(Role.FACILITATOR, "fac-1")],
    ["probation", () => fx.probation],
  ])("is refused to %s", async (_who, token) => {
    const live = connect({ token: await token(), purpose: PURPOSE }).subscribe<AlertCreated>(ALERT_CREATED);
    await live.settled(5_000);
    expect(live.results.map((r) => [r.data?.safetyAlertCreated ?? null, codesOf(r.errors)])).toEqual([[null, ["FORBIDDEN"]]]);
  });
});
