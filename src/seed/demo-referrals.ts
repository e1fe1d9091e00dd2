/**
 * Referrals and their histories: a new referral's source, legal basis, risk and referrer; the steps it
 * takes before allocation, with the notes a practitioner would write; and the times of those steps,
 * walked back from where the story ends.
 */
import type { RiskLevel } from "../modules/programmes/index.js";
import type { LegalBasis, ReferralSource, ReferralStatus } from "../modules/referrals/index.js";
import type { DemoDraft, ProgrammeInfo, ReferralDraft, StepDraft } from "./demo-drafts.js";
import { COORDINATORS, ORGS } from "./demo-plan.js";
import type { SeededRandom } from "./random.js";
import { DEFERRAL_NOTES, NOT_READY_NOTES, UNSUITABLE_NOTES, WITHDRAWAL_NOTES } from "./referral-text.js";

export function newReferral(demo: DemoDraft, programme: ProgrammeInfo, status: ReferralStatus): ReferralDraft {
  const rng = demo.rng;
  let legalBasis: LegalBasis | null = null;
  let riskLevel: RiskLevel | null;
  let source: ReferralSource;
  switch (programme.code) {
    case "BBR":
      legalBasis = rng.weighted([["COMMUNITY_ORDER", 45], ["SUSPENDED_SENTENCE", 25], ["LICENCE", 20], ["FAMILY_COURT", 10]] as const);
      source = legalBasis === "FAMILY_COURT" ? "FAMILY_COURT" : "PROBATION";
      riskLevel = rng.chance(0.55) ? "MEDIUM" : "HIGH";
      break;
    case "CARING_DADS":
      source = rng.weighted([["CHILDRENS_SERVICES", 45], ["SELF", 20], ["PROBATION", 12], ["FRONT_DOOR_SAFEGUARDING_HUB", 10], ["POLICE", 8], ["OTHER", 5]] as const);
      riskLevel = rng.weighted([[null, 35], ["LOW", 20], ["MEDIUM", 35], ["HIGH", 10]] as const);
      break;
    case "CHOICES":
      source = rng.weighted([["POLICE", 35], ["FRONT_DOOR_SAFEGUARDING_HUB", 30], ["SELF", 18], ["CHILDRENS_SERVICES", 12], ["OTHER", 5]] as const);
      riskLevel = rng.weighted([[null, 35], ["LOW", 25], ["MEDIUM", 30], ["HIGH", 10]] as const);
      break;
    case "PACT":
      source = rng.weighted([["YOUTH_JUSTICE_SERVICE", 50], ["CHILDRENS_SERVICES", 30], ["SCHOOL", 20]] as const);
      riskLevel = rng.weighted([[null, 50], ["LOW", 25], ["MEDIUM", 25]] as const);
      break;
  }
  if (!programme.rules.mandated) legalBasis = null;

  const coordinator = COORDINATORS[programme.code];
  let referredBy: string;
  let referredByOrg: string;
  if (source === "PROBATION" || source === "FAMILY_COURT") {
    referredBy = `prob-${rng.int(1, 4)}`;
    referredByOrg = ORGS.probation;
  } else if (source === "POLICE" || source === "FRONT_DOOR_SAFEGUARDING_HUB") {
    referredBy = `pol-${rng.int(1, 3)}`;
    referredByOrg = ORGS.police;
  } else {
    referredBy = coordinator.sub;
    referredByOrg = coordinator.org;
  }
  return {
    id: rng.uuid(),
    programme,
    status,
    legalBasis,
    riskLevel,
    source,
    referredBy,
    referredByOrg,
    owner: programme.rules.mandated ? referredBy : coordinator.sub,
    withdrawalReason: null,
    group: null,
    allocatedAt: null,
    steps: [],
    member: null,
    person: null,
  };
}

/** A step before allocation, with the note a practitioner would write. */
export function preAllocationStep(demo: DemoDraft, draft: ReferralDraft, from: ReferralStatus | null, to: ReferralStatus, at: Date): StepDraft {
  const rng = demo.rng;
  const code = draft.programme.code;
  switch (to) {
    case "REFERRED":
      return { to, at, actor: draft.referredBy, note: rng.chance(0.6) ? referralNote(draft, rng) : null, reason: null };
    case "AWAITING_ASSESSMENT":
      return {
        to,
        at,
        actor: draft.owner,
        note: from === "REFERRED" ? rng.pick(["Assessment appointment booked", "Assessment booked; letter sent"]) : "Assessment re-booked after contact",
        reason: null,
      };
    case "ASSESSED_SUITABLE":
      return { to, at, actor: draft.owner, note: "Assessed as suitable for group work", reason: null };
    case "ASSESSED_UNSUITABLE":
      return { to, at, actor: draft.owner, note: rng.pick(UNSUITABLE_NOTES[code]), reason: null };
    case "DID_NOT_ATTEND_ASSESSMENT":
      return { to, at, actor: draft.owner, note: "Did not attend the assessment appointment", reason: null };
    case "DEFERRED":
      return { to, at, actor: draft.owner, note: rng.pick(DEFERRAL_NOTES), reason: null };
    case "SUITABLE_NOT_READY":
      return { to, at, actor: draft.owner, note: rng.pick(NOT_READY_NOTES), reason: null };
    case "AWAITING_ALLOCATION":
      return {
        to,
        at,
        actor: draft.owner,
        note: from === "SUITABLE_NOT_READY" ? "Now ready to start; waiting for a group place" : "Waiting for a place in the next group",
        reason: null,
      };
    case "WITHDRAWN": {
      const reason = draft.withdrawalReason ?? "DECLINED";
      const actor = reason === "REFERRER_WITHDREW" ? draft.referredBy : draft.owner;
      return { to, at, actor, note: WITHDRAWAL_NOTES[reason], reason };
    }
    case "DROPPED_OUT":
      return { to, at, actor: draft.owner, note: "No response to two follow-up contacts after the missed assessment", reason: null };
    default:
      throw new Error(`No pre-allocation step to ${to}`);
  }
}

/** The usual road from referral to a waiting list, with the detours some people take. */
export function prePath(demo: DemoDraft): ReferralStatus[] {
  return demo.rng.weighted<ReferralStatus[]>([
    [["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"], 60],
    [["REFERRED", "AWAITING_ASSESSMENT", "DID_NOT_ATTEND_ASSESSMENT", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"], 15],
    [["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "SUITABLE_NOT_READY", "AWAITING_ALLOCATION"], 15],
    [["REFERRED", "AWAITING_ASSESSMENT", "DEFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"], 10],
  ]);
}

/**
 * Times for `statuses`, walking back from the step that follows them; each is at least a day
 * before the next. Gaps shrink if the story would start more than 14 months ago.
 */
export function chainBack(demo: DemoDraft, statuses: readonly ReferralStatus[], next: { status: ReferralStatus; at: Date }): Date[] {
  for (const scale of [1, 0.6, 0.35, 0.15]) {
    const times: Date[] = new Array(statuses.length);
    let following = next;
    for (let i = statuses.length - 1; i >= 0; i--) {
      const [min, max] = gapDays(statuses[i]!, following.status);
      const lo = Math.max(1, Math.round(min * scale));
      const at = demo.stepBack(following.at, lo, Math.max(lo, Math.round(max * scale)));
      times[i] = at;
      following = { status: statuses[i]!, at };
    }
    if (times.length === 0 || times[0]! >= demo.earliestReferral) return times;
  }
  throw new Error("A referral's history does not fit in the last 14 months");
}

/** Calendar days that usually pass between a status and the next one. */
function gapDays(from: ReferralStatus, to: ReferralStatus): [number, number] {
  switch (to) {
    case "AWAITING_ASSESSMENT":
      return from === "REFERRED" ? [1, 10] : [5, 20];
    case "ASSESSED_SUITABLE":
    case "ASSESSED_UNSUITABLE":
    case "DID_NOT_ATTEND_ASSESSMENT":
    case "DEFERRED":
      return [5, 21];
    case "SUITABLE_NOT_READY":
      return [1, 7];
    case "AWAITING_ALLOCATION":
      return from === "SUITABLE_NOT_READY" ? [14, 40] : [1, 7];
    case "ALLOCATED":
      return [3, 35];
    case "WITHDRAWN":
      return [3, 30];
    case "DROPPED_OUT":
      return [10, 30];
    default:
      return [1, 10];
  }
}

function referralNote(draft: ReferralDraft, rng: SeededRandom): string {
  if (draft.legalBasis === "LICENCE") return "Licence condition to complete BBR";
  if (draft.legalBasis === "FAMILY_COURT") return "Directed by the family court";
  if (draft.legalBasis) return `Accredited Programme Requirement of ${rng.pick([20, 25, 30, 35])} days`;
  switch (draft.source) {
    case "CHILDRENS_SERVICES":
      return rng.pick(["Referred as part of a child protection plan", "Referred by the family's social worker"]);
    case "SELF":
      return "Self-referral after a conversation with a family support worker";
    case "POLICE":
      return "Referred after a police call-out to a domestic incident";
    case "FRONT_DOOR_SAFEGUARDING_HUB":
      return "Referred from the daily Front Door Safeguarding Hub meeting";
    case "YOUTH_JUSTICE_SERVICE":
      return "Abuse towards a parent over more than six months; parent agrees to the parallel group";
    case "SCHOOL":
      return "Referred by the school's safeguarding lead with the parent's agreement";
    case "PROBATION":
      return "Referred by the probation practitioner as part of the sentence plan";
    default:
      return "Referred by a partner agency";
  }
}
