export * from "./audit.model.js";
export { auditEvents, type AuditEventRow } from "./audit.table.js";
export { AuditTrail, parsePurpose, purposeRequired, type AuditedEntity } from "./audit.trail.js";
export { AuditRepository } from "./audit.repository.js";
export { AuditLog, SYSTEM_ACTOR, type AuditContext } from "./audit.service.js";
export { auditFieldReads, auditReturnedRows, type AuditedType } from "./audited-fields.js";
export { AuditEventResolver } from "./audit.resolver.js";
export { auditReads } from "./audit.plugin.js";
