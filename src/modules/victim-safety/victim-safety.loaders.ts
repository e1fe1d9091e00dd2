import DataLoader from "dataloader";
import { dateToday, type Clock } from "../../shared/clock.js";
import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { AlertRepository } from "./alert.repository.js";
import type { OrderRepository } from "./order.repository.js";
import type { LinkDetails, RiskRepository } from "./risk.repository.js";
import type { PerpetratorSafety, VictimRepository } from "./victim.repository.js";

const setLoader = (fetch: (ids: readonly string[]) => Promise<Set<string>>) =>
  new DataLoader<string, boolean>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.has(id));
  });

/** Built per request; which rows the caller may see is decided by the access layer (src/access/). */
export function createVictimSafetyLoaders(
  repositories: { victims: VictimRepository; risk: RiskRepository; orders: OrderRepository; alerts: AlertRepository },
  clock: Clock,
) {
  const { victims, risk, orders, alerts } = repositories;
  const loaders = lazyLoaders({
    victimById: () => loaderById((ids) => victims.victimsByIds(ids), (row) => row.id),
    linkById: () => loaderById((ids) => victims.linksByIds(ids), (row) => row.id),
    /**
     * A perpetrator's links (with victims) and orders (with protected people) come in one statement for
     * the whole level (VictimRepository.safetyOfPerpetrators): a safeguarding view shows both.
     */
    safetyByPerpetratorId: () =>
      new DataLoader<string, PerpetratorSafety>(async (ids) => {
        const byPerson = new Map((await victims.safetyOfPerpetrators(ids)).map((safety) => [safety.perpetratorId, safety]));
        return ids.map((id) => {
          const safety = byPerson.get(id) ?? { perpetratorId: id, links: [], orders: [] };
          for (const { link, victim } of safety.links) {
            loaders.linkById.prime(link.id, link);
            loaders.victimById.prime(victim.id, victim);
          }
          for (const order of safety.orders) loaders.orderById.prime(order.id, order);
          return safety;
        });
      }),
    linksByPerpetratorId: () => ({ load: async (id: string) => (await loaders.safetyByPerpetratorId.load(id)).links.map(({ link }) => link) }),
    linksByVictimId: () => loaderByForeignKey((ids) => victims.linksOfVictims(ids), (row) => row.victimId),
    /**
     * A link's latest assessment, MARAC referrals and incidents come in one statement for the whole
     * level (RiskRepository.detailsOfLinks): a safeguarding view shows all three for every link.
     */
    linkDetailsById: () =>
      new DataLoader<string, LinkDetails>(async (ids) => {
        const byLink = new Map((await risk.detailsOfLinks(ids)).map((details) => [details.linkId, details]));
        return ids.map((id) => {
          const details = byLink.get(id) ?? { linkId: id, latest: null, maracs: [], incidents: [] };
          if (details.latest) loaders.assessmentById.prime(details.latest.id, details.latest);
          for (const marac of details.maracs) loaders.maracById.prime(marac.id, marac);
          for (const incident of details.incidents) loaders.incidentById.prime(incident.id, incident);
          return details;
        });
      }),
    latestAssessmentByLinkId: () => ({ load: async (id: string) => (await loaders.linkDetailsById.load(id)).latest }),
    assessmentById: () => loaderById((ids) => risk.assessmentsByIds(ids), (row) => row.id),
    assessmentsByLinkId: () => loaderByForeignKey((ids) => risk.assessmentsOfLinks(ids), (row) => row.linkId),
    incidentById: () => loaderById((ids) => risk.incidentsByIds(ids), (row) => row.id),
    incidentsByLinkId: () => ({ load: async (id: string) => (await loaders.linkDetailsById.load(id)).incidents }),
    maracById: () => loaderById((ids) => risk.maracReferralsByIds(ids), (row) => row.id),
    maracByLinkId: () => ({ load: async (id: string) => (await loaders.linkDetailsById.load(id)).maracs }),
    allocationById: () => loaderById((ids) => victims.allocationsByIds(ids), (row) => row.id),
    allocationsByVictimId: () => loaderByForeignKey((ids) => victims.allocationsOfVictims(ids), (row) => row.victimId),
    orderById: () => loaderById((ids) => orders.ordersByIds(ids), (row) => row.id),
    ordersByPerpetratorId: () => ({ load: async (id: string) => (await loaders.safetyByPerpetratorId.load(id)).orders }),
    ordersByVictimId: () => loaderByForeignKey((ids) => orders.ordersProtecting(ids), (row) => row.protectedVictimId),
    alertById: () => loaderById((ids) => alerts.alertsByIds(ids), (row) => row.id),
    hasActiveConcerns: () => setLoader((ids) => victims.withActiveConcerns(ids, dateToday(clock))),
  });
  return loaders;
}

export type VictimSafetyLoaders = ReturnType<typeof createVictimSafetyLoaders>;
