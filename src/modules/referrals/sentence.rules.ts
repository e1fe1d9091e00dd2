import { refusalsAmong } from "../../shared/field-checks.js";
import type { RuleRefusal } from "../../shared/user-errors.js";
import { SENTENCE_ORDER_BASIS, type EnforcementRoute, type LegalBasis, type SentenceOrderType } from "./referral.model.js";

/**
 * The sentence or order a referral enforces, and the rules it keeps. A referral is mandated exactly
 * when it has a legal basis (the same test the enforcement rules read: `legalBasis !== null`), and
 * only a mandated referral enforces an order.
 */

export interface SentenceDetails {
  orderType: SentenceOrderType;
  /** YYYY-MM-DD. */
  startDate: string;
  /** YYYY-MM-DD; the last day of the order. Only a family court order may have none. */
  endDate: string | null;
  /** The requirement's reference in the case-management system (nDelius), canonical (upper case). */
  requirementReference: string | null;
}

/**
 * A requirement reference as nDelius and similar systems give it: letters and digits, in parts joined
 * by single `-` or `/` (e.g. nDelius's numeric requirement id `2500012345`, or `X123456/2/1`), 1 to 30
 * characters in all. Compared and stored in upper case.
 */
export const REQUIREMENT_REFERENCE = /^[A-Z0-9]+(?:[-/][A-Z0-9]+)*$/;
export const MAX_REQUIREMENT_REFERENCE = 30;

/** Trimmed and upper-cased; empty means none. */
export function canonicalRequirementReference(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toUpperCase();
  return trimmed ? trimmed : null;
}

/**
 * Why the order cannot be recorded on a referral with this legal basis (empty when it can). Fields are
 * dotted paths under `prefix` (the input's `sentence`).
 */
export function checkSentence(sentence: SentenceDetails, legalBasis: LegalBasis | null, prefix = "sentence"): RuleRefusal[] {
  const at = (field: string) => `${prefix}.${field}`;
  if (legalBasis === null) {
    return [{ field: prefix, code: "INVALID", message: "A voluntary referral enforces no order: only a mandated referral (one with a legal basis) has a sentence" }];
  }
  const refusals: RuleRefusal[] = [];
  const basis = SENTENCE_ORDER_BASIS[sentence.orderType];
  if (basis !== legalBasis) {
    refusals.push({ field: at("orderType"), code: "INVALID", message: `A ${describe(sentence.orderType)} is not consistent with the referral's legal basis ${legalBasis} (it needs ${basis})` });
  }
  if (sentence.endDate === null && sentence.orderType !== "FAMILY_COURT_ORDER") {
    refusals.push({ field: at("endDate"), code: "INVALID", message: `A ${describe(sentence.orderType)} has an end date` });
  }
  const endsTooEarly = sentence.endDate !== null && sentence.endDate <= sentence.startDate;
  if (endsTooEarly) refusals.push({ field: at("endDate"), code: "INVALID", message: "endDate must be after startDate" });
  refusals.push(...refusalsAmong(checkReference(at("requirementReference"), sentence.requirementReference)));
  return refusals;
}

function checkReference(field: string, reference: string | null): RuleRefusal | null {
  if (reference === null) return null;
  if (reference.length <= MAX_REQUIREMENT_REFERENCE && REQUIREMENT_REFERENCE.test(reference)) return null;
  return {
    field,
    code: "INVALID",
    message: `requirementReference must be 1 to ${MAX_REQUIREMENT_REFERENCE} letters and digits, in parts joined by single - or / (e.g. 2500012345)`,
  };
}

/**
 * How non-compliance with the order is enforced (domain.md): community and suspended sentence orders
 * go back to court for breach (Sentencing Act 2020 Sch. 10 and 16), as post-sentence supervision does
 * (to the magistrates, Criminal Justice Act 2003 s.256AC); a licence is enforced by recall, not breach;
 * a family court order by reporting to the family court.
 */
export function enforcementRouteOf(orderType: SentenceOrderType): EnforcementRoute {
  switch (orderType) {
    case "LICENCE":
      return "RECALL";
    case "FAMILY_COURT_ORDER":
      return "FAMILY_COURT";
    default:
      return "BREACH";
  }
}

/** The history note for recording or correcting the order: what it was, what it is, and why. */
export function sentenceNote(previous: SentenceDetails | null, next: SentenceDetails, reason: string | null): string {
  const now = summarise(next);
  const what = previous ? `Order corrected from ${summarise(previous)} to ${now}` : `Order recorded: ${now}`;
  return reason ? `${what}. ${reason}` : what;
}

function summarise(sentence: SentenceDetails): string {
  const period = `${sentence.startDate} to ${sentence.endDate ?? "no end date"}`;
  const reference = sentence.requirementReference ? `, requirement ${sentence.requirementReference}` : "";
  return `${sentence.orderType} ${period}${reference}`;
}

function describe(orderType: SentenceOrderType): string {
  return orderType.toLowerCase().replaceAll("_", " ");
}

