import { shiftIsoDateMonths } from "../../shared/dates.js";

export const SAR_REQUEST_STATUSES = ["REQUESTED", "APPROVED", "REFUSED"] as const;
export type SarRequestStatus = (typeof SAR_REQUEST_STATUSES)[number];
export const SAR_DECISIONS = ["APPROVE", "REFUSE"] as const;
export type SarDecision = (typeof SAR_DECISIONS)[number];

/**
 * How long an approval lets the requester export, in months: UK GDPR art. 12(3) gives the controller
 * one month to answer a subject access request, so an approval lasts as long as the answer may take.
 */
export const APPROVAL_MONTHS = 1;

export interface SarRefusal {
  field: string;
  code: "INVALID" | "REASON_REQUIRED" | "CONFLICT";
  message: string;
}

const refusal = (field: string, code: SarRefusal["code"], message: string): SarRefusal => ({ field, code, message });

/** A new request: a reference to find it by, and a reason an auditor can judge it on. */
export function checkNewRequest(reference: string, reason: string): SarRefusal[] {
  const failures: SarRefusal[] = [];
  if (reference.length < 1 || reference.length > 100) failures.push(refusal("reference", "INVALID", "reference must be 1 to 100 characters"));
  if (reason.length < 10 || reason.length > 2000) failures.push(refusal("reason", "INVALID", "reason must be 10 to 2000 characters: say who asked and on what basis"));
  return failures;
}

/**
 * An auditor's decision: only on a request still waiting, never on one they made themselves (four
 * eyes), and a refusal says why. An approval runs for APPROVAL_MONTHS from the day it is given.
 */
export function checkDecision(
  request: { status: string; requestedBy: string },
  decision: { by: string; decision: SarDecision; note: string | null },
): SarRefusal[] {
  if (request.status !== "REQUESTED") return [refusal("requestId", "CONFLICT", `This request was already ${request.status.toLowerCase()}`)];
  if (request.requestedBy === decision.by) return [refusal("requestId", "INVALID", "A request is decided by an auditor other than the person who made it")];
  if (decision.decision === "REFUSE" && !decision.note) return [refusal("note", "REASON_REQUIRED", "Say why the request is refused")];
  return [];
}

export const approvalExpiry = (today: string): string => shiftIsoDateMonths(today, APPROVAL_MONTHS);

/**
 * Why a request does not let `viewerSub` export today; null when it does. Checked before anyone is
 * looked up, so that an unusable request tells the caller nothing about who is held.
 */
export function exportRefusal(request: { status: string; requestedBy: string; expiresOn: string | null }, use: { viewerSub: string; today: string }): string | null {
  if (request.requestedBy !== use.viewerSub) return "Only the person who made the request may export with it";
  if (request.status !== "APPROVED") return request.status === "REFUSED" ? "The request was refused" : "The request has not been approved yet";
  if (request.expiresOn !== null && use.today > request.expiresOn) return `The approval expired on ${request.expiresOn}; make a new request`;
  return null;
}

/** An approved request exports its own person only: anyone else named, held or not, is refused alike. */
export const OTHER_PERSON = "The request is for another person";
