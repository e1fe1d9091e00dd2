import { STAFF_FAMILY, STAFF_GIVEN } from "../../src/seed/iom-text.js";
import { ACKNOWLEDGEMENT_NOTES, IDVAS, ORDER_CONDITIONS } from "../../src/seed/victim-safety-text.js";
import { ORDER_EXPIRY_ALERT_DAYS, alertKindForReferralStatus, alertRecipients, alertSummary, type AlertKind, type OrderType } from "../../src/modules/victim-safety/index.js";
import { dayIso, dayOf, dayTime } from "./days.js";
import { isClosed, statusName } from "./referral-plan.js";
import { stepsOf } from "./steps.js";
import { isoTime } from "./time.js";
import { lastDayOf, type AllocationDraft, type LinkDraft, type VictimDraft } from "./victims.js";

/**
 * Who supports the people at risk (IDVAs for most high-risk adults, partner support while the perpetrator
 * is on a programme, a social worker for some children), protective orders against some perpetrators (a
 * few ending within the alert window), and the safety alerts the service would have raised recently.
 */
interface Worker {
  kind: "IDVA" | "PARTNER_SUPPORT" | "INTEGRATED_SUPPORT_SERVICE" | "OTHER";
  subject: string | null;
  name: string;
  organisation: string;
}

function workers(count: number, kind: Worker["kind"], prefix: string, organisation: string, known: readonly { name: string }[]): Worker[] {
  return Array.from({ length: Math.max(2, count) }, (_, k) => ({ kind, subject: `${prefix}-${k + 1}`, name: known[k]?.name ?? `${STAFF_GIVEN[(k * 3 + prefix.length) % STAFF_GIVEN.length]} ${STAFF_FAMILY[(k * 7 + prefix.length) % STAFF_FAMILY.length]}`, organisation }));
}

export function buildSupport(draft: VictimDraft): void {
  const { ctx, rng, plans } = draft;
  const idvas = workers(ctx.scale.idvas, "IDVA", "idva", "Leeds Domestic Violence Service", IDVAS);
  const partner = workers(ctx.scale.idvas / 2, "PARTNER_SUPPORT", "psw", "Probation Service - Leeds", []);
  const integrated = workers(ctx.scale.idvas / 2, "INTEGRATED_SUPPORT_SERVICE", "isw", "Integrated Support Service, West Yorkshire", []);
  const youthWorker: Worker = { kind: "OTHER", subject: null, name: "Family worker (Youth Justice Service)", organisation: "Youth Justice Service, West Yorkshire" };
  const socialWorker: Worker = { kind: "OTHER", subject: null, name: "Allocated social worker", organisation: "Children's Social Work Service" };
  const yesterday = draft.today - 1;
  const allocate = (link: LinkDraft, worker: Worker, startDay: number, endDay: number | null) => {
    const id = ctx.ids.allocation.id(link.v * 4 + link.allocations.length);
    link.allocations.push({ id, subject: worker.subject, startDay, endDay });
    draft.rows.allocations.push([id, link.victimId, worker.kind, worker.name, worker.subject, worker.organisation, dayIso(startDay), endDay === null ? null : dayIso(endDay), "bench", startDay <= link.startDay ? link.createdAt : dayTime(startDay, rng.int(30, 540))]);
  };
  for (const link of draft.links) {
    if (link.child) {
      if (rng.chance(0.3)) allocate(link, socialWorker, Math.min(link.startDay + rng.int(0, 30), yesterday), null);
      continue;
    }
    const high = link.assessments.find((a) => a.level === "HIGH");
    if (high && rng.chance(0.85)) {
      const worker = rng.pick(idvas);
      const start = Math.min(high.day + rng.int(0, 7), yesterday);
      if (start + 60 <= yesterday && rng.chance(0.3)) {
        const end = rng.int(start + 60, Math.min(start + 200, yesterday));
        allocate(link, worker, start, end);
        if (end + 14 <= yesterday && rng.chance(0.35)) allocate(link, rng.pick(idvas.filter((w) => w !== worker)), rng.int(end + 14, Math.min(end + 90, yesterday)), null);
      } else allocate(link, worker, start, null);
    }
    // Support alongside the perpetrator's latest programme referral.
    const { personStart, personReferrals, referrals } = plans;
    if (personStart[link.perp + 1]! === personStart[link.perp]!) continue;
    const r = personReferrals[personStart[link.perp + 1]! - 1]!;
    const code = ctx.programmes[referrals.programme[r]!]!.code;
    const pact = code === "PACT";
    if (pact ? link.relationship !== "PARENT" : link.relationship !== "PARTNER" && link.relationship !== "EX_PARTNER") continue;
    if (!rng.chance(pact ? 0.6 : 0.8)) continue;
    const start = Math.max(link.startDay, dayOf(referrals.referredAt[r]!) + rng.int(3, 21));
    const closedDay = isClosed(referrals, r) ? dayOf(referrals.closedAt[r]!) : null;
    if (start > yesterday || (closedDay !== null && closedDay < start) || (link.endDay !== null && link.endDay < start)) continue;
    const end = closedDay === null ? null : closedDay + rng.int(14, 60);
    allocate(link, pact ? youthWorker : code === "BBR" ? rng.pick(partner) : rng.pick(integrated), start, end !== null && end <= yesterday ? end : null);
  }
}

export interface OrderDraft {
  id: string;
  perp: number;
  type: OrderType;
  startDay: number;
  endDay: number | null;
  protects: LinkDraft[];
}

const ORDER_ISSUERS: Record<OrderType, string> = {
  DVPN: "West Yorkshire Police (superintendent)",
  DVPO: "Leeds Magistrates' Court",
  DAPN: "Greater Manchester Police",
  DAPO: "Manchester Family Court",
  NON_MOLESTATION_ORDER: "Leeds Family Court",
  RESTRAINING_ORDER: "Leeds Crown Court",
  DVDS_DISCLOSURE: "West Yorkshire Police",
};

/** Adds the orders and answers with those ending within the alert window. */
export function buildOrders(draft: VictimDraft): OrderDraft[] {
  const { ctx, rng, plans } = draft;
  const expiring: OrderDraft[] = [];
  let n = 0;
  for (const [perp, links] of draft.byPerpetrator) {
    const adult = links.find((l) => !l.child);
    if (!adult || plans.people.youth[perp] === 1 || !rng.chance(0.15)) continue;
    const start = adult.startDay;
    const last = lastDayOf(draft, adult);
    const protects = [adult, ...links.filter((l) => l.child && rng.chance(0.5))];
    const orders: { type: OrderType; startDay: number; endDay: number | null }[] = [];
    const scenario = rng.weighted([["DVPN_DVPO", 25], ["DVPN_ONLY", 5], ["NON_MOLESTATION", 22], ["ENDING_SOON", 4], ["RESTRAINING_OPEN", 10], ["RESTRAINING_FIXED", 10], ["DAPO", 4], ["DISCLOSURE", 20]] as const);
    const on = rng.int(start, last);
    switch (scenario) {
      case "DVPN_DVPO": {
        const notice = rng.int(1, 2);
        orders.push({ type: "DVPN", startDay: on, endDay: on + notice }, { type: "DVPO", startDay: on + notice, endDay: on + notice + rng.int(13, 27) });
        break;
      }
      case "DVPN_ONLY":
        orders.push({ type: "DVPN", startDay: on, endDay: on + 1 });
        break;
      case "NON_MOLESTATION":
        orders.push({ type: "NON_MOLESTATION_ORDER", startDay: on, endDay: on + rng.int(180, 365) });
        break;
      case "ENDING_SOON": {
        if (adult.endDay !== null) continue;
        const end = draft.today + rng.int(1, 6);
        orders.push({ type: "NON_MOLESTATION_ORDER", startDay: Math.max(start, end - rng.int(180, 365)), endDay: end });
        break;
      }
      case "RESTRAINING_OPEN":
        orders.push({ type: "RESTRAINING_ORDER", startDay: on, endDay: null });
        break;
      case "RESTRAINING_FIXED":
        orders.push({ type: "RESTRAINING_ORDER", startDay: on, endDay: on + rng.int(365, 1095) });
        break;
      case "DAPO":
        orders.push({ type: "DAPO", startDay: on, endDay: rng.chance(0.5) ? null : on + rng.int(180, 730) });
        break;
      default:
        orders.push({ type: "DVDS_DISCLOSURE", startDay: on, endDay: null });
    }
    for (const o of orders) {
      const id = ctx.ids.order.id(n++);
      const year = dayIso(o.startDay).slice(0, 4);
      const conditions = rng.shuffle(ORDER_CONDITIONS[o.type]).slice(0, rng.int(1, 3));
      const created = dayTime(Math.min(o.startDay, draft.today - 1), rng.int(0, 540));
      draft.rows.orders.push([id, ctx.ids.perpetrator.id(perp), o.type, `WY-${o.type}-${year}-${String(n).padStart(6, "0")}`, ORDER_ISSUERS[o.type], conditions, dayIso(o.startDay), o.endDay === null ? null : dayIso(o.endDay), 1, adult.v % 2 ? "pol-1" : "pol-2", created, created]);
      for (const link of protects) draft.rows.protectedPeople.push([id, link.victimId]);
      if (scenario === "ENDING_SOON") expiring.push({ id, perp, type: o.type, startDay: o.startDay, endDay: o.endDay, protects });
    }
  }
  return expiring;
}

interface AlertEvent {
  kind: AlertKind;
  key: string;
  perp: number;
  referralId: string | null;
  orderId: string | null;
  day: number;
  at: number;
  summary: string;
  links: LinkDraft[];
}

const asAllocations = (allocations: AllocationDraft[]) =>
  allocations.map((a) => ({ id: a.id, kind: "", workerSubject: a.subject, startedOn: dayIso(a.startDay), endedOn: a.endDay === null ? null : dayIso(a.endDay) }));

/** The most recent programme endings and orders ending soon, one row per worker to tell (or the team's queue). */
export function buildAlerts(draft: VictimDraft, expiring: readonly OrderDraft[]): void {
  const { ctx, rng, plans } = draft;
  const events: AlertEvent[] = expiring.map((o) => {
    const day = Math.max(o.startDay, o.endDay! - ORDER_EXPIRY_ALERT_DAYS);
    return { kind: "ORDER_EXPIRING", key: `order:${o.id}:ends:${dayIso(o.endDay!)}`, perp: o.perp, referralId: null, orderId: o.id, day, at: day * 86_400_000 + 5 * 3_600_000, summary: alertSummary("ORDER_EXPIRING", { orderType: o.type, endsOn: dayIso(o.endDay!) }), links: o.protects };
  });
  const { personStart, personReferrals, referrals } = plans;
  for (const [perp, links] of draft.byPerpetrator) {
    for (let k = personStart[perp]!; k < personStart[perp + 1]!; k++) {
      const r = personReferrals[k]!;
      const kind = alertKindForReferralStatus(statusName(referrals.status[r]!));
      if (!kind || !isClosed(referrals, r) || referrals.closedAt[r]! < ctx.now - 365 * 86_400_000) continue;
      const day = dayOf(referrals.closedAt[r]!);
      const current = links.filter((l) => l.startDay <= day && (l.endDay === null || l.endDay > day));
      if (!current.length) continue;
      const referralId = ctx.ids.referral.id(r);
      const programmeName = ctx.programmes[referrals.programme[r]!]!.rules.name;
      events.push({ kind, key: `referral:${referralId}:v${stepsOf(ctx, plans, r).length}`, perp, referralId, orderId: null, day, at: referrals.closedAt[r]!, summary: alertSummary(kind, { programmeName }), links: current });
    }
  }
  events.sort((a, b) => b.at - a.at);
  for (const event of events) {
    if (draft.rows.alerts.length >= ctx.scale.safetyAlerts) break;
    for (const link of event.links) {
      for (const recipient of alertRecipients(asAllocations(link.allocations), dayIso(event.day))) {
        const n = draft.rows.alerts.length;
        const acknowledged = recipient !== null && event.at < ctx.now - 3 * 86_400_000 && rng.chance(0.5);
        const ackAt = acknowledged ? isoTime(Math.min(event.at + rng.int(1, 72) * 3_600_000, ctx.now - 3_600_000)) : null;
        draft.rows.alerts.push([
          ctx.ids.alert.id(n), event.kind, link.victimId, ctx.ids.perpetrator.id(event.perp), event.referralId, null, event.orderId, recipient?.subject ?? null,
          recipient?.allocationId ?? null, event.summary, isoTime(event.at), `${event.kind}:${event.key}:${link.victimId}:${recipient?.subject ?? "-"}`,
          ackAt, acknowledged ? recipient!.subject : null, acknowledged ? rng.pick(ACKNOWLEDGEMENT_NOTES) : null, isoTime(event.at),
        ]);
      }
    }
  }
}

export const ALLOCATION_COLUMNS = ["id", "victim_id", "kind", "worker_name", "worker_subject", "organisation", "started_on", "ended_on", "created_by", "created_at"] as const;
export const ORDER_COLUMNS = ["id", "perpetrator_id", "type", "reference", "issued_by", "conditions", "starts_on", "ends_on", "version", "created_by", "created_at", "updated_at"] as const;
export const PROTECTED_COLUMNS = ["order_id", "victim_id"] as const;
export const ALERT_COLUMNS = [
  "id", "kind", "victim_id", "perpetrator_id", "referral_id", "session_id", "order_id", "recipient_subject", "recipient_allocation_id", "summary",
  "occurred_at", "dedupe_key", "acknowledged_at", "acknowledged_by", "acknowledgement_note", "created_at",
] as const;
