import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../../context.js";

/** How long a client should wait before retrying while the database is unavailable. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Finishing touches on error answers, after formatError has masked them: a masked error carries the
 * request id that is in the server's log, so support can find it; and an answer that failed only
 * because the database is unavailable is an HTTP 503 with Retry-After, which load balancers and
 * clients already know how to treat.
 */
export function errorResponses(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          result.errors = result.errors.map((error) =>
            error.extensions?.["code"] === "INTERNAL_SERVER_ERROR" && contextValue?.requestId
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error,
          );
          const unavailable = result.errors.some((error) => error.extensions?.["code"] === "SERVICE_UNAVAILABLE");
          if (unavailable && result.data == null) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
