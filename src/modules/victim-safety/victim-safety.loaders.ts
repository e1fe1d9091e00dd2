import DataLoader from "dataloader";
import { dateToday, type Clock } from "../../shared/clock.js";
import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { AlertRepository } from "./alert.repository.js";
import type { OrderRepository } from "./order.repository.js";
import type { RiskRepository } from "./risk.repository.js";
import type { VictimRepository } from "./victim.repository.js";

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
    linksByPerpetratorId: () =>
      loaderByForeignKey(
        async (ids) =>
          (await victims.linksWithVictimsOfPerpetrators(ids)).map(({ link, victim }) => {
            loaders.linkById.prime(link.id, link);
            loaders.victimById.prime(victim.id, victim);
            return link;
          }),
        (row) => row.perpetratorId,
      ),
    linksByVictimId: () => loaderByForeignKey((ids) => victims.linksOfVictims(ids), (row) => row.victimId),
    latestAssessmentByLinkId: () => loaderById((ids) => risk.latestAssessments(ids), (row) => row.linkId),
    assessmentById: () => loaderById((ids) => risk.assessmentsByIds(ids), (row) => row.id),
    assessmentsByLinkId: () => loaderByForeignKey((ids) => risk.assessmentsOfLinks(ids), (row) => row.linkId),
    incidentById: () => loaderById((ids) => risk.incidentsByIds(ids), (row) => row.id),
    incidentsByLinkId: () => loaderByForeignKey((ids) => risk.incidentsOfLinks(ids), (row) => row.linkId),
    maracById: () => loaderById((ids) => risk.maracReferralsByIds(ids), (row) => row.id),
    maracByLinkId: () => loaderByForeignKey((ids) => risk.maracReferralsOfLinks(ids), (row) => row.linkId),
    allocationById: () => loaderById((ids) => victims.allocationsByIds(ids), (row) => row.id),
    allocationsByVictimId: () => loaderByForeignKey((ids) => victims.allocationsOfVictims(ids), (row) => row.victimId),
    orderById: () => loaderById((ids) => orders.ordersByIds(ids), (row) => row.id),
    ordersByPerpetratorId: () =>
      loaderByForeignKey(
        async (ids) =>
          (await orders.ordersOfPerpetrators(ids)).map((order) => {
            loaders.orderById.prime(order.id, order);
            return order;
          }),
        (row) => row.perpetratorId,
      ),
    ordersByVictimId: () => loaderByForeignKey((ids) => orders.ordersProtecting(ids), (row) => row.protectedVictimId),
    alertById: () => loaderById((ids) => alerts.alertsByIds(ids), (row) => row.id),
    hasActiveConcerns: () => setLoader((ids) => victims.withActiveConcerns(ids, dateToday(clock))),
  });
  return loaders;
}

export type VictimSafetyLoaders = ReturnType<typeof createVictimSafetyLoaders>;
