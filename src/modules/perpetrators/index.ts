export { PerpetratorRepository } from "./perpetrator.repository.js";
export { PerpetratorService } from "./perpetrator.service.js";
export { createPerpetratorLoaders, type PerpetratorLoaders } from "./perpetrator.loaders.js";
export { PerpetratorResolver } from "./perpetrator.resolver.js";
export { Perpetrator, toPerpetrator } from "./perpetrator.type.js";
export { perpetrators, perpetratorChildren } from "./perpetrator.table.js";
export type { PerpetratorRow, PerpetratorChildRow } from "./perpetrator.table.js";
export { formatPncId, formatCroNumber, parsePncId, generateCrn } from "./identifiers.rules.js";
export * from "./perpetrator.model.js";
