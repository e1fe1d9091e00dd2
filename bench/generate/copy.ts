import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite, Transaction as PgliteTransaction } from "@electric-sql/pglite";
import type postgres from "postgres";

/**
 * Bulk loading with COPY ... FROM STDIN in PostgreSQL's text format: rows are encoded as they are made and
 * streamed in chunks, so memory stays flat however many rows a table gets. PGlite has no COPY stream, so
 * rows are gathered into blobs of a few megabytes and each is copied from '/dev/blob'.
 */

export type CopyValue = string | number | boolean | Date | null | undefined | readonly string[];

export interface Loader {
  /** Copies the rows into the table and resolves to how many there were. */
  copy(table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number>;
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

const SPECIAL = /[\\\t\n\r]/;
const escapeText = (text: string): string =>
  SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : text;

/** A PostgreSQL array literal with every element quoted, so spaces and commas in text survive. */
export const arrayLiteral = (items: readonly string[]): string =>
  `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;

function encode(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "string") return escapeText(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  return escapeText(arrayLiteral(value));
}

export const encodeRow = (row: readonly CopyValue[]): string => row.map(encode).join("\t") + "\n";

const CHUNK_CHARS = 256 * 1024;
const BLOB_CHARS = 8 * 1024 * 1024;

/** Encoded rows joined into chunks of about `size` characters; `counter.rows` counts the rows read. */
function* chunks(rows: Iterable<readonly CopyValue[]>, size: number, counter: { rows: number }): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const row of rows) {
    const line = encodeRow(row);
    parts.push(line);
    length += line.length;
    counter.rows++;
    if (length >= size) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join("");
}

const copyStatement = (table: string, columns: readonly string[], source: string) =>
  `copy ${table} (${columns.join(", ")}) from ${source}`;

/** A loader on an open postgres.js transaction (or reserved connection). */
export function postgresLoader(sql: postgres.TransactionSql | postgres.Sql): Loader {
  return {
    async copy(table, columns, rows) {
      const counter = { rows: 0 };
      const writable = await sql.unsafe(copyStatement(table, columns, "stdin")).writable();
      await pipeline(Readable.from(chunks(rows, CHUNK_CHARS, counter)), writable);
      return counter.rows;
    },
    async query(text, params = []) {
      return (await sql.unsafe(text, params as never[])) as unknown as Record<string, unknown>[];
    },
  };
}

/** A loader on a PGlite instance or one of its transactions. */
export function pgliteLoader(db: PGlite | PgliteTransaction): Loader {
  return {
    async copy(table, columns, rows) {
      const counter = { rows: 0 };
      for (const chunk of chunks(rows, BLOB_CHARS, counter)) {
        await db.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([chunk]) });
      }
      return counter.rows;
    },
    async query(text, params = []) {
      return (await db.query<Record<string, unknown>>(text, params)).rows;
    },
  };
}
