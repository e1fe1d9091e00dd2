import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import postgres from "postgres";
import { guardAgainstPostgresJsWriteRace } from "./postgres-js-guard.js";
import { installCompiledRowMapping } from "./row-mapping.js";
import * as schema from "./schema.js";

type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a repository can run SQL on: the database or an open transaction. */
export type Executor = Database | Transaction;

export type DatabaseTarget =
  /** `template`: an in-memory database starts as a copy of this dump (PGlite's dumpDataDir), skipping initdb. */
  | { kind: "pglite"; dataDir: string | null; template?: Blob }
  | { kind: "postgres"; url: string };

/** Counts the SQL statements issued, so tests can show that a query's cost does not grow with page size. */
export class StatementCounter {
  count = 0;
  /** Every statement since the database was opened; never reset (for metrics). */
  total = 0;
  /** The statements since the last reset, kept only while `recording` (the benchmark explains them). */
  recorded: { text: string; params: unknown[] }[] = [];
  recording = false;
  reset(): void {
    this.count = 0;
    this.recorded = [];
  }
  seen(text: string, params: unknown[]): void {
    this.count++;
    this.total++;
    if (this.recording) this.recorded.push({ text, params });
  }
}

export interface DatabaseHandle {
  kind: DatabaseTarget["kind"];
  db: Database;
  statements: StatementCounter;
  /** For metrics: the pool's size, statements awaiting an answer (PostgreSQL only), statements issued. */
  pool: { max: number; inFlight(): number; issued(): number };
  /** Runs a raw statement and returns its rows, hiding the drivers' different result shapes. */
  rows<T extends Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]>;
  /** Runs hand-written SQL with $1… parameters, outside drizzle (benchmark baselines, tooling). Not counted. */
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  ping(): Promise<void>;
  /** Calls `onPayload` for each NOTIFY on `channel` (delivered after the notifying transaction commits); resolves to a stop function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** The embedded database's files as one dump, to start other databases from (tests); PGlite only. */
  dumpTemplate?(): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * drizzle runs its queries through `unsafe(text, params, { prepare: false })` unless each is named
 * with `.prepare()`. postgres.js prepares a statement per connection, keyed by its text, and
 * reuses it; so asking for that here saves PostgreSQL parsing and planning the same repository
 * queries on every request. (A transaction-pooling PgBouncer needs 1.21 or later, with
 * max_prepared_statements set, to carry them.)
 */
function preparedByDefault(client: postgres.Sql, inFlight: { count: number }): postgres.Sql {
  const prepare = client.options.prepare;
  const unsafe = ((text: string, params?: never[], options?: postgres.UnsafeQueryOptions) => {
    const query = client.unsafe(text, params, { ...options, prepare });
    inFlight.count++;
    const settled = () => void inFlight.count--;
    // Safe to attach here: postgres.js sends the query a microtask later, after drizzle's .values().
    query.then(settled, settled);
    return query;
  }) as postgres.Sql["unsafe"];
  return new Proxy(client, { get: (target, key, receiver) => (key === "unsafe" ? unsafe : Reflect.get(target, key, receiver)) });
}

export interface DatabaseOptions {
  /** PostgreSQL only: the server cancels any statement running longer (SQLSTATE 57014). 0 for none. */
  statementTimeoutMs?: number;
}

const POOL_MAX = 10;

export async function openDatabase(target: DatabaseTarget, options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  // Rows are mapped by a mapper built once per statement instead of drizzle's per-value dispatch.
  installCompiledRowMapping();
  const statements = new StatementCounter();
  const logger = { logQuery: (text: string, params: unknown[]) => statements.seen(text, params) };

  if (target.kind === "postgres") {
    guardAgainstPostgresJsWriteRace();
    const client = postgres(target.url, {
      max: POOL_MAX,
      prepare: true,
      // While the database is down, fail queries within seconds (a typed SERVICE_UNAVAILABLE) and
      // reconnect within a second of its return, rather than postgres.js's 30 s and up to 20 s.
      connect_timeout: 3,
      backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1),
      onnotice: () => {},
      connection: {
        application_name: "safeguard-graph",
        // JIT compilation pays off only for long analytical scans; on the reports' statements its
        // compile time (inlining and optimising, chosen from cost estimates) was up to half the
        // statement's time on region data, and the API's other statements are short (bench/report-times.ts).
        jit: "off",
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    });
    const inFlight = { count: 0 };
    const db = drizzlePostgres(preparedByDefault(client, inFlight), { schema, logger }) as unknown as Database;
    return {
      kind: "postgres",
      db,
      statements,
      pool: { max: POOL_MAX, inFlight: () => inFlight.count, issued: () => statements.total },
      rows: async <T,>(executor: Executor, query: SQL) => (await executor.execute(query)) as unknown as T[],
      query: async <T,>(text: string, params: unknown[] = []) => (await client.unsafe(text, params as never[])) as unknown as T[],
      ping: async () => void (await client`select 1`),
      listen: async (channel, onPayload) => {
        const { unlisten } = await client.listen(channel, onPayload);
        return unlisten;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = target.dataDir ? new PGlite(target.dataDir) : new PGlite(target.template ? { loadDataDir: target.template } : {});
  await client.waitReady;
  const db = drizzlePglite(client, { schema, logger }) as unknown as Database;
  return {
    kind: "pglite",
    db,
    statements,
    pool: { max: 1, inFlight: () => 0, issued: () => statements.total },
    rows: async <T,>(executor: Executor, query: SQL) => ((await executor.execute(query)) as unknown as { rows: T[] }).rows,
    query: async <T,>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
    ping: async () => void (await client.query("select 1")),
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    dumpTemplate: async () => (await client.dumpDataDir("none")) as Blob,
    close: () => client.close(),
  };
}
