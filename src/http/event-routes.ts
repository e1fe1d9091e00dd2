import type http from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { RequestContext } from "../context.js";
import type { Viewer } from "../shared/auth/viewer.js";
import { AppError, maskedError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { refusal, writeJson } from "./json-answer.js";

/** What the subject of an event looks like at its detail URL: read through `node`, so the access rules are GraphQL's. */
export const EVENT_DETAIL_QUERY = `query DomainEventDetail($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Referral { status version programme { code } }
    ... on AttendanceRecord { outcome recordedAt superseded session { id sessionNumber } }
    ... on IomMembership { cohortType startedOn endedOn open deselectionReason }
    ... on SafetyAlert { kind occurredAt createdAt }
  }
}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PURPOSE_REQUIRED: 403 };

export interface EventDetailRouteOptions {
  verifyToken(authorization: string | undefined): Promise<Viewer>;
  /** The stored message of an event and its subject's global id, or null. */
  eventOf(eventId: string): Promise<{ message: Record<string, unknown>; subjectId: string } | null>;
  /** Runs EVENT_DETAIL_QUERY as the caller, answering the node (null when not there or not theirs) or refusal codes. */
  detail(viewer: Viewer, request: http.IncomingMessage, requestId: string, globalId: string): Promise<{ node: Record<string, unknown> | null; errorCode: string | null }>;
  logger: Logger;
  newRequestId(): string;
}

/**
 * `GET /domain-events/{eventId}`: an event's detailUrl. Answers the event as delivered and its subject
 * as it stands now (`{ "event": …, "detail": … }`), to a caller allowed to see that subject through
 * GraphQL (`node`); anyone else gets 404, as for an unknown event ("not yours" reads as "not there").
 */
export function eventDetailRoute(options: EventDetailRouteOptions) {
  return (request: http.IncomingMessage, response: http.ServerResponse, eventId: string): void => {
    const requestId = options.newRequestId();
    response.setHeader("x-request-id", requestId);
    response.setHeader("cache-control", "no-store");
    void (async () => {
      const viewer = await options.verifyToken(request.headers.authorization);
      const event = UUID.test(eventId) ? await options.eventOf(eventId.toLowerCase()) : null;
      if (!event) return writeJson(response, 404, refusal("NOT_FOUND", "No such event"));
      const { node, errorCode } = await options.detail(viewer, request, requestId, event.subjectId);
      if (errorCode && STATUS_OF[errorCode]) return writeJson(response, STATUS_OF[errorCode]!, refusal(errorCode as "FORBIDDEN", "You may not read this event's subject"));
      if (!node) return writeJson(response, 404, refusal("NOT_FOUND", "No such event"));
      writeJson(response, 200, { event: event.message, detail: node });
    })().catch((error: unknown) => {
      if (error instanceof AppError && STATUS_OF[error.code]) {
        writeJson(response, STATUS_OF[error.code]!, refusal(error.code, error.message), error.code === "UNAUTHENTICATED" ? { "www-authenticate": "Bearer" } : {});
        return;
      }
      options.logger.error({ requestId, err: error }, "event detail failed");
      if (!response.headersSent) writeJson(response, 500, { errors: [maskedError(requestId)] });
      else response.end();
    });
  };
}


/** Runs EVENT_DETAIL_QUERY through Apollo as the caller, with every plugin (limits, audit) a request gets. */
export function detailThroughGraphQL(
  apollo: ApolloServer<RequestContext>,
  contextFor: (viewer: Viewer, request: http.IncomingMessage, requestId: string) => RequestContext,
): EventDetailRouteOptions["detail"] {
  return async (viewer, request, requestId, globalId) => {
    const result = await apollo.executeOperation<{ node: Record<string, unknown> | null }>({ query: EVENT_DETAIL_QUERY, variables: { id: globalId } }, { contextValue: contextFor(viewer, request, requestId) });
    const single = result.body.kind === "single" ? result.body.singleResult : null;
    return { node: single?.data?.node ?? null, errorCode: (single?.errors?.[0]?.extensions?.code as string | undefined) ?? null };
  };
}
