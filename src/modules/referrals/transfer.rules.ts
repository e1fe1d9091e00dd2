import type { ReferralStatus } from "./referral.model.js";

/** The statuses in which a referral holds a group place, and so can move to another group. */
export const TRANSFERABLE_STATUSES: readonly ReferralStatus[] = ["ALLOCATED", "ON_PROGRAMME"];

export const MAX_TRANSFER_REASON = 500;

export interface TransferRefusal {
  code: "INVALID_TRANSITION" | "INVALID" | "WRONG_PROGRAMME" | "REASON_REQUIRED";
  field: string;
  message: string;
}

export interface TransferSubject {
  status: ReferralStatus;
  groupId: string | null;
  programmeId: string;
}

export interface TransferTarget {
  id: string;
  programmeId: string;
}

/**
 * Why a referral may not move to `target`, or the empty list when it may. Whether the target group is
 * still open and has a place is asked in the write's transaction (checkGroupOpenForAllocation), with
 * its row locked, as allocation asks it.
 */
export function checkTransfer(referral: TransferSubject, target: TransferTarget, reason: string | null): TransferRefusal[] {
  const refusals: TransferRefusal[] = [];
  if (!TRANSFERABLE_STATUSES.includes(referral.status)) {
    refusals.push({
      code: "INVALID_TRANSITION",
      field: "referralId",
      message: `Only an ALLOCATED or ON_PROGRAMME referral moves between groups; this one is ${referral.status}`,
    });
  } else if (referral.groupId === target.id) {
    refusals.push({ code: "INVALID", field: "groupId", message: "The referral is already in this group" });
  }
  if (target.programmeId !== referral.programmeId) {
    refusals.push({ code: "WRONG_PROGRAMME", field: "groupId", message: "The group runs a different programme from the referral's" });
  }
  const length = reason?.trim().length ?? 0;
  if (length === 0) refusals.push({ code: "REASON_REQUIRED", field: "reason", message: "Moving someone to another group needs a reason" });
  else if (length > MAX_TRANSFER_REASON) refusals.push({ code: "INVALID", field: "reason", message: `reason must be 1 to ${MAX_TRANSFER_REASON} characters` });
  return refusals;
}

/** The history note of a move: which groups, and why. */
export function transferNote(fromGroupName: string, toGroupName: string, reason: string): string {
  return `Transferred from group ${fromGroupName} to group ${toGroupName}: ${reason}`;
}
