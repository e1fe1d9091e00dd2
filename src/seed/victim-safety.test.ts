import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../db/client.js";
import { applyMigrations } from "../db/migrate.js";
import { programmes, type ProgrammeRow } from "../modules/programmes/programme.table.js";
import { perpetrators, type PerpetratorRow } from "../modules/perpetrators/perpetrator.table.js";
import { referrals, type ReferralRow } from "../modules/referrals/referral.table.js";
import {
  DASH_LEVELS,
  DEFAULT_ESCALATION,
  ORDER_EXPIRY_ALERT_DAYS,
  ORDER_TYPES,
  alertKindForReferralStatus,
  alertRecipients,
  alertSummary,
  assessDash,
  checkMaracReferral,
  checkOrder,
  escalation,
  expiresWithinDays,
  latestAssessment,
  maracReferrals,
  orderInForce,
  protectedPeople,
  protectiveOrders,
  repeatOf,
  riskAssessments,
  safetyAlerts,
  safetyIncidents,
  supportAllocations,
  victimLinks,
  victims,
  type AlertKind,
  type DashAnswer,
  type DashLevel,
  type MaracGround,
  type OrderType,
  type MaracReferralRow,
  type ProtectiveOrderRow,
  type RiskAssessmentRow,
  type SafetyAlertRow,
  type SafetyIncidentRow,
  type SupportAllocationRow,
  type VictimLinkRow,
  type VictimRow,
} from "../modules/victim-safety/index.js";
import { isoDate } from "../shared/clock.js";
import { ageOn, daysBetween } from "../shared/dates.js";
import { DEFAULT_DEMO_SEED, buildDemoData, seedDemoData, type SeedSummary } from "./demo.js";
import { buildVictimSafetyData, victimSafetyRandom } from "./victim-safety.js";
import { LINKED_PERPETRATORS } from "./victim-safety-people.js";
import { randomPart } from "./walkthrough.js";

const NOW = new Date("2026-05-14T09:30:00.000Z");
const today = isoDate(NOW);

let handle: DatabaseHandle;
let summary: SeedSummary;
let programmeRows: ProgrammeRow[];
let people: PerpetratorRow[];
let referralRows: ReferralRow[];
let victimRows: VictimRow[];
let links: VictimLinkRow[];
let assessments: RiskAssessmentRow[];
let incidents: SafetyIncidentRow[];
let maracs: MaracReferralRow[];
let allocations: SupportAllocationRow[];
let orders: ProtectiveOrderRow[];
let protections: { orderId: string; victimId: string }[];
let alerts: SafetyAlertRow[];

beforeAll(async () => {
  handle = await openDatabase({ kind: "pglite", dataDir: null });
  await applyMigrations(handle);
  summary = await seedDemoData(handle, { now: NOW });
  const db = handle.db;
  programmeRows = await db.select().from(programmes);
  people = randomPart(await db.select().from(perpetrators));
  referralRows = randomPart(await db.select().from(referrals));
  victimRows = randomPart(await db.select().from(victims));
  links = randomPart(await db.select().from(victimLinks));
  assessments = randomPart(await db.select().from(riskAssessments));
  incidents = await db.select().from(safetyIncidents);
  maracs = await db.select().from(maracReferrals);
  allocations = randomPart(await db.select().from(supportAllocations));
  orders = await db.select().from(protectiveOrders);
  protections = await db.select().from(protectedPeople);
  alerts = randomPart(await db.select().from(safetyAlerts));
}, 120_000);

afterAll(() => handle?.close());

const victimById = (id: string) => victimRows.find((v) => v.id === id)!;
const linksOf = (victimId: string) => links.filter((l) => l.victimId === victimId);
const assessmentsOf = (linkId: string) => assessments.filter((a) => a.linkId === linkId);
const incidentDatesOf = (linkId: string) => incidents.filter((i) => i.linkId === linkId).map((i) => i.occurredOn);
const allocationsOf = (victimId: string) => allocations.filter((a) => a.victimId === victimId);
const isChildLink = (l: VictimLinkRow) => l.relationship === "CHILD";
const rank = (level: string) => DASH_LEVELS.indexOf(level as DashLevel);

describe("seedDemoData: victim safety", () => {
  it("reports what it wrote: about 140 people at risk linked to about 110 perpetrators", () => {
    expect(summary).toMatchObject({
      victims: victimRows.length,
      victimLinks: links.length,
      riskAssessments: assessments.length,
      safetyIncidents: incidents.length,
      maracReferrals: maracs.length,
      supportAllocations: allocations.length,
      protectiveOrders: orders.length,
      protectedPeople: protections.length,
      safetyAlerts: alerts.length,
    });
    expect(victimRows.length).toBeGreaterThanOrEqual(125);
    expect(victimRows.length).toBeLessThanOrEqual(160);
    const linked = new Set(links.map((l) => l.perpetratorId));
    expect(linked.size).toBe(LINKED_PERPETRATORS);
    expect([...linked].every((id) => people.some((p) => p.id === id))).toBe(true);
    for (const row of [...victimRows, ...links, ...allocations, ...orders]) expect(row.createdBy).toBe("seed");
    for (const row of [...victimRows, ...links, ...assessments, ...incidents, ...maracs, ...allocations, ...orders, ...alerts]) expect(row.createdAt.getTime()).toBeLessThan(NOW.getTime());
  });

  it("links mostly partners and ex-partners, children alongside a parent, a few people to two perpetrators, and ends some links", () => {
    const adultLinks = links.filter((l) => !isChildLink(l));
    const partners = adultLinks.filter((l) => l.relationship === "PARTNER" || l.relationship === "EX_PARTNER").length;
    expect(partners / adultLinks.length).toBeGreaterThan(0.7);
    for (const link of links.filter(isChildLink)) {
      const child = victimById(link.victimId);
      expect(child.dateOfBirth).not.toBeNull();
      expect(ageOn(child.dateOfBirth!, today)).toBeLessThan(18);
      expect(child.dateOfBirth! <= link.startedOn).toBe(true);
      expect(adultLinks.some((l) => l.perpetratorId === link.perpetratorId && l.startedOn === link.startedOn)).toBe(true);
    }
    expect(links.filter(isChildLink).length).toBeGreaterThanOrEqual(15);
    const adults = victimRows.filter((v) => linksOf(v.id).every((l) => !isChildLink(l)));
    expect(adults.every((v) => v.dateOfBirth === null || ageOn(v.dateOfBirth, today) >= 18)).toBe(true);
    expect(adults.filter((v) => v.dateOfBirth === null).length).toBeGreaterThanOrEqual(3);
    expect(adults.filter((v) => v.safeContactMethod !== null).length / adults.length).toBeGreaterThan(0.75);
    expect(new Set(adults.map((v) => v.addressKnownToPerpetrator))).toEqual(new Set([true, false, null]));
    const twice = victimRows.filter((v) => new Set(linksOf(v.id).map((l) => l.perpetratorId)).size === 2);
    expect(twice.length).toBeGreaterThanOrEqual(3);
    expect(links.some((l) => l.endedOn !== null)).toBe(true);
    expect(links.every((l) => l.endedOn === null || l.endedOn >= l.startedOn)).toBe(true);
  });

  it("scores every DASH checklist by the rule, with judgement only ever raising a level, and a reason", () => {
    for (const link of links) {
      const own = assessmentsOf(link.id);
      // Children share their parent's risk picture: DASH is for the adults.
      if (isChildLink(link)) expect(own).toHaveLength(0);
      else expect(own.length >= 1 && own.length <= 3, `${own.length} assessments`).toBe(true);
    }
    for (const a of assessments) {
      expect(a.answers).toHaveLength(24);
      const result = assessDash({ answers: a.answers as DashAnswer[], judgementLevel: a.judgementLevel as DashLevel | null, judgementReason: a.judgementReason });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toEqual({ yesCount: a.yesCount, scoreLevel: a.scoreLevel, level: a.level });
      if (a.judgementLevel !== null) {
        expect(rank(a.judgementLevel)).toBeGreaterThan(rank(a.scoreLevel));
        expect(a.judgementReason).toBeTruthy();
      }
      expect(rank(a.level)).toBeGreaterThanOrEqual(rank(a.scoreLevel));
    }
    expect(assessments.filter((a) => a.judgementLevel !== null).length).toBeGreaterThanOrEqual(2);
    const share = (level: string) => assessments.filter((a) => a.level === level).length / assessments.length;
    expect(share("HIGH")).toBeGreaterThan(0.15);
    expect(share("HIGH")).toBeLessThan(0.35);
    expect(share("MEDIUM")).toBeGreaterThan(0.25);
    expect(share("STANDARD")).toBeGreaterThan(0.3);
    for (const link of links) expect(incidentDatesOf(link.id).length).toBeLessThanOrEqual(5);
    expect(incidents.every((i) => i.occurredOn < today && daysBetween(i.occurredOn, today) <= 730)).toBe(true);
  });

  it("bears out every MARAC referral's grounds on the day it was made, and flags repeats within twelve months", () => {
    const highLinks = links.filter((l) => assessmentsOf(l.id).some((a) => a.level === "HIGH"));
    expect(highLinks.filter((l) => maracs.some((m) => m.linkId === l.id)).length / highLinks.length).toBeGreaterThan(0.7);
    for (const link of links) {
      const own = maracs.filter((m) => m.linkId === link.id).sort((a, b) => a.referredOn.localeCompare(b.referredOn));
      own.forEach((m, i) => {
        const previous = repeatOf(own.slice(0, i), m.referredOn);
        expect(m.isRepeat).toBe(previous !== null);
        expect(m.previousReferralId).toBe(previous?.id ?? null);
        const esc = escalation(incidentDatesOf(link.id), m.referredOn, DEFAULT_ESCALATION);
        expect({ incidentsInWindow: m.incidentsInWindow, threshold: m.escalationThreshold, windowMonths: m.escalationWindowMonths }).toEqual({
          incidentsInWindow: esc.incidentsInWindow,
          threshold: esc.threshold,
          windowMonths: esc.windowMonths,
        });
        const latest = latestAssessment(assessmentsOf(link.id).filter((a) => a.assessedOn <= m.referredOn));
        if (m.grounds.includes("VISIBLE_HIGH_RISK")) expect(latest!.yesCount).toBeGreaterThanOrEqual(14);
        if (m.grounds.includes("ESCALATION")) expect(esc.met).toBe(true);
        const checked = checkMaracReferral({
          grounds: m.grounds as MaracGround[],
          judgementReason: m.judgementReason,
          referredOn: m.referredOn,
          hearingOn: m.hearingOn,
          today,
          latestScoreLevel: (latest?.scoreLevel ?? null) as DashLevel | null,
          escalation: esc,
          isRepeat: previous !== null,
        });
        expect(checked.ok).toBe(true);
        expect(m.grounds.includes("REPEAT")).toBe(m.isRepeat);
      });
    }
    expect(maracs.filter((m) => m.isRepeat).length).toBeGreaterThanOrEqual(2);
    expect(maracs.some((m) => m.hearingOn !== null) && maracs.some((m) => m.hearingOn === null)).toBe(true);
    for (const ground of ["VISIBLE_HIGH_RISK", "PROFESSIONAL_JUDGEMENT", "ESCALATION", "REPEAT"]) expect(maracs.some((m) => m.grounds.includes(ground))).toBe(true);
  });

  it("gives at most one current IDVA to each person, an IDVA to most of those at high risk, and partner support around programmes", () => {
    for (const victim of victimRows) {
      const idvas = allocationsOf(victim.id).filter((a) => a.kind === "IDVA");
      expect(idvas.filter((a) => a.endedOn === null).length).toBeLessThanOrEqual(1);
    }
    const highRisk = victimRows.filter((v) => linksOf(v.id).some((l) => assessmentsOf(l.id).some((a) => a.level === "HIGH")));
    expect(highRisk.filter((v) => allocationsOf(v.id).some((a) => a.kind === "IDVA")).length / highRisk.length).toBeGreaterThan(0.7);
    const subjects = new Set(allocations.map((a) => a.workerSubject));
    for (const s of ["idva-1", "idva-2", "idva-3", "idva-4", "isw-1", "isw-2", "isw-3", null]) expect(subjects).toContain(s);
    expect(allocations.some((a) => a.endedOn !== null)).toBe(true);
    for (const a of allocations.filter((a) => a.kind === "INTEGRATED_SUPPORT_SERVICE" || a.kind === "PARTNER_SUPPORT")) {
      const perpetratorIds = linksOf(a.victimId).map((l) => l.perpetratorId);
      expect(referralRows.some((r) => perpetratorIds.includes(r.perpetratorId))).toBe(true);
    }
  });

  it("keeps orders to their legal terms: DVPOs of 14-28 days, only against adults, each protecting people linked to them", () => {
    const protectedBy = (orderId: string) => protections.filter((p) => p.orderId === orderId).map((p) => p.victimId);
    for (const order of orders) {
      const protectedIds = protectedBy(order.id);
      expect(checkOrder({ type: order.type as OrderType, startsOn: order.startsOn, endsOn: order.endsOn, conditions: order.conditions, protectedPeople: protectedIds.length })).toEqual([]);
      expect(order.conditions.length).toBeGreaterThanOrEqual(1);
      expect(order.conditions.length).toBeLessThanOrEqual(3);
      for (const victimId of protectedIds) expect(links.some((l) => l.victimId === victimId && l.perpetratorId === order.perpetratorId)).toBe(true);
      expect(ageOn(people.find((p) => p.id === order.perpetratorId)!.dateOfBirth, order.startsOn)).toBeGreaterThanOrEqual(18);
      // "Beginning with the day on which it is made": the first and last days both count.
      if (order.type === "DVPO") {
        const days = daysBetween(order.startsOn, order.endsOn!) + 1;
        expect(days >= 14 && days <= 28, `DVPO of ${days} days`).toBe(true);
      }
    }
    expect(new Set(orders.map((o) => o.type))).toEqual(new Set(ORDER_TYPES));
    expect(orders.some((o) => o.type === "RESTRAINING_ORDER" && o.endsOn === null)).toBe(true);
    expect(orders.some((o) => orderInForce(o, today))).toBe(true);
    expect(orders.some((o) => o.type !== "DVDS_DISCLOSURE" && o.endsOn !== null && o.endsOn < today)).toBe(true);
    const endingSoon = orders.filter((o) => expiresWithinDays(o, today, ORDER_EXPIRY_ALERT_DAYS));
    expect(endingSoon.length).toBeGreaterThanOrEqual(2);
    expect(endingSoon.length).toBeLessThanOrEqual(3);
  });

  it("raises a few alerts to the workers allocated on the day, once each; idva-1 has open ones", () => {
    expect(alerts.length).toBeGreaterThanOrEqual(5);
    expect(alerts.length).toBeLessThanOrEqual(10);
    expect(new Set(alerts.map((a) => a.dedupeKey)).size).toBe(alerts.length);
    const events = new Map<string, SafetyAlertRow[]>();
    for (const a of alerts) {
      const key = `${a.kind}:${a.referralId ?? a.orderId}:${a.victimId}`;
      events.set(key, [...(events.get(key) ?? []), a]);
    }
    for (const [, rows] of events) {
      const a = rows[0]!;
      const on = isoDate(a.occurredAt);
      const expected = alertRecipients(allocationsOf(a.victimId), on).map((r) => r?.subject ?? null);
      expect(rows.map((r) => r.recipientSubject).sort()).toEqual(expected.sort());
      if (a.referralId) {
        const referral = referralRows.find((r) => r.id === a.referralId)!;
        expect(referral.perpetratorId).toBe(a.perpetratorId);
        expect(a.kind).toBe(alertKindForReferralStatus(referral.status));
        expect(a.summary).toBe(alertSummary(a.kind as AlertKind, { programmeName: programmeRows.find((p) => p.id === referral.programmeId)!.name }));
      } else {
        const order = orders.find((o) => o.id === a.orderId)!;
        expect(a.kind).toBe("ORDER_EXPIRING");
        expect(expiresWithinDays(order, today, ORDER_EXPIRY_ALERT_DAYS)).toBe(true);
        expect(protections.some((p) => p.orderId === order.id && p.victimId === a.victimId)).toBe(true);
        expect(a.summary).toBe(alertSummary("ORDER_EXPIRING", { orderType: order.type, endsOn: order.endsOn }));
      }
      // Keyed as the alert service keys the event, so a sweep after seeding does not alert the same people again.
      const eventKey = a.referralId ? `referral:${a.referralId}:v${referralRows.find((r) => r.id === a.referralId)!.version}` : `order:${a.orderId}:ends:${orders.find((o) => o.id === a.orderId)!.endsOn}`;
      for (const row of rows) expect(row.dedupeKey).toBe(`${row.kind}:${eventKey}:${row.victimId}:${row.recipientSubject ?? "-"}`);
    }
    expect(alerts.filter((a) => a.acknowledgedAt !== null).length).toBeGreaterThanOrEqual(1);
    for (const a of alerts.filter((a) => a.acknowledgedAt)) expect(a.acknowledgedBy).toBe(a.recipientSubject);
    expect(alerts.filter((a) => a.recipientSubject === "idva-1" && a.acknowledgedAt === null).length).toBeGreaterThanOrEqual(2);
  });

  it("is deterministic: the seeded rows are what the builder gives, and the same seed builds the same rows", () => {
    const build = (seed: number) => buildVictimSafetyData({ ...buildDemoData(programmeRows, NOW, seed), programmes: programmeRows }, NOW, victimSafetyRandom(seed));
    const seeded = build(DEFAULT_DEMO_SEED);
    const byId = <T extends { id?: string }>(rows: T[]) => rows.map((r) => r.id).sort();
    expect(byId(seeded.victims)).toEqual(byId(victimRows));
    expect(byId(seeded.assessments)).toEqual(byId(assessments));
    expect(byId(seeded.maracReferrals)).toEqual(byId(maracs));
    expect(byId(seeded.alerts)).toEqual(byId(alerts));
    for (const row of seeded.links) expect(links.find((l) => l.id === row.id)).toMatchObject(row);
    for (const row of seeded.orders) expect(orders.find((o) => o.id === row.id)).toMatchObject(row);
    expect(build(7)).toEqual(build(7));
    expect(build(8).victims[0]!.id).not.toBe(build(7).victims[0]!.id);
  });
});
