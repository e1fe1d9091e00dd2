export { CaseRepository } from "./case.repository.js";
export { CaseService } from "./case.service.js";
export { createCaseLoaders, type CaseLoaders } from "./case.loaders.js";
export { CaseAllocationResolver, PerpetratorCaseAllocationResolver } from "./case.resolver.js";
export { CaseAllocation, toCaseAllocation } from "./case.type.js";
export { caseAllocations } from "./case.table.js";
export type { CaseAllocationRow } from "./case.table.js";
export { checkNewAllocation, isCurrentOn, reallocationReason } from "./case.rules.js";
export { isAllocatedPractitioner, isResponsibleOrganisation } from "./case.relationships.js";
