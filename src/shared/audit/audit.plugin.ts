import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../../context.js";
import { databaseFailure } from "../../db/errors.js";
import type { Logger } from "../logger.js";

/**
 * Writes the request's victim-safety reads to the s.62 log before the answer is sent. If the log
 * cannot be written the answer is withheld: no read of victim data leaves the server unlogged.
 */
export function auditReads(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.operationName = operationName ?? null;
        },
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.services.audit.flushReads(contextValue);
          } catch (err) {
            logger.error({ requestId: contextValue.requestId, sub: contextValue.viewer?.sub, err }, "audit log write failed; answer withheld");
            if (response.body.kind === "single") {
              response.body.singleResult = {
                errors: [
                  databaseFailure(err) === "UNAVAILABLE"
                    ? { message: "The database is unavailable; try again shortly", extensions: { code: "SERVICE_UNAVAILABLE" } }
                    : { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } },
                ],
              };
            }
          }
        },
      };
    },
  };
}
