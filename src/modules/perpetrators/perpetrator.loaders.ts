import DataLoader from "dataloader";
import { lazyLoaders, loaderByForeignKey } from "../../shared/loaders.js";
import type { ChangePageKey } from "./perpetrator-change.repository.js";
import type { PerpetratorChangeRow, PerpetratorRow } from "./perpetrator.table.js";
import type { PerpetratorRepository } from "./perpetrator.repository.js";

/**
 * A page of each person's changes: keys with the same page size and cursor are read in one statement,
 * so a page of people with their histories costs one statement per level, not one per person.
 */
function changePagesLoader(repository: PerpetratorRepository) {
  return new DataLoader<ChangePageKey, PerpetratorChangeRow[], string>(
    async (keys) => {
      const groups = new Map<string, ChangePageKey[]>();
      for (const key of keys) {
        const group = `${key.limit}:${key.beforeVersion ?? ""}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const found = new Map<string, PerpetratorChangeRow[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { limit, beforeVersion } = group[0]!;
          for (const { position: _position, ...row } of await repository.changes.pages(group.map((key) => key.perpetratorId), limit, beforeVersion)) {
            const id = `${row.perpetratorId}:${limit}:${beforeVersion ?? ""}`;
            found.set(id, [...(found.get(id) ?? []), row]);
          }
        }),
      );
      return keys.map((key) => found.get(`${key.perpetratorId}:${key.limit}:${key.beforeVersion ?? ""}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.perpetratorId}:${key.limit}:${key.beforeVersion ?? ""}` },
  );
}

export const createPerpetratorLoaders = (repository: PerpetratorRepository) =>
  lazyLoaders({
    // Keyed by the id asked for: a merged record's id answers its survivor.
    perpetratorById: () =>
      new DataLoader<string, PerpetratorRow | null>(async (ids) => {
        const found = new Map((await repository.byIds(ids)).map((row) => [row.askedId, row.person]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    mergesBySurvivorId: () => loaderByForeignKey((ids) => repository.merges.ofSurvivors(ids), (row) => row.currentSurvivorId),
    childrenByPerpetratorId: () => loaderByForeignKey((ids) => repository.childrenOf(ids), (row) => row.perpetratorId),
    changePages: () => changePagesLoader(repository),
    changeCountByPerpetratorId: () =>
      new DataLoader<string, number>(async (ids) => {
        const counts = new Map((await repository.changes.counts(ids)).map((row) => [row.perpetratorId, row.count]));
        return ids.map((id) => counts.get(id) ?? 0);
      }),
  });

export type PerpetratorLoaders = ReturnType<typeof createPerpetratorLoaders>;
