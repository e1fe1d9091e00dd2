import { and, inArray, type SQL } from "drizzle-orm";
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
}
