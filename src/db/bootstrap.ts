import type { DatabaseHandle } from "./client.js";
import { applyMigrations } from "./migrate.js";
import { ProgrammeRepository } from "../modules/programmes/index.js";

/** Brings any database to the current schema and reference data; safe to run at every start. */
export async function prepareDatabase(handle: DatabaseHandle): Promise<void> {
  await applyMigrations(handle);
  await new ProgrammeRepository(handle.db).ensureDefaults();
}
