import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { CaseRepository } from "./case.repository.js";

/**
 * Built per request. Whether a person is the caller's case is not a loader here: the access layer
 * (src/access/) asks isAllocatedPractitioner / isResponsibleOrganisation in its own batched statements.
 */
export function createCaseLoaders(repository: CaseRepository) {
  const loaders = lazyLoaders({
    byId: () => loaderById((ids) => repository.byIds(ids), (row) => row.id),
    /** The person's open allocation, or null. */
    currentByPerpetratorId: () =>
      loaderById(
        async (ids) =>
          (await repository.openOf(ids)).map((row) => {
            loaders.byId.prime(row.id, row);
            return row;
          }),
        (row) => row.perpetratorId,
      ),
    /** Every allocation of the person, newest first. */
    historyByPerpetratorId: () =>
      loaderByForeignKey(
        async (ids) =>
          (await repository.historyOf(ids)).map((row) => {
            loaders.byId.prime(row.id, row);
            return row;
          }),
        (row) => row.perpetratorId,
      ),
  });
  return loaders;
}

export type CaseLoaders = ReturnType<typeof createCaseLoaders>;
