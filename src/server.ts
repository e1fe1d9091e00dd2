import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { apolloHandler } from "./http/apollo-handler.js";
import { readBuildInfo } from "./http/build-info.js";
import { corsFor } from "./http/cors.js";
import { createExplorer, wantsExplorerPage } from "./http/explorer.js";
import { refusal, writeJson } from "./http/json-answer.js";
import { operationsRoutes } from "./http/operations-routes.js";
import { reportRoutes } from "./http/report-routes.js";
import type { Config } from "./config.js";
import type { RequestContext, RequestOrigin } from "./context.js";
import type { DatabaseHandle } from "./db/client.js";
import { buildAppSchema } from "./schema.js";
import { EVENT_DETAIL_PATH } from "./modules/events/index.js";
import { startBackgroundWork } from "./background-work.js";
import { detailThroughGraphQL, eventDetailRoute } from "./http/event-routes.js";
import { SUBJECT_ACCESS_PATH, subjectAccessRoute } from "./modules/subject-access/index.js";
import { createServices } from "./services.js";
import { AuditTrail, auditReads, parsePurpose } from "./shared/audit/index.js";
import { serveSubscriptions } from "./subscriptions/index.js";
import { errorResponses } from "./shared/operations/error-responses.plugin.js";
import { Metrics } from "./shared/operations/metrics.js";
import { readinessCheck } from "./shared/operations/readiness.js";
import { queryLimits } from "./shared/limits/limits.plugin.js";
import type { Viewer } from "./shared/auth/viewer.js";
import { createTokenVerifier } from "./shared/auth/jwt.js";
import { dateToday, systemClock, type Clock } from "./shared/clock.js";
import { RequestVisibility } from "./access/visibility.js";
import { PEOPLE_HIDDEN_CHANNEL } from "./access/hidden-rows.js";
import { installCursorKey } from "./shared/cursor.js";
import { AppError, clientErrorFormatter, isClientError, maskedError, toGraphQLError } from "./shared/errors.js";
import type { Logger } from "./shared/logger.js";
import { clientRequestIdOf, newRequestId } from "./shared/request-ids.js";

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

const GRAPHQL_PATH = "/graphql";

/** Errors a client sees as they are (the refusals of src/shared/errors/codes.ts); kept here for the fuzz tests. */
export { CLIENT_ERROR_CODES } from "./shared/errors.js";

function requestLogging(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            logger.error(
              { requestId: contextValue.requestId, clientRequestId: contextValue.clientRequestId, sub: contextValue.viewer?.sub, operationName, err: unwrapResolverError(error) },
              "unexpected error",
            );
          }
        },
        async willSendResponse({ operationName }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          logger.info(
            { requestId: contextValue.requestId, clientRequestId: contextValue.clientRequestId, sub: contextValue.viewer?.sub, operationName, ms: Math.round(ms * 10) / 10 },
            "graphql request",
          );
        },
      };
    },
  };
}

export async function startApp({ config, database, logger, clock = systemClock }: AppOptions, port = config.port, host = config.host): Promise<RunningApp> {
  installCursorKey(config.cursorSecret, logger);
  const schema = await buildAppSchema();
  const { services, repositories, createLoaders, hiddenPeople, eventDeliveries } = createServices(database, {
    escalation: config.victimSafety.escalation,
    eventsBaseUrl: config.events.publicUrl,
    retentionYears: { PERPETRATOR_CASE: config.retention.perpetratorCaseYears, VICTIM: config.retention.victimYears },
  });
  // Erased or restricted people leave every query; until there are any, the check costs nothing (hidden-rows.ts).
  if (await repositories.visibleRows.anyHidden()) hiddenPeople.markHidden();
  const stopHiddenListening = await database.listen(PEOPLE_HIDDEN_CHANNEL, () => hiddenPeople.markHidden());
  /** What a request reads through: per request over HTTP, per event for a subscription (whose access may change). */
  const readsFor = (viewer: Viewer): Pick<RequestContext, "loaders" | "visibility"> => ({
    loaders: createLoaders(clock),
    visibility: new RequestVisibility(repositories.visibleRows, viewer, dateToday(clock), hiddenPeople),
  });
  const contextFor = ({ requestId, clientRequestId, viewer, purpose }: RequestOrigin): RequestContext => ({
    requestId,
    clientRequestId,
    viewer,
    purpose,
    audit: new AuditTrail(),
    clock,
    services,
    ...readsFor(viewer),
  });
  const verifyToken = createTokenVerifier(config.auth, ({ sub, ignored, kept }) =>
    // Counts only: the values may be another service's roles, and the token's names are never logged.
    logger.debug({ sub, ignoredRoles: ignored, keptRoles: kept }, "token roles this API does not know were ignored"),
  );
  // Routes are few (the API, the operations endpoints, the explorer): Node's own HTTP, no framework in the way.
  // Its request listener is added below, once Apollo (which needs the server to drain it) has started.
  const httpServer = http.createServer();

  const formatError = clientErrorFormatter(config.env === "production");
  const limits = queryLimits(schema, config.limits, config.introspection);
  const metrics = new Metrics(database);
  let shuttingDown = false;
  const readiness = readinessCheck(database, () => shuttingDown);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Automatic persisted queries are not offered: PERSISTED_QUERY_NOT_SUPPORTED, not a masked error.
    persistedQueries: false,
    // Refused, when config.introspection is off, by the shared rules in limits.validationRules, the same
    // rule the WebSocket uses; Apollo's own copy of the rule would report every refusal twice.
    introspection: true,
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
      // Apollo's landing page loads its explorer from a CDN; ours is served from the altair-static package.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const graphql = apolloHandler(apollo, {
    bodyLimitBytes: config.limits.requestBodyLimitKb * 1024,
    context: async (request, requestId): Promise<RequestContext> => {
      try {
        const viewer = await verifyToken(request.headers.authorization);
        return contextFor({ requestId, clientRequestId: clientRequestIdOf(request.headers["x-request-id"]), viewer, purpose: parsePurpose(request.headers["x-access-purpose"]) });
      } catch (error) {
        if (error instanceof AppError) throw toGraphQLError(error);
        throw error;
      }
    },
    onUnexpected: (error, response, requestId) => {
      logger.error({ requestId, err: error }, "request failed outside GraphQL");
      if (!response.headersSent) writeJson(response, 500, { errors: [maskedError(requestId)] });
      else response.end();
    },
  });
  const routes = new Map([
    ...operationsRoutes({ readiness, metrics: metrics.registry, build: readBuildInfo(config.gitCommit) }),
    // Reports as CSV files: the same verified token, service, access and suppression as the GraphQL query.
    ...reportRoutes({ verifyToken, performance: services.performance, figureReports: services.figureReports, clock, logger, newRequestId }),
  ]);
  // An event's detailUrl: the event and its subject, read through `node` as the caller (the same access rules).
  const eventDetail = eventDetailRoute({
    verifyToken,
    eventOf: (eventId) => eventDeliveries.eventDetail(eventId),
    detail: detailThroughGraphQL(apollo, (viewer, request, requestId) => contextFor({ requestId, clientRequestId: null, viewer, purpose: parsePurpose(request.headers["x-access-purpose"]) })),
    logger,
    newRequestId,
  });
  const subjectAccess = subjectAccessRoute({ service: services.subjectAccess, verifyToken, clock, logger });
  const cors = corsFor(config.corsOrigins);
  // The explorer needs introspection: both are off in production unless INTROSPECTION=true.
  const explorer = config.introspection ? createExplorer(GRAPHQL_PATH) : null;
  httpServer.on("request", (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = request.url ?? "/";
    const query = url.indexOf("?");
    const path = query === -1 ? url : url.slice(0, query);
    const search = query === -1 ? "" : url.slice(query);
    if (path === GRAPHQL_PATH) {
      if (explorer && wantsExplorerPage(request, search)) return explorer.page(request, response);
      if (cors?.(request, response)) return;
      // Every answer, even one refused before GraphQL, names the server's id for the request: the id its
      // log lines and audit events carry. A client's own X-Request-Id is only kept beside it.
      const requestId = newRequestId();
      response.setHeader("x-request-id", requestId);
      void graphql(request, response, search, requestId);
      return;
    }
    if (explorer?.handle(path, request, response)) return;
    if (path === SUBJECT_ACCESS_PATH && request.method === "GET") return subjectAccess(request, response);
    if (path.startsWith(EVENT_DETAIL_PATH) && request.method === "GET") return eventDetail(request, response, path.slice(EVENT_DETAIL_PATH.length));
    const route = request.method === "GET" || request.method === "HEAD" ? routes.get(path) : undefined;
    if (route) return route(request, response);
    writeJson(response, 404, refusal("NOT_FOUND", "Not found"));
  });

  const subscriptions = serveSubscriptions({
    httpServer,
    verifyToken,
    contextFor,
    readsFor,
    logger,
    formatError,
    limits: limits.operations,
    schema,
    settings: config.webSocket,
    maxPayload: config.limits.requestBodyLimitKb * 1024,
  });

  const background = await startBackgroundWork({ config, database, services, eventDeliveries, clock, logger });

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
      await background.stop();
      await subscriptions.dispose();
      await stopHiddenListening();
      await apollo.stop();
    },
  };
}
