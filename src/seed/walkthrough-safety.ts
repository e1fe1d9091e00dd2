/**
 * The walkthrough's IOM membership, case allocation and victim-safety records, and a subject access
 * request waiting for an auditor (see walkthrough-ids.ts),
 * dated relative to the seed day like the rest of the demo.
 */
import type { interventionPlans, iomMemberships, offenderManagerAssignments, planActions } from "../modules/iom/index.js";
import type { caseAllocations } from "../modules/cases/index.js";
import type { riskAssessments, safetyAlerts, supportAllocations, victimLinks, victims } from "../modules/victim-safety/index.js";
import { alertSummary } from "../modules/victim-safety/index.js";
import type { subjectAccessRequests } from "../modules/subject-access/index.js";
import { WALKTHROUGH as W } from "./walkthrough-ids.js";
import { seedDays } from "./walkthrough-programme.js";

export interface WalkthroughSafetyRows {
  iomMemberships: (typeof iomMemberships.$inferInsert)[];
  offenderManagerAssignments: (typeof offenderManagerAssignments.$inferInsert)[];
  interventionPlans: (typeof interventionPlans.$inferInsert)[];
  planActions: (typeof planActions.$inferInsert)[];
  caseAllocations: (typeof caseAllocations.$inferInsert)[];
  victims: (typeof victims.$inferInsert)[];
  victimLinks: (typeof victimLinks.$inferInsert)[];
  riskAssessments: (typeof riskAssessments.$inferInsert)[];
  supportAllocations: (typeof supportAllocations.$inferInsert)[];
  safetyAlerts: (typeof safetyAlerts.$inferInsert)[];
  subjectAccessRequests: (typeof subjectAccessRequests.$inferInsert)[];
}

/** 15 of the 24 DASH answers "yes": HIGH on the score alone, so VISIBLE_HIGH_RISK is borne out. */
const QUALIFYING_DASH = ["YES", "YES", "YES", "NO", "YES", "YES", "YES", "NO", "YES", "YES", "NO", "YES", "YES", "NO", "YES", "NO", "YES", "YES", "NO", "YES", "NO", "YES", "NO", "NO"];

export function walkthroughSafetyRows(now: Date, staff: { om1: string; prob1Name: string }): WalkthroughSafetyRows {
  const { day, at } = seedDays(now);
  const victim = (id: string, firstName: string, lastName: string, dateOfBirth: string) => ({
    id,
    firstName,
    lastName,
    dateOfBirth,
    safeContactMethod: "VIA_SUPPORT_WORKER",
    safeContactTimes: "Weekdays 10:00-14:00",
    addressKnownToPerpetrator: false,
    createdBy: "pol-1",
    createdAt: at(-60, 10),
    updatedAt: at(-60, 10),
  });
  const link = (id: string, victimId: string, perpetratorId: string, relationship: string, startedOn: string) => ({
    id,
    victimId,
    perpetratorId,
    relationship,
    startedOn,
    createdBy: "pol-1",
    createdAt: at(-60, 10),
  });
  const idva = (id: string, victimId: string) => ({
    id,
    victimId,
    kind: "IDVA",
    workerName: "IDVA 1",
    workerSubject: "idva-1",
    organisation: "Leeds Domestic Violence Service",
    startedOn: day(-30),
    createdBy: "pol-1",
    createdAt: at(-30, 11),
  });

  return {
    iomMemberships: [
      { id: W.membership, perpetratorId: W.walker, selectionSource: "MARAC", cohortType: "FLEX", startedOn: day(-90), selectedBy: "iom-sup-1", createdAt: at(-90, 10), updatedAt: at(-90, 10) },
    ],
    offenderManagerAssignments: [
      { id: W.assignment, membershipId: W.membership, staffId: staff.om1, startedOn: day(-90), assignedBy: "iom-sup-1", assignedAt: at(-90, 10) },
    ],
    interventionPlans: [
      { id: W.plan, membershipId: W.membership, version: 1, status: "LIVE", summary: "Stabilise housing; start work on alcohol use", reviewDueOn: day(60), createdBy: "om-1", createdByName: "PC om-1", createdAt: at(-85, 10) },
    ],
    planActions: [
      { id: W.planActions[0], planId: W.plan, position: 1, pathway: "DRUGS_ALCOHOL", description: "Referral to Forward Leeds alcohol service", ownerAgency: "THIRD_SECTOR", ownerName: "Forward Leeds", status: "PLANNED", dueOn: day(30), version: 1, createdBy: "om-1", createdAt: at(-85, 10), updatedBy: "om-1", updatedAt: at(-85, 10) },
      { id: W.planActions[1], planId: W.plan, position: 2, pathway: "ACCOMMODATION", description: "Move to supported housing away from the ex-partner's area", ownerAgency: "COUNCIL", ownerName: "Leeds Housing Options", status: "IN_PROGRESS", dueOn: day(45), version: 2, createdBy: "om-1", createdAt: at(-85, 10), updatedBy: "om-1", updatedAt: at(-40, 10) },
      { id: W.planActions[2], planId: W.plan, position: 3, pathway: "DETERRENCE_DISRUPTION", description: "Check the non-contact condition weekly", ownerAgency: "POLICE", ownerStaffId: staff.om1, ownerName: "PC om-1", status: "PLANNED", dueOn: day(14), version: 1, createdBy: "om-1", createdAt: at(-85, 10), updatedBy: "om-1", updatedAt: at(-85, 10) },
    ],
    caseAllocations: [
      { id: W.caseAllocation, perpetratorId: W.participants[2], practitionerSub: "prob-1", practitionerName: staff.prob1Name, organisation: "West Yorkshire Probation Service - Leeds", startedOn: day(-60), createdBy: "admin-1", createdAt: at(-60, 9) },
    ],
    victims: [
      victim(W.exPartner, "Sarah", "Walker", "1968-06-21"),
      victim(W.partner, "Angela", "Kaye", "1972-02-08"),
      victim(W.breachedPartner, "Chloe", "Firth", "1995-10-15"),
    ],
    victimLinks: [
      link(W.exPartnerLink, W.exPartner, W.walker, "EX_PARTNER", day(-400)),
      link(W.partnerLink, W.partner, W.walker, "PARTNER", day(-200)),
      link(W.breachedPartnerLink, W.breachedPartner, W.breached, "PARTNER", day(-300)),
    ],
    riskAssessments: [
      {
        id: W.exPartnerDash,
        linkId: W.exPartnerLink,
        assessedOn: day(-2),
        answers: QUALIFYING_DASH,
        yesCount: QUALIFYING_DASH.filter((a) => a === "YES").length,
        scoreLevel: "HIGH",
        level: "HIGH",
        assessedBy: "pol-1",
        assessedByName: "DC pol-1",
        createdAt: at(-2, 11),
      },
    ],
    supportAllocations: [idva(W.exPartnerIdva, W.exPartner), idva(W.breachedPartnerIdva, W.breachedPartner)],
    safetyAlerts: [
      {
        id: W.breachAlert,
        kind: "PROGRAMME_BREACHED",
        victimId: W.breachedPartner,
        perpetratorId: W.breached,
        referralId: W.referralBreached,
        recipientSubject: "idva-1",
        recipientAllocationId: W.breachedPartnerIdva,
        summary: alertSummary("PROGRAMME_BREACHED", { programmeName: "Building Better Relationships" }),
        occurredAt: at(-5, 12),
        dedupeKey: `PROGRAMME_BREACHED:walkthrough-${W.referralBreached}:${W.breachedPartner}:idva-1`,
        createdAt: at(-5, 12),
      },
    ],
    subjectAccessRequests: [
      {
        id: W.subjectAccessRequest,
        perpetratorId: W.walker,
        reference: "DPO-2026-0188",
        reason: "Daniel Walker asked in writing for everything held about him; identity checked against his licence",
        status: "REQUESTED",
        requestedBy: "prob-1",
        requestedByOrg: "Probation Service",
        requestedAt: at(-1, 9),
      },
    ],
  };
}
