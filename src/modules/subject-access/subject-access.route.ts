import type http from "node:http";
import { parsePurpose } from "../../shared/audit/index.js";
import type { TokenVerifier } from "../../shared/auth/jwt.js";
import { Role } from "../../shared/auth/roles.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import type { Clock } from "../../shared/clock.js";
import { AppError } from "../../shared/errors.js";
import { httpStatusOf, routeStatusOf } from "../../shared/errors/codes.js";
import type { Logger } from "../../shared/logger.js";
import { clientRequestIdOf, newRequestId } from "../../shared/request-ids.js";
import { subjectAccessDocument } from "./subject-access.document.js";
import { parseSubjectAccessQuery } from "./subject-access.rules.js";
import type { SubjectAccessService } from "./subject-access.service.js";

export const SUBJECT_ACCESS_PATH = "/subject-access-request";

export interface SubjectAccessRouteOptions {
  service: SubjectAccessService;
  verifyToken: TokenVerifier;
  clock: Clock;
  logger: Logger;
}

/** HMPPS's error body (uk.gov.justice.hmpps.kotlin.common.ErrorResponse), with this API's code. */
function writeError(response: http.ServerResponse, status: number, errorCode: string, message: string): void {
  const text = JSON.stringify({ status, errorCode, userMessage: message, developerMessage: message });
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

const wantsDocument = (request: http.IncomingMessage, params: URLSearchParams) =>
  params.get("format") === "html" || (params.get("format") === null && /\btext\/html\b/i.test(request.headers.accept ?? ""));

/**
 * `GET /subject-access-request?crn=…&prn=…&fromDate=…&toDate=…`, the HMPPS subject access contract:
 * 200 `{"content": {...}}` with everything held about the person, 204 when nobody is held under the
 * identifiers, 400 without either identifier or with a malformed one or date, 401 without a valid
 * token, 403 without the ADMIN or SAR_DATA_ACCESS role and without `requestId` naming the caller's
 * approved subject access request for this person (404 for a request that is not theirs). (209, "identifier not used by this service", never applies: the
 * API holds both CRNs and prison numbers.) `?format=html` or `Accept: text/html` answers the same
 * content as a readable document.
 */
export function subjectAccessRoute({ service, verifyToken, clock, logger }: SubjectAccessRouteOptions) {
  return (request: http.IncomingMessage, response: http.ServerResponse): void => {
    const requestId = newRequestId();
    response.setHeader("x-request-id", requestId);
    // Never cached by a proxy or browser: the body is a person's whole record.
    response.setHeader("cache-control", "no-store");
    const params = new URL(request.url ?? "/", "http://localhost").searchParams;
    void (async () => {
      let viewer: Viewer;
      try {
        viewer = await verifyToken(request.headers.authorization);
      } catch (error) {
        if (error instanceof AppError) return writeError(response, httpStatusOf(error.code) ?? 401, error.code, error.message);
        throw error;
      }
      const parsed = parseSubjectAccessQuery(params);
      const sarRequestId = params.get("requestId")?.trim() || null;
      if (!viewer.has(Role.ADMIN, Role.SAR_DATA_ACCESS) && !sarRequestId) {
        return writeError(response, 403, "FORBIDDEN", "Only an admin, or the maker of an approved subject access request (requestId), may export what is held about a person");
      }
      if ("problem" in parsed) return writeError(response, 400, "BAD_USER_INPUT", parsed.problem);
      let content;
      try {
        content = await service.export(
          {
            requestId,
            clientRequestId: clientRequestIdOf(request.headers["x-request-id"]),
            operationName: "subjectAccessRequest",
            viewer,
            purpose: parsePurpose(request.headers["x-access-purpose"]),
            clock,
          },
          parsed.query,
          sarRequestId,
        );
      } catch (error) {
        if (error instanceof AppError) return writeError(response, routeStatusOf(error.code), error.code, error.message);
        throw error;
      }
      if (!content) {
        response.writeHead(204);
        response.end();
        return;
      }
      if (wantsDocument(request, params)) {
        const html = subjectAccessDocument(content, clock.now());
        response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(html) });
        response.end(html);
        return;
      }
      const text = JSON.stringify({ content });
      response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
      response.end(text);
    })().catch((error: unknown) => {
      if (error instanceof AppError) return writeError(response, httpStatusOf(error.code) ?? 400, error.code, error.message);
      logger.error({ requestId, err: error }, "subject access export failed");
      if (!response.headersSent) writeError(response, 500, "INTERNAL_SERVER_ERROR", `Unexpected error (request ${requestId})`);
      else response.end();
    });
  };
}
