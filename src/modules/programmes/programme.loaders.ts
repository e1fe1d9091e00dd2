import { lazyLoaders, loaderById } from "../../shared/loaders.js";
import type { ProgrammeRepository } from "./programme.repository.js";

export const createProgrammeLoaders = (repository: ProgrammeRepository) =>
  lazyLoaders({
    programmeById: () => loaderById((ids) => repository.byIds(ids), (row) => row.id),
  });

export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;
