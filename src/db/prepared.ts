import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * A statement drizzle builds once, on first use, and then only binds: for hot statements whose SQL
 * text never changes (their values go in placeholders), drizzle otherwise rebuilds the text on every
 * run, walking every column and subquery again. The caller passes `.prepare(name)` of its query.
 */
export function builtOnce<TPrepared>(build: () => TPrepared): () => TPrepared {
  let built: TPrepared | undefined;
  return () => (built ??= build());
}

/**
 * `column = any($ids)`: one array parameter for any number of ids, so a batch loader's statement has
 * one text (built once, planned once by the server) whatever the batch's size. Run with `{ ids }`.
 */
export const isAnyOfIds = (column: AnyColumn): SQL => sql`${column} = any(${sql.placeholder("ids")}::uuid[])`;
