import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs. Only ids and codes go in: never GraphQL variables, names, dates of birth or
 * victim details. The redact list is a second line of defence should a field slip into a log call.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "safeguard-graph" },
    redact: {
      paths: ["variables", "*.variables", "req.headers.authorization", "headers.authorization", "*.givenName", "*.familyName", "*.dateOfBirth"],
      censor: "[redacted]",
    },
  });
}
