export { ProgrammeRepository } from "./programme.repository.js";
export { ProgrammeService } from "./programme.service.js";
export { createProgrammeLoaders, type ProgrammeLoaders } from "./programme.loaders.js";
export { ProgrammeResolver } from "./programme.resolver.js";
export { Programme, ProgrammeCodeEnum, SexEnum, RiskLevelEnum, toProgramme } from "./programme.type.js";
export { programmes, rulesOf } from "./programme.table.js";
export type { ProgrammeRow } from "./programme.table.js";
export * from "./programme.model.js";
export { completionThreshold } from "./programme.rules.js";
