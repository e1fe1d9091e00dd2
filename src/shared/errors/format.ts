import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { databaseFailure } from "../../db/errors.js";
import { AppError } from "./app-error.js";
import { CLIENT_ERROR_CODES, type ErrorCode } from "./codes.js";

type Where = Pick<GraphQLFormattedError, "path" | "locations">;

const shown = (code: ErrorCode, message: string, where: Where = {}, extensions: Record<string, unknown> = {}): GraphQLFormattedError => ({
  message,
  ...(where.path ? { path: where.path } : {}),
  ...(where.locations ? { locations: where.locations } : {}),
  extensions: { ...extensions, code },
});

/** An unexpected failure as the client sees it: nothing of it but the request id it was logged under. */
export const maskedError = (requestId?: string, where: Where = {}): GraphQLFormattedError =>
  shown("INTERNAL_SERVER_ERROR", "Internal server error", { path: where.path }, requestId ? { requestId } : {});

/** A masked error names the request id it was logged under, so support can find it in the log. */
export const withRequestId = (formatted: GraphQLFormattedError, requestId: string | undefined): GraphQLFormattedError =>
  formatted.extensions?.["code"] === "INTERNAL_SERVER_ERROR" && requestId ? { ...formatted, extensions: { ...formatted.extensions, requestId } } : formatted;

/**
 * What a client may see of an error, over HTTP (Apollo's formatError) and WebSocket alike: our own
 * AppErrors and the refusals in CLIENT_ERROR_CODES as they are; a database that is slow, refuses a
 * value, is down or met a merge as TIMEOUT, BAD_USER_INPUT, SERVICE_UNAVAILABLE or CONFLICT; anything
 * else masked. The
 * transport's `extensions.http` never reaches the client.
 */
export function formatClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return shown(original.code, original.message, formatted);
  const failure = databaseFailure(original);
  if (failure === "TIMEOUT") return shown("TIMEOUT", "The database took too long to answer; try again, or ask for less", { path: formatted.path });
  if (failure === "BAD_DATA") return shown("BAD_USER_INPUT", "A value in the input cannot be stored", { path: formatted.path });
  if (failure === "PERSON_MERGED") return shown("CONFLICT", "The person was merged into another record while this change was made; reload them and try again", { path: formatted.path });
  if (failure === "UNAVAILABLE") return shown("SERVICE_UNAVAILABLE", "The database is unavailable; try again shortly", { path: formatted.path });
  const code = formatted.extensions?.["code"];
  if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) {
    if (!formatted.extensions || !("http" in formatted.extensions)) return formatted;
    const { http: _http, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  }
  return maskedError(undefined, formatted);
}

/** What a client is shown of a failure outside GraphQL's execution (an audit write, a socket's event). */
export function clientErrorFor(error: unknown, requestId?: string): GraphQLFormattedError {
  return withRequestId(formatClientError({ message: "" }, error), requestId);
}

/** Whether an error is one the client caused and was shown (not logged as unexpected). */
export function isClientError(error: unknown): boolean {
  if (unwrapResolverError(error) instanceof AppError) return true;
  const code = error instanceof GraphQLError ? error.extensions?.["code"] : undefined;
  return typeof code === "string" && CLIENT_ERROR_CODES.has(code);
}

/**
 * graphql suggests names ("Did you mean \"status\"?") in validation and variable errors; Apollo's
 * hideSchemaDetailsFromClientErrors removes them from validation errors only. In production they
 * go from every message, so the schema cannot be read out one guess at a time.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, "");
  return message === formatted.message ? formatted : { ...formatted, message };
}

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** The one formatter of client errors, for HTTP and WebSocket: with suggestions stripped in production. */
export function clientErrorFormatter(production: boolean): ErrorFormatter {
  return production ? (formatted, error) => withoutSuggestions(formatClientError(formatted, error)) : formatClientError;
}
