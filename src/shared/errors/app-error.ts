import { GraphQLError } from "graphql";
import { httpStatusOf, type ErrorCode } from "./codes.js";

/** The one base for errors the application raises on purpose; shown to clients by formatClientError. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthenticated = (message = "A valid bearer token is required") => new AppError("UNAUTHENTICATED", message);
export const forbidden = (message = "You do not have access to this") => new AppError("FORBIDDEN", message);
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const badInput = (message: string) => new AppError("BAD_USER_INPUT", message);

export interface ClientErrorOptions {
  /** More for the client beside the code (e.g. retryAfterSeconds). */
  extensions?: Record<string, unknown>;
  /** HTTP response headers (e.g. retry-after). */
  headers?: Record<string, string>;
  /** The error this one restates: its place in the document is kept. */
  at?: GraphQLError;
}

/**
 * A request refused before anything ran (a limit, the transport, the token), as a GraphQL error
 * with its code. Over HTTP, Apollo takes the answer's status (and `headers`) from `extensions.http`;
 * the formatter removes that before the client sees the error, and a WebSocket never uses it.
 */
export function clientError(code: ErrorCode, message: string, { extensions = {}, headers, at }: ClientErrorOptions = {}): GraphQLError {
  const status = httpStatusOf(code);
  const http = status ? { http: { status, ...(headers ? { headers: new Map(Object.entries(headers)) } : {}) } } : {};
  return new GraphQLError(message, {
    ...(at ? { nodes: at.nodes, source: at.source, positions: at.positions } : {}),
    extensions: { ...extensions, code, ...http },
  });
}

/** An AppError that refuses the whole request (the context's token check). */
export function toGraphQLError(error: AppError): GraphQLError {
  return clientError(error.code, error.message);
}
