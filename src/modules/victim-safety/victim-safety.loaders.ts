import DataLoader from "dataloader";
import type { Viewer } from "../../shared/auth/viewer.js";
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

/** Built per request: which perpetrators a scoped reader may see depends on who is asking. */
export function createVictimSafetyLoaders(
  repositories: { victims: VictimRepository; risk: RiskRepository; orders: OrderRepository; alerts: AlertRepository },
  viewer: Viewer | null,
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
    managedByViewer: () => setLoader((ids) => (viewer ? victims.managedBy(ids, viewer.sub) : Promise.resolve(new Set<string>()))),
    facilitatedByViewer: () => setLoader((ids) => (viewer ? victims.facilitatedBy(ids, viewer.sub) : Promise.resolve(new Set<string>()))),
    referredByViewer: () => setLoader((ids) => (viewer ? victims.referredBy(ids, { sub: viewer.sub, org: viewer.org }) : Promise.resolve(new Set<string>()))),
  });
  return loaders;
}

export type VictimSafetyLoaders = ReturnType<typeof createVictimSafetyLoaders>;
