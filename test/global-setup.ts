import "reflect-metadata";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.js";
import { prepareDatabase } from "../src/db/bootstrap.js";

/**
 * On the embedded database, every test file used to create PGlite from nothing (initdb inside WASM,
 * seconds each) and apply the migrations. Here that is done once per run: the migrated database is
 * dumped, and each file's database starts as a copy of the dump (test/support/database.ts). The
 * migrations are still applied from drizzle/ (here, and by each file on PostgreSQL), and the
 * migrations test starts from an empty database.
 */
export default async function setup(): Promise<(() => void) | void> {
  if (process.env.TEST_DATABASE_URL) return;
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  await prepareDatabase(database);
  const dump = await database.dumpTemplate!();
  await database.close();
  const path = join(tmpdir(), `safeguard-graph-test-template-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  process.env.SG_TEST_PGLITE_TEMPLATE = path;
  return () => rmSync(path, { force: true });
}
