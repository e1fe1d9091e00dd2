import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { describe, expect, it } from "vitest";
import { badInput, clientError, forbidden } from "./app-error.js";
import { CLIENT_ERROR_CODES, ERROR_CODES } from "./codes.js";
import { clientErrorFor, clientErrorFormatter, formatClientError } from "./format.js";

/** As graphql wraps what a resolver threw: located, with the thrown error as originalError. */
const thrownInResolver = (error: Error) => new GraphQLError(error.message, { path: ["field"], originalError: error });
const asFormatted = (error: GraphQLError): GraphQLFormattedError => error.toJSON();

describe("formatClientError", () => {
  it("shows an AppError with its code, where it happened, and nothing of the transport", () => {
    const error = thrownInResolver(forbidden("Not yours"));
    expect(formatClientError({ ...asFormatted(error), locations: [{ line: 1, column: 3 }] }, error)).toEqual({
      message: "Not yours",
      path: ["field"],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("passes a refusal as raised, without its extensions.http (a WebSocket never uses it)", () => {
    const error = clientError("RATE_LIMITED", "Rate limited: retry in 3 s", { extensions: { retryAfterSeconds: 3 }, headers: { "retry-after": "3" } });
    expect(error.extensions["http"]).toMatchObject({ status: 429 });
    expect(formatClientError(asFormatted(error), error)).toEqual({ message: "Rate limited: retry in 3 s", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 3 } });
  });

  it.each([
    ["a plain error", thrownInResolver(new Error("secret detail"))],
    ["a GraphQL error without a code", new GraphQLError("secret detail")],
    ["an error claiming INTERNAL_SERVER_ERROR", new GraphQLError("secret detail", { extensions: { code: "INTERNAL_SERVER_ERROR" } })],
    ["an error claiming a server failure code", new GraphQLError("secret detail", { extensions: { code: "SERVICE_UNAVAILABLE" } })],
  ])("masks %s", (_name, error) => {
    expect(formatClientError(asFormatted(error), error)).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it.each([
    ["57014", "TIMEOUT"],
    ["22021", "BAD_USER_INPUT"],
    ["57P01", "SERVICE_UNAVAILABLE"],
  ])("names a database failure (SQLSTATE %s) as %s", (sqlstate, code) => {
    const error = thrownInResolver(Object.assign(new Error("driver detail"), { cause: { code: sqlstate } }));
    const shown = formatClientError(asFormatted(error), error);
    expect(shown.extensions?.["code"]).toBe(code);
    expect(shown.message).not.toMatch(/driver detail/);
  });

  it("strips graphql's suggestions in production only", () => {
    const error = clientError("GRAPHQL_VALIDATION_FAILED", 'Cannot query field "summry" on type "SafetyAlert". Did you mean "summary"?');
    expect(clientErrorFormatter(true)(asFormatted(error), error).message).toBe('Cannot query field "summry" on type "SafetyAlert".');
    expect(clientErrorFormatter(false)(asFormatted(error), error).message).toMatch(/Did you mean/);
  });
});

describe("clientErrorFor", () => {
  it("masks an unexpected failure with the request id, and keeps our own errors as they are", () => {
    expect(clientErrorFor(new Error("boom"), "req-1")).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-1" } });
    expect(clientErrorFor(badInput("first must be between 1 and 100"))).toEqual({ message: "first must be between 1 and 100", extensions: { code: "BAD_USER_INPUT" } });
  });
});

describe("the codes", () => {
  it("are shown as raised exactly when they are refusals, and every status is an HTTP error status", () => {
    expect([...CLIENT_ERROR_CODES].sort()).toEqual(
      Object.entries(ERROR_CODES)
        .filter(([, entry]) => entry.refusal)
        .map(([code]) => code)
        .sort(),
    );
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      const status = (entry as { status?: number }).status;
      if (status !== undefined) expect([code, status >= 400 && status < 600]).toEqual([code, true]);
    }
  });
});
