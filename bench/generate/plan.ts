import type { ProgrammeCode } from "../../src/modules/programmes/index.js";
import type { GeneratorContext } from "./context.js";
import { addGroup, newGroupPlan, type GroupPlan } from "./groups.js";
import { STREAMS, rngFor } from "./ids.js";
import { planMembers } from "./members.js";
import { makeReferrers, type Referrers } from "./orgs.js";
import { hasYoungChildOn, planPeople, type PeoplePlan } from "./people.js";
import { ROLE, isClosed, newReferralPlan, status, type ReferralPlan } from "./referral-plan.js";
import { DAY, HOUR, WEEK, ageAt, between, startOfDay } from "./time.js";
import { planWaiting } from "./waiting.js";

/**
 * The whole plan, in memory as typed arrays: people, groups, referrals and who each referral is for.
 * Everything else (transitions, registers, names, IOM, victims) is derived from it while writing.
 */
export interface Plans {
  people: PeoplePlan;
  groups: GroupPlan;
  referrals: ReferralPlan;
  referrers: Referrers;
  /** Person i's referrals, oldest first: personReferrals[personStart[i] … personStart[i+1]-1]. */
  personStart: Int32Array;
  personReferrals: Int32Array;
  /** Referrals left out because nobody eligible was free on the day. */
  unassigned: number;
}

/** Shares of referrals by programme, and how many of each reach a group. */
const SHARE: Record<ProgrammeCode, { share: number; reachGroup: number }> = {
  BBR: { share: 0.38, reachGroup: 0.8 },
  CHOICES: { share: 0.36, reachGroup: 0.7 },
  CARING_DADS: { share: 0.22, reachGroup: 0.74 },
  PACT: { share: 0.04, reachGroup: 0.7 },
};
const BENCH_PROGRAMMES: readonly ProgrammeCode[] = ["CHOICES", "BBR", "CARING_DADS"];

export function planAll(ctx: GeneratorContext): Plans {
  const scale = ctx.scale;
  const referrers = makeReferrers(scale);
  const people = planPeople(ctx);
  const referrals = newReferralPlan(scale.referrals + 200);
  const groups = newGroupPlan(Math.ceil(scale.referrals / 5) + scale.benchFacilitators + 100);
  const rng = rngFor(ctx.seed, STREAMS.groups, 99_999_999);

  // The register benchmark's groups: running, twelve members each, one facilitator each.
  for (let k = 0; k < scale.benchFacilitators; k++) {
    const programme = ctx.byCode[BENCH_PROGRAMMES[k % BENCH_PROGRAMMES.length]!];
    const held = rng.int(3, Math.min(12, programme.rules.sessionsTotal - 2));
    const g = addGroup(ctx, groups, programme, ctx.now, { held, bench: k, facilitators: scale.facilitators });
    planMembers(ctx, groups, g, referrals, referrers);
  }

  const remaining = scale.referrals - referrals.count;
  let planned = 0;
  const codes = Object.keys(SHARE) as ProgrammeCode[];
  codes.forEach((code, i) => {
    const programme = ctx.byCode[code];
    const target = i === codes.length - 1 ? remaining - planned : Math.round(remaining * SHARE[code].share);
    planned += target;
    const from = referrals.count;
    const members = target * SHARE[code].reachGroup;
    while (referrals.count - from < members) {
      const wanted = between(() => rng.next(), ctx.windowStart + 150 * DAY, ctx.now + 8 * WEEK);
      const g = addGroup(ctx, groups, programme, wanted, { facilitators: scale.facilitators });
      planMembers(ctx, groups, g, referrals, referrers);
    }
    planWaiting(ctx, referrals, programme, Math.max(0, target - (referrals.count - from)), referrers);
  });

  const unassigned = assignPeople(ctx, people, referrals);
  const { personStart, personReferrals } = indexByPerson(people, referrals);
  return { people, groups, referrals, referrers, personStart, personReferrals, unassigned };
}

const OPEN_FOREVER = Infinity;

/**
 * Gives each referral a person who is eligible on the day it was made and has no other referral to that
 * programme open then (one open referral per person per programme); nobody is referred again to a
 * programme they completed. The benchmark groups' members are placed first, then the rest oldest first.
 */
function assignPeople(ctx: GeneratorContext, people: PeoplePlan, plan: ReferralPlan): number {
  const rng = rngFor(ctx.seed, STREAMS.assign);
  const busyUntil = new Float64Array(people.count * 4).fill(-Infinity);
  const order = Array.from({ length: plan.count }, (_, r) => r);
  const benchCount = order.filter((r) => plan.role[r] === ROLE.bench).length;
  const rest = order.slice(benchCount).sort((a, b) => plan.referredAt[a]! - plan.referredAt[b]!);
  let unassigned = 0;
  for (const r of [...order.slice(0, benchCount), ...rest]) {
    const programme = ctx.programmes[plan.programme[r]!]!;
    const p = programme.index;
    const at = plan.referredAt[r]!;
    const day = startOfDay(at);
    const pool = programme.code === "PACT" ? people.pools.youth : programme.code === "CARING_DADS" ? people.pools.fathers : programme.code === "BBR" ? people.pools.men : people.pools.adults;
    const { minAge, maxAge, requiresChildUnderAge } = programme.rules;
    const fits = (i: number): boolean => {
      if (busyUntil[i * 4 + p]! >= at) return false;
      const age = ageAt(people.birth[i]!, day);
      if ((minAge !== null && age < minAge) || (maxAge !== null && age > maxAge)) return false;
      return requiresChildUnderAge === null || hasYoungChildOn(people, i, day, requiresChildUnderAge);
    };
    let chosen = -1;
    for (let attempt = 0; attempt < 40 && chosen < 0; attempt++) {
      const i = pool[rng.int(0, pool.length - 1)]!;
      if (fits(i)) chosen = i;
    }
    for (let k = 0, start = rng.int(0, pool.length - 1); k < Math.min(pool.length, 20_000) && chosen < 0; k++) {
      const i = pool[(start + k) % pool.length]!;
      if (fits(i)) chosen = i;
    }
    if (chosen < 0) {
      if (plan.role[r] === ROLE.bench) throw new Error(`Nobody is free for a benchmark group place in ${programme.code}: use a larger scale`);
      unassigned++;
      continue;
    }
    plan.person[r] = chosen;
    busyUntil[chosen * 4 + p] = !isClosed(plan, r) || plan.status[r] === status("COMPLETED") ? OPEN_FOREVER : plan.closedAt[r]!;
  }

  // Each person was recorded a little before their first referral; people never referred, some time in the window.
  const first = new Float64Array(people.count).fill(Infinity);
  for (let r = 0; r < plan.count; r++) {
    const i = plan.person[r]!;
    if (i >= 0 && plan.referredAt[r]! < first[i]!) first[i] = plan.referredAt[r]!;
  }
  for (let i = 0; i < people.count; i++) {
    people.createdAt[i] = Number.isFinite(first[i]!)
      ? first[i]! - between(() => rng.next(), HOUR, 48 * HOUR)
      : between(() => rng.next(), ctx.windowStart, ctx.now - 30 * DAY);
  }
  return unassigned;
}

function indexByPerson(people: PeoplePlan, plan: ReferralPlan): { personStart: Int32Array; personReferrals: Int32Array } {
  const personStart = new Int32Array(people.count + 1);
  for (let r = 0; r < plan.count; r++) if (plan.person[r]! >= 0) personStart[plan.person[r]! + 1]++;
  for (let i = 0; i < people.count; i++) personStart[i + 1] += personStart[i]!;
  const fill = personStart.slice(0, people.count);
  const personReferrals = new Int32Array(personStart[people.count]!);
  for (let r = 0; r < plan.count; r++) {
    const i = plan.person[r]!;
    if (i >= 0) personReferrals[fill[i]++] = r;
  }
  for (let i = 0; i < people.count; i++) {
    personReferrals.subarray(personStart[i]!, personStart[i + 1]!).sort((a, b) => plan.referredAt[a]! - plan.referredAt[b]!);
  }
  return { personStart, personReferrals };
}
