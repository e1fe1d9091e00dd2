import type http from "node:http";
import cors from "cors";

/** What a browser client of /graphql sends beyond the CORS-safelisted headers. */
const ALLOWED_HEADERS = ["authorization", "content-type", "x-request-id", "x-access-purpose", "apollo-require-preflight"];
/** What it may read beyond the safelisted response headers: the request id to quote, and when to retry. */
const EXPOSED_HEADERS = ["x-request-id", "retry-after"];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for /graphql through the `cors` package, for the origins listed in CORS_ORIGINS only. An origin
 * not on the list (or a request with none) is passed on untouched, with no CORS header at all (its
 * OPTIONS gets Apollo's answer, as without CORS): given the list as an array instead of a check, `cors`
 * would still answer that preflight with the allowed methods and headers. No credentials are allowed:
 * tokens travel in the Authorization header, never in cookies. Returns true when the request has been
 * answered (a preflight from an allowed origin).
 */
export function corsFor(origins: readonly string[]): ((request: http.IncomingMessage, response: http.ServerResponse) => boolean) | null {
  if (origins.length === 0) return null;
  const allowed = new Set(origins);
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
  return (request, response) => {
    // Answers differ by Origin, so a shared cache must not give one origin's answer to another.
    response.setHeader("vary", "Origin");
    let passedOn = false;
    // With a synchronous origin check, `cors` calls next() (or ends the preflight) before it returns.
    middleware(request, response, () => {
      passedOn = true;
    });
    return !passedOn;
  };
}
