/**
 * Every code the API answers with in `extensions.code`, over HTTP and WebSocket alike. `status` is
 * the HTTP status of an answer refused with it before anything ran (an error raised while resolving,
 * beside other fields' data, leaves the answer's 200). `refusal` codes are shown to the client as
 * they were raised: the client can change something and try again. The others are failures of the
 * server, made only by the formatter (src/shared/errors/format.ts) from what actually went wrong;
 * an error that arrives already carrying one is masked like any unknown error.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: { status: 401, refusal: true, meaning: "No bearer token, or one that is invalid, expired or names no known role." },
  FORBIDDEN: { refusal: true, meaning: "The caller's roles or relationships to the data do not allow this." },
  NOT_FOUND: { refusal: true, meaning: "No such record." },
  BAD_USER_INPUT: { status: 400, refusal: true, meaning: "An argument or variable is invalid: an id, a page size, a cursor, or text the database cannot store." },
  CONFLICT: { refusal: true, meaning: "The record changed since it was read, or the change clashes with another." },
  PURPOSE_REQUIRED: { refusal: true, meaning: "Victim-safety data was asked for without a stated purpose (X-Access-Purpose, or accessPurpose over WebSocket)." },
  GRAPHQL_PARSE_FAILED: { status: 400, refusal: true, meaning: "The document is not GraphQL, or has more tokens than QUERY_MAX_TOKENS." },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    refusal: true,
    meaning: "The document does not fit the schema, is over the depth, alias or directive limits, or asks for introspection while it is off.",
  },
  PERSISTED_QUERY_NOT_FOUND: { refusal: true, meaning: "A persisted-query hash the server does not know (Apollo; persisted queries are off)." },
  PERSISTED_QUERY_NOT_SUPPORTED: { refusal: true, meaning: "Automatic persisted queries are not offered: send the document." },
  OPERATION_RESOLUTION_FAILURE: { refusal: true, meaning: "operationName names no operation in the document, or several operations came without one." },
  BAD_REQUEST: {
    status: 400,
    refusal: true,
    meaning: "The request is malformed (not JSON, batched), or came over the wrong transport: queries and mutations over HTTP POST, subscriptions over WebSocket.",
  },
  PAYLOAD_TOO_LARGE: { status: 413, refusal: true, meaning: "The request body is over REQUEST_BODY_LIMIT_KB." },
  QUERY_TOO_COSTLY: { status: 400, refusal: true, meaning: "The operation could cost more than QUERY_MAX_COST points (see extensions.cost)." },
  RATE_LIMITED: {
    status: 429,
    refusal: true,
    meaning: "The caller's bucket of cost points is spent (retry after extensions.retryAfterSeconds), or a socket holds WS_MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions.",
  },
  TIMEOUT: { refusal: false, meaning: "The database took longer than DATABASE_STATEMENT_TIMEOUT_MS: try again, or ask for less." },
  SERVICE_UNAVAILABLE: { status: 503, refusal: false, meaning: "The database is unavailable: retry after the Retry-After header." },
  INTERNAL_SERVER_ERROR: { refusal: false, meaning: "An unexpected failure, masked: quote extensions.requestId, under which the server logged it." },
} as const satisfies Record<string, { status?: number; refusal: boolean; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Codes shown to the client as they were raised; any other code is masked. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set(
  (Object.keys(ERROR_CODES) as ErrorCode[]).filter((code) => ERROR_CODES[code].refusal),
);

/** The HTTP status of an answer refused with `code` before anything ran, where the code decides one. */
export function httpStatusOf(code: ErrorCode): number | undefined {
  return (ERROR_CODES[code] as { status?: number }).status;
}

/** The statuses of the refusals that have none of their own above, as plain HTTP routes answer them. */
const ROUTE_STATUS: Partial<Record<ErrorCode, number>> = { FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** The HTTP status a plain route (a CSV report, a subject access export) answers an error code with. */
export function routeStatusOf(code: ErrorCode): number {
  return httpStatusOf(code) ?? ROUTE_STATUS[code] ?? 500;
}
