import { lazyLoaders, loaderById } from "../../shared/loaders.js";
import type { ProgrammeCatalogue } from "./programme.catalogue.js";

export const createProgrammeLoaders = (catalogue: ProgrammeCatalogue) =>
  lazyLoaders({
    programmeById: () => loaderById((ids) => catalogue.byIds(ids), (row) => row.id),
  });

export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;
