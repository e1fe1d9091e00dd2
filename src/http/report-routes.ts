import type http from "node:http";
import type { Logger } from "../shared/logger.js";
import type { Viewer } from "../shared/auth/viewer.js";
import { dateToday, type Clock } from "../shared/clock.js";
import { AppError, maskedError } from "../shared/errors.js";
import { parseReportQuery, performanceCsv, type PerformanceService } from "../modules/reporting/index.js";
import { refusal, writeJson } from "./json-answer.js";
import type { Route } from "./operations-routes.js";

export const PROGRAMME_PERFORMANCE_CSV_PATH = "/reports/programme-performance.csv";

/** HTTP statuses of the refusals a report route gives; anything else is masked as a 500. */
const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/**
 * Reports as files, for spreadsheets and commissioners' returns: the same service, access and
 * suppression as the GraphQL query, behind the same bearer token. Refusals are JSON in GraphQL's
 * error shape (`errors[0].extensions.code`, and `field` for a bad parameter).
 */
export function reportRoutes(options: {
  verifyToken(authorization: string | undefined): Promise<Viewer>;
  performance: PerformanceService;
  clock: Clock;
  logger: Logger;
  newRequestId(): string;
}): ReadonlyMap<string, Route> {
  const programmePerformance: Route = (request, response) => {
    const requestId = options.newRequestId();
    response.setHeader("x-request-id", requestId);
    void answer(request, response, requestId).catch((error: unknown) => {
      if (error instanceof AppError && STATUS_OF[error.code]) {
        writeJson(response, STATUS_OF[error.code]!, refusal(error.code, error.message), error.code === "UNAUTHENTICATED" ? { "www-authenticate": "Bearer" } : {});
        return;
      }
      options.logger.error({ requestId, err: error }, "report failed");
      if (!response.headersSent) writeJson(response, 500, { errors: [maskedError(requestId)] });
      else response.end();
    });
  };
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse, requestId: string) => {
    const viewer = await options.verifyToken(request.headers.authorization);
    options.performance.assertReportReader(viewer);
    const url = new URL(request.url ?? "/", "http://localhost");
    const parsed = parseReportQuery(url.searchParams, dateToday(options.clock));
    if ("field" in parsed) {
      writeJson(response, 400, { errors: [{ message: parsed.message, extensions: { code: "BAD_USER_INPUT", field: parsed.field } }] });
      return;
    }
    const report = await options.performance.programmePerformance(viewer, parsed);
    const text = performanceCsv(report);
    options.logger.info({ requestId, sub: viewer.sub, report: "programme-performance", from: parsed.period.from, to: parsed.period.to }, "report exported");
    const name = `programme-performance-${parsed.programme ?? "ALL"}-${parsed.period.from}-to-${parsed.period.to}.csv`;
    response.writeHead(200, {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
      "content-length": Buffer.byteLength(text),
    });
    response.end(request.method === "HEAD" ? undefined : text);
  };
  return new Map([[PROGRAMME_PERFORMANCE_CSV_PATH, programmePerformance]]);
}
