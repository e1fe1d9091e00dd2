import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client.js";

/** The drizzle/ folder at the repository root, found from here whether running from src/ or dist/. */
export function migrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "drizzle");
    if (existsSync(join(candidate, "meta", "_journal.json"))) return candidate;
    dir = dirname(dir);
  }
  throw new Error("drizzle/ migrations folder not found above " + fileURLToPath(import.meta.url));
}

/** Applies the same generated migrations on PGlite and PostgreSQL; already-applied ones are skipped. */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() };
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as never, config);
  } else {
    await migratePostgres(handle.db as never, config);
  }
}

/** How many migrations this build ships, from drizzle's journal. */
export function shippedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder(), "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

/** How many migrations the database has applied (drizzle's own bookkeeping table). */
export async function appliedMigrationCount(handle: DatabaseHandle): Promise<number> {
  const [row] = await handle.query<{ applied: number }>("select count(*)::int as applied from drizzle.__drizzle_migrations");
  return Number(row?.applied ?? 0);
}
