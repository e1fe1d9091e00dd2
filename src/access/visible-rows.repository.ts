import { and, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { perpetrators } from "../modules/perpetrators/index.js";
import { victims } from "../modules/victim-safety/index.js";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../db/client.js";

/** The access layer's one query: which of these rows of a table meet a caller's condition. */
export class VisibleRowsRepository {
  constructor(private readonly db: Executor) {}

  async idsMeeting(table: PgTable & { id: PgColumn }, ids: readonly string[], condition: SQL): Promise<Set<string>> {
    const rows = await this.db
      .select({ id: table.id })
      .from(table)
      .where(and(inArray(table.id, [...ids]), condition));
    return new Set(rows.map((row) => row.id as string));
  }

  /** Whether any person or victim is erased or restricted (read once at start-up). */
  async anyHidden(): Promise<boolean> {
    const hidden = (table: typeof perpetrators | typeof victims) =>
      this.db.select({ one: sql`1` }).from(table).where(or(isNotNull(table.erasedAt), isNotNull(table.restrictedAt))).limit(1);
    const [people, victimRows] = await Promise.all([hidden(perpetrators), hidden(victims)]);
    return people.length > 0 || victimRows.length > 0;
  }
}
