import { pino, type DestinationStream, type Logger } from "pino";
import { pgError } from "../db/errors.js";

export type { Logger };

/**
 * Structured JSON logs. Only ids and codes go in: never GraphQL variables, names, dates of birth or
 * victim details. Errors go through `describeError`, since a failed statement carries its
 * parameters; the redact list is a second line of defence should a field slip into a log call.
 * `destination` defaults to stdout; tests pass a stream to read what was logged.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "safeguard-graph" },
    serializers: { err: describeError },
    redact: {
      paths: ["variables", "*.variables", "req.headers.authorization", "headers.authorization", "*.givenName", "*.familyName", "*.dateOfBirth"],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * What of an error may be logged. A database error's message and detail can quote the values it
 * failed on, and drizzle's wrapper prints the statement's parameters (names, dates of birth): for
 * those only the SQL text, the SQLSTATE and the names of the constraint, table and column are kept.
 * Stack frames are kept without the first line, which repeats the message.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const type = error.constructor?.name ?? error.name;
  const stack = (error.stack ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("at "))
    .slice(0, 12);
  const database = pgError(error);
  const query = (error as { query?: unknown }).query;
  if (!database && typeof query !== "string") return { type, message: error.message, stack };
  return {
    type,
    ...(typeof query === "string" ? { query } : {}),
    ...(database
      ? {
          sqlstate: database.code,
          constraint: database.constraint ?? database.constraint_name,
          table: database.table ?? database.table_name,
          column: database.column ?? database.column_name,
          routine: database.routine,
        }
      : {}),
    stack,
  };
}
