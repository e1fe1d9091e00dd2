/**
 * Demo victim-safety data: people at risk from the demo perpetrators (partners, ex-partners, parents, some
 * children), their contact-safety details, DASH checklists, incidents and MARAC referrals, the IDVAs and
 * support workers allocated to them, protective orders, and a few safety alerts. Like the rest of the demo it
 * is invented, derived from a seeded random source and `now`, and checked against the victim-safety rules
 * before it is written.
 *
 * The staff subjects it uses: idva-1 … idva-4 (IDVAs), isw-1 … isw-3 (integrated support service),
 * psw-1 and psw-2 (partner link workers); DASH checklists and incidents by pol-1 … pol-3; MARAC referrals
 * by those officers, prob-1, prob-3 and csc-1 (children's social work).
 */
import type {
  maracReferrals,
  protectedPeople,
  protectiveOrders,
  riskAssessments,
  safetyAlerts,
  safetyIncidents,
  supportAllocations,
  victimLinks,
  victims,
} from "../modules/victim-safety/index.js";
import { SeededRandom } from "./random.js";
import { buildAlerts } from "./victim-safety-alerts.js";
import { VictimSafetyDraft, type VictimSafetySeedInput } from "./victim-safety-drafts.js";
import { buildOrders } from "./victim-safety-orders.js";
import { buildVictims, readPerpetrators } from "./victim-safety-people.js";
import { buildRisk } from "./victim-safety-risk.js";
import { buildSupport } from "./victim-safety-support.js";
import { validate } from "./victim-safety-validate.js";
import { SEED_ACTOR } from "./seed-actor.js";

export type { VictimSafetySeedInput } from "./victim-safety-drafts.js";


export interface VictimSafetyData {
  victims: (typeof victims.$inferInsert)[];
  links: (typeof victimLinks.$inferInsert)[];
  assessments: (typeof riskAssessments.$inferInsert)[];
  incidents: (typeof safetyIncidents.$inferInsert)[];
  maracReferrals: (typeof maracReferrals.$inferInsert)[];
  allocations: (typeof supportAllocations.$inferInsert)[];
  orders: (typeof protectiveOrders.$inferInsert)[];
  protectedPeople: (typeof protectedPeople.$inferInsert)[];
  alerts: (typeof safetyAlerts.$inferInsert)[];
}

/** The victim-safety part's own random source, so adding it leaves the rest of the demo data as it was. */
export function victimSafetyRandom(seed: number): SeededRandom {
  return new SeededRandom(Math.imul((seed ^ 0x5afe7a11) >>> 0, 0x85ebca6b) >>> 0);
}

/** Pure: the same demo rows, `now` and random source always give the same victim-safety rows. */
export function buildVictimSafetyData(input: VictimSafetySeedInput, now: Date, rng: SeededRandom): VictimSafetyData {
  const draft = new VictimSafetyDraft(input, now, rng);
  readPerpetrators(draft);
  buildVictims(draft);
  buildRisk(draft);
  // Orders before support: the people protected by orders ending this week are given idva-1.
  buildOrders(draft);
  buildSupport(draft);
  buildAlerts(draft);
  validate(draft);
  return rows(draft);
}

function rows(draft: VictimSafetyDraft): VictimSafetyData {
  const links = draft.links;
  return {
    victims: draft.victims.map((v) => {
      const createdAt = new Date(Math.min(...v.links.map((l) => l.createdAt.getTime())));
      return {
        id: v.id,
        firstName: v.firstName,
        lastName: v.lastName,
        dateOfBirth: v.dateOfBirth,
        safeContactMethod: v.contact.method,
        safeContactTimes: v.contact.times,
        addressKnownToPerpetrator: v.contact.addressKnown,
        contactNotes: v.contact.notes,
        version: 1,
        createdBy: SEED_ACTOR,
        createdAt,
        updatedAt: createdAt,
      };
    }),
    links: links.map((l) => ({
      id: l.id,
      victimId: l.victim.id,
      perpetratorId: l.perpetrator.id,
      relationship: l.relationship,
      startedOn: l.startedOn,
      endedOn: l.endedOn,
      createdBy: SEED_ACTOR,
      createdAt: l.createdAt,
    })),
    assessments: links.flatMap((l) =>
      l.assessments.map((a) => ({
        id: a.id,
        linkId: l.id,
        assessedOn: a.assessedOn,
        answers: a.answers,
        yesCount: a.yesCount,
        scoreLevel: a.scoreLevel,
        judgementLevel: a.judgementLevel,
        judgementReason: a.judgementReason,
        level: a.level,
        assessedBy: a.assessedBy,
        assessedByName: a.assessedByName,
        createdAt: a.createdAt,
      })),
    ),
    incidents: links.flatMap((l) => l.incidents.map((i) => ({ id: i.id, linkId: l.id, occurredOn: i.occurredOn, policeReference: i.policeReference, recordedBy: i.recordedBy, createdAt: i.createdAt }))),
    maracReferrals: links.flatMap((l) =>
      l.maracs.map((m) => ({
        id: m.id,
        linkId: l.id,
        referredOn: m.referredOn,
        grounds: m.grounds,
        judgementReason: m.judgementReason,
        isRepeat: m.previous !== null,
        previousReferralId: m.previous?.id ?? null,
        incidentsInWindow: m.escalation.incidentsInWindow,
        escalationThreshold: m.escalation.threshold,
        escalationWindowMonths: m.escalation.windowMonths,
        hearingOn: m.hearingOn,
        referringAgency: m.referringAgency,
        referredBy: m.referredBy,
        createdAt: m.createdAt,
      })),
    ),
    allocations: draft.allocations.map((a) => ({
      id: a.id,
      victimId: a.victim.id,
      kind: a.worker.kind,
      workerName: a.worker.name,
      workerSubject: a.worker.subject,
      organisation: a.worker.organisation,
      startedOn: a.startedOn,
      endedOn: a.endedOn,
      createdBy: SEED_ACTOR,
      createdAt: a.createdAt,
    })),
    orders: draft.orders.map((o) => ({
      id: o.id,
      perpetratorId: o.perpetrator.id,
      type: o.type,
      reference: o.reference,
      issuedBy: o.issuedBy,
      conditions: o.conditions,
      startsOn: o.startsOn,
      endsOn: o.endsOn,
      version: 1,
      createdBy: SEED_ACTOR,
      createdAt: o.createdAt,
      updatedAt: o.createdAt,
    })),
    protectedPeople: draft.orders.flatMap((o) => o.protectedVictims.map((v) => ({ orderId: o.id, victimId: v.id }))),
    alerts: draft.alerts.map((a) => ({
      id: a.id,
      kind: a.kind,
      victimId: a.victim.id,
      perpetratorId: a.perpetratorId,
      referralId: a.referralId,
      sessionId: null,
      orderId: a.orderId,
      recipientSubject: a.recipient?.subject ?? null,
      recipientAllocationId: a.recipient?.allocationId ?? null,
      summary: a.summary,
      occurredAt: a.occurredAt,
      dedupeKey: a.dedupeKey,
      acknowledgedAt: a.acknowledgedAt,
      acknowledgedBy: a.acknowledgedBy,
      acknowledgementNote: a.acknowledgementNote,
      createdAt: a.occurredAt,
    })),
  };
}
