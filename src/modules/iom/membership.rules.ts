import { ageOn } from "../../shared/dates.js";
import type { DeselectionReason, StaffKind } from "./iom.model.js";

/** A refusal from an IOM rule: the input field at fault, a user-error code and a message a person can act on. */
export interface IomRefusal {
  field: string;
  code: "INVALID" | "DUPLICATE" | "REASON_REQUIRED" | "MEMBERSHIP_ENDED" | "STAFF_INACTIVE" | "ALREADY_ASSIGNED";
  message: string;
}

const refusal = (field: string, code: IomRefusal["code"], message: string): IomRefusal => ({ field, code, message });

/** The highest Recency-Frequency-Gravity score accepted; MATAC-style scores sit well below it. */
export const MAX_RFG_SCORE = 10_000;

export interface MembershipPeriod {
  startedOn: string;
  endedOn: string | null;
}

/**
 * Selection onto the cohort: at most one open membership per person, and a new one starts no earlier
 * than the day the last ended, so the history never overlaps. Dates are `YYYY-MM-DD`.
 */
export function checkSelection(
  history: readonly MembershipPeriod[],
  selection: { startedOn: string; rfgScore: number | null },
  today: string,
): IomRefusal[] {
  const failures: IomRefusal[] = [];
  if (history.some((m) => m.endedOn === null)) {
    failures.push(refusal("perpetratorId", "DUPLICATE", "This person is already in the IOM cohort; deselect them before selecting them again"));
  }
  if (selection.startedOn > today) failures.push(refusal("startedOn", "INVALID", "startedOn cannot be in the future"));
  const lastEnd = history.map((m) => m.endedOn).filter((d): d is string => d !== null).sort().at(-1);
  if (lastEnd && selection.startedOn < lastEnd) {
    failures.push(refusal("startedOn", "INVALID", `startedOn must be on or after ${lastEnd}, when the last membership ended`));
  }
  const score = selection.rfgScore;
  if (score !== null && (!Number.isFinite(score) || score < 0 || score > MAX_RFG_SCORE)) {
    failures.push(refusal("rfgScore", "INVALID", `rfgScore must be between 0 and ${MAX_RFG_SCORE}`));
  }
  return failures;
}

/** Leaving the cohort: an open membership, a real end date and, for OTHER, a note saying why. */
export function checkDeselection(
  membership: MembershipPeriod,
  deselection: { endedOn: string; reason: DeselectionReason; note: string | null },
  today: string,
): IomRefusal[] {
  if (membership.endedOn !== null) return [refusal("membershipId", "MEMBERSHIP_ENDED", `This membership already ended on ${membership.endedOn}`)];
  const failures: IomRefusal[] = [];
  if (deselection.endedOn > today) failures.push(refusal("endedOn", "INVALID", "endedOn cannot be in the future"));
  if (deselection.endedOn < membership.startedOn) {
    failures.push(refusal("endedOn", "INVALID", `endedOn cannot be before the membership started (${membership.startedOn})`));
  }
  if (deselection.reason === "OTHER" && !deselection.note) failures.push(refusal("note", "REASON_REQUIRED", "Say why when the reason is OTHER"));
  return failures;
}

export interface CurrentAssignment {
  staffId: string;
  startedOn: string;
}

/**
 * A new offender manager for a member: the member is still in the cohort, the officer is active, it is
 * a change, and it starts no earlier than the membership or the assignment it replaces.
 */
export function checkAssignment(
  membership: MembershipPeriod,
  current: CurrentAssignment | null,
  next: { staffId: string; staffActive: boolean; startedOn: string },
  today: string,
): IomRefusal[] {
  if (membership.endedOn !== null) return [refusal("membershipId", "MEMBERSHIP_ENDED", "The member has left the cohort")];
  const failures: IomRefusal[] = [];
  if (!next.staffActive) failures.push(refusal("staffId", "STAFF_INACTIVE", "That staff member is no longer active"));
  if (current?.staffId === next.staffId) failures.push(refusal("staffId", "ALREADY_ASSIGNED", "That officer is already the member's offender manager"));
  if (next.startedOn > today) failures.push(refusal("startedOn", "INVALID", "startedOn cannot be in the future"));
  if (next.startedOn < membership.startedOn) {
    failures.push(refusal("startedOn", "INVALID", `startedOn cannot be before the member joined the cohort (${membership.startedOn})`));
  }
  if (current && next.startedOn < current.startedOn) {
    failures.push(refusal("startedOn", "INVALID", `startedOn cannot be before the current assignment began (${current.startedOn})`));
  }
  return failures;
}

/** IOM manages adults; under-18s are the youth justice service's. */
export function checkAdultOn(dateOfBirth: string, startedOn: string): IomRefusal | null {
  return ageOn(dateOfBirth, startedOn) >= 18 ? null : refusal("perpetratorId", "INVALID", "IOM is for adults: this person was under 18 on startedOn");
}

/** Offender managers for the DV cohort are police officers; probation practitioners own plan actions instead. */
export function checkOffenderManagerKind(kind: StaffKind, field: string): IomRefusal | null {
  return kind === "POLICE_OFFENDER_MANAGER" ? null : refusal(field, "INVALID", "The offender manager must be a police offender manager");
}

/** A membership ends no earlier than its current offender manager's assignment began. */
export function checkEndAfterAssignment(endedOn: string, current: CurrentAssignment | null): IomRefusal | null {
  if (!current || endedOn >= current.startedOn) return null;
  return refusal("endedOn", "INVALID", `endedOn cannot be before the current offender manager took over (${current.startedOn})`);
}
