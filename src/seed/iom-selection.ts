/**
 * Who the demo IOM cohort selected: adult men from the demo people, open and ended memberships, and a few
 * people selected again after their first membership ended.
 */
import type { CohortType, DeselectionReason, SelectionSource } from "../modules/iom/index.js";
import { isoDate } from "../shared/clock.js";
import { ageOn, minDate, shiftIsoDate, shiftIsoDateMonths } from "../shared/dates.js";
import {
  ENDED_MEMBERSHIPS,
  OPEN_MEMBERS,
  RESELECTED,
  WITH_REFERRAL_SHARE,
  required,
  type IomDraft,
  type MembershipDraft,
  type PersonInfo,
  type ReferralInfo,
} from "./iom-drafts.js";
import { DESELECTION_NOTES, TERMINAL_REFERRAL_STATUSES } from "./iom-text.js";

/** The memberships a chosen person has: one open, one ended, or an ended one and then an open one. */
type Role = "OPEN" | "ENDED" | "RESELECTED";

/** Adult men from the demo people, never anyone referred to PACT (a youth programme); mostly people with referrals. */
export function choosePeople(iom: IomDraft): Map<Role, PersonInfo[]> {
  const rng = iom.rng;
  const codeOf = new Map(iom.input.programmes.map((p) => [p.id, p.code]));
  const referralsOf = new Map<string, ReferralInfo[]>();
  for (const r of iom.input.referrals) {
    const list = referralsOf.get(r.perpetratorId) ?? [];
    list.push({
      id: required(r.id, "referral id"),
      code: required(codeOf.get(r.programmeId), `programme of referral ${r.id}`),
      status: required(r.status, "referral status"),
      referredOn: isoDate(required(r.referredAt, "referredAt")),
      closedAt: r.closedAt ?? null,
      referredBy: r.referredBy,
    });
    referralsOf.set(r.perpetratorId, list);
  }
  const parents = new Set(iom.input.perpetratorChildren.map((c) => c.perpetratorId));
  const twoYearsAgo = shiftIsoDateMonths(iom.today, -24);

  const eligible: PersonInfo[] = [];
  for (const p of iom.input.perpetrators) {
    const id = required(p.id, "perpetrator id");
    const refs = (referralsOf.get(id) ?? []).sort((a, b) => (a.referredOn < b.referredOn ? -1 : a.referredOn > b.referredOn ? 1 : 0));
    if (p.sex !== "MALE" || ageOn(p.dateOfBirth, iom.today) < 18 || refs.some((r) => r.code === "PACT")) continue;
    // The day after the 18th birthday, so a 29 February birthday is safely past.
    const adult = shiftIsoDate(shiftIsoDateMonths(p.dateOfBirth, 18 * 12), 1);
    const recorded = isoDate(required(p.createdAt, "perpetrator createdAt"));
    const earliestStart = [recorded, adult, twoYearsAgo].sort().at(-1)!;
    if (earliestStart > shiftIsoDate(iom.today, -5)) continue;
    eligible.push({
      id,
      dateOfBirth: p.dateOfBirth,
      crn: p.crn ?? null,
      needs: p.needs ?? [],
      hasChildren: parents.has(id),
      referrals: refs,
      earliestStart,
    });
  }

  const distinct = OPEN_MEMBERS + ENDED_MEMBERSHIPS - RESELECTED;
  const withReferrals = rng.shuffle(eligible.filter((p) => p.referrals.length > 0));
  const without = rng.shuffle(eligible.filter((p) => p.referrals.length === 0));
  const fromReferrals = Math.min(withReferrals.length, Math.max(Math.round(distinct * WITH_REFERRAL_SHARE), distinct - without.length));
  const chosen = rng.shuffle([...withReferrals.slice(0, fromReferrals), ...without.slice(0, distinct - fromReferrals)]);
  if (chosen.length < distinct) throw new Error(`IOM seed: only ${chosen.length} adult men to choose from, ${distinct} needed`);

  const take = (count: number, startBy: string, role: string): PersonInfo[] => {
    const picked = chosen.filter((p) => p.earliestStart <= startBy).slice(0, count);
    if (picked.length < count) throw new Error(`IOM seed: not enough people recorded early enough for ${role} memberships`);
    for (const p of picked) chosen.splice(chosen.indexOf(p), 1);
    return picked;
  };
  const reselected = take(RESELECTED, shiftIsoDate(iom.today, -240), "re-selected");
  const ended = take(ENDED_MEMBERSHIPS - RESELECTED, shiftIsoDate(iom.today, -100), "ended");
  const open = take(OPEN_MEMBERS - RESELECTED, shiftIsoDate(iom.today, -5), "open");
  return new Map([
    ["RESELECTED", reselected],
    ["ENDED", ended],
    ["OPEN", open],
  ]);
}

/** Their memberships, with start and end dates that fit each person's record, and why the ended ones ended. */
export function buildMemberships(iom: IomDraft, people: Map<Role, PersonInfo[]>): void {
  const rng = iom.rng;
  const today = iom.today;
  const day = (n: number) => shiftIsoDate(today, n);

  // Why people left: the re-selected came back after custody, rising risk or moving back.
  const reselectedReasons = rng.shuffle<DeselectionReason>(["CUSTODY", "CUSTODY", "REDUCED_RISK", "MOVED_AREA"]);
  const endedReasons = rng.shuffle<DeselectionReason>(["REDUCED_RISK", "REDUCED_RISK", "REDUCED_RISK", "REDUCED_RISK", "CUSTODY", "CUSTODY", "MOVED_AREA", "MOVED_AREA", "OTHER", "OTHER", "DECEASED"]);
  const ended = people.get("ENDED")!;
  // Someone recorded as deceased is nobody still waiting for or attending a programme.
  const deceasedAt = endedReasons.indexOf("DECEASED");
  const settled = ended.findIndex((p) => p.referrals.every((r) => TERMINAL_REFERRAL_STATUSES.includes(r.status)));
  if (settled >= 0) [endedReasons[deceasedAt], endedReasons[settled]] = [endedReasons[settled]!, endedReasons[deceasedAt]!];
  else endedReasons[deceasedAt] = "OTHER";

  people.get("RESELECTED")!.forEach((person, i) => {
    const startedOn = iom.weekdayBetween(person.earliestStart, day(-240));
    const endedOn = iom.weekdayBetween(shiftIsoDate(startedOn, 45), minDate(shiftIsoDate(startedOn, 200), day(-120)));
    const first = addMembership(iom, person, startedOn, { endedOn, reason: reselectedReasons[i]! }, null);
    addMembership(iom, person, iom.weekdayBetween(shiftIsoDate(endedOn, 14), day(-30)), null, first.reason);
  });
  ended.forEach((person, i) => {
    const startedOn = iom.weekdayBetween(person.earliestStart, day(-100));
    const endedOn = iom.weekdayBetween(shiftIsoDate(startedOn, 45), minDate(shiftIsoDate(startedOn, 330), day(-7)));
    addMembership(iom, person, startedOn, { endedOn, reason: endedReasons[i]! }, null);
  });
  // Most people were recorded in the last year or so; leaning towards their earliest date spreads the cohort's
  // start dates over that time rather than bunching them in recent months.
  for (const person of people.get("OPEN")!) addMembership(iom, person, iom.weekdayBetween(person.earliestStart, day(-5), 2), null, null);
}

function addMembership(iom: IomDraft, person: PersonInfo, startedOn: string, end: { endedOn: string; reason: DeselectionReason } | null, previousReason: DeselectionReason | null): MembershipDraft {
  const rng = iom.rng;
  const source: SelectionSource =
    previousReason === "CUSTODY"
      ? "PROBATION"
      : rng.weighted<SelectionSource>([["FRONT_DOOR_SAFEGUARDING_HUB", 72], ["MARAC", 10], ["POLICE", 8], ["PROBATION", 7], ["OTHER", 3]]);
  const createdAt = iom.timeOn(startedOn);
  const draft: MembershipDraft = {
    id: rng.uuid(),
    person,
    startedOn,
    endedOn: end?.endedOn ?? null,
    reason: end?.reason ?? null,
    note: end ? rng.pick(DESELECTION_NOTES[end.reason]) : null,
    source,
    cohortType: rng.weighted<CohortType>([["FLEX", 86], ["FIXED", 9], ["FREE", 5]]),
    // A Recency-Frequency-Gravity score where the selecting force worked one out.
    rfgScore: rng.chance(0.85) ? rng.int(200, 1800) / 10 : null,
    selectedBy: "",
    createdAt,
    endedAt: end ? iom.timeAfter(end.endedOn, createdAt) : null,
    area: "Leeds",
    practitioner: iom.practitioners[0]!,
    assignments: [],
    plans: [],
    overdueAction: false,
    previousReason,
  };
  iom.memberships.push(draft);
  return draft;
}
