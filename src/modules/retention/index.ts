export { erasures, type ErasureRow } from "./erasure.table.js";
export { RetentionRepository } from "./retention.repository.js";
export { RetentionService } from "./retention.service.js";
export { ErasureService, type SubjectRows } from "./erasure.service.js";
export { RetentionResolver } from "./retention.resolver.js";
export * from "./retention.model.js";
export { RETENTION_DEFAULT_YEARS, dueOn, isDue, lastActivity } from "./retention.rules.js";
