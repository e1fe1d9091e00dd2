import type { PerpetratorChangeRow, PerpetratorChildRow, PerpetratorMergeRow, PerpetratorRow } from "../perpetrators/index.js";
import type { SarReferralRow, ReferralTransitionRow } from "../referrals/index.js";
import type { EnforcementActionRow, SarAttendanceRow, SarCatchUpRow } from "../attendance/index.js";
import type { CaseAllocationRow } from "../cases/index.js";
import type { InterventionPlanRow, IomMembershipRow, PlanReviewRow, SarActionRow, SarAssignmentRow } from "../iom/index.js";
import type { SarOrderRow } from "../victim-safety/index.js";
import { toGlobalId } from "../../shared/global-id.js";
import type { Period } from "../../shared/period.js";

/** Everything read for one export, before it is shaped. */
export interface HeldRecords {
  person: PerpetratorRow;
  children: PerpetratorChildRow[];
  changes: PerpetratorChangeRow[];
  merges: PerpetratorMergeRow[];
  referrals: SarReferralRow[];
  history: ReferralTransitionRow[];
  attendance: SarAttendanceRow[];
  catchUps: SarCatchUpRow[];
  enforcement: EnforcementActionRow[];
  caseAllocations: CaseAllocationRow[];
  memberships: IomMembershipRow[];
  assignments: SarAssignmentRow[];
  plans: InterventionPlanRow[];
  actions: SarActionRow[];
  reviews: PlanReviewRow[];
  protectiveOrders: SarOrderRow[];
}

/** The sections of an export, in the order the readable document shows them: also the audit event's fields. */
export const SAR_SECTIONS = ["person", "corrections", "merges", "referrals", "caseAllocations", "iomMemberships", "protectiveOrders"] as const;

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const byKey = <T, K>(rows: T[], key: (row: T) => K) => {
  const grouped = new Map<K, T[]>();
  for (const row of rows) grouped.set(key(row), [...(grouped.get(key(row)) ?? []), row]);
  return (k: K) => grouped.get(k) ?? [];
};

/**
 * The HMPPS `content` of a subject access export: the person's own data only. Staff appear by name and
 * organisation (as they acted in their role, which HMPPS exports show); their sign-in subjects do not.
 * Nothing of a victim is ever here: no link, DASH, incident, MARAC, support, alert or protected person,
 * and of a protective order only that it binds the person (see OrderSarReader).
 */
export function subjectAccessContent(held: HeldRecords, period: Period) {
  const { person } = held;
  const historyOf = byKey(held.history, (row) => row.referralId);
  const attendanceOf = byKey(held.attendance, (row) => row.record.referralId);
  const catchUpsOf = byKey(held.catchUps, (row) => row.referralId);
  const enforcementOf = byKey(held.enforcement, (row) => row.referralId);
  const assignmentsOf = byKey(held.assignments, (row) => row.assignment.membershipId);
  const plansOf = byKey(held.plans, (row) => row.membershipId);
  const actionsOf = byKey(held.actions, (row) => row.action.planId);
  const reviewsOf = byKey(held.reviews, (row) => row.planId);
  return {
    period: { fromDate: period.from, toDate: period.to },
    person: {
      id: toGlobalId("Perpetrator", person.id),
      givenName: person.givenName,
      familyName: person.familyName,
      dateOfBirth: person.dateOfBirth,
      sex: person.sex,
      crn: person.crn,
      pncId: person.pncId,
      prisonNumber: person.prisonNumber,
      croNumber: person.croNumber,
      genderIdentity: person.genderIdentity,
      ethnicity: person.ethnicity,
      firstLanguage: person.firstLanguage,
      interpreterRequired: person.interpreterRequired,
      disability: person.disability,
      sexualOrientation: person.sexualOrientation,
      needs: person.needs,
      // A child's own date of birth is the child's data: the export says whom the person has, not their details.
      children: held.children.map((child) => ({ relationship: child.relationship, regularContact: child.regularContact })),
      recordCreatedAt: iso(person.createdAt),
      recordUpdatedAt: iso(person.updatedAt),
    },
    corrections: held.changes.map((change) => ({
      version: change.version,
      changedFields: change.changedFields,
      previousValues: change.previous,
      reason: change.reason,
      changedBy: change.actorName,
      changedAt: iso(change.occurredAt),
    })),
    merges: held.merges.map((merge) => ({
      mergedRecordId: toGlobalId("Perpetrator", merge.duplicateId),
      reason: merge.reason,
      movedIdentifiers: merge.movedIdentifiers,
      mergedRecordValues: merge.duplicateValues,
      mergedBy: merge.actorName,
      mergedAt: iso(merge.occurredAt),
    })),
    referrals: held.referrals.map(({ referral, programmeName, groupName }) => ({
      id: toGlobalId("Referral", referral.id),
      programme: programmeName,
      group: groupName,
      status: referral.status,
      source: referral.source,
      legalBasis: referral.legalBasis,
      riskLevel: referral.riskLevel,
      withdrawalReason: referral.withdrawalReason,
      referringOrganisation: referral.referredByOrg,
      referredAt: iso(referral.referredAt),
      allocatedAt: iso(referral.allocatedAt),
      closedAt: iso(referral.closedAt),
      sentence: referral.sentenceOrderType
        ? {
            orderType: referral.sentenceOrderType,
            startDate: referral.sentenceStartDate,
            endDate: referral.sentenceEndDate,
            requirementReference: referral.sentenceRequirementReference,
          }
        : null,
      history: historyOf(referral.id).map((step) => ({
        fromStatus: step.fromStatus,
        toStatus: step.toStatus,
        reason: step.reason,
        note: step.note,
        changedBy: step.actorName,
        changedAt: iso(step.occurredAt),
      })),
      attendance: attendanceOf(referral.id).map(({ record, sessionNumber, scheduledStart }) => ({
        id: toGlobalId("AttendanceRecord", record.id),
        sessionNumber,
        sessionDate: iso(scheduledStart),
        outcome: record.outcome,
        behaviourConcern: record.behaviourConcern,
        note: record.note,
        recordedAt: iso(record.recordedAt),
        correctedAt: iso(record.supersededAt),
      })),
      catchUpSessions: catchUpsOf(referral.id).map((catchUp) => ({
        sessionNumber: catchUp.sessionNumber,
        sessionDate: iso(catchUp.scheduledStart),
        catchesUpSessionNumber: catchUp.missedSessionNumber,
      })),
      enforcementActions: enforcementOf(referral.id).map((action) => ({
        kind: action.kind,
        takenOn: action.takenOn,
        note: action.note,
        recordedBy: action.recordedByName,
        recordedAt: iso(action.recordedAt),
      })),
    })),
    caseAllocations: held.caseAllocations.map((allocation) => ({
      id: toGlobalId("CaseAllocation", allocation.id),
      practitioner: allocation.practitionerName,
      organisation: allocation.organisation,
      startedOn: allocation.startedOn,
      endedOn: allocation.endedOn,
      endReason: allocation.endReason,
    })),
    iomMemberships: held.memberships.map((membership) => ({
      id: toGlobalId("IomMembership", membership.id),
      selectionSource: membership.selectionSource,
      cohortType: membership.cohortType,
      rfgScore: membership.rfgScore,
      startedOn: membership.startedOn,
      endedOn: membership.endedOn,
      deselectionReason: membership.deselectionReason,
      deselectionNote: membership.deselectionNote,
      offenderManagers: assignmentsOf(membership.id).map(({ assignment, staffName, staffKind, team }) => ({
        name: staffName,
        kind: staffKind,
        team,
        startedOn: assignment.startedOn,
        endedOn: assignment.endedOn,
        reason: assignment.reason,
      })),
      interventionPlans: plansOf(membership.id).map((plan) => ({
        id: toGlobalId("InterventionPlan", plan.id),
        version: plan.version,
        status: plan.status,
        summary: plan.summary,
        reviewDueOn: plan.reviewDueOn,
        createdBy: plan.createdByName,
        createdAt: iso(plan.createdAt),
        endedAt: iso(plan.endedAt),
        actions: actionsOf(plan.id).map(({ action, ownerStaffName }) => ({
          id: toGlobalId("PlanAction", action.id),
          pathway: action.pathway,
          description: action.description,
          ownerAgency: action.ownerAgency,
          owner: ownerStaffName ?? action.ownerName,
          status: action.status,
          dueOn: action.dueOn,
          notes: action.notes,
          referralId: action.referralId ? toGlobalId("Referral", action.referralId) : null,
          closedAt: iso(action.closedAt),
        })),
        reviews: reviewsOf(plan.id).map((review) => ({
          reviewedOn: review.reviewedOn,
          outcome: review.outcome,
          notes: review.notes,
          nextReviewOn: review.nextReviewOn,
          reviewer: review.reviewerName,
        })),
      })),
    })),
    protectiveOrders: held.protectiveOrders.map((order) => ({
      id: toGlobalId("ProtectiveOrder", order.id),
      type: order.type,
      reference: order.reference,
      issuedBy: order.issuedBy,
      startsOn: order.startsOn,
      endsOn: order.endsOn,
    })),
  };
}

export type SubjectAccessContent = ReturnType<typeof subjectAccessContent>;
