import type { SeededRandom } from "../../src/seed/random.js";
import { LEGAL_BASES, REFERRAL_SOURCES, REFERRAL_STATUSES, WITHDRAWAL_REASONS, type ReferralSource, type ReferralStatus } from "../../src/modules/referrals/index.js";
import { RISK_LEVELS } from "../../src/modules/programmes/index.js";
import type { ProgrammeInfo } from "./context.js";
import { referrerFor, type Referrers } from "./orgs.js";

/**
 * Referrals, planned as columns of numbers. A referral's transitions, attendance and row text are all
 * derived from these when written, so 300,000 referrals cost a few megabytes.
 */
export interface ReferralPlan {
  count: number;
  programme: Uint8Array;
  /** Person index, or -1 when nobody eligible was free (the referral is then left out). */
  person: Int32Array;
  group: Int32Array;
  status: Uint8Array;
  role: Uint8Array;
  path: Uint8Array;
  /** First and last session numbers with a register row for this referral (last < first: none). */
  first: Uint8Array;
  last: Uint8Array;
  referredAt: Float64Array;
  /** The last step before the group (AWAITING_ALLOCATION), or the last step of a referral that never reached one. */
  preEndAt: Float64Array;
  allocatedAt: Float64Array;
  /** NaN while open. */
  closedAt: Float64Array;
  /** 0 for none, else index + 1. */
  legalBasis: Uint8Array;
  source: Uint8Array;
  risk: Uint8Array;
  withdrawal: Uint8Array;
  referrer: Uint16Array;
}

export const ROLE = {
  none: 0,
  complete: 1,
  ongoing: 2,
  lateJoiner: 3,
  breachPending: 4,
  drop: 5,
  breach: 6,
  withdraw: 7,
  allocated: 8,
  bench: 9,
} as const;

export const status = (s: ReferralStatus): number => REFERRAL_STATUSES.indexOf(s);
export const statusName = (code: number): ReferralStatus => REFERRAL_STATUSES[code]!;

const R = "REFERRED", AA = "AWAITING_ASSESSMENT", AS = "ASSESSED_SUITABLE", AWA = "AWAITING_ALLOCATION", DNA = "DID_NOT_ATTEND_ASSESSMENT";
const SNR = "SUITABLE_NOT_READY", DEF = "DEFERRED", W = "WITHDRAWN";

/** Every road a referral takes before a group, or to where it stopped. Ids 0-3 end waiting for a group place. */
export const PATHS: readonly (readonly ReferralStatus[])[] = [
  [R, AA, AS, AWA],
  [R, AA, DNA, AA, AS, AWA],
  [R, AA, AS, SNR, AWA],
  [R, AA, DEF, AA, AS, AWA],
  [R],
  [R, AA],
  [R, AA, DNA, AA],
  [R, AA, AS],
  [R, AA, DNA],
  [R, AA, DEF],
  [R, AA, AS, SNR],
  [R, AA, "ASSESSED_UNSUITABLE"],
  [R, W],
  [R, AA, W],
  [R, AA, DNA, W],
  [R, AA, AS, AWA, W],
  [R, AA, DNA, "DROPPED_OUT"],
];

export const pickPrePath = (rng: SeededRandom): number => rng.weighted([[0, 60], [1, 15], [2, 15], [3, 10]] as const);

export function newReferralPlan(capacity: number): ReferralPlan {
  return {
    count: 0,
    programme: new Uint8Array(capacity),
    person: new Int32Array(capacity).fill(-1),
    group: new Int32Array(capacity).fill(-1),
    status: new Uint8Array(capacity),
    role: new Uint8Array(capacity),
    path: new Uint8Array(capacity),
    first: new Uint8Array(capacity),
    last: new Uint8Array(capacity),
    referredAt: new Float64Array(capacity),
    preEndAt: new Float64Array(capacity),
    allocatedAt: new Float64Array(capacity).fill(NaN),
    closedAt: new Float64Array(capacity).fill(NaN),
    legalBasis: new Uint8Array(capacity),
    source: new Uint8Array(capacity),
    risk: new Uint8Array(capacity),
    withdrawal: new Uint8Array(capacity),
    referrer: new Uint16Array(capacity),
  };
}

/** A new referral to `programme` with who referred it, why, and at what risk; its story is filled in by the caller. */
export function addReferral(plan: ReferralPlan, programme: ProgrammeInfo, referrers: Referrers, rng: SeededRandom): number {
  const r = plan.count++;
  if (r >= plan.programme.length) throw new Error("Referral plan is full");
  plan.programme[r] = programme.index;
  let source: ReferralSource;
  let risk: string | null;
  switch (programme.code) {
    case "BBR": {
      const basis = rng.weighted([["COMMUNITY_ORDER", 45], ["SUSPENDED_SENTENCE", 25], ["LICENCE", 20], ["FAMILY_COURT", 10]] as const);
      plan.legalBasis[r] = LEGAL_BASES.indexOf(basis) + 1;
      source = basis === "FAMILY_COURT" ? "FAMILY_COURT" : "PROBATION";
      risk = rng.weighted([["MEDIUM", 52], ["HIGH", 44], ["VERY_HIGH", 4]] as const);
      break;
    }
    case "CARING_DADS":
      source = rng.weighted([["CHILDRENS_SERVICES", 45], ["SELF", 18], ["PROBATION", 14], ["FRONT_DOOR_SAFEGUARDING_HUB", 10], ["POLICE", 8], ["OTHER", 5]] as const);
      risk = rng.weighted([[null, 35], ["LOW", 20], ["MEDIUM", 35], ["HIGH", 10]] as const);
      break;
    case "CHOICES":
      source = rng.weighted([["POLICE", 32], ["FRONT_DOOR_SAFEGUARDING_HUB", 28], ["PROBATION", 10], ["SELF", 16], ["CHILDRENS_SERVICES", 10], ["OTHER", 4]] as const);
      risk = rng.weighted([[null, 35], ["LOW", 25], ["MEDIUM", 30], ["HIGH", 10]] as const);
      break;
    case "PACT":
      source = rng.weighted([["YOUTH_JUSTICE_SERVICE", 50], ["CHILDRENS_SERVICES", 30], ["SCHOOL", 20]] as const);
      risk = rng.weighted([[null, 50], ["LOW", 25], ["MEDIUM", 25]] as const);
      break;
  }
  plan.source[r] = REFERRAL_SOURCES.indexOf(source);
  plan.risk[r] = risk === null ? 0 : RISK_LEVELS.indexOf(risk as (typeof RISK_LEVELS)[number]) + 1;
  plan.referrer[r] = referrerFor(referrers, source, programme.code, rng);
  return r;
}

export const withdrawalCode = (reason: (typeof WITHDRAWAL_REASONS)[number]): number => WITHDRAWAL_REASONS.indexOf(reason) + 1;

/** A referral's story ends in a terminal status (ASSESSED_UNSUITABLE, COMPLETED, BREACHED, DROPPED_OUT, WITHDRAWN). */
export const isClosed = (plan: ReferralPlan, r: number): boolean => !Number.isNaN(plan.closedAt[r]!);
