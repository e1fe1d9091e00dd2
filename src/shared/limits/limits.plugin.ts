import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../../context.js";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../../config.js";
import { OperationLimits } from "./operation-limits.js";
import { wrongTransport } from "./transport.js";

/**
 * The operation limits over HTTP. Apollo parses with `limits.parseOptions` and validates with
 * `limits.validationRules` (server.ts); once the operation is resolved this refuses what `admit`
 * refuses, then subscriptions (served over WebSocket). The cost and the bucket are reported in
 * `extensions.cost` on every answer, as Shopify does.
 */
function limitsPlugin(limits: OperationLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let requestedQueryCost: number | null = null;
      return {
        async didResolveOperation({ document, request, operationName, operation, contextValue }) {
          const admission = limits.admit({ document, variables: request.variables, operationName: operationName ?? undefined, subject: contextValue.viewer.sub });
          requestedQueryCost = admission.cost;
          if (admission.refusal) throw admission.refusal;
          const elsewhere = operation && wrongTransport(operation.operation, "http");
          if (elsewhere) throw elsewhere;
        },
        async willSendResponse({ response, contextValue }) {
          if (requestedQueryCost === null || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requestedQueryCost, maximumAvailable: limits.maxCost, throttleStatus: limits.throttleStatus(contextValue.viewer.sub) },
          };
        },
      };
    },
  };
}

/** The limits for one server: the shared checks (`operations`, also used by the WebSocket) and the HTTP plugin. */
export function queryLimits(schema: GraphQLSchema, limits: Config["limits"], introspection = true) {
  const operations = new OperationLimits(schema, limits, introspection);
  return { operations, parseOptions: operations.parseOptions, validationRules: operations.validationRules, plugins: [limitsPlugin(operations)] };
}
