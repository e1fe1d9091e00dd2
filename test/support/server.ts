import { appendFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { parse, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { sql } from "drizzle-orm";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { loadConfig, type Config } from "../../src/config.js";
import { prepareDatabase } from "../../src/db/bootstrap.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { buildAppSchema } from "../../src/schema.js";
import { startApp, type RunningApp } from "../../src/server.js";
import { signDevToken } from "../../src/shared/auth/jwt.js";
import { Role } from "../../src/shared/auth/roles.js";
import { fixedClock } from "../../src/shared/clock.js";
import { createLogger, type Logger } from "../../src/shared/logger.js";
import { uncoveredReads, VICTIM_SAFETY_POLICY, witnessVictimSafetyReads, type AuditPolicy, type ConsultationRow } from "./audit-witness.js";
import { openTestDatabase } from "./database.js";

export const TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

export interface GraphQLResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: ExecutionResult["errors"];
  body: ExecutionResult<T>;
  /** The request id the server used (and logged audit events under), from its x-request-id response header. */
  requestId: string;
}

export interface RequestOptions {
  /** Sent as the X-Access-Purpose header: why the caller is consulting victim-safety data. */
  purpose?: string;
  /** Extra headers; an x-request-id here replaces the random one the helper sends. */
  headers?: Record<string, string>;
}

/**
 * What the audit witness has checked in this test file's process, so a test can print it: every
 * response with data is walked; requests that showed victim-safety data are checked against
 * audit_events.
 */
export const auditWitnessTally = { requests: 0, requestsWithReads: 0, reads: 0, fields: 0 };

export interface TestServer {
  url: string;
  database: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  token(roles: Role | Role[], sub?: string, extra?: { name?: string; org?: string }): Promise<string>;
  /** Sends an operation over HTTP, as a client would. */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
    token?: string | null,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<TResult>>;
  /** Like request, but fails the test on any GraphQL error. */
  query<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables: TVariables,
    token: string,
    options?: RequestOptions,
  ): Promise<TResult>;
  close(): Promise<void>;
}

/**
 * The real server over HTTP on a port of its own, with a database of its own and a fixed clock.
 *
 * Every request goes through the audit witness: when a response shows victim-safety data (see
 * audit-witness.ts), the request fails unless the server's CONSULTATION rows for its request id name
 * every entity and field shown, and it fails if an audited object was selected without its id.
 * `auditPolicy` replaces the list of audited types and fields (for the witness's own tests).
 */
export async function startTestServer(options: { now?: string; auditPolicy?: AuditPolicy } = {}): Promise<TestServer> {
  const database = await openTestDatabase();
  await prepareDatabase(database);
  // The rate limiter has tests of its own (query-attacks); here it would only slow suites that read a lot as one subject.
  const config = loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_SECRET, LOG_LEVEL: "silent", ORDER_EXPIRY_CHECK_MINUTES: "0", RATE_LIMIT_BURST: "0" });
  const clock = fixedClock(options.now ?? "2026-06-01T12:00:00Z");
  const schema = await buildAppSchema();
  const policy = options.auditPolicy ?? VICTIM_SAFETY_POLICY;
  const app = await startApp({ config, database, logger: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"), clock }, 0, "127.0.0.1");

  const token: TestServer["token"] = (roles, sub, extra) => {
    const list = Array.isArray(roles) ? roles : [roles];
    return signDevToken(config.auth, { sub: sub ?? `${list[0]!.toLowerCase()}-user`, roles: list, ...extra });
  };

  const request: TestServer["request"] = async (document, variables, bearer, requestOptions = {}) => {
    const headers = new Headers({ "content-type": "application/json", "x-request-id": `test-${randomUUID()}` });
    if (bearer) headers.set("authorization", `Bearer ${bearer}`);
    if (requestOptions.purpose !== undefined) headers.set("x-access-purpose", requestOptions.purpose);
    for (const [name, value] of Object.entries(requestOptions.headers ?? {})) headers.set(name, value);
    const response = await fetch(app.url, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
    });
    const body = (await response.json()) as ExecutionResult<never>;
    const requestId = response.headers.get("x-request-id") ?? headers.get("x-request-id")!;
    if (body.data) {
      const parsed = typeof document === "string" ? parse(document) : (document as DocumentNode);
      // The variables as the server received them (JSON), for @skip/@include.
      const sent = variables === undefined ? undefined : (JSON.parse(JSON.stringify(variables)) as Record<string, unknown>);
      await checkAuditTrail({ schema, database, policy }, parsed, sent, body, requestId);
    }
    return { status: response.status, data: body.data, errors: body.errors, body, requestId };
  };

  return {
    url: app.url,
    database,
    clock,
    token,
    request,
    async query(document, variables, bearer, requestOptions) {
      const result = await request(document, variables, bearer, requestOptions);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
    async close() {
      await app.stop();
      await database.close();
      // For the closing figures: `AUDIT_WITNESS_REPORT=/tmp/witness.jsonl npm test` collects every file's tally.
      if (process.env.AUDIT_WITNESS_REPORT) {
        appendFileSync(process.env.AUDIT_WITNESS_REPORT, `${JSON.stringify(auditWitnessTally)}\n`);
        Object.assign(auditWitnessTally, { requests: 0, requestsWithReads: 0, reads: 0, fields: 0 });
      }
    },
  };
}

/**
 * Fails (throws) when the response showed victim-safety data that the request's CONSULTATION rows do
 * not cover, or showed it in a way the witness cannot check. The statement counter (and its record) is
 * put back as it was around the audit look-up, so tests count and see only the server's own statements.
 */
async function checkAuditTrail(
  { schema, database, policy }: { schema: GraphQLSchema; database: DatabaseHandle; policy: AuditPolicy },
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  body: ExecutionResult<unknown>,
  requestId: string,
): Promise<void> {
  const { reads, problems } = witnessVictimSafetyReads({ schema, document, variables, data: body.data, errors: body.errors, policy });
  auditWitnessTally.requests++;
  if (reads.length === 0 && problems.length === 0) return;

  const saved = database.statements.count;
  const savedRecorded = database.statements.recorded.length;
  let rows: ConsultationRow[];
  try {
    rows = (
      await database.rows<{ entityType: string; entityId: string; fields: string[] | string }>(
        database.db,
        sql`select entity_type as "entityType", entity_id::text as "entityId", fields
            from audit_events where request_id = ${requestId} and action = 'CONSULTATION'`,
      )
    ).map((row) => ({ ...row, fields: typeof row.fields === "string" ? parseTextArray(row.fields) : row.fields }));
  } finally {
    database.statements.count = saved;
    database.statements.recorded.length = savedRecorded;
  }

  const uncovered = uncoveredReads(reads, rows);
  auditWitnessTally.requestsWithReads++;
  auditWitnessTally.reads += reads.length;
  auditWitnessTally.fields += reads.reduce((sum, read) => sum + read.fields.length, 0);
  if (uncovered.length === 0 && problems.length === 0) return;

  const operation = document.definitions.find((definition) => definition.kind === "OperationDefinition");
  const name = operation && "name" in operation && operation.name ? ` (${operation.name.value})` : "";
  const lines = [`Audit witness: request ${requestId}${name} showed victim-safety data the audit log does not prove was logged.`];
  for (const read of uncovered) {
    lines.push(
      `  - ${read.typeName} ${read.dbId} at ${read.paths.join(", ")}: no CONSULTATION for ${read.missing.join(", ")}` +
        ` (logged: ${read.logged.length ? read.logged.join(", ") : "nothing"})`,
    );
  }
  for (const problem of problems) lines.push(`  - at ${problem.path}: ${problem.message}`);
  throw new Error(lines.join("\n"));
}

/** A PostgreSQL text[] literal such as {a,b}, for drivers that do not parse arrays. */
function parseTextArray(literal: string): string[] {
  const inner = literal.replace(/^\{|\}$/g, "");
  return inner ? inner.split(",").map((item) => item.replace(/^"|"$/g, "")) : [];
}

export interface ConfiguredServer {
  app: RunningApp;
  database: DatabaseHandle;
  config: Config;
  token(sub: string, roles?: Role[]): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real server with a configuration of the test's own (production by default), on a database of
 * its own: no audit witness and no fixed clock, for tests of limits, tokens, errors and operations.
 */
export async function startConfiguredServer(environment: Record<string, string>, logger: Logger = createLogger("silent")): Promise<ConfiguredServer> {
  // No background work of its own (the order sweep, the events worker): these servers count the statements a request runs.
  const config = loadConfig({ NODE_ENV: "production", LOG_LEVEL: "silent", ORDER_EXPIRY_CHECK_MINUTES: "0", EVENT_DELIVERY: "false", ...environment });
  const database = await openTestDatabase();
  await prepareDatabase(database);
  const app = await startApp({ config, database, logger }, 0, "127.0.0.1");
  return {
    app,
    database,
    config,
    token: (sub, roles = [Role.ADMIN]) => signDevToken(config.auth, { sub, roles }),
    async close() {
      await app.stop();
      await database.close();
    },
  };
}
