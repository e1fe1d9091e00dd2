import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EndSupportAllocationDocument, TransitionReferralDocument } from "../client/generated/graphql.js";
import { signDevToken } from "../src/shared/auth/jwt.js";
import { Role } from "../src/shared/auth/roles.js";
import { idOfType } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startConfiguredServer, startTestServer, type ConfiguredServer, type TestServer } from "./support/server.js";
import { codesOf, errorsOf, sleep, subscriptionClient, type SubscriptionClient } from "./support/subscriptions.js";
import { createVictimFixtures, PURPOSE, type VictimFixtures } from "./support/victim-fixtures.js";

/*
 * The WebSocket is not a second door: a document sent over graphql-ws gets the answer the same
 * document gets over HTTP POST, because both run the same checks from the same code
 * (src/shared/limits/operation-limits.ts) and the same error formatter (src/shared/errors/). Only
 * subscriptions are served over the socket; a socket closes when its token expires; each event is
 * checked against the subscriber's access as it is when the event is sent; sockets per subject and
 * subscriptions per socket are capped.
 */

const SECRET = "ws-parity-secret-that-is-long-enough-for-hs256";
const ALERTS = "subscription Alerts { safetyAlertCreated { id kind summary } }";

/** Production, with limits small enough to reach with a subscription document. */
const ENVIRONMENT = {
  JWT_SECRET: SECRET,
  QUERY_MAX_COST: "500",
  RATE_LIMIT_BURST: "500",
  RATE_LIMIT_REFILL_PER_SECOND: "1",
  WS_MAX_CONNECTIONS_PER_SUBJECT: "2",
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "2",
};

let server: ConfiguredServer;
let clients: SubscriptionClient[] = [];

beforeAll(async () => {
  server = await startConfiguredServer(ENVIRONMENT);
}, 60_000);
afterEach(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  clients = [];
});
afterAll(() => server?.close());

function connect(url: string, params: { token?: string; purpose?: string; headers?: Record<string, string> }): SubscriptionClient {
  const client = subscriptionClient(url, params);
  clients.push(client);
  return client;
}

interface HttpAnswer {
  status: number;
  codes: unknown[];
  errors: { message: string; extensions?: Record<string, unknown> }[];
  text: string;
}

async function overHttp(token: string, query: string, variables?: Record<string, unknown>): Promise<HttpAnswer> {
  const response = await fetch(server.app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-access-purpose": PURPOSE },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: HttpAnswer["errors"] };
  return { status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.["code"]), errors: body.errors ?? [], text };
}

async function overWebSocket(token: string, query: string, variables?: Record<string, unknown>) {
  const live = connect(server.app.url, { token, purpose: PURPOSE }).subscribe<unknown>(query, variables);
  await live.settled(10_000);
  return { codes: codesOf(live), errors: errorsOf(live) };
}

// ---------------------------------------------------------------------------------------------------

/** 100 referrals × 10 register rows: 2,303 points, over QUERY_MAX_COST (500). */
const OVER_COST = `subscription { safetyAlertCreated { perpetrator { referrals(first: 100) { edges { node { id attendanceRecords(first: 10) { edges { node { id } } } } } } } } }`;
/** 203 points: allowed, but more than a drained bucket holds. */
const COSTLY = `subscription { safetyAlertCreated { perpetrator { referrals(first: 100) { edges { node { id } } } } } }`;
/** perpetrator → referrals → edges → node, three times: depth 14, over QUERY_MAX_DEPTH (12). */
const TOO_DEEP = `subscription { safetyAlertCreated { perpetrator { referrals(first: 1) { edges { node { perpetrator { referrals(first: 1) { edges { node { perpetrator { referrals(first: 1) { edges { node { id } } } } } } } } } } } } } }`;
const TOO_MANY_ALIASES = `subscription { safetyAlertCreated { ${Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(" ")} } }`;
const TOO_MANY_TOKENS = `subscription { safetyAlertCreated { ${"id ".repeat(2_100)}} }`;
const UNSTORABLE = `subscription Page($after: String) { safetyAlertCreated { perpetrator { referrals(first: 1, after: $after) { totalCount } } } }`;

interface Row {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  roles?: Role[];
  /** Run first, with the row's own subject and token. */
  setup?: (token: string) => Promise<void>;
  /** extensions.code over HTTP POST; null when HTTP serves it. */
  http: string | null;
  /** extensions.code over graphql-ws. */
  ws: string;
  /** The WebSocket error's message, where it matters. */
  message?: RegExp;
}

/** Two HTTP queries of 201 points: the 500-point bucket keeps about 100, too few for COSTLY. */
async function drainBucket(token: string) {
  for (let i = 0; i < 2; i++) {
    const drained = await overHttp(token, "{ perpetrators(first: 100) { edges { node { id } } } }");
    expect(drained.codes).toEqual([]);
  }
}

const ROWS: Row[] = [
  { name: "over-cost document", query: OVER_COST, http: "QUERY_TOO_COSTLY", ws: "QUERY_TOO_COSTLY", message: /could cost 2303 points/ },
  { name: "over-token document", query: TOO_MANY_TOKENS, http: "GRAPHQL_PARSE_FAILED", ws: "GRAPHQL_PARSE_FAILED", message: /more (that|than) 2000 tokens/ },
  { name: "too deep", query: TOO_DEEP, http: "GRAPHQL_VALIDATION_FAILED", ws: "GRAPHQL_VALIDATION_FAILED", message: /depth limit of 12/ },
  { name: "too many aliases", query: TOO_MANY_ALIASES, http: "GRAPHQL_VALIDATION_FAILED", ws: "GRAPHQL_VALIDATION_FAILED", message: /Aliases limit of 15/ },
  { name: "unstorable text", query: UNSTORABLE, variables: { after: "x\u0000y" }, http: "BAD_USER_INPUT", ws: "BAD_USER_INPUT", message: /NUL/ },
  {
    name: "introspection in production",
    query: "{ __schema { queryType { name } } }",
    http: "GRAPHQL_VALIDATION_FAILED",
    ws: "GRAPHQL_VALIDATION_FAILED",
    message: /introspection is not allowed/,
  },
  { name: "a suggestion probe (misspelt field)", query: "subscription { safetyAlertCreated { summry } }", http: "GRAPHQL_VALIDATION_FAILED", ws: "GRAPHQL_VALIDATION_FAILED" },
  { name: "rate limit exhausted", query: COSTLY, setup: drainBucket, http: "RATE_LIMITED", ws: "RATE_LIMITED", message: /Rate limited: retry in \d+ s/ },
  { name: "query over WS", query: "{ programmes { code } }", http: null, ws: "BAD_REQUEST", message: /^Queries and mutations are served over HTTP POST \/graphql$/ },
  {
    name: "mutation over WS",
    query: "mutation { raiseExpiringOrderAlerts { alertsRaised } }",
    roles: [Role.SAFEGUARDING],
    http: null,
    ws: "BAD_REQUEST",
    message: /^Queries and mutations are served over HTTP POST \/graphql$/,
  },
];

describe("a document gets the same answer over graphql-ws as over HTTP POST", () => {
  it.each(ROWS.map((row, index) => [row.name, row, index] as const))("%s", async (_name, row, index) => {
    const token = await server.token(`parity-${index}`, row.roles ?? [Role.ADMIN]);
    await row.setup?.(token);
    server.database.statements.reset();
    const http = await overHttp(token, row.query, row.variables);
    const ws = await overWebSocket(token, row.query, row.variables);

    expect({ http: http.codes[0] ?? null, ws: ws.codes[0] }).toEqual({ http: row.http, ws: row.ws });
    if (row.http) {
      expect(http.status).toBeGreaterThanOrEqual(400);
      expect(ws.errors[0]!.message).toBe(http.errors[0]!.message);
    }
    if (row.message) expect(ws.errors[0]!.message).toMatch(row.message);
    // What the formatter does in production, on both: no schema suggestions, no transport detail, no stack.
    for (const text of [http.text, JSON.stringify(ws.errors)]) expect(text).not.toMatch(/Did you mean|stacktrace|node_modules/);
    for (const error of ws.errors) expect(Object.keys(error.extensions ?? {})).not.toContain("http");
    if (row.ws === "RATE_LIMITED") {
      const retryAfterSeconds = ws.errors[0]!.extensions?.["retryAfterSeconds"];
      expect(Number.isInteger(retryAfterSeconds) && (retryAfterSeconds as number) > 0).toBe(true);
    }
    // Refused before anything ran, on the socket as over HTTP (the query row's HTTP answer ran: not counted).
    if (row.http) expect(server.database.statements.count).toBe(0);
  });

  it("a subscription sent over HTTP POST is refused, after the same checks, as BAD_REQUEST", async () => {
    const token = await server.token("parity-subscription-over-http", [Role.SAFEGUARDING]);
    const answer = await overHttp(token, ALERTS);
    expect({ status: answer.status, codes: answer.codes, message: answer.errors[0]?.message }).toEqual({
      status: 400,
      codes: ["BAD_REQUEST"],
      message: "Subscriptions are served over WebSocket (graphql-ws) at /graphql",
    });
  });
});

describe("connections and subscriptions per subject", () => {
  it("refuses a subject's connection over WS_MAX_CONNECTIONS_PER_SUBJECT with 4429, and takes one again once another closes", async () => {
    const token = await server.token("cap-connections", [Role.SAFEGUARDING]);
    const [first, second] = [connect(server.app.url, { token, purpose: PURPOSE }), connect(server.app.url, { token, purpose: PURPOSE })];
    first.subscribe(ALERTS);
    second.subscribe(ALERTS);
    await Promise.all([first.ready(), second.ready()]);

    const third = connect(server.app.url, { token, purpose: PURPOSE });
    const refused = third.subscribe(ALERTS);
    expect(await third.closed()).toEqual({ code: 4429, reason: "Too many connections" });
    expect(third.acknowledged).toBe(false);
    expect(refused.ended).toBe(true);
    // Another subject is not affected.
    const other = connect(server.app.url, { token: await server.token("cap-connections-other", [Role.SAFEGUARDING]), purpose: PURPOSE });
    other.subscribe(ALERTS);
    await other.ready();

    await first.dispose();
    await sleep(200);
    const fourth = connect(server.app.url, { token, purpose: PURPOSE });
    const live = fourth.subscribe(ALERTS);
    await fourth.ready();
    expect(live.ended).toBe(false);
  });

  it("refuses a subscription over WS_MAX_SUBSCRIPTIONS_PER_CONNECTION as RATE_LIMITED, keeping the others", async () => {
    const client = connect(server.app.url, { token: await server.token("cap-subscriptions", [Role.SAFEGUARDING]), purpose: PURPOSE });
    const kept = [client.subscribe(ALERTS), client.subscribe(ALERTS)];
    await client.ready();
    const over = client.subscribe(ALERTS);
    await over.settled();
    expect(codesOf(over)).toEqual(["RATE_LIMITED"]);
    expect(kept.map((live) => live.ended)).toEqual([false, false]);
  });
});

describe("a socket lives no longer than its token", () => {
  it("is closed with 4403 Token expired when the token expires", async () => {
    const token = await signDevToken(server.config.auth, { sub: "expiring-token", roles: [Role.SAFEGUARDING], lifetimeSeconds: 2 });
    const started = Date.now();
    const client = connect(server.app.url, { token, purpose: PURPOSE });
    const live = client.subscribe(ALERTS);
    const closed = await client.closed(8_000);
    expect(client.acknowledged).toBe(true);
    expect(closed).toEqual({ code: 4403, reason: "Token expired" });
    expect(live.ended).toBe(true);
    // exp is in whole seconds: between 1 and 2 s after signing (plus the clock's rounding).
    expect(Date.now() - started).toBeGreaterThan(500);
  });
});

// ---------------------------------------------------------------------------------------------------

describe("each event is checked against the subscriber's access as it is now", () => {
  let test: TestServer;
  let fx: Fixtures;
  let vfx: VictimFixtures;
  let facilitator: string;

  beforeAll(async () => {
    test = await startTestServer({ now: "2026-06-01T12:00:00Z" });
    fx = await createFixtures(test);
    vfx = await createVictimFixtures(test, fx);
    facilitator = await test.token(Role.FACILITATOR, "fac-1");
  }, 120_000);
  afterAll(() => test?.close());

  /** A Choices participant on fac-1's group, linked to a new victim supported by `workerSubject`. */
  async function caseFor(workerSubject: string) {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const { person, referral } = await fx.participant("CHOICES", group.id);
    const { victim } = await vfx.linkedPair(person.id);
    const allocation = await vfx.supportWorker(victim.id, workerSubject);
    return { referral, victim, allocation };
  }

  async function dropOut(referral: { id: string; version: number }) {
    const data = await test.query(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "DROPPED_OUT", expectedVersion: referral.version } }, facilitator);
    expect(data.transitionReferral.userErrors).toEqual([]);
  }

  /** Announces committed alerts again, as the NOTIFY that delivers them does. */
  const announce = (alertIds: string[]) => test.database.db.execute(sql`select pg_notify('safety_alerts', ${alertIds.join(",")})`);

  it("sends no more of a victim's alerts once the worker's allocation to that victim has ended", async () => {
    const subject = "isw-lost-access";
    const first = await caseFor(subject);
    const second = await caseFor(subject);
    const token = await test.token(Role.SUPPORT_WORKER, subject, { name: "Worker", org: "Leeds Domestic Violence Service" });
    const client = connect(test.url, { token, purpose: PURPOSE });
    const live = client.subscribe<{ safetyAlertCreated: { id: string; kind: string } }>(ALERTS);
    await client.ready();

    // One at a time: each notification is checked on its own, so two raised together may arrive in either order.
    await dropOut(first.referral);
    await live.received(1, 10_000);
    await dropOut(second.referral);
    const delivered = await live.received(2, 10_000);
    expect(delivered.map((r) => r.errors)).toEqual([undefined, undefined]);
    const [alertOfFirst, alertOfSecond] = delivered.map((r) => idOfType(r.data!.safetyAlertCreated.id, "SafetyAlert")!);

    const ended = await test.query(EndSupportAllocationDocument, { input: { allocationId: first.allocation.id, endedOn: "2026-06-01" } }, vfx.safeguarding, { purpose: PURPOSE });
    expect(ended.endSupportAllocation.userErrors).toEqual([]);

    // Both alerts are addressed to the worker, but only the second victim is still theirs.
    await announce([alertOfFirst!, alertOfSecond!]);
    await live.received(3, 10_000);
    await sleep(500);
    expect(live.results.slice(2).map((r) => idOfType(r.data!.safetyAlertCreated.id, "SafetyAlert"))).toEqual([alertOfSecond]);
    expect(live.ended).toBe(false);
  });

  it("withholds an event whose audit entry cannot be written, with a masked error carrying the request id", async () => {
    const unloggable = "purpose the audit log refuses over the socket";
    const { db } = test.database;
    await test.database.rows(
      db,
      sql.raw(`create function refuse_ws_unloggable() returns trigger language plpgsql as $$
        begin if new.purpose = '${unloggable}' then raise exception 'audit store unavailable'; end if; return new; end; $$`),
    );
    await test.database.rows(db, sql.raw(`create trigger refuse_ws_unloggable before insert on audit_events for each row execute function refuse_ws_unloggable()`));
    try {
      const subject = "idva-unloggable";
      const mine = await caseFor(subject);
      const client = connect(test.url, { token: await test.token(Role.SAFEGUARDING, subject), purpose: unloggable });
      const live = client.subscribe(ALERTS);
      await client.ready();
      await dropOut(mine.referral);
      const [withheld] = await live.received(1, 10_000);
      expect(withheld).toEqual({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.stringMatching(/^ws-[0-9a-f-]{36}$/) } }] });
      expect(JSON.stringify(withheld)).not.toMatch(/audit store|plpgsql/);
    } finally {
      await test.database.rows(db, sql.raw(`drop trigger refuse_ws_unloggable on audit_events`));
      await test.database.rows(db, sql.raw(`drop function refuse_ws_unloggable()`));
    }
  });
});
