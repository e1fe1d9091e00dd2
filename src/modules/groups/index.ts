export { GroupRepository } from "./group.repository.js";
export { GroupService } from "./group.service.js";
export { createGroupLoaders, type GroupLoaders } from "./group.loaders.js";
export { ProgrammeGroupResolver, ProgrammeSessionResolver } from "./group.resolver.js";
export { ProgrammeGroup, ProgrammeSession, toProgrammeGroup, toProgrammeSession } from "./group.type.js";
export { programmeGroups, programmeSessions, groupFacilitators } from "./group.table.js";
export type { ProgrammeGroupRow, ProgrammeSessionRow, SessionFormat } from "./group.table.js";
export { checkGroupOpenForAllocation } from "./group.rules.js";
export { groupFacilitatedBy } from "./group.relationships.js";
