import type http from "node:http";
import type { Logger } from "../shared/logger.js";
import type { Viewer } from "../shared/auth/viewer.js";
import { dateToday, type Clock } from "../shared/clock.js";
import { AppError, maskedError } from "../shared/errors.js";
import { CLIENT_ERROR_CODES, routeStatusOf } from "../shared/errors/codes.js";
import { figuresCsv, parsePeriodQuery, parseReportQuery, performanceCsv, type FigureReportsService, type PerformanceService } from "../modules/reporting/index.js";
import { refusal, writeJson } from "./json-answer.js";
import type { Route } from "./operations-routes.js";

export const PROGRAMME_PERFORMANCE_CSV_PATH = "/reports/programme-performance.csv";
export const VICTIM_SAFETY_CSV_PATH = "/reports/victim-safety.csv";
export const IOM_CSV_PATH = "/reports/iom.csv";

/** HTTP statuses of the refusals a report route gives; anything else is masked as a 500. */

/** One report as a file: who asked, the query string, and the CSV text with its file name (or a refusal of a parameter). */
type CsvAnswer = (viewer: Viewer, search: URLSearchParams, today: string) => Promise<{ field: string; message: string } | { csv: string; name: string; from: string; to: string }>;

/**
 * Reports as files, for spreadsheets and commissioners' returns: the same services, access and
 * suppression as the GraphQL queries, behind the same bearer token. Refusals are JSON in GraphQL's
 * error shape (`errors[0].extensions.code`, and `field` for a bad parameter).
 */
export function reportRoutes(options: {
  verifyToken(authorization: string | undefined): Promise<Viewer>;
  performance: PerformanceService;
  figureReports: FigureReportsService;
  clock: Clock;
  logger: Logger;
  newRequestId(): string;
}): ReadonlyMap<string, Route> {
  const route =
    (report: string, answerCsv: CsvAnswer): Route =>
    (request, response) => {
      const requestId = options.newRequestId();
      response.setHeader("x-request-id", requestId);
      void answer(request, response, requestId, report, answerCsv).catch((error: unknown) => {
        // A refusal (401, 403, 400) answers with its code; anything else is a failure, masked.
        if (error instanceof AppError && CLIENT_ERROR_CODES.has(error.code)) {
          writeJson(response, routeStatusOf(error.code), refusal(error.code, error.message), error.code === "UNAUTHENTICATED" ? { "www-authenticate": "Bearer" } : {});
          return;
        }
        options.logger.error({ requestId, err: error }, "report failed");
        if (!response.headersSent) writeJson(response, 500, { errors: [maskedError(requestId)] });
        else response.end();
      });
    };
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse, requestId: string, report: string, answerCsv: CsvAnswer) => {
    const viewer = await options.verifyToken(request.headers.authorization);
    const url = new URL(request.url ?? "/", "http://localhost");
    const result = await answerCsv(viewer, url.searchParams, dateToday(options.clock));
    if ("field" in result) {
      writeJson(response, 400, { errors: [{ message: result.message, extensions: { code: "BAD_USER_INPUT", field: result.field } }] });
      return;
    }
    options.logger.info({ requestId, sub: viewer.sub, report, from: result.from, to: result.to }, "report exported");
    response.writeHead(200, {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${result.name}"`,
      "cache-control": "no-store",
      "content-length": Buffer.byteLength(result.csv),
    });
    response.end(request.method === "HEAD" ? undefined : result.csv);
  };

  const programmePerformance: CsvAnswer = async (viewer, search, today) => {
    options.performance.assertReportReader(viewer);
    const parsed = parseReportQuery(search, today);
    if ("field" in parsed) return parsed;
    const report = await options.performance.programmePerformance(viewer, parsed);
    return { csv: performanceCsv(report), name: `programme-performance-${parsed.programme ?? "ALL"}-${parsed.period.from}-to-${parsed.period.to}.csv`, ...parsed.period };
  };
  const figures =
    (name: string, publish: (viewer: Viewer, period: { from: string; to: string }) => Promise<{ period: { from: string; to: string }; figures: Parameters<typeof figuresCsv>[1] }>): CsvAnswer =>
    async (viewer, search, today) => {
      options.performance.assertReportReader(viewer);
      const period = parsePeriodQuery(search, today);
      if ("field" in period) return period;
      const report = await publish(viewer, period);
      return { csv: figuresCsv(report.period, report.figures), name: `${name}-${period.from}-to-${period.to}.csv`, ...period };
    };

  return new Map([
    [PROGRAMME_PERFORMANCE_CSV_PATH, route("programme-performance", programmePerformance)],
    [VICTIM_SAFETY_CSV_PATH, route("victim-safety", figures("victim-safety", (viewer, period) => options.figureReports.victimSafety(viewer, period)))],
    [IOM_CSV_PATH, route("iom", figures("iom", (viewer, period) => options.figureReports.iom(viewer, period)))],
  ]);
}
