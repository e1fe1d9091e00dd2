export { ImportService, type ImportRequest, type ImportOptions } from "./import.service.js";
export { ImportRepository } from "./import.repository.js";
export { ImportResolver } from "./import.resolver.js";
export { PEOPLE_COLUMNS, REFERRAL_COLUMNS } from "./import-columns.rules.js";
export * from "./import.model.js";
