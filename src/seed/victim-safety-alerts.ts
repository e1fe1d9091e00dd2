/**
 * A few safety alerts, as the service raises them: for the latest programme referrals that ended in drop-out,
 * breach or withdrawal while the perpetrator had people at risk linked, and for the orders ending within the
 * alert window. One row per worker allocated on the day (the safeguarding queue's when there is none); the
 * oldest two with a worker have been acknowledged.
 */
import { ORDER_EXPIRY_ALERT_DAYS, alertKindForReferralStatus, alertRecipients, alertSummary, expiresWithinDays, type AlertKind } from "../modules/victim-safety/index.js";
import { isoDate } from "../shared/clock.js";
import { maxDate, minDate, shiftIsoDate } from "../shared/dates.js";
import { MINUTE } from "./calendar.js";
import { isCurrentOn, type VictimDraft, type VictimSafetyDraft } from "./victim-safety-drafts.js";
import { ACKNOWLEDGEMENT_NOTES } from "./victim-safety-text.js";

/** At most this many alert rows; referral events that would take the total past it are left out. */
export const MAX_ALERTS = 10;
/** A few programme endings from the last six months (older ones would have been dealt with long ago). */
const MAX_REFERRAL_EVENTS = 4;
const RECENT_DAYS = 183;
const ACKNOWLEDGED = 2;

/** An allocation as the alert rules read it. */
type Allocation = Parameters<typeof alertRecipients>[0][number];

interface AlertEvent {
  kind: AlertKind;
  /** The event as the alert service keys it, so a later sweep finds these alerts already raised. */
  eventKey: string;
  perpetratorId: string;
  referralId: string | null;
  orderId: string | null;
  on: string;
  occurredAt: Date;
  summary: string;
  victims: VictimDraft[];
}

export function buildAlerts(draft: VictimSafetyDraft): void {
  const rng = draft.rng;
  for (const order of draft.orders.filter((o) => expiresWithinDays(o, draft.today, ORDER_EXPIRY_ALERT_DAYS))) {
    // The nightly sweep that first saw the order within the window.
    const on = maxDate(order.startsOn, shiftIsoDate(order.endsOn!, -ORDER_EXPIRY_ALERT_DAYS));
    addEvent(draft, {
      kind: "ORDER_EXPIRING",
      eventKey: orderEventKey(order),
      perpetratorId: order.perpetrator.id,
      referralId: null,
      orderId: order.id,
      on,
      occurredAt: new Date(Date.parse(`${on}T05:00:00Z`) + rng.int(0, 59_999)),
      summary: alertSummary("ORDER_EXPIRING", { orderType: order.type, endsOn: order.endsOn }),
      victims: order.protectedVictims,
    });
  }

  // The latest programme endings of perpetrators with people linked to them, those that reach a worker first.
  const linked = new Set(draft.links.map((l) => l.perpetrator));
  const closures = [...linked]
    .flatMap((p) => p.referrals.map((r) => ({ p, r, kind: alertKindForReferralStatus(r.status) })))
    .filter(({ r, kind }) => kind !== null && r.closedAt !== null)
    .map(({ p, r, kind }) => {
      const on = isoDate(r.closedAt!);
      const victims = [...new Set(draft.links.filter((l) => l.perpetrator === p && isCurrentOn(l, on)).map((l) => l.victim))];
      const recipients = victims.flatMap((v) => alertRecipients(allocationsOf(v), on));
      return { p, r, kind: kind!, on, victims, rows: recipients.length, reachesWorker: recipients.some((x) => x !== null) };
    })
    .filter((c) => c.rows > 0);
  const recent = closures.filter((c) => c.on >= draft.day(-RECENT_DAYS));
  const pool = (recent.length >= MAX_REFERRAL_EVENTS ? recent : closures).sort(
    (a, b) => Number(b.reachesWorker) - Number(a.reachesWorker) || b.r.closedAt!.getTime() - a.r.closedAt!.getTime(),
  );
  let events = 0;
  for (const { p, r, kind, on, victims, rows } of pool) {
    if (events === MAX_REFERRAL_EVENTS) break;
    if (draft.alerts.length + rows > MAX_ALERTS) continue;
    addEvent(draft, { kind, eventKey: referralEventKey(r), perpetratorId: p.id, referralId: r.id, orderId: null, on, occurredAt: r.closedAt!, summary: alertSummary(kind, { programmeName: r.programmeName }), victims });
    events++;
  }
  acknowledgeOldest(draft);
}

export const orderEventKey = (order: { id: string; endsOn: string | null }) => `order:${order.id}:ends:${order.endsOn}`;
export const referralEventKey = (referral: { id: string; version: number }) => `referral:${referral.id}:v${referral.version}`;

/** A victim's allocations as the alert rules read them. */
export function allocationsOf(victim: VictimDraft): Allocation[] {
  return victim.allocations.map((a) => ({ id: a.id, kind: a.worker.kind, workerSubject: a.worker.subject, startedOn: a.startedOn, endedOn: a.endedOn }));
}

function addEvent(draft: VictimSafetyDraft, event: AlertEvent): void {
  for (const victim of event.victims) {
    for (const recipient of alertRecipients(allocationsOf(victim), event.on)) {
      draft.alerts.push({
        id: draft.rng.uuid(),
        kind: event.kind,
        victim,
        perpetratorId: event.perpetratorId,
        referralId: event.referralId,
        orderId: event.orderId,
        recipient,
        summary: event.summary,
        occurredAt: event.occurredAt,
        dedupeKey: `${event.kind}:${event.eventKey}:${victim.id}:${recipient?.subject ?? "-"}`,
        acknowledgedAt: null,
        acknowledgedBy: null,
        acknowledgementNote: null,
      });
    }
  }
}

/** The oldest alerts with a worker were read and acted on; idva-1's orders ending this week are still open. */
function acknowledgeOldest(draft: VictimSafetyDraft): void {
  const rng = draft.rng;
  const oldest = draft.alerts
    .filter((a) => a.recipient !== null && !(a.kind === "ORDER_EXPIRING" && a.recipient.subject === "idva-1"))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const alert of oldest.slice(0, ACKNOWLEDGED)) {
    const day = minDate(shiftIsoDate(isoDate(alert.occurredAt), rng.int(0, 2)), draft.yesterday);
    const at = draft.timeOn(day);
    alert.acknowledgedAt = at > alert.occurredAt ? at : new Date(alert.occurredAt.getTime() + rng.int(30, 120) * MINUTE);
    alert.acknowledgedBy = alert.recipient!.subject;
    alert.acknowledgementNote = rng.pick(ACKNOWLEDGEMENT_NOTES);
  }
}
