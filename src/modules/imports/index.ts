export { ImportService, type ImportRequest, type ImportOptions } from "./import.service.js";
export { ImportRepository } from "./import.repository.js";
export { ActivityImportRepository } from "./activity-import.repository.js";
export { ImportResolver } from "./import.resolver.js";
export { PEOPLE_COLUMNS, REFERRAL_COLUMNS, ATTENDANCE_COLUMNS, IOM_COHORT_COLUMNS, COLUMNS_OF } from "./import-columns.rules.js";
export * from "./import.model.js";
