import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { GroupRepository } from "./group.repository.js";

export const createGroupLoaders = (repository: GroupRepository) =>
  lazyLoaders({
    groupById: () => loaderById((ids) => repository.groupsByIds(ids), (row) => row.id),
    sessionById: () => loaderById((ids) => repository.sessionsByIds(ids), (row) => row.id),
    sessionsByGroupId: () => loaderByForeignKey((ids) => repository.sessionsOfGroups(ids), (row) => row.groupId),
    facilitatorsByGroupId: () => loaderByForeignKey((ids) => repository.facilitatorsOfGroups(ids), (row) => row.groupId),
  });

export type GroupLoaders = ReturnType<typeof createGroupLoaders>;
