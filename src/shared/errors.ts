import { GraphQLError } from "graphql";

/** Codes carried in `extensions.code` for errors a client cannot fix by changing its input. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  /** Victim-safety data was asked for without a stated purpose (DPA 2018 s.62). */
  "PURPOSE_REQUIRED",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

/** The one base for errors the application raises on purpose; mapped to GraphQL in exactly one place. */
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

export function toGraphQLError(error: AppError): GraphQLError {
  const status = HTTP_STATUS[error.code];
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...(status ? { http: { status } } : {}) },
  });
}
