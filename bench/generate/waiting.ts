import type { ReferralStatus, WithdrawalReason } from "../../src/modules/referrals/index.js";
import type { GeneratorContext, ProgrammeInfo } from "./context.js";
import { STREAMS, rngFor } from "./ids.js";
import { storySpan } from "./members.js";
import type { Referrers } from "./orgs.js";
import { PATHS, addReferral, pickPrePath, status, withdrawalCode, type ReferralPlan } from "./referral-plan.js";
import { DAY, between } from "./time.js";

/**
 * Referrals that never reached a group: most closed long ago (assessed unsuitable, withdrawn, dropped out
 * after a missed assessment), and the open caseload of the last months in every pre-group status, with a
 * tail of people waiting much longer.
 */
type Waiting = ReferralStatus;

const CLOSED: readonly (readonly [Waiting, number])[] = [
  ["ASSESSED_UNSUITABLE", 16],
  ["WITHDRAWN", 36],
  ["DROPPED_OUT", 12],
];
const OPEN: readonly (readonly [Waiting, number])[] = [
  ["REFERRED", 1.5],
  ["AWAITING_ASSESSMENT", 2.5],
  ["ASSESSED_SUITABLE", 1],
  ["DID_NOT_ATTEND_ASSESSMENT", 1],
  ["DEFERRED", 1],
  ["SUITABLE_NOT_READY", 1.5],
  ["AWAITING_ALLOCATION", 4.5],
];
/** Days before `now` of an open referral's last step. */
const OPEN_AGE: Partial<Record<Waiting, readonly [number, number]>> = {
  REFERRED: [0.5, 21],
  AWAITING_ASSESSMENT: [1, 45],
  ASSESSED_SUITABLE: [1, 25],
  DID_NOT_ATTEND_ASSESSMENT: [2, 30],
  DEFERRED: [5, 150],
  SUITABLE_NOT_READY: [5, 250],
  AWAITING_ALLOCATION: [3, 120],
};
const SINGLE_PATH: Partial<Record<Waiting, number>> = {
  REFERRED: 4,
  ASSESSED_SUITABLE: 7,
  DID_NOT_ATTEND_ASSESSMENT: 8,
  DEFERRED: 9,
  SUITABLE_NOT_READY: 10,
  ASSESSED_UNSUITABLE: 11,
  DROPPED_OUT: 16,
};

export function planWaiting(ctx: GeneratorContext, plan: ReferralPlan, programme: ProgrammeInfo, count: number, referrers: Referrers): void {
  const rng = rngFor(ctx.seed, STREAMS.referrals, 10_000_000 + programme.index);
  const next = () => rng.next();
  // Mandated referrals cannot drop out: they are withdrawn (and the court told) instead.
  const closed = programme.mandated ? CLOSED.filter(([s]) => s !== "DROPPED_OUT") : CLOSED;
  const all = [...closed, ...OPEN];
  for (let k = 0; k < count; k++) {
    const r = addReferral(plan, programme, referrers, rng);
    const final = rng.weighted(all);
    let path: number;
    if (final === "AWAITING_ALLOCATION") path = pickPrePath(rng);
    else if (final === "AWAITING_ASSESSMENT") path = rng.chance(0.3) ? 6 : 5;
    else if (final === "WITHDRAWN") path = rng.weighted([[12, 2], [13, 3], [14, 2], [15, 3]] as const);
    else path = SINGLE_PATH[final]!;
    const span = storySpan(rng, PATHS[path]!.length);

    let endAt: number;
    const age = OPEN_AGE[final];
    if (age) {
      const tail = final === "AWAITING_ALLOCATION" && rng.chance(0.08);
      endAt = ctx.now - between(next, (tail ? 120 : age[0]) * DAY, (tail ? 500 : age[1]) * DAY);
    } else {
      endAt = between(next, ctx.windowStart + span, ctx.now - DAY);
      plan.closedAt[r] = endAt;
    }
    if (final === "WITHDRAWN") {
      const reason = rng.weighted<WithdrawalReason>([["DECLINED", 35], ["MOVED_AREA", 20], ["REFERRER_WITHDREW", 20], ["CUSTODY", 15], ["OTHER", 10]]);
      plan.withdrawal[r] = withdrawalCode(programme.mandated && reason === "DECLINED" ? "CUSTODY" : reason);
    }
    plan.status[r] = status(final);
    plan.path[r] = path;
    plan.preEndAt[r] = endAt;
    plan.referredAt[r] = endAt - span;
  }
}
