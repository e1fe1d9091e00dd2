import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordVictimDocument, TransitionReferralDocument, VictimSafetyViewDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, PURPOSE, type VictimFixtures } from "./support/victim-fixtures.js";

/*
 * Request ids are the server's. The s.62 audit log files every event under the id of the request
 * that caused it; if a client could choose that id it could file its reads under another request's
 * id, or make two requests look like one. So the id is always a fresh server UUID (the x-request-id
 * response header), and a client's own X-Request-Id is kept beside it, as clientRequestId.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;
let auditor: string;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  vfx = await createVictimFixtures(server, fx);
  auditor = await server.token(Role.AUDITOR, "auditor-1");
}, 120_000);
afterAll(() => server?.close());

type LoggedEvent = {
  requestId: string;
  clientRequestId: string | null;
  action: string;
};

/** audit_events rows, straight from the table. */
const rowsWhere = (condition: ReturnType<typeof sql>) =>
  server.database.rows<LoggedEvent>(
    server.database.db,
    sql`select request_id as "requestId", client_request_id as "clientRequestId", action from audit_events where ${condition} order by occurred_at, id`,
  );

/** Reads a perpetrator's victim-safety view (CONSULTATION events), sending `clientId` as X-Request-Id. */
async function readWith(perpetratorId: string, clientId: string) {
  const answer = await server.request(VictimSafetyViewDocument, { perpetratorId }, vfx.safeguarding, { purpose: PURPOSE, headers: { "x-request-id": clientId } });
  expect(answer.errors).toBeUndefined();
  return answer;
}

describe("request ids", () => {
  it("are the server's own UUIDs; the client's X-Request-Id is stored beside them as client_request_id", async () => {
    const pair = await vfx.linkedPair();
    const answer = await readWith(pair.perpetratorId, "client-trace-0001");

    expect(answer.requestId).toMatch(UUID);
    expect(answer.requestId).not.toBe("client-trace-0001");
    const logged = await rowsWhere(sql`request_id = ${answer.requestId}`);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((row) => row.action === "CONSULTATION" && row.clientRequestId === "client-trace-0001")).toBe(true);
    // Nothing is filed under the id the client chose.
    expect(await rowsWhere(sql`request_id = ${"client-trace-0001"}`)).toEqual([]);

    // And an auditor sees both, on the AuditEvent type.
    const events = await server.query<{ auditEvents: { edges: { node: LoggedEvent }[] } }, { requestId: string }>(
      `query Events($requestId: String) { auditEvents(first: 50, filter: { requestId: $requestId }) { edges { node { requestId clientRequestId action } } } }`,
      { requestId: answer.requestId },
      auditor,
    );
    expect(events.auditEvents.edges.map((edge) => edge.node)).toEqual(logged.map(() => ({ requestId: answer.requestId, clientRequestId: "client-trace-0001", action: "CONSULTATION" })));
  });

  it("cannot be shared: two requests sending the same X-Request-Id are two requests in the log", async () => {
    const pair = await vfx.linkedPair();
    const first = await readWith(pair.perpetratorId, "same-id-twice");
    const second = await readWith(pair.perpetratorId, "same-id-twice");

    expect(first.requestId).not.toBe(second.requestId);
    const [firstRows, secondRows] = [await rowsWhere(sql`request_id = ${first.requestId}`), await rowsWhere(sql`request_id = ${second.requestId}`)];
    expect(firstRows.length).toBeGreaterThan(0);
    expect(secondRows.length).toBe(firstRows.length);
    const byClientId = await rowsWhere(sql`client_request_id = ${"same-id-twice"}`);
    expect(new Set(byClientId.map((row) => row.requestId))).toEqual(new Set([first.requestId, second.requestId]));
  });

  it("are on writes and on the disclosures a request causes, as on reads", async () => {
    const recorded = await server.request(
      RecordVictimDocument,
      { input: { givenName: "Sam", familyName: "Written", dateOfBirth: "1991-02-03", contactSafety: { safeContactMethod: "TEXT", addressKnownToPerpetrator: false } } },
      vfx.safeguarding,
      { purpose: PURPOSE, headers: { "x-request-id": "client-write-0001" } },
    );
    expect(recorded.errors).toBeUndefined();
    // The COLLECTION, and the CONSULTATION of what the answer shows of the new victim.
    const written = await rowsWhere(sql`request_id = ${recorded.requestId}`);
    expect(written.map((row) => row.action)).toContain("COLLECTION");
    expect(written.map((row) => row.clientRequestId)).toEqual(written.map(() => "client-write-0001"));

    // A participant dropping out alerts the victim's support worker: a DISCLOSURE, caused by the facilitator's request.
    const group = await fx.group("CHOICES", ["fac-ids"]);
    const { person, referral } = await fx.participant("CHOICES", group.id);
    const { victim } = await vfx.linkedPair(person.id);
    await vfx.supportWorker(victim.id, "idva-ids");
    const dropped = await server.request(
      TransitionReferralDocument,
      { input: { referralId: referral.id, toStatus: "DROPPED_OUT", expectedVersion: referral.version } },
      await server.token(Role.FACILITATOR, "fac-ids"),
      { headers: { "x-request-id": "client-dropout-0001" } },
    );
    expect(dropped.errors).toBeUndefined();
    const disclosures = await rowsWhere(sql`request_id = ${dropped.requestId} and action = 'DISCLOSURE'`);
    expect(disclosures.map((row) => row.clientRequestId)).toEqual(["client-dropout-0001"]);
  });

  it.each([
    ["none", undefined],
    ["spaces and markup", "trace <script>alert(1)</script>"],
    ["over 100 characters", "x".repeat(101)],
  ])("keeps no client id when it is %s, and still gives the request its own", async (_case, given) => {
    const pair = await vfx.linkedPair();
    const answer = await server.request(VictimSafetyViewDocument, { perpetratorId: pair.perpetratorId }, vfx.safeguarding, {
      purpose: PURPOSE,
      // The test helper sends an id of its own unless told otherwise; a header may not be empty, so "none" overrides it with nothing valid.
      headers: { "x-request-id": given ?? "" },
    });
    expect(answer.requestId).toMatch(UUID);
    const logged = await rowsWhere(sql`request_id = ${answer.requestId}`);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.map((row) => row.clientRequestId)).toEqual(logged.map(() => null));
  });
});
