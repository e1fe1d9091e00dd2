import { asc, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { programmes, type ProgrammeRow } from "./programme.table.js";
import { DEFAULT_PROGRAMME_RULES, PROGRAMME_DESCRIPTIONS } from "./programme.defaults.js";

export class ProgrammeRepository {
  constructor(private readonly db: Executor) {}

  // async: a drizzle query runs again each time it is awaited, and the catalogue keeps this promise.
  async listAll(): Promise<ProgrammeRow[]> {
    return await this.db.select().from(programmes).orderBy(asc(programmes.code));
  }

  byIds(ids: readonly string[], executor: Executor = this.db): Promise<ProgrammeRow[]> {
    return executor.select().from(programmes).where(inArray(programmes.id, [...ids]));
  }

  /** The four programmes are reference data every deployment needs; existing rows (maybe tuned locally) are kept. */
  async ensureDefaults(): Promise<void> {
    await this.db
      .insert(programmes)
      .values(DEFAULT_PROGRAMME_RULES.map((rules) => ({ ...rules, description: PROGRAMME_DESCRIPTIONS[rules.code] })))
      .onConflictDoNothing({ target: programmes.code });
  }
}

