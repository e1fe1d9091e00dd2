import type { ApolloServerPlugin, HTTPGraphQLHead } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import type { RequestContext } from "../../context.js";
import { httpStatusOf, withRequestId } from "../errors.js";

/** How long a client should wait before retrying while the database is unavailable. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Finishing touches on an error answer, after the formatter has masked it: a masked error carries
 * the request id that is in the server's log, so support can find it; and an answer that failed only
 * because the database is unavailable is an HTTP 503 with Retry-After, which load balancers and
 * clients already know how to treat.
 */
export function finishErrorAnswer(result: FormattedExecutionResult, http: HTTPGraphQLHead, requestId: string | undefined): void {
  if (!result.errors?.length) return;
  result.errors = result.errors.map((error) => withRequestId(error, requestId));
  const unavailable = result.errors.some((error) => error.extensions?.["code"] === "SERVICE_UNAVAILABLE");
  if (unavailable && result.data == null) {
    http.status = httpStatusOf("SERVICE_UNAVAILABLE");
    http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
  }
}

export function errorResponses(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          finishErrorAnswer(response.body.singleResult, response.http, contextValue?.requestId);
        },
      };
    },
  };
}
