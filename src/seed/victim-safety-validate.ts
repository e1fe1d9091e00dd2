/**
 * Checks on the drafted victim-safety data: the rules the API applies (DASH scoring and judgement, MARAC
 * grounds and repeats, order terms, one current IDVA, alert recipients), so the demo can never hold what the
 * API would refuse or would have raised differently.
 */
import {
  DASH_QUESTION_COUNT,
  DEFAULT_ESCALATION,
  ORDER_EXPIRY_ALERT_DAYS,
  alertRecipients,
  alertSummary,
  assessDash,
  checkMaracReferral,
  checkOrder,
  escalation,
  expiresWithinDays,
  latestAssessment,
  repeatOf,
} from "../modules/victim-safety/index.js";
import { isoDate } from "../shared/clock.js";
import { ageOn } from "../shared/dates.js";
import { MAX_ALERTS, allocationsOf, orderEventKey, referralEventKey } from "./victim-safety-alerts.js";
import { isCurrentOn, lastDayOf, type LinkDraft, type VictimSafetyDraft } from "./victim-safety-drafts.js";

const fail = (message: string): never => {
  throw new Error(`Victim-safety seed: ${message}`);
};
const refused = (what: string, refusals: readonly { message: string }[]) => {
  if (refusals.length) fail(`${what}: ${refusals.map((r) => r.message).join("; ")}`);
};

/** Throws on the first draft the API would have refused. */
export function validate(draft: VictimSafetyDraft): void {
  const today = draft.today;
  for (const victim of draft.victims) {
    if (victim.child && (victim.dateOfBirth === null || ageOn(victim.dateOfBirth, today) >= 18)) fail("a child victim is not a child");
    if (!victim.child && victim.dateOfBirth !== null && ageOn(victim.dateOfBirth, today) < 18) fail("an adult victim is under 18");
    if (!victim.links.length) fail("a victim with no link");
    const idvas = victim.allocations.filter((a) => a.worker.kind === "IDVA").sort((a, b) => a.startedOn.localeCompare(b.startedOn));
    if (idvas.filter((a) => a.endedOn === null).length > 1) fail("two current IDVAs for one victim");
    idvas.slice(1).forEach((a, i) => a.startedOn <= (idvas[i]!.endedOn ?? "9999") && fail("overlapping IDVA allocations"));
    for (const a of victim.allocations) {
      if (a.startedOn > draft.yesterday || (a.endedOn !== null && (a.endedOn < a.startedOn || a.endedOn > draft.yesterday))) fail("allocation dates out of order");
    }
  }
  const pairs = new Set<string>();
  for (const link of draft.links) {
    const pair = `${link.victim.id}:${link.perpetrator.id}`;
    if (pairs.has(pair)) fail("two links for one pair");
    pairs.add(pair);
    if (link.startedOn < link.perpetrator.recordedOn || link.startedOn > draft.yesterday) fail("a link starts outside the perpetrator's record");
    if (link.endedOn !== null && link.endedOn < link.startedOn) fail("a link ends before it starts");
    if ((link.relationship === "CHILD") !== link.victim.child) fail("a child linked other than as a child, or an adult as a child");
    if (link.relationship === "CHILD") {
      const parent = draft.links.find((l) => l.perpetrator === link.perpetrator && l.relationship !== "CHILD" && l.startedOn === link.startedOn);
      if (!parent || link.assessments.length || link.incidents.length) fail("a child's link without a parent's alongside, or with its own risk records");
      if (link.victim.dateOfBirth! > link.startedOn) fail("a child linked before they were born");
    } else validateRisk(draft, link);
  }
  validateOrders(draft);
  validateAlerts(draft);
}

function validateRisk(draft: VictimSafetyDraft, link: LinkDraft): void {
  const last = lastDayOf(link, draft);
  if (link.assessments.length < 1 || link.assessments.length > 3) fail(`a link has ${link.assessments.length} assessments`);
  if (link.incidents.length > 5) fail("more than five incidents on a link");
  for (const i of link.incidents) if (i.occurredOn > last || i.occurredOn < draft.day(-730)) fail("an incident outside the last two years");
  for (const a of link.assessments) {
    if (a.assessedOn < link.startedOn || a.assessedOn > last) fail("an assessment outside its link's dates");
    if (a.answers.length !== DASH_QUESTION_COUNT) fail("an assessment without 24 answers");
    const result = assessDash({ answers: a.answers, judgementLevel: a.judgementLevel, judgementReason: a.judgementReason });
    if (!result.ok) return refused("DASH", result.refusals);
    const { yesCount, scoreLevel, level } = result.value;
    if (yesCount !== a.yesCount || scoreLevel !== a.scoreLevel || level !== a.level) fail("an assessment's stored score is not the rule's");
  }
  const incidentDates = link.incidents.map((i) => i.occurredOn);
  link.maracs.forEach((m, i) => {
    const earlier = link.maracs.slice(0, i);
    if (earlier.some((e) => e.referredOn >= m.referredOn)) fail("MARAC referrals out of order");
    if (m.referredOn < link.startedOn || m.referredOn > last) fail("a MARAC referral outside its link's dates");
    const previous = repeatOf(earlier, m.referredOn);
    if (previous !== m.previous) fail("a MARAC repeat flagged wrongly");
    const esc = escalation(incidentDates, m.referredOn, DEFAULT_ESCALATION);
    if (esc.incidentsInWindow !== m.escalation.incidentsInWindow || esc.threshold !== m.escalation.threshold || esc.windowMonths !== m.escalation.windowMonths) fail("MARAC escalation counts differ");
    const latest = latestAssessment(link.assessments.filter((a) => a.assessedOn <= m.referredOn));
    const checked = checkMaracReferral({ grounds: m.grounds, judgementReason: m.judgementReason, referredOn: m.referredOn, hearingOn: m.hearingOn, today: draft.today, latestScoreLevel: latest?.scoreLevel ?? null, escalation: esc, isRepeat: previous !== null });
    if (!checked.ok) return refused("MARAC referral", checked.refusals);
    if ([...checked.grounds].sort().join() !== [...m.grounds].sort().join()) fail("MARAC grounds are not the rule's");
  });
}

function validateOrders(draft: VictimSafetyDraft): void {
  for (const order of draft.orders) {
    refused(`${order.type}`, checkOrder({ type: order.type, startsOn: order.startsOn, endsOn: order.endsOn, conditions: order.conditions, protectedPeople: order.protectedVictims.length }));
    if (order.conditions.length < 1 || order.conditions.length > 3) fail("an order without 1-3 conditions");
    if (order.startsOn > draft.yesterday) fail("an order starting today or later");
    if (ageOn(order.perpetrator.dateOfBirth, order.startsOn) < 18) fail("an order against someone under 18");
    for (const victim of order.protectedVictims) {
      if (!victim.links.some((l) => l.perpetrator === order.perpetrator && isCurrentOn(l, order.startsOn))) fail("an order protects someone not linked to the perpetrator when it was made");
    }
  }
  const ending = draft.orders.filter((o) => expiresWithinDays(o, draft.today, ORDER_EXPIRY_ALERT_DAYS));
  if (ending.length < 2 || ending.length > 3) fail(`${ending.length} orders end within the alert window, meant to be 2-3`);
}

function validateAlerts(draft: VictimSafetyDraft): void {
  const keys = new Set(draft.alerts.map((a) => a.dedupeKey));
  if (keys.size !== draft.alerts.length) fail("two alerts share a dedupe key");
  if (draft.alerts.length < 5 || draft.alerts.length > MAX_ALERTS) fail(`${draft.alerts.length} alerts, meant to be 5-${MAX_ALERTS}`);
  const events = new Map<string, typeof draft.alerts>();
  for (const a of draft.alerts) {
    const key = `${a.kind}:${a.referralId ?? a.orderId}:${a.victim.id}`;
    events.set(key, [...(events.get(key) ?? []), a]);
    if (a.occurredAt >= draft.now || (a.acknowledgedAt && a.acknowledgedAt >= draft.now)) fail("an alert raised or acknowledged after now");
    if (a.acknowledgedAt && (a.acknowledgedAt <= a.occurredAt || a.acknowledgedBy !== a.recipient?.subject)) fail("an alert acknowledged before it was raised or by someone else");
    const order = draft.orders.find((o) => o.id === a.orderId);
    const referral = draft.perpetrators.flatMap((p) => p.referrals).find((r) => r.id === a.referralId);
    const [summary, eventKey] = order
      ? [alertSummary(a.kind, { orderType: order.type, endsOn: order.endsOn }), orderEventKey(order)]
      : referral
        ? [alertSummary(a.kind, { programmeName: referral.programmeName }), referralEventKey(referral)]
        : fail("an alert for neither an order nor a referral");
    if (a.summary !== summary) fail("an alert's summary is not the rule's");
    if (a.dedupeKey !== `${a.kind}:${eventKey}:${a.victim.id}:${a.recipient?.subject ?? "-"}`) fail("an alert's dedupe key is not the service's");
  }
  for (const [, rows] of events) {
    const on = isoDate(rows[0]!.occurredAt);
    const recipient = (r: { subject: string; allocationId: string } | null) => (r ? `${r.subject}:${r.allocationId}` : "-");
    const expected = alertRecipients(allocationsOf(rows[0]!.victim), on).map(recipient).sort();
    if (rows.map((r) => recipient(r.recipient)).sort().join() !== expected.join()) fail("an alert's recipients are not the rule's");
  }
  const openForIdva1 = draft.alerts.filter((a) => a.recipient?.subject === "idva-1" && a.acknowledgedAt === null).length;
  if (openForIdva1 < 2) fail(`idva-1 has ${openForIdva1} open alerts, meant to have at least 2`);
}
