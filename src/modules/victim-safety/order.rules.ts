import type { RuleRefusal } from "../../shared/user-errors.js";
import { daysBetween } from "../../shared/dates.js";
import type { OrderType } from "./victim-safety.model.js";

/**
 * Crime and Security Act 2010 s.28(10): a DVPO is in force for no fewer than 14 and no more than 28 days,
 * "beginning with the day on which it is made", so both the first and last day count.
 */
export const DVPO_MIN_DAYS = 14;
export const DVPO_MAX_DAYS = 28;
/** DVPN and DAPN notices last 48 hours, so they touch at most three calendar days. */
export const NOTICE_MAX_DAYS = 3;
export const MAX_CONDITIONS = 30;
export const MAX_CONDITION_LENGTH = 500;

export interface OrderTerms {
  type: OrderType;
  startsOn: string;
  endsOn: string | null;
  conditions: readonly string[];
  protectedPeople: number;
}

export function checkOrder(order: OrderTerms): RuleRefusal[] {
  const refusals: RuleRefusal[] = [];
  const { type, startsOn, endsOn } = order;
  if (endsOn !== null && endsOn < startsOn) refusals.push({ field: "endsOn", code: "INVALID", message: "endsOn cannot be before startsOn" });
  const days = endsOn !== null ? daysBetween(startsOn, endsOn) + 1 : null;
  if (type === "DVPO") {
    if (days === null) refusals.push({ field: "endsOn", code: "INVALID", message: "A DVPO must have an end date" });
    else if (days > DVPO_MAX_DAYS) refusals.push({ field: "endsOn", code: "ORDER_TOO_LONG", message: `A DVPO lasts at most ${DVPO_MAX_DAYS} days; this one lasts ${days}` });
    else if (days >= 1 && days < DVPO_MIN_DAYS) {
      refusals.push({ field: "endsOn", code: "INVALID", message: `A DVPO lasts at least ${DVPO_MIN_DAYS} days; this one lasts ${days}` });
    }
  }
  if (type === "DVPN" || type === "DAPN") {
    if (days === null) refusals.push({ field: "endsOn", code: "INVALID", message: `A ${type} must have an end date` });
    else if (days > NOTICE_MAX_DAYS) refusals.push({ field: "endsOn", code: "ORDER_TOO_LONG", message: `A ${type} lasts 48 hours; use the order that follows it for longer` });
  }
  if (type === "DVDS_DISCLOSURE" && endsOn !== null) {
    refusals.push({ field: "endsOn", code: "INVALID", message: "A Clare's Law disclosure is made on a day and has no end date" });
  }
  if (order.protectedPeople < 1) refusals.push({ field: "protectedVictimIds", code: "INVALID", message: "An order protects at least one person" });
  if (order.conditions.length > MAX_CONDITIONS) refusals.push({ field: "conditions", code: "INVALID", message: `At most ${MAX_CONDITIONS} conditions` });
  order.conditions.forEach((condition, index) => {
    const length = condition.trim().length;
    if (length === 0 || length > MAX_CONDITION_LENGTH) {
      refusals.push({ field: `conditions.${index}`, code: "INVALID", message: `A condition has 1 to ${MAX_CONDITION_LENGTH} characters` });
    }
  });
  return refusals;
}

type Dated = { type: string; startsOn: string; endsOn: string | null };

/** A disclosure is a record of something said, not an order, so it is never "in force". */
export function orderInForce(order: Dated, today: string): boolean {
  return order.type !== "DVDS_DISCLOSURE" && order.startsOn <= today && (order.endsOn === null || today <= order.endsOn);
}

/** Whole days from today to the last day of the order; null when it has no end. */
export function daysUntilExpiry(order: Dated, today: string): number | null {
  return order.endsOn === null ? null : daysBetween(today, order.endsOn);
}

export function expiresWithinDays(order: Dated, today: string, days: number): boolean {
  const left = daysUntilExpiry(order, today);
  return orderInForce(order, today) && left !== null && left <= days;
}
