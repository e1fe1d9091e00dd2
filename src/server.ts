import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Config } from "./config.js";
import type { RequestContext } from "./context.js";
import type { DatabaseHandle } from "./db/client.js";
import { buildAppSchema } from "./schema.js";
import { ALERT_CHANNEL } from "./modules/victim-safety/index.js";
import { createServices } from "./services.js";
import { AuditTrail, auditReads, parsePurpose } from "./shared/audit/index.js";
import { serveSubscriptions } from "./subscriptions.js";
import { databaseFailure } from "./db/errors.js";
import { errorResponses } from "./shared/operations/error-responses.plugin.js";
import { Metrics } from "./shared/operations/metrics.js";
import { readinessCheck } from "./shared/operations/readiness.js";
import { queryLimits } from "./shared/limits/limits.plugin.js";
import type { Viewer } from "./shared/auth/viewer.js";
import { createTokenVerifier } from "./shared/auth/jwt.js";
import { systemClock, type Clock } from "./shared/clock.js";
import { AppError, toGraphQLError } from "./shared/errors.js";
import type { Logger } from "./shared/logger.js";

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  logger: Logger;
  clock?: Clock;
}

export interface RunningApp {
  url: string;
  httpServer: http.Server;
  /** Readiness turns false at once; call stop() after, when the load balancer has had time to notice. */
  beginShutdown(): void;
  /** Stops taking requests, lets those in flight finish, and stops the timers and subscriptions. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w-]{8,100}$/;

/** Errors a client should see as they are; everything else is masked and logged with the request id. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "PURPOSE_REQUIRED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "QUERY_TOO_COSTLY",
  "RATE_LIMITED",
]);

/** What a client may see of an error: our own and GraphQL's client errors as they are; anything else masked. */
function formatClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return { ...toGraphQLError(original).toJSON(), path: formatted.path, locations: formatted.locations };
  const failure = databaseFailure(original);
  if (failure === "TIMEOUT") return { message: "The database took too long to answer; try again, or ask for less", path: formatted.path, extensions: { code: "TIMEOUT" } };
  if (failure === "BAD_DATA") return { message: "A value in the input cannot be stored", path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
  if (failure === "UNAVAILABLE") return { message: "The database is unavailable; try again shortly", path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE" } };
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && code && CLIENT_ERROR_CODES.has(String(code))) return formatted;
  if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) return formatted;
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * graphql suggests names ("Did you mean \"status\"?") in validation and variable errors; Apollo's
 * hideSchemaDetailsFromClientErrors removes them from validation errors only. In production they
 * go from every message, so the schema cannot be read out one guess at a time.
 */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, "");
  return message === formatted.message ? formatted : { ...formatted, message };
}

function requestLogging(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof AppError || (error.extensions?.code && CLIENT_ERROR_CODES.has(String(error.extensions.code)))) continue;
            logger.error(
              { requestId: contextValue.requestId, sub: contextValue.viewer?.sub, operationName, err: original },
              "unexpected error",
            );
          }
        },
        async willSendResponse({ operationName }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          logger.info({ requestId: contextValue.requestId, sub: contextValue.viewer?.sub, operationName, ms: Math.round(ms * 10) / 10 }, "graphql request");
        },
      };
    },
  };
}

export async function startApp({ config, database, logger, clock = systemClock }: AppOptions, port = config.port, host = config.host): Promise<RunningApp> {
  const schema = await buildAppSchema();
  const { services, createLoaders } = createServices(database, { escalation: config.victimSafety.escalation });
  const contextFor = (requestId: string, viewer: Viewer, purpose: string | null): RequestContext => ({
    requestId,
    viewer,
    purpose,
    audit: new AuditTrail(),
    clock,
    services,
    loaders: createLoaders(viewer, clock),
  });
  const verifyToken = createTokenVerifier(config.auth);
  const app = express();
  app.disable("x-powered-by");
  // An ETag on a POSTed GraphQL answer is never used, and express would hash every answer to make one.
  app.set("etag", false);
  const httpServer = http.createServer(app);

  const formatError = config.env === "production" ? (formatted: GraphQLFormattedError, error: unknown) => withoutSuggestions(formatClientError(formatted, error)) : formatClientError;
  const limits = queryLimits(schema, config.limits);
  const metrics = new Metrics(database);
  let shuttingDown = false;
  const readiness = readinessCheck(database, () => shuttingDown);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Automatic persisted queries are not offered: PERSISTED_QUERY_NOT_SUPPORTED, not a masked error.
    persistedQueries: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.env === "production",
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown (not-ready first, then drain). Apollo's own SIGTERM handler would stop it
    // behind our back and re-raise the signal, leaving our stop() waiting on a server already stopped.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Installed by default, it wraps every field resolver to compute cache hints this API never sends.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      metrics.plugin(),
      errorResponses(),
      requestLogging(logger),
      auditReads(logger),
      // The explorer needs introspection: both are off in production unless INTROSPECTION=true.
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.get("/readyz", async (_req, res) => {
    const state = await readiness();
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? "ready" : "not ready", ...state });
  });
  app.get("/metrics", async (_req, res) => {
    res.setHeader("content-type", metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  app.use(
    "/graphql",
    express.json({ limit: `${config.limits.requestBodyLimitKb}kb` }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const given = req.headers["x-request-id"];
        const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader("x-request-id", requestId);
        try {
          const viewer = await verifyToken(req.headers.authorization);
          return contextFor(requestId, viewer, parsePurpose(req.headers["x-access-purpose"]));
        } catch (error) {
          if (error instanceof AppError) throw toGraphQLError(error);
          throw error;
        }
      },
    }),
  );

  // Errors before GraphQL sees the request (a body that is not JSON, or too large): a GraphQL-shaped
  // JSON answer, not express's HTML page, which shows a stack trace and logs the body.
  app.use((error: { type?: string; status?: number }, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const requestId = String(res.getHeader("x-request-id") ?? randomUUID());
    if (error.type === "entity.too.large") {
      res.status(413).json({ errors: [{ message: `The request body is over ${config.limits.requestBodyLimitKb} KB`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    } else if (typeof error.status === "number" && error.status >= 400 && error.status < 500) {
      res.status(error.status).json({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
    } else {
      logger.error({ requestId, path: req.path, err: error }, "request failed before GraphQL");
      res.status(500).json({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }] });
    }
  });

  const subscriptions = serveSubscriptions({
    httpServer,
    schema,
    verifyToken,
    contextFor,
    createLoaders,
    clock,
    logger,
    formatError,
    validationRules: limits.validationRules,
    maxPayload: config.limits.requestBodyLimitKb * 1024,
  });

  // Alerts are announced by NOTIFY when their transaction commits; this instance delivers them to its subscribers.
  const stopListening = await database.listen(ALERT_CHANNEL, (payload) => {
    services.alerts.publishCommitted(payload).catch((err: unknown) => logger.error({ err }, "could not deliver safety alerts"));
  });
  const sweepMinutes = config.victimSafety.orderExpiryCheckMinutes;
  const sweep = () =>
    services.alerts
      .sweepExpiringOrders(clock)
      .then((raised) => raised && logger.info({ raised }, "expiring-order alerts raised"))
      .catch((err: unknown) => logger.error({ err }, "expiring-order check failed"));
  const sweepTimer = sweepMinutes > 0 ? setInterval(sweep, sweepMinutes * 60_000).unref() : null;
  if (sweepMinutes > 0) void sweep();

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    httpServer,
    beginShutdown: () => {
      shuttingDown = true;
    },
    stop: async () => {
      shuttingDown = true;
      if (sweepTimer) clearInterval(sweepTimer);
      await subscriptions.dispose();
      await stopListening();
      await apollo.stop();
    },
  };
}
