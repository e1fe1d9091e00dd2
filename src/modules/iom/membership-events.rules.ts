import { toGlobalId } from "../../shared/global-id.js";
import type { DomainEvent } from "../../shared/domain-events.js";

type Member = { id: string; perpetratorId: string; cohortType: string; startedOn: string };

/** Selection onto the cohort, naming the first offender manager when there is one (ids and codes only). */
export function cohortSelected(membership: Member & { selectionSource: string }, offenderManagerStaffId: string | null, occurredAt: Date): DomainEvent {
  return {
    kind: "iom.cohort-selected",
    perpetratorId: membership.perpetratorId,
    subject: { type: "IomMembership", id: membership.id },
    occurredAt,
    details: { cohortType: membership.cohortType, selectionSource: membership.selectionSource, startedOn: membership.startedOn, offenderManagerStaffId: offenderManagerStaffId && toGlobalId("IomStaffMember", offenderManagerStaffId) },
  };
}

/** Deselection: the reason is a code; the free-text note never leaves. */
export function cohortDeselected(membership: Member & { endedOn: string | null; deselectionReason: string | null }, occurredAt: Date): DomainEvent {
  return {
    kind: "iom.cohort-deselected",
    perpetratorId: membership.perpetratorId,
    subject: { type: "IomMembership", id: membership.id },
    occurredAt,
    details: { cohortType: membership.cohortType, endedOn: membership.endedOn, reason: membership.deselectionReason },
  };
}

/** A handover: the new offender manager's staff id, and the previous one's when there was one. */
export function offenderManagerChanged(
  membership: Member,
  assignment: { id: string; staffId: string; startedOn: string },
  previousStaffId: string | null,
  occurredAt: Date,
): DomainEvent {
  return {
    kind: "iom.offender-manager-changed",
    perpetratorId: membership.perpetratorId,
    subject: { type: "IomMembership", id: membership.id },
    occurredAt,
    details: {
      staffId: toGlobalId("IomStaffMember", assignment.staffId),
      previousStaffId: previousStaffId && toGlobalId("IomStaffMember", previousStaffId),
      startedOn: assignment.startedOn,
    },
  };
}
