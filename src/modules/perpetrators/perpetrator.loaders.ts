import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { PerpetratorRepository } from "./perpetrator.repository.js";

export const createPerpetratorLoaders = (repository: PerpetratorRepository) =>
  lazyLoaders({
    perpetratorById: () => loaderById((ids) => repository.byIds(ids), (row) => row.id),
    childrenByPerpetratorId: () => loaderByForeignKey((ids) => repository.childrenOf(ids), (row) => row.perpetratorId),
  });

export type PerpetratorLoaders = ReturnType<typeof createPerpetratorLoaders>;
