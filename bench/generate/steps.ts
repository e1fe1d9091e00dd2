import type { SeededRandom } from "../../src/seed/random.js";
import { WITHDRAWAL_NOTES } from "../../src/seed/referral-text.js";
import { LEGAL_BASES, REFERRAL_SOURCES, WITHDRAWAL_REASONS, type ReferralStatus, type WithdrawalReason } from "../../src/modules/referrals/index.js";
import { RISK_LEVELS } from "../../src/modules/programmes/index.js";
import type { GeneratorContext } from "./context.js";
import type { CopyValue } from "./copy.js";
import { submittedAt, submitterOf } from "./groups.js";
import { STREAMS, rngFor } from "./ids.js";
import { actorName } from "./orgs.js";
import type { Plans } from "./plan.js";
import { PATHS, ROLE, isClosed, statusName } from "./referral-plan.js";

/** A referral's history, rebuilt from its plan whenever it is needed: the same every time. */
export interface Step {
  to: ReferralStatus;
  at: number;
  actor: string;
  note: string | null;
  reason: WithdrawalReason | null;
}


function noteFor(to: ReferralStatus, from: ReferralStatus | null, rng: SeededRandom): string | null {
  switch (to) {
    case "REFERRED":
      return rng.chance(0.5) ? "Referred with the person's agreement" : null;
    case "AWAITING_ASSESSMENT":
      return from === "REFERRED" ? "Assessment appointment booked" : "Assessment re-booked after contact";
    case "ASSESSED_SUITABLE":
      return "Assessed as suitable for group work";
    case "ASSESSED_UNSUITABLE":
      return rng.pick(["Not suitable for group work at present; one-to-one work recommended", "Current substance use prevents engagement; referred to treatment first"]);
    case "DID_NOT_ATTEND_ASSESSMENT":
      return "Did not attend the assessment appointment";
    case "DEFERRED":
      return rng.pick(["Assessment deferred while working away", "Deferred until after the family court hearing", "Deferred while completing alcohol treatment"]);
    case "SUITABLE_NOT_READY":
      return rng.pick(["Suitable but not ready: accommodation to be settled first", "Suitable but not ready: work pattern to be agreed"]);
    case "AWAITING_ALLOCATION":
      return from === "SUITABLE_NOT_READY" ? "Now ready to start; waiting for a group place" : "Waiting for a place in the next group";
    case "DROPPED_OUT":
      return "No response to two follow-up contacts";
    default:
      return null;
  }
}

export function stepsOf(ctx: GeneratorContext, plans: Plans, r: number): Step[] {
  const plan = plans.referrals;
  const rng = rngFor(ctx.seed, STREAMS.steps, r);
  const programme = ctx.programmes[plan.programme[r]!]!;
  const referrer = plans.referrers.all[plan.referrer[r]!]!.sub;
  // Mandated referrals are moved on by their probation practitioner; voluntary ones by the programme's coordinator.
  const owner = programme.mandated ? referrer : plans.referrers.all[plans.referrers.coordinator[programme.code]]!.sub;
  const reason = plan.withdrawal[r]! > 0 ? WITHDRAWAL_REASONS[plan.withdrawal[r]! - 1]! : null;
  const path = PATHS[plan.path[r]!]!;
  const start = plan.referredAt[r]!;
  const span = plan.preEndAt[r]! - start;
  const steps: Step[] = path.map((to, j) => {
    const at = path.length === 1 ? start : j === 0 ? start : j === path.length - 1 ? plan.preEndAt[r]! : Math.floor(start + (span * (j - 0.35 + 0.7 * rng.next())) / (path.length - 1));
    const from = j === 0 ? null : path[j - 1]!;
    if (to === "WITHDRAWN") return { to, at, actor: reason === "REFERRER_WITHDREW" ? referrer : owner, note: WITHDRAWAL_NOTES[reason ?? "OTHER"], reason };
    return { to, at, actor: j === 0 ? referrer : owner, note: noteFor(to, from, rng), reason: null };
  });

  const g = plan.group[r]!;
  if (g < 0) return steps;
  const groups = plans.groups;
  steps.push({ to: "ALLOCATED", at: plan.allocatedAt[r]!, actor: owner, note: "Allocated to a group place", reason: null });
  const role = plan.role[r]!;
  if (role === ROLE.allocated) return steps;
  const first = plan.first[r]!;
  steps.push({ to: "ON_PROGRAMME", at: submittedAt(ctx, groups, g, first), actor: submitterOf(groups, g, first), note: "First session attended", reason: null });
  if (!isClosed(plan, r)) return steps;
  const closedAt = plan.closedAt[r]!;
  const facilitator = submitterOf(groups, g, plan.last[r]!);
  switch (role) {
    case ROLE.complete:
      steps.push({ to: "COMPLETED", at: closedAt, actor: facilitator, note: "Completion threshold met", reason: null });
      break;
    case ROLE.drop:
      steps.push({ to: "DROPPED_OUT", at: closedAt, actor: facilitator, note: `Stopped attending after session ${plan.last[r]}; partner support service informed`, reason: null });
      break;
    case ROLE.breach: {
      const licence = LEGAL_BASES[plan.legalBasis[r]! - 1] === "LICENCE";
      const note = licence ? "Second unacceptable absence within 12 months of a warning: recall requested" : "Second unacceptable absence within 12 months of a warning: returned to court";
      steps.push({ to: "BREACHED", at: closedAt, actor: referrer, note, reason: null });
      break;
    }
    default:
      steps.push({ to: "WITHDRAWN", at: closedAt, actor: owner, note: WITHDRAWAL_NOTES[reason ?? "OTHER"], reason });
  }
  return steps;
}

export const REFERRAL_COLUMNS = [
  "id", "perpetrator_id", "programme_id", "group_id", "status", "version", "legal_basis", "source", "risk_level", "withdrawal_reason",
  "referred_by", "referred_by_org", "referred_at", "allocated_at", "closed_at", "created_at", "updated_at",
] as const;

const time = (ms: number): string | null => (Number.isNaN(ms) ? null : new Date(Math.floor(ms)).toISOString());

export function* referralRows(ctx: GeneratorContext, plans: Plans): Generator<CopyValue[]> {
  const plan = plans.referrals;
  for (let r = 0; r < plan.count; r++) {
    const person = plan.person[r]!;
    if (person < 0) continue;
    const steps = stepsOf(ctx, plans, r);
    const referrer = plans.referrers.all[plan.referrer[r]!]!;
    const g = plan.group[r]!;
    yield [
      ctx.ids.referral.id(r), ctx.ids.perpetrator.id(person), ctx.programmes[plan.programme[r]!]!.id, g >= 0 ? ctx.ids.group.id(g) : null,
      statusName(plan.status[r]!), steps.length, plan.legalBasis[r] ? LEGAL_BASES[plan.legalBasis[r]! - 1]! : null, REFERRAL_SOURCES[plan.source[r]!]!,
      plan.risk[r] ? RISK_LEVELS[plan.risk[r]! - 1]! : null, plan.withdrawal[r] ? WITHDRAWAL_REASONS[plan.withdrawal[r]! - 1]! : null,
      referrer.sub, referrer.org, time(plan.referredAt[r]!), g >= 0 ? time(plan.allocatedAt[r]!) : null, time(plan.closedAt[r]!),
      time(plan.referredAt[r]!), time(steps[steps.length - 1]!.at),
    ];
  }
}

export const TRANSITION_COLUMNS = ["id", "referral_id", "from_status", "to_status", "version", "reason", "note", "actor_sub", "actor_name", "occurred_at"] as const;

/** Transition k of referral r has id index r * 16 + k: no story has more than sixteen steps. */
export function* transitionRows(ctx: GeneratorContext, plans: Plans): Generator<CopyValue[]> {
  const plan = plans.referrals;
  for (let r = 0; r < plan.count; r++) {
    if (plan.person[r]! < 0) continue;
    const referralId = ctx.ids.referral.id(r);
    const steps = stepsOf(ctx, plans, r);
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      yield [ctx.ids.transition.id(r * 16 + k), referralId, k === 0 ? null : steps[k - 1]!.to, step.to, k + 1, step.reason, step.note, step.actor, actorName(step.actor), time(step.at)];
    }
  }
}
