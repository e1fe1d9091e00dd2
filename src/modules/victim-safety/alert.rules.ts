import type { AlertKind, SupportKind } from "./victim-safety.model.js";

/** An order protecting a victim that ends within this many days alerts their support workers. */
export const ORDER_EXPIRY_ALERT_DAYS = 7;

const REFERRAL_ALERTS: Partial<Record<string, AlertKind>> = {
  DROPPED_OUT: "PROGRAMME_DROPPED_OUT",
  BREACHED: "PROGRAMME_BREACHED",
  WITHDRAWN: "PROGRAMME_WITHDRAWN",
};
const ATTENDANCE_ALERTS: Partial<Record<string, AlertKind>> = {
  EXCLUDED: "SESSION_EXCLUDED",
  ABSENT_UNACCEPTABLE: "UNACCEPTABLE_ABSENCE",
};

// Own keys only: a plain object would otherwise answer "toString" or "constructor" from its prototype.
export const alertKindForReferralStatus = (status: string): AlertKind | null => (Object.hasOwn(REFERRAL_ALERTS, status) ? REFERRAL_ALERTS[status] ?? null : null);
export const alertKindForAttendance = (outcome: string): AlertKind | null => (Object.hasOwn(ATTENDANCE_ALERTS, outcome) ? ATTENDANCE_ALERTS[outcome] ?? null : null);

export interface Allocation {
  id: string;
  kind: SupportKind | string;
  workerSubject: string | null;
  startedOn: string;
  endedOn: string | null;
}

/**
 * Who hears about an event on `on`: every worker allocated to the victim that day (an allocation that
 * ended on `on` no longer counts, as elsewhere for links and allocations) who can sign in,
 * once each. With nobody to tell, the alert goes to the safeguarding team's queue (a null recipient).
 */
export function alertRecipients<T extends Allocation>(allocations: readonly T[], on: string): ({ subject: string; allocationId: string } | null)[] {
  const seen = new Map<string, string>();
  for (const a of allocations) {
    if (a.startedOn <= on && (a.endedOn === null || a.endedOn > on) && a.workerSubject && !seen.has(a.workerSubject)) seen.set(a.workerSubject, a.id);
  }
  return seen.size ? [...seen].map(([subject, allocationId]) => ({ subject, allocationId })) : [null];
}

const ORDER_LABELS: Record<string, string> = {
  DVPN: "domestic violence protection notice (DVPN)",
  DVPO: "domestic violence protection order (DVPO)",
  DAPN: "domestic abuse protection notice (DAPN)",
  DAPO: "domestic abuse protection order (DAPO)",
  NON_MOLESTATION_ORDER: "non-molestation order",
  RESTRAINING_ORDER: "restraining order",
  DVDS_DISCLOSURE: "Clare's Law disclosure",
};

export interface AlertFacts {
  programmeName?: string;
  sessionNumber?: number;
  orderType?: string;
  endsOn?: string | null;
}

/** What the alert says: the event and the perpetrator's programme or order, never the victim's details. */
export function alertSummary(kind: AlertKind, facts: AlertFacts): string {
  const programme = facts.programmeName ?? "their programme";
  switch (kind) {
    case "PROGRAMME_DROPPED_OUT":
      return `The perpetrator has dropped out of ${programme}.`;
    case "PROGRAMME_BREACHED":
      return `The perpetrator has been breached on ${programme} and returned to court or their probation practitioner.`;
    case "PROGRAMME_WITHDRAWN":
      return `The perpetrator's referral to ${programme} has been withdrawn.`;
    case "SESSION_EXCLUDED":
      return `The perpetrator was excluded from ${programme} session ${facts.sessionNumber ?? ""}`.trimEnd() + ".";
    case "UNACCEPTABLE_ABSENCE":
      return `The perpetrator missed ${programme} session ${facts.sessionNumber ?? ""}`.trimEnd() + " without an acceptable reason.";
    case "ORDER_EXPIRING":
      return `A ${facts.orderType ? (ORDER_LABELS[facts.orderType] ?? facts.orderType) : "protective order"} protecting this person ends on ${facts.endsOn ?? "an unknown date"}.`;
  }
}
