import type http from "node:http";
import type { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Config } from "../config.js";
import type { RequestContext } from "../context.js";
import type { RequestOrigin } from "../context.js";
import { parsePurpose } from "../shared/audit/index.js";
import type { Viewer } from "../shared/auth/viewer.js";
import { clientError, clientErrorFor, withRequestId, type ErrorFormatter } from "../shared/errors.js";
import type { OperationLimits } from "../shared/limits/operation-limits.js";
import type { Logger } from "../shared/logger.js";
import { clientRequestIdOf, newSubscriptionRequestId } from "../shared/request-ids.js";
import { admitSubscription, type SubscribePayload } from "./admission.js";
import { CLOSE_TOKEN_EXPIRED, CLOSE_TOO_MANY_CONNECTIONS, Connections, tokenExpired, type Connection } from "./connections.js";

interface SubscriptionOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  verifyToken(authorization: string | undefined): Promise<Viewer>;
  contextFor(origin: RequestOrigin): RequestContext;
  /** Fresh loaders and row visibility: a subscription takes new ones for each event. */
  readsFor(viewer: Viewer): Pick<RequestContext, "loaders" | "visibility">;
  logger: Logger;
  /** The same checks as over HTTP (src/shared/limits/operation-limits.ts), with the same rate buckets. */
  limits: OperationLimits;
  settings: Config["webSocket"];
  /** Largest message accepted on the socket, in bytes. */
  maxPayload: number;
  /** The same formatter as over HTTP (src/shared/errors/format.ts). */
  formatError: ErrorFormatter;
}

/** Connection parameters may carry the token with or without its "Bearer " prefix. */
const bearer = (value: unknown): string | undefined => (typeof value === "string" ? (value.startsWith("Bearer ") ? value : `Bearer ${value}`) : undefined);

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's /graphql path, and nothing else: a
 * query or mutation sent here is refused (they are served over HTTP POST, where the audit, metrics
 * and logging plugins see them). The token and the stated purpose come in the connection parameters
 * (`authorization`, `accessPurpose`). Each subscription passes the checks an HTTP request passes,
 * from the same code; each subject holds a few sockets, each socket a few subscriptions; a socket
 * is closed when its token expires; each event is sent only if the token is still valid, and its
 * victim-safety reads are logged before it is sent, as an HTTP answer's are.
 */
export function serveSubscriptions({ httpServer, schema, verifyToken, contextFor, readsFor, logger, limits, settings, maxPayload, formatError }: SubscriptionOptions) {
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload });
  const connections = new Connections(settings.maxConnectionsPerSubject);
  /** By graphql-ws's context for the socket. */
  const opened = new WeakMap<object, Connection>();

  /** What the client sees of an error: the HTTP formatter's answer, and the request id on a masked one. */
  const shown = (error: GraphQLError, requestId?: string) => withRequestId(formatError(error.toJSON(), error.originalError ?? error), requestId);

  return useServer<Record<string, unknown> | undefined>(
    {
      schema,
      // Whatever the environment: an internal error's message never goes out in a close reason.
      isProd: true,
      onConnect: async (ctx) => {
        let viewer: Viewer;
        try {
          viewer = await verifyToken(bearer(ctx.connectionParams?.["authorization"]));
        } catch {
          return false;
        }
        const { socket, request } = ctx.extra;
        // Gone while its token was checked: onClose has been and gone, so nothing may be registered for it.
        if (socket.readyState !== socket.OPEN) return false;
        const connection = connections.open(viewer, clientRequestIdOf(request.headers["x-request-id"]), () => socket.close(CLOSE_TOKEN_EXPIRED.code, CLOSE_TOKEN_EXPIRED.reason));
        if (!connection) {
          // Closed here with its own code; graphql-ws's Forbidden that follows finds the socket closing.
          socket.close(CLOSE_TOO_MANY_CONNECTIONS.code, CLOSE_TOO_MANY_CONNECTIONS.reason);
          return false;
        }
        opened.set(ctx, connection);
        return true;
      },
      onClose: (ctx) => {
        opened.get(ctx)?.release();
        opened.delete(ctx);
      },
      onSubscribe: async (ctx, _id, payload) => {
        const connection = opened.get(ctx);
        if (!connection) return [clientError("UNAUTHENTICATED", "The connection is not authenticated")];
        // graphql-ws has already counted this one.
        if (Object.keys(ctx.subscriptions).length > settings.maxSubscriptionsPerConnection) {
          return [clientError("RATE_LIMITED", `A connection may hold ${settings.maxSubscriptionsPerConnection} subscriptions at once: complete one first`)];
        }
        try {
          const admitted = admitSubscription(limits, payload as SubscribePayload, connection.viewer.sub);
          if (Array.isArray(admitted)) return admitted;
          const context = contextFor({
            requestId: newSubscriptionRequestId(),
            clientRequestId: connection.clientRequestId,
            viewer: connection.viewer,
            purpose: parsePurpose(ctx.connectionParams?.["accessPurpose"]),
          });
          context.operationName = admitted.resolvedName;
          context.renewReads = () => Object.assign(context, readsFor(context.viewer));
          return { schema, document: admitted.document, operationName: admitted.operationName, variableValues: admitted.variables, contextValue: context };
        } catch (err) {
          logger.error({ sub: connection.viewer.sub, err }, "subscription could not start");
          return [clientError("INTERNAL_SERVER_ERROR", "Internal server error")];
        }
      },
      onNext: async (ctx, _id, _payload, args, result): Promise<FormattedExecutionResult | void> => {
        const context = args.contextValue as RequestContext;
        // The timer closes the socket at expiry; this catches an event already on its way then.
        if (tokenExpired(context.viewer)) {
          ctx.extra.socket.close(CLOSE_TOKEN_EXPIRED.code, CLOSE_TOKEN_EXPIRED.reason);
          // Nothing is sent on a closing socket (graphql-ws checks), and nothing was shown, so nothing is logged.
          context.audit.drain();
          return;
        }
        try {
          await context.services.audit.flushReads(context);
        } catch (err) {
          logger.error({ requestId: context.requestId, sub: context.viewer.sub, err }, "audit log write failed; event withheld");
          return { errors: [clientErrorFor(err, context.requestId)] };
        } finally {
          // The next event reads afresh, even in a subscription that does not renew its reads itself.
          context.renewReads?.();
        }
        const { errors } = result as ExecutionResult;
        return errors ? { ...result, errors: errors.map((error) => shown(error, context.requestId)) } : undefined;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => shown(error)),
    },
    wsServer,
  );
}
