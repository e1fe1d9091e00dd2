import { badInput, forbidden } from "../../shared/errors.js";
import { Role } from "../../shared/auth/roles.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import type { PerformanceRepository } from "./performance.repository.js";
import { publish, type ProgrammePerformanceReport } from "./performance.report.js";
import type { PerformanceRequest } from "./performance.rules.js";

/** Who may read reports: aggregates over every case, so analysts and admins only. */
export const REPORT_READERS = [Role.ANALYST, Role.ADMIN] as const;

export class PerformanceService {
  constructor(private readonly repository: PerformanceRepository) {}

  assertReportReader(viewer: Viewer): void {
    if (!viewer.has(...REPORT_READERS)) throw forbidden("Reports need the ANALYST or ADMIN role");
  }

  /** The programme performance report, suppressed for publication whoever asks: one statement. */
  async programmePerformance(viewer: Viewer, request: PerformanceRequest | { field: string; message: string }): Promise<ProgrammePerformanceReport> {
    this.assertReportReader(viewer);
    if ("field" in request) throw badInput(request.message);
    const figures = await this.repository.figures(request.period, request.programme, request.breakdowns);
    return publish(figures.lines, figures.unsuitableByReason, request.period, request.programme, request.breakdowns);
  }
}
