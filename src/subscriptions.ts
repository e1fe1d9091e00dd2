import { randomUUID } from "node:crypto";
import type http from "node:http";
import { specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { RequestContext } from "./context.js";
import type { RequestLoaders } from "./services.js";
import type { Viewer } from "./shared/auth/viewer.js";
import { parsePurpose } from "./shared/audit/index.js";
import type { Clock } from "./shared/clock.js";
import type { Logger } from "./shared/logger.js";

interface SubscriptionOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  verifyToken(authorization: string | undefined): Promise<Viewer>;
  contextFor(requestId: string, viewer: Viewer, purpose: string | null): RequestContext;
  createLoaders(viewer: Viewer, clock: Clock): RequestLoaders;
  clock: Clock;
  logger: Logger;
  /** The same document limits as over HTTP (depth, aliases, directives). */
  validationRules: ValidationRule[];
  /** Largest message accepted on the socket, in bytes. */
  maxPayload: number;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

/** Connection parameters may carry the token with or without its "Bearer " prefix. */
const bearer = (value: unknown): string | undefined => (typeof value === "string" ? (value.startsWith("Bearer ") ? value : `Bearer ${value}`) : undefined);

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's /graphql path. The token and the stated
 * purpose come in the connection parameters (`authorization`, `accessPurpose`); each event's
 * victim-safety reads are logged before it is sent, as an HTTP answer's are.
 */
export function serveSubscriptions({ httpServer, schema, verifyToken, contextFor, createLoaders, clock, logger, formatError, validationRules, maxPayload }: SubscriptionOptions) {
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload });
  const rules = [...specifiedRules, ...validationRules];
  return useServer(
    {
      schema,
      validate: (validationSchema, document) => validate(validationSchema, document, rules),
      onConnect: async ({ connectionParams }) => {
        try {
          await verifyToken(bearer(connectionParams?.authorization));
          return true;
        } catch {
          return false;
        }
      },
      context: async ({ connectionParams }) =>
        contextFor(`ws-${randomUUID()}`, await verifyToken(bearer(connectionParams?.authorization)), parsePurpose(connectionParams?.accessPurpose)),
      onNext: async (_ctx, _id, _payload, args, result) => {
        const context = args.contextValue as RequestContext;
        // A subscription's context lives as long as it does: each event reads through fresh loaders.
        context.loaders = createLoaders(context.viewer, clock);
        try {
          await context.services.audit.flushReads(context);
        } catch (err) {
          logger.error({ requestId: context.requestId, sub: context.viewer.sub, err }, "audit log write failed; event withheld");
          return { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] };
        }
        return result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined;
      },
    },
    wsServer,
  );
}
