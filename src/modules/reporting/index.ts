export { PerformanceRepository } from "./performance.repository.js";
export { PerformanceService, REPORT_READERS } from "./performance.service.js";
export { PerformanceResolver } from "./performance.resolver.js";
export { performanceCsv } from "./performance.csv.js";
export { parseReportQuery } from "./performance.rules.js";
export { suppressCounts, derivedFrom, type Shown, type SuppressionReason, type TotalOf } from "./suppression.rules.js";
export { AgeBandErasureRepository } from "./age-band-erasure.repository.js";
export { ageBandOf, AGE_BANDS } from "./age-band.rules.js";
