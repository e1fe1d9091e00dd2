import type { Loader } from "./copy.js";

/**
 * Loads a big table with its foreign keys and secondary indexes set aside, then puts them back exactly as
 * they were (same names and definitions, read from the catalogue). Building an index once from sorted
 * rows and checking a foreign key with one join is several times faster than maintaining both row by row,
 * and re-adding them checks every row just the same. All of it happens inside the load's transaction.
 */
export async function withoutSecondaryStructures<T>(loader: Loader, table: string, load: () => Promise<T>): Promise<T> {
  const foreignKeys = await loader.query(
    `select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
      where conrelid = $1::regclass and contype = 'f' order by conname`,
    [table],
  );
  const indexes = await loader.query(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition from pg_index x join pg_class i on i.oid = x.indexrelid
      where x.indrelid = $1::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.oid)
      order by i.relname`,
    [table],
  );
  for (const fk of foreignKeys) await loader.query(`alter table ${table} drop constraint ${quote(fk["name"])}`);
  for (const index of indexes) await loader.query(`drop index ${quote(index["name"])}`);
  const result = await load();
  for (const index of indexes) await loader.query(String(index["definition"]));
  for (const fk of foreignKeys) await loader.query(`alter table ${table} add constraint ${quote(fk["name"])} ${String(fk["definition"])}`);
  return result;
}

const quote = (name: unknown): string => `"${String(name).replace(/"/g, '""')}"`;
