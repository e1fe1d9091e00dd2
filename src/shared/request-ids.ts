import { randomUUID } from "node:crypto";

/**
 * Request ids are the server's: a fresh UUID for each request (and `ws-<UUID>` for each
 * subscription), so no client can choose the id its log lines and s.62 audit events are filed
 * under, or make two requests share one. What a client sends as X-Request-Id is kept beside it, as
 * clientRequestId, for correlating with the client's own logs.
 */
export const newRequestId = (): string => randomUUID();
export const newSubscriptionRequestId = (): string => `ws-${randomUUID()}`;

/** Letters, digits and `_ . : -`, up to 100: enough for any tracing id, nothing to inject into a log. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,100}$/;

/** A client's X-Request-Id, when it is one we keep (a header sent twice, or malformed, is dropped). */
export const clientRequestIdOf = (given: unknown): string | null => (typeof given === "string" && CLIENT_REQUEST_ID.test(given) ? given : null);
