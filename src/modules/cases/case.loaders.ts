import DataLoader from "dataloader";
import type { Viewer } from "../../shared/auth/viewer.js";
import { dateToday, type Clock } from "../../shared/clock.js";
import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { CaseRepository } from "./case.repository.js";

/**
 * Built per request for its viewer and clock: "allocated to me" and "my organisation's case" depend on
 * who is asking and on which day.
 */
export function createCaseLoaders(repository: CaseRepository, viewer: Viewer | null, clock: Clock) {
  /** Whether each person is in the set `holder` picks on today; false for all when there is no holder. */
  const setLoader = (holder: string | null | undefined, fetch: (holder: string, ids: readonly string[], today: string) => Promise<Set<string>>) =>
    new DataLoader<string, boolean>(async (ids) => {
      if (!holder) return ids.map(() => false);
      const found = await fetch(holder, ids, dateToday(clock));
      return ids.map((id) => found.has(id));
    });

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
    /** Is the person's case allocated to the caller today (isAllocatedPractitioner)? */
    allocatedToViewer: () => setLoader(viewer?.sub, (sub, ids, today) => repository.allocatedTo(sub, ids, today)),
    /** Is the caller's organisation responsible for the person's case today (isResponsibleOrganisation)? */
    ofViewerOrganisation: () => setLoader(viewer?.org, (org, ids, today) => repository.ofOrganisation(org, ids, today)),
  });
  return loaders;
}

export type CaseLoaders = ReturnType<typeof createCaseLoaders>;
