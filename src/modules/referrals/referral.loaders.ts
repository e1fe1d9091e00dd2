import DataLoader from "dataloader";
import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { ReferralRepository } from "./referral.repository.js";

export const createReferralLoaders = (repository: ReferralRepository) =>
  lazyLoaders({
    referralById: () => loaderById((ids) => repository.byIds(ids), (row) => row.id),
    transitionsByReferralId: () => loaderByForeignKey((ids) => repository.transitionsOf(ids), (row) => row.referralId),
    memberCountByGroupId: () =>
      new DataLoader<string, number>(async (groupIds) => {
        const counts = new Map((await repository.memberCounts(groupIds)).map((row) => [row.groupId, row.count]));
        return groupIds.map((id) => counts.get(id) ?? 0);
      }),
  });

export type ReferralLoaders = ReturnType<typeof createReferralLoaders>;
