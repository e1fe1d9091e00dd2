export interface PgErrorLike {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  table?: string;
  table_name?: string;
  column?: string;
  column_name?: string;
  routine?: string;
  cause?: unknown;
}

/** The PostgreSQL error under drizzle's wrapper, from either driver. */
export function pgError(error: unknown): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const candidate = current as PgErrorLike;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return null;
}

/** The violated unique constraint's name when `error` is a unique violation (23505), else null. */
export function uniqueViolation(error: unknown): string | null {
  const pg = pgError(error);
  return pg?.code === "23505" ? (pg.constraint ?? pg.constraint_name ?? "unknown") : null;
}

/** Serialization failure or deadlock: the transaction may simply be retried. */
export function isRetryableConflict(error: unknown): boolean {
  const code = pgError(error)?.code;
  return code === "40001" || code === "40P01";
}

/** The name the merged-person trigger (migration 0009) raises its refusal under. */
export const MERGED_PERSON_CONSTRAINT = "rows_not_for_merged_person";

/** Driver and socket errors meaning the server could not be reached or the connection was lost. */
const CONNECTION_LOST = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * Whether a failure is the database's state rather than a bug: a statement that ran past its timeout
 * (57014), or a database that is down, restarting or out of connections (class 08, 57P01-57P03,
 * 53300, or the driver's connection errors), which clients may retry; a value the database would
 * not take (class 22), which the caller must change; or a write for a person merged meanwhile.
 */
export function databaseFailure(error: unknown): "TIMEOUT" | "UNAVAILABLE" | "BAD_DATA" | "PERSON_MERGED" | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as PgErrorLike).code;
    if (code === "57014") return "TIMEOUT";
    // The trigger of migration 0009: the person was merged into another record while this write ran.
    if (code === "23503" && ((current as PgErrorLike).constraint ?? (current as PgErrorLike).constraint_name) === MERGED_PERSON_CONSTRAINT) return "PERSON_MERGED";
    // Class 22, data exception: a value the input validation let through but the column cannot take.
    if (typeof code === "string" && code.startsWith("22")) return "BAD_DATA";
    if (typeof code === "string" && (CONNECTION_LOST.has(code) || code.startsWith("08") || ["57P01", "57P02", "57P03", "53300"].includes(code))) return "UNAVAILABLE";
    current = (current as PgErrorLike).cause;
  }
  return null;
}
