import { getTableColumns, getTableName, sql, type Column, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * A row of `table` as a JSON object keyed like drizzle's row type, for statements that bring several
 * relations at once as JSON (one statement per level). Column references are the table's own, so
 * use it where the table is in scope under its own name. Keys are our column names, never input.
 */
export function jsonRowOf(table: PgTable): SQL {
  const pairs = Object.entries(getTableColumns(table)).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${qualified(column)}`);
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/** Reads back a row made by jsonRowOf: timestamps become Dates, as drizzle maps them; the rest is as JSON gives it. */
export function rowFromJson<TRow>(table: PgTable, json: Record<string, unknown>): TRow {
  const row: Record<string, unknown> = { ...json };
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[key];
    if (column.columnType === "PgTimestamp" && typeof value === "string") row[key] = new Date(value);
  }
  return row as TRow;
}

/**
 * A column named with its table, always: drizzle leaves columns unqualified where it sees one table
 * in a select, which a subquery over a join, inside a select from something else, cannot rely on.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
