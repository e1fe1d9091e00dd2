interface PgErrorLike {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  cause?: unknown;
}

/** The PostgreSQL error under drizzle's wrapper, from either driver. */
function pgError(error: unknown): PgErrorLike | null {
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
