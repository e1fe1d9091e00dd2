import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../src/db/client.js";

/**
 * A database of the test file's own: in-memory PGlite by default (a copy of the migrated template
 * the global setup made, unless `empty`), or, with TEST_DATABASE_URL, a fresh database created on
 * that PostgreSQL server and dropped afterwards. Files never share data.
 */
export async function openTestDatabase(options: { empty?: boolean } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ kind: "pglite", dataDir: null, ...(options.empty ? {} : { template: migratedTemplate() }) });

  const name = `sg_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

let template: Blob | undefined;

/** The migrated database test/global-setup.ts dumped for this run, read once per worker. */
function migratedTemplate(): Blob | undefined {
  const path = process.env.SG_TEST_PGLITE_TEMPLATE;
  if (!path) return undefined;
  return (template ??= new Blob([readFileSync(path)]));
}

export const databaseKind = () => (process.env.TEST_DATABASE_URL ? "postgres" : "pglite");

/** Runs `run` with the database's statements recorded: its result and the text of every statement it issued, in order. */
export async function statementsDuring<T>(database: DatabaseHandle, run: () => Promise<T>): Promise<{ result: T; texts: string[] }> {
  const { statements } = database;
  statements.reset();
  statements.recording = true;
  try {
    const result = await run();
    return { result, texts: statements.recorded.map((statement) => statement.text) };
  } finally {
    statements.recording = false;
  }
}
