import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import { CreatePerpetratorDocument, ProgrammesDocument } from "../client/generated/graphql.js";
import type { Config } from "../src/config.js";
import type { DatabaseHandle } from "../src/db/client.js";
import { startApp, type RunningApp } from "../src/server.js";
import { signDevToken } from "../src/shared/auth/jwt.js";
import { Role } from "../src/shared/auth/roles.js";
import { createLogger } from "../src/shared/logger.js";
import { MAX_OPERATION_LABELS } from "../src/shared/operations/metrics.js";
import { startConfiguredServer } from "./support/server.js";

/**
 * What operators rely on: health and readiness, Prometheus metrics, unexpected errors masked with a
 * request id that is in the log, logs free of personal data, and a shutdown that finishes what it
 * started.
 */
const logLines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let database: DatabaseHandle;
let app: RunningApp;
let config: Config;
let token: string;
const base = () => app.url.replace(/\/graphql$/, "");

async function graphql(query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

beforeAll(async () => {
  ({ app, database, config } = await startConfiguredServer(
    { JWT_SECRET: "operations-test-secret-long-enough-for-hs256", LOG_LEVEL: "info" },
    createLogger("info", logStream),
  ));
  token = await signDevToken(config.auth, { sub: "ops-admin", roles: [Role.ADMIN] });
}, 60_000);
afterAll(async () => {
  await app.stop().catch(() => {});
  await database.close();
});

describe("health, readiness and metrics", () => {
  it("/healthz says the process lives; /readyz that the database answers and is migrated", async () => {
    expect(await (await fetch(`${base()}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", ready: true, database: "reachable", migrations: "applied", shuttingDown: false });
  });

  it("/readyz is not ready while a migration this build ships is missing", async () => {
    const [latest] = await database.query<{ id: number }>("select max(id)::int as id from drizzle.__drizzle_migrations");
    const [row] = await database.query<Record<string, unknown>>("delete from drizzle.__drizzle_migrations where id = $1 returning *", [latest!.id]);
    try {
      const answer = await fetch(`${base()}/readyz`);
      expect(answer.status).toBe(503);
      expect(await answer.json()).toMatchObject({ ready: false, database: "reachable", migrations: "pending" });
    } finally {
      await database.query("insert into drizzle.__drizzle_migrations (id, hash, created_at) values ($1, $2, $3)", [row!["id"], row!["hash"], row!["created_at"]]);
    }
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
  });

  it("/metrics has request durations by operation, errors by code, the database pool and the process", async () => {
    await graphql(print(ProgrammesDocument));
    await graphql("query NoSuchField { nope }");
    const text = await (await fetch(`${base()}/metrics`)).text();
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="Programmes",outcome="ok"\} \d+/);
    expect(text).toMatch(/graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} \d+/);
    expect(text).toMatch(/db_pool_max_connections \d+/);
    expect(text).toMatch(/db_statements_total \d+/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds/);
  });

  it("gives at most 100 operation names labels of their own, whatever clients send", async () => {
    // Besides the 100: "other", "anonymous" and "unparsed" (refused before an operation was found).
    for (let i = 0; i < 110; i++) await graphql(`query Client${i} { programmes { code } }`);
    const text = await (await fetch(`${base()}/metrics`)).text();
    const operations = new Set([...text.matchAll(/graphql_request_duration_seconds_count\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 3);
    expect(operations.has("other")).toBe(true);
  });
});

describe("errors and logs", () => {
  it("masks an unexpected failure as INTERNAL_SERVER_ERROR with the request id, which is in the log", async () => {
    // A trigger that fails like a bug would: an error the API has no meaning for.
    await database.query(`create or replace function test_unexpected() returns trigger language plpgsql as $$ begin raise exception 'unexpected failure for the test'; end $$`);
    await database.query(`create trigger test_unexpected before insert on perpetrators for each row execute function test_unexpected()`);
    try {
      const answer = await graphql(
        print(CreatePerpetratorDocument),
        { input: { givenName: "Zebedee", familyName: "Quillfeather", dateOfBirth: "1980-02-03", sex: "MALE" } },
        { "x-request-id": "ops-test-request-0001" },
      );
      // The server's own id (its x-request-id header), never the client's, which is only kept beside it.
      const requestId = answer.headers.get("x-request-id")!;
      expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(answer.body.errors).toEqual([{ message: "Internal server error", path: ["createPerpetrator"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }]);
      expect(JSON.stringify(answer.body)).not.toMatch(/unexpected failure|trigger|plpgsql|\.ts:|\.js:/);
      const logged = logLines.filter((line) => line["requestId"] === requestId);
      expect(logged.every((line) => line["clientRequestId"] === "ops-test-request-0001")).toBe(true);
      const failure = logged.find((line) => line["msg"] === "unexpected error");
      // Enough to find the fault: the statement's text, the SQLSTATE (P0001: raised by a function) and where.
      expect(failure?.["err"]).toMatchObject({ type: "DrizzleQueryError", sqlstate: "P0001", query: expect.stringContaining('insert into "perpetrators"') });
      // Names and dates of birth sent in variables never reach the log.
      expect(JSON.stringify(logLines)).not.toMatch(/Zebedee|Quillfeather|1980-02-03/);
    } finally {
      await database.query("drop trigger test_unexpected on perpetrators");
      await database.query("drop function test_unexpected()");
    }
  });

  it("answers a body that is not JSON, or too large, in GraphQL's shape without echoing or logging it", async () => {
    const before = logLines.length;
    const send = (body: string) =>
      fetch(app.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body }).then(async (r) => ({
        status: r.status,
        body: await r.text(),
      }));
    const broken = await send('{"query": "{ programmes { code } }", "name": "Quillfeather"');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toEqual({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
    const huge = await send(JSON.stringify({ query: "{ programmes { code } }", variables: { padding: "Quillfeather".repeat(30_000) } }));
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    expect(JSON.stringify(logLines.slice(before))).not.toContain("Quillfeather");
  });

  it("logs each request with its id, subject and operation name, and no variables", async () => {
    const answer = await graphql(print(ProgrammesDocument), { unused: "Quillfeather" }, { "x-request-id": "ops-test-request-0002" });
    const line = logLines.find((l) => l["requestId"] === answer.headers.get("x-request-id") && l["msg"] === "graphql request");
    expect(line).toMatchObject({ clientRequestId: "ops-test-request-0002", sub: "ops-admin", operationName: "Programmes", service: "safeguard-graph" });
    expect(JSON.stringify(line)).not.toContain("Quillfeather");
  });
});

describe("graceful shutdown", () => {
  it("leaves SIGTERM to the process's own handler: the server installs none of its own", async () => {
    // Apollo installs a SIGTERM handler outside NODE_ENV=test that stops the server behind main.ts's back
    // (npm start then hung until the 30 s deadline); NODE_ENV is set as in production to see it.
    const environment = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    const before = process.listenerCount("SIGTERM");
    const second = await startApp({ config, database, logger: createLogger("silent") }, 0, "127.0.0.1");
    try {
      expect(process.listenerCount("SIGTERM")).toBe(before);
    } finally {
      process.env.NODE_ENV = environment;
      await second.stop();
    }
  });

  it("turns not-ready at once, finishes the request in flight, then refuses connections", async () => {
    // The embedded database runs one statement at a time, so a sleeping statement keeps the
    // GraphQL request below in flight while the server is told to stop.
    const sleeping = database.query("select pg_sleep(0.8)");
    const inFlight = graphql(print(ProgrammesDocument));
    await new Promise((resolve) => setTimeout(resolve, 100));
    app.beginShutdown();
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, shuttingDown: true });
    const stopped = app.stop();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ programmes: expect.any(Array) });
    await stopped;
    await sleeping;
    await expect(fetch(`${base()}/healthz`)).rejects.toThrow();
  });
});
