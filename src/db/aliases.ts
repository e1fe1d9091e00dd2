import { sql, type SQL } from "drizzle-orm";
import { alias, type PgTable } from "drizzle-orm/pg-core";

/**
 * A table under another name, for subqueries written with `sql`: `columns` are qualified by the
 * alias, and `from` names the table with it. (drizzle renders an aliased table inside `sql` as the
 * alias alone, which is not a FROM item.) An alias keeps a predicate's inner rows apart from an
 * outer query over the same table.
 */
export function aliased<TTable extends PgTable>(table: TTable, name: string): { columns: TTable; from: SQL } {
  return { columns: alias(table, name) as unknown as TTable, from: sql`${table} as ${sql.identifier(name)}` };
}
