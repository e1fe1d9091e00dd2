/**
 * Who each referral is about: people are matched to referrals oldest referral first, so a re-referral
 * follows the closed one before it, and only to people the programme's eligibility rules accept on the
 * day they were referred.
 */
import { checkEligibility, isTerminal, type ReferralStatus } from "../modules/referrals/index.js";
import { toIsoDate } from "../shared/dates.js";
import { HOUR } from "./calendar.js";
import type { DemoDraft, PersonDraft, ReferralDraft } from "./demo-drafts.js";

const REREFERRAL_STATUSES: readonly ReferralStatus[] = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"];

export function assignPeople(demo: DemoDraft): void {
  const rng = demo.rng;
  const ordered = [...demo.referralDrafts].sort((a, b) => a.steps[0]!.at.getTime() - b.steps[0]!.at.getTime() || (a.id < b.id ? -1 : 1));
  for (const draft of ordered) {
    const referredAt = draft.steps[0]!.at;
    const allowed = demo.people.filter((person) => canTake(person, draft, referredAt));
    if (allowed.length === 0) throw new Error(`Nobody left for a ${draft.programme.code} referral ending ${draft.status}`);
    // Preferences that make the record look right (a probation case has a CRN, a licence a prison
    // number), dropped in the rare draw where nobody left meets them.
    const preferred = allowed.filter((person) => looksRight(person, draft));
    const eligible = preferred.length ? preferred : allowed;
    let pool = eligible;
    if (REREFERRAL_STATUSES.includes(draft.status) && rng.chance(0.3)) {
      const returning = eligible.filter((p) => p.referrals.some((r) => r.programme === draft.programme));
      if (returning.length) pool = returning;
    } else if (draft.programme.code === "CHOICES" && rng.chance(0.35)) {
      const women = eligible.filter((p) => p.sex === "FEMALE");
      if (women.length) pool = women;
    }
    const fewest = Math.min(...pool.map((p) => p.referrals.length));
    const person = rng.pick(pool.filter((p) => p.referrals.length === fewest));
    draft.person = person;
    person.referrals.push(draft);
  }
  for (const person of demo.people) {
    const first = Math.min(...person.referrals.map((r) => r.steps[0]!.at.getTime()));
    if (Number.isFinite(first) && person.createdAt.getTime() >= first) {
      person.createdAt = new Date(first - rng.int(1, 48) * HOUR - rng.int(0, 3_599_999));
    }
  }
}

function canTake(person: PersonDraft, draft: ReferralDraft, referredAt: Date): boolean {
  const sameProgramme = person.referrals.filter((r) => r.programme === draft.programme);
  const earlierClosed = sameProgramme.every((r) => isTerminal(r.status) && r.status !== "COMPLETED" && r.steps[r.steps.length - 1]!.at < referredAt);
  if (!earlierClosed) return false;
  const failures = checkEligibility(
    draft.programme.rules,
    { dateOfBirth: person.dateOfBirth, sex: person.sex, children: person.children },
    { legalBasis: draft.legalBasis, riskLevel: draft.riskLevel },
    toIsoDate(referredAt),
  );
  return failures.length === 0;
}

function looksRight(person: PersonDraft, draft: ReferralDraft): boolean {
  if ((draft.legalBasis !== null || draft.source === "PROBATION") && person.crn === null) return false;
  if (draft.legalBasis === "LICENCE" && person.prisonNumber === null) return false;
  if (draft.legalBasis !== null && draft.legalBasis !== "FAMILY_COURT" && person.pncId === null) return false;
  return true;
}
