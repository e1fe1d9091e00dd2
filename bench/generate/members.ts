import type { SeededRandom } from "../../src/seed/random.js";
import type { GeneratorContext } from "./context.js";
import { PHASE, sessionStart, submittedAt, type GroupPlan } from "./groups.js";
import { STREAMS, rngFor } from "./ids.js";
import type { Referrers } from "./orgs.js";
import { ROLE, addReferral, pickPrePath, PATHS, status, withdrawalCode, type ReferralPlan } from "./referral-plan.js";
import { DAY, HOUR, between } from "./time.js";

/**
 * A group's members: referrals that reached it, each with a role (completed, still attending, dropped out,
 * breached, withdrew, waiting to start), the sessions it has register rows for, and the times of its story
 * worked back from the group's sessions.
 */
export const BENCH_GROUP_SIZE = 12;

export function planMembers(ctx: GeneratorContext, groups: GroupPlan, g: number, plan: ReferralPlan, referrers: Referrers): void {
  const programme = ctx.programmes[groups.programme[g]!]!;
  const rng = rngFor(ctx.seed, STREAMS.referrals, g);
  const held = groups.held[g]!;
  const phase = groups.phase[g]!;
  const max = programme.rules.maxGroupSize;
  const roles: number[] = [];
  if (groups.bench[g]! >= 0) {
    for (let i = 0; i < BENCH_GROUP_SIZE; i++) roles.push(ROLE.bench);
  } else {
    const size = phase === PHASE.future ? rng.int(3, max) : rng.int(Math.min(8, max - 4), max);
    for (let i = 0; i < size; i++) roles.push(roleFor(rng, phase, held, programme.mandated));
    // BBR is a rolling group: people join as places come free.
    const active = roles.filter((r) => r === ROLE.ongoing || r === ROLE.breachPending).length;
    if (phase === PHASE.running && programme.rules.closesAfterSession === null && held >= 4) {
      for (let i = rng.int(0, Math.min(2, max - active)); i > 0; i--) roles.push(ROLE.lateJoiner);
    }
  }
  groups.memberStart[g] = plan.count;
  for (const role of roles) member(ctx, groups, g, plan, referrers, rng, role);
  groups.memberStart[g + 1] = plan.count;
}

function roleFor(rng: SeededRandom, phase: number, held: number, mandated: boolean): number {
  if (phase === PHASE.future) return ROLE.allocated;
  if (phase === PHASE.finished) {
    return mandated
      ? rng.weighted([[ROLE.complete, 60], [ROLE.breach, 22], [ROLE.withdraw, 18]] as const)
      : rng.weighted([[ROLE.complete, 55], [ROLE.drop, 30], [ROLE.withdraw, 15]] as const);
  }
  if (held < 3) return ROLE.ongoing;
  if (!mandated) return rng.weighted([[ROLE.ongoing, 80], [ROLE.drop, 13], [ROLE.withdraw, 7]] as const);
  const role = rng.weighted([[ROLE.ongoing, 76], [ROLE.breach, 10], [ROLE.withdraw, 8], [ROLE.breachPending, 6]] as const);
  if (role === ROLE.breach && held < 5) return ROLE.withdraw;
  if (role === ROLE.breachPending && held < 5) return ROLE.ongoing;
  return role;
}

const STATUS_OF_ROLE: Record<number, number> = {
  [ROLE.complete]: status("COMPLETED"),
  [ROLE.ongoing]: status("ON_PROGRAMME"),
  [ROLE.lateJoiner]: status("ON_PROGRAMME"),
  [ROLE.breachPending]: status("ON_PROGRAMME"),
  [ROLE.bench]: status("ON_PROGRAMME"),
  [ROLE.drop]: status("DROPPED_OUT"),
  [ROLE.breach]: status("BREACHED"),
  [ROLE.withdraw]: status("WITHDRAWN"),
  [ROLE.allocated]: status("ALLOCATED"),
};

function member(ctx: GeneratorContext, groups: GroupPlan, g: number, plan: ReferralPlan, referrers: Referrers, rng: SeededRandom, role: number): void {
  const programme = ctx.programmes[groups.programme[g]!]!;
  const r = addReferral(plan, programme, referrers, rng);
  const total = programme.rules.sessionsTotal;
  const held = groups.held[g]!;
  const lastAllowed = groups.phase[g] === PHASE.finished ? total - 2 : held - 1;
  let first = 1;
  let last = 0;
  switch (role) {
    case ROLE.complete:
      last = total;
      break;
    case ROLE.ongoing:
    case ROLE.breachPending:
    case ROLE.bench:
      last = held;
      break;
    case ROLE.lateJoiner:
      first = rng.int(2, held - 1);
      last = held;
      break;
    case ROLE.drop:
      last = rng.int(2, Math.min(8, lastAllowed));
      break;
    case ROLE.breach:
      last = rng.int(4, Math.min(15, lastAllowed));
      break;
    case ROLE.withdraw:
      last = rng.int(2, Math.min(12, lastAllowed));
      break;
    default:
      first = held + 1;
      last = held;
  }
  plan.group[r] = g;
  plan.role[r] = role;
  plan.status[r] = STATUS_OF_ROLE[role]!;
  plan.first[r] = first;
  plan.last[r] = last;

  // Allocated a few days to weeks before their first session, after the group was set up.
  const next = () => rng.next();
  const firstStart = sessionStart(groups, g, first);
  const hi = Math.min(firstStart - (first === 1 ? DAY : HOUR), ctx.now - HOUR);
  const lo = first === 1 ? Math.max(groups.createdAt[g]! + HOUR, Math.min(firstStart - 25 * DAY, hi - 10 * DAY)) : sessionStart(groups, g, first - 1) + 3 * HOUR;
  const allocatedAt = between(next, Math.min(lo, hi - HOUR), hi);
  plan.allocatedAt[r] = allocatedAt;
  plan.path[r] = pickPrePath(rng);
  plan.preEndAt[r] = allocatedAt - between(next, DAY, 30 * DAY);
  plan.referredAt[r] = plan.preEndAt[r]! - storySpan(rng, PATHS[plan.path[r]!]!.length);

  const lastSubmitted = last >= first ? submittedAt(ctx, groups, g, last) : NaN;
  if (role === ROLE.complete) {
    plan.closedAt[r] = between(next, lastSubmitted + 2 * HOUR, Math.min(lastSubmitted + 10 * DAY, ctx.now - HOUR));
  } else if (role === ROLE.drop || role === ROLE.breach || role === ROLE.withdraw) {
    const end = Math.min(sessionStart(groups, g, last + 1) - HOUR, lastSubmitted + 20 * DAY, ctx.now - HOUR);
    plan.closedAt[r] = between(next, lastSubmitted + DAY, end);
    if (role === ROLE.withdraw) plan.withdrawal[r] = withdrawalCode(rng.chance(programme.mandated ? 0.6 : 0.3) ? "CUSTODY" : "MOVED_AREA");
  }
}

/**
 * Time from referral to the last step before a group: a few days to a fortnight a step, and for one case in
 * eighteen much longer (deferrals, waiting to be ready), which gives the long tail real caseloads have.
 */
export function storySpan(rng: SeededRandom, steps: number): number {
  let days = 0;
  for (let i = 1; i < steps; i++) days += rng.int(2, 14);
  if (rng.chance(1 / 18)) days *= rng.int(3, 10);
  return days * DAY + rng.int(0, 8) * HOUR;
}
