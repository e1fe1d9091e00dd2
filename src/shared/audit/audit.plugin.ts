import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../../context.js";
import { clientErrorFor } from "../errors.js";
import type { Logger } from "../logger.js";
import { finishErrorAnswer } from "../operations/error-responses.plugin.js";

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
              // Replaced after errorResponses has finished the answer it had, so finished here again.
              response.body.singleResult = { errors: [clientErrorFor(err)] };
              finishErrorAnswer(response.body.singleResult, response.http, contextValue.requestId);
            }
          }
        },
      };
    },
  };
}
