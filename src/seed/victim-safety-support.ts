/**
 * Who supports the people at risk: an IDVA for most of those assessed high risk (never two at once), the
 * integrated support service or a partner link worker while the perpetrator is referred to a programme, a
 * Youth Justice family worker for PACT parents and a social worker for some children.
 */
import { isoDate } from "../shared/clock.js";
import { maxDate, minDate, shiftIsoDate } from "../shared/dates.js";
import { MINUTE } from "./calendar.js";
import { type AllocationDraft, type VictimDraft, type VictimSafetyDraft } from "./victim-safety-drafts.js";
import { CHILDRENS_SOCIAL_WORKER, IDVAS, PARTNER_LINK_WORKERS, SUPPORT_WORKERS, VISITING_IDVA, YOUTH_FAMILY_WORKER, type WorkerSpec } from "./victim-safety-text.js";

const IDVA_SHARE = 0.85;

export function buildSupport(draft: VictimSafetyDraft): void {
  for (const victim of draft.victims) {
    if (victim.child) childSupport(draft, victim);
    else {
      idvaSupport(draft, victim);
      programmeSupport(draft, victim);
    }
  }
}

function allocate(draft: VictimSafetyDraft, victim: VictimDraft, worker: WorkerSpec, startedOn: string, endedOn: string | null): AllocationDraft {
  const rng = draft.rng;
  const firstLink = victim.links.reduce((a, b) => (a.createdAt <= b.createdAt ? a : b));
  const at = draft.timeOn(startedOn);
  const allocation: AllocationDraft = {
    id: rng.uuid(),
    victim,
    worker,
    startedOn,
    endedOn,
    createdAt: at > firstLink.createdAt ? at : new Date(firstLink.createdAt.getTime() + rng.int(10, 120) * MINUTE),
  };
  victim.allocations.push(allocation);
  draft.allocations.push(allocation);
  return allocation;
}

/**
 * From within a week of the first high assessment. Some IDVA support has closed, and a few people were
 * allocated again later. People protected by an order ending this week are idva-1's, from before the sweep
 * that noticed it.
 */
function idvaSupport(draft: VictimSafetyDraft, victim: VictimDraft): void {
  const rng = draft.rng;
  const highs = victim.links.flatMap((l) => l.assessments.filter((a) => a.level === "HIGH").map((a) => a.assessedOn)).sort();
  const steeredBy = draft.expiringOrders.find((o) => o.protectedVictims.includes(victim));
  if (steeredBy) {
    const sweep = maxDate(steeredBy.startsOn, shiftIsoDate(steeredBy.endsOn!, -7));
    const firstLinked = victim.links.map((l) => l.startedOn).sort()[0]!;
    const from = highs.length ? minDate(shiftIsoDate(highs[0]!, rng.int(0, 3)), sweep) : sweep;
    allocate(draft, victim, IDVAS[0]!, maxDate(from, firstLinked), null);
    return;
  }
  if (!highs.length || !rng.chance(IDVA_SHARE)) return;
  const worker = rng.chance(0.06) ? VISITING_IDVA : rng.pick(IDVAS);
  const startedOn = minDate(shiftIsoDate(highs[0]!, rng.int(0, 7)), draft.yesterday);
  const canEnd = shiftIsoDate(startedOn, 60) <= draft.yesterday;
  if (!canEnd || !rng.chance(0.3)) {
    allocate(draft, victim, worker, startedOn, null);
    return;
  }
  const endedOn = draft.dayBetween(shiftIsoDate(startedOn, 60), minDate(shiftIsoDate(startedOn, 200), draft.yesterday));
  allocate(draft, victim, worker, startedOn, endedOn);
  if (shiftIsoDate(endedOn, 14) <= draft.yesterday && rng.chance(0.35)) {
    const again = draft.dayBetween(shiftIsoDate(endedOn, 14), minDate(shiftIsoDate(endedOn, 90), draft.yesterday));
    allocate(draft, victim, rng.pick(IDVAS.filter((w) => w !== worker)), again, null);
  }
}

/**
 * Partners and ex-partners of men referred to Caring Dads or Choices are offered the integrated support
 * service, those of men referred to Building Better Relationships a partner link worker; support continues
 * for some weeks after the programme ends. PACT parents have the Youth Justice Service's family worker.
 */
function programmeSupport(draft: VictimSafetyDraft, victim: VictimDraft): void {
  const rng = draft.rng;
  for (const link of victim.links) {
    const referral = link.perpetrator.referrals.at(-1);
    if (!referral) continue;
    const pact = referral.code === "PACT";
    if (pact ? link.relationship !== "PARENT" : link.relationship !== "PARTNER" && link.relationship !== "EX_PARTNER") continue;
    if (!rng.chance(pact ? 0.6 : 0.8)) continue;
    const worker = pact ? YOUTH_FAMILY_WORKER : referral.code === "BBR" ? rng.pick(PARTNER_LINK_WORKERS) : rng.pick(SUPPORT_WORKERS);
    const startedOn = maxDate(link.startedOn, shiftIsoDate(referral.referredOn, rng.int(3, 21)));
    const closedOn = referral.closedAt ? isoDate(referral.closedAt) : null;
    if (startedOn > draft.yesterday || (closedOn !== null && closedOn < startedOn) || (link.endedOn !== null && link.endedOn < startedOn)) continue;
    const endsOn = closedOn === null ? null : shiftIsoDate(closedOn, rng.int(14, 60));
    allocate(draft, victim, worker, startedOn, endsOn !== null && endsOn <= draft.yesterday ? endsOn : null);
  }
}

function childSupport(draft: VictimSafetyDraft, victim: VictimDraft): void {
  const rng = draft.rng;
  if (!rng.chance(0.3)) return;
  const link = victim.links[0]!;
  allocate(draft, victim, CHILDRENS_SOCIAL_WORKER, minDate(shiftIsoDate(link.startedOn, rng.int(0, 30)), draft.yesterday), null);
}
