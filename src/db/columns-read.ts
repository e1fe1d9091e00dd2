import { getTableColumns, type Table } from "drizzle-orm";

type ColumnsOf<TTable extends Table> = TTable["_"]["columns"];
type ColumnKey<TTable extends Table> = keyof ColumnsOf<TTable> & string;

/**
 * The columns each field of a GraphQL type reads from its table. Relations and derived fields list
 * the columns they are resolved from (a foreign key, a date), or none when they go by the row's id.
 */
export type FieldColumns<TTable extends Table> = Readonly<Record<string, readonly ColumnKey<TTable>[]>>;

export interface ColumnsRead<TTable extends Table> {
  columns: Partial<ColumnsOf<TTable>>;
  /** Every column of the table: a row read with these may be kept in a loader that others read too. */
  complete: boolean;
}

/**
 * Which columns of `table` a selection of fields reads: `always` (the id, a cursor's keys) and what
 * `byField` lists for each field. Without a selection, or with a field `byField` does not list, every
 * column: never fewer than a field needs. A test per map fails on a field of the schema it misses.
 */
export function columnsReader<TTable extends Table>(table: TTable, byField: FieldColumns<TTable>, always: readonly ColumnKey<TTable>[]) {
  const all = getTableColumns(table) as ColumnsOf<TTable>;
  const everyColumn: ColumnsRead<TTable> = { columns: all, complete: true };
  const columnCount = Object.keys(all).length;
  return (fields: ReadonlySet<string> | undefined): ColumnsRead<TTable> => {
    if (!fields) return everyColumn;
    const columns: Partial<ColumnsOf<TTable>> = {};
    for (const key of always) columns[key] = all[key];
    for (const field of fields) {
      const read = byField[field];
      if (!read) return everyColumn;
      for (const key of read) columns[key] = all[key];
    }
    return Object.keys(columns).length === columnCount ? everyColumn : { columns, complete: false };
  };
}
