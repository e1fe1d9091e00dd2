import { badInput, forbidden } from "../../shared/errors.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import type { ReportPeriod } from "./figures.model.js";
import type { IomReportRepository } from "./iom.repository.js";
import { publishIom, type IomReport } from "./iom-report.report.js";
import { REPORT_READERS } from "./performance.service.js";
import type { PeriodRefusal } from "./performance.rules.js";
import type { SafetyReportRepository } from "./safety.repository.js";
import { publishSafety, type VictimSafetyReport } from "./safety.report.js";

/** The victim safety and IOM reports: ANALYST and ADMIN, one statement each, suppressed whoever asks. */
export class FigureReportsService {
  constructor(
    private readonly safety: SafetyReportRepository,
    private readonly iomFigures: IomReportRepository,
  ) {}

  private check(viewer: Viewer, period: ReportPeriod | PeriodRefusal): ReportPeriod {
    if (!viewer.has(...REPORT_READERS)) throw forbidden("Reports need the ANALYST or ADMIN role");
    if ("field" in period) throw badInput(period.message);
    return period;
  }

  async victimSafety(viewer: Viewer, request: ReportPeriod | PeriodRefusal): Promise<VictimSafetyReport> {
    const period = this.check(viewer, request);
    return publishSafety(await this.safety.figures(period), period);
  }

  async iom(viewer: Viewer, request: ReportPeriod | PeriodRefusal): Promise<IomReport> {
    const period = this.check(viewer, request);
    return publishIom(await this.iomFigures.figures(period), period);
  }
}
