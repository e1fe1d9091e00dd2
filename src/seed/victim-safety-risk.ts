/**
 * Risk on each adult link: police incidents over the last two years, DASH checklists (at the link's start and
 * again after new incidents), and MARAC referrals whose grounds the rules bear out on the day they were made.
 * Children are linked alongside a parent and share the parent's risk picture, so their links carry none.
 */
import {
  DASH_LEVELS,
  DASH_QUESTION_COUNT,
  DEFAULT_ESCALATION,
  assessDash,
  checkMaracReferral,
  escalation,
  latestAssessment,
  repeatOf,
  type DashAnswer,
  type DashLevel,
  type MaracGround,
} from "../modules/victim-safety/index.js";
import { maxDate, minDate, shiftIsoDate, shiftIsoDateMonths } from "../shared/dates.js";
import { MINUTE } from "./calendar.js";
import { lastDayOf, type AssessmentDraft, type LinkDraft, type MaracDraft, type VictimSafetyDraft } from "./victim-safety-drafts.js";
import { JUDGEMENT_REASONS, MARAC_JUDGEMENT_REASONS, MARAC_REFERRERS, POLICE_ASSESSORS } from "./victim-safety-text.js";

export function buildRisk(draft: VictimSafetyDraft): void {
  for (const link of draft.links) {
    if (link.relationship === "CHILD") continue;
    buildIncidents(draft, link);
    buildAssessments(draft, link);
    buildMaracReferrals(draft, link);
  }
}

/** Incidents over the last two years: the one that brought the link, and others before and since. */
function buildIncidents(draft: VictimSafetyDraft, link: LinkDraft): void {
  const rng = draft.rng;
  const count = {
    HIGH: rng.weighted([[1, 15], [2, 25], [3, 30], [4, 20], [5, 10]] as const),
    MEDIUM: rng.weighted([[0, 15], [1, 30], [2, 30], [3, 15], [4, 10]] as const),
    STANDARD: rng.weighted([[0, 45], [1, 40], [2, 15]] as const),
  }[link.baseLevel];
  const last = lastDayOf(link, draft);
  const from = maxDate(draft.day(-730), shiftIsoDate(link.startedOn, -540));
  const days = new Set<string>();
  if (count > 0) days.add(shiftIsoDate(link.startedOn, -rng.int(0, 3)));
  while (days.size < count) days.add(draft.dayBetween(from, last));
  const yy = (day: string) => day.slice(2, 4);
  for (const occurredOn of [...days].sort()) {
    // Incidents before the link was recorded were entered with it.
    const at = occurredOn <= link.startedOn ? new Date(link.createdAt.getTime() + rng.int(1, 40) * MINUTE) : draft.timeOn(occurredOn);
    link.incidents.push({
      id: rng.uuid(),
      occurredOn,
      policeReference: rng.chance(0.85) ? `WY/${rng.int(100_000, 999_999)}/${yy(occurredOn)}` : null,
      recordedBy: rng.pick(POLICE_ASSESSORS).subject,
      createdAt: at,
    });
  }
}

/** A checklist when the link was made, one after each of up to two later incidents, or a review some months on. */
function buildAssessments(draft: VictimSafetyDraft, link: LinkDraft): void {
  const rng = draft.rng;
  const last = lastDayOf(link, draft);
  const dates = [draft.dayBetween(link.startedOn, minDate(shiftIsoDate(link.startedOn, 2), last))];
  for (const incident of link.incidents.filter((i) => i.occurredOn > dates[0]!).slice(0, 2)) {
    const on = minDate(shiftIsoDate(incident.occurredOn, rng.int(1, 5)), last);
    if (on > dates.at(-1)!) dates.push(on);
  }
  if (dates.length === 1 && rng.chance(0.3) && shiftIsoDate(dates[0]!, 60) <= last) dates.push(draft.dayBetween(shiftIsoDate(dates[0]!, 60), minDate(shiftIsoDate(dates[0]!, 150), last)));

  const base = DASH_LEVELS.indexOf(link.baseLevel);
  const reduced = link.baseLevel === "HIGH" && dates.length > 1 && rng.chance(0.15);
  dates.forEach((assessedOn, i) => {
    const final = i === dates.length - 1;
    const target = final ? (reduced ? "MEDIUM" : link.baseLevel) : DASH_LEVELS[Math.max(0, base - (rng.chance(0.3) ? 1 : 0))]!;
    link.assessments.push(assessment(draft, link, assessedOn, target));
  });
}

/** Answers that score `target`, or one level below it raised by professional judgement. */
function assessment(draft: VictimSafetyDraft, link: LinkDraft, assessedOn: string, target: DashLevel): AssessmentDraft {
  const rng = draft.rng;
  const raised = (target === "HIGH" && rng.chance(0.12)) || (target === "MEDIUM" && rng.chance(0.04));
  const scoreLevel = raised ? DASH_LEVELS[DASH_LEVELS.indexOf(target) - 1]! : target;
  const yes = { HIGH: rng.int(14, 19), MEDIUM: rng.int(10, 13), STANDARD: rng.weighted([[2, 1], [3, 2], [4, 3], [5, 3], [6, 3], [7, 2], [8, 2], [9, 1]] as const) }[scoreLevel];
  const notKnown = rng.int(0, 3);
  const answers = rng.shuffle<DashAnswer>(Array.from({ length: DASH_QUESTION_COUNT }, (_, i) => (i < yes ? "YES" : i < yes + notKnown ? "NOT_KNOWN" : "NO")));
  const judgementLevel = raised ? target : null;
  const judgementReason = raised ? rng.pick(JUDGEMENT_REASONS) : null;
  const result = assessDash({ answers, judgementLevel, judgementReason });
  if (!result.ok) throw new Error(`Victim-safety seed: DASH refused: ${result.refusals.map((r) => r.message).join("; ")}`);
  const assessor = rng.pick(POLICE_ASSESSORS);
  const at = draft.timeOn(assessedOn);
  return {
    id: rng.uuid(),
    assessedOn,
    answers,
    yesCount: result.value.yesCount,
    scoreLevel: result.value.scoreLevel,
    judgementLevel,
    judgementReason,
    level: result.value.level,
    assessedBy: assessor.subject,
    assessedByName: assessor.name,
    createdAt: at > link.createdAt ? at : new Date(link.createdAt.getTime() + rng.int(5, 60) * MINUTE),
  };
}

/**
 * Most high-risk links are referred within days of the first high assessment; some medium-risk ones on
 * escalation; and some again after a further incident within twelve months, which makes a repeat.
 */
function buildMaracReferrals(draft: VictimSafetyDraft, link: LinkDraft): void {
  const rng = draft.rng;
  const last = lastDayOf(link, draft);
  const incidentDates = link.incidents.map((i) => i.occurredOn);
  const firstHigh = link.assessments.find((a) => a.level === "HIGH");
  let firstOn: string | null = null;
  if (firstHigh && rng.chance(0.88)) firstOn = draft.weekdayBetween(firstHigh.assessedOn, minDate(shiftIsoDate(firstHigh.assessedOn, 5), last));
  else if (!firstHigh && rng.chance(0.5)) {
    const met = incidentDates.find((d) => escalation(incidentDates, d, DEFAULT_ESCALATION).met && d >= link.startedOn);
    if (met) firstOn = draft.dayBetween(met, minDate(shiftIsoDate(met, 5), last));
  }
  if (firstOn === null) return;
  addReferral(draft, link, firstOn);

  const again = link.incidents.find((i) => i.occurredOn > firstOn && i.occurredOn < shiftIsoDateMonths(firstOn, 12) && shiftIsoDate(i.occurredOn, 1) <= last);
  if (again && rng.chance(0.7)) addReferral(draft, link, draft.dayBetween(shiftIsoDate(again.occurredOn, 1), minDate(shiftIsoDate(again.occurredOn, 7), last)));
}

/**
 * The grounds a referrer claims, from the record on the day: a visible high score, or their own
 * judgement behind a raised level; escalation when met; and, for a first referral with neither, a
 * judgement with a reason. The demo seed and the benchmark generator both draft referrals this way.
 */
export function draftMaracGrounds(
  latest: { scoreLevel: string; level: string; judgementReason: string | null } | null,
  escalationMet: boolean,
  isRepeat: boolean,
  pickReason: () => string,
): { claimed: MaracGround[]; judgementReason: string | null } {
  const claimed: MaracGround[] = [];
  let judgementReason: string | null = null;
  if (latest?.scoreLevel === "HIGH") claimed.push("VISIBLE_HIGH_RISK");
  else if (latest?.level === "HIGH") {
    claimed.push("PROFESSIONAL_JUDGEMENT");
    judgementReason = latest.judgementReason;
  }
  if (escalationMet) claimed.push("ESCALATION");
  if (claimed.length === 0 && !isRepeat) {
    claimed.push("PROFESSIONAL_JUDGEMENT");
    judgementReason = pickReason();
  }
  return { claimed, judgementReason };
}

function addReferral(draft: VictimSafetyDraft, link: LinkDraft, referredOn: string): void {
  const rng = draft.rng;
  const latest = latestAssessment(link.assessments.filter((a) => a.assessedOn <= referredOn));
  const esc = escalation(link.incidents.map((i) => i.occurredOn), referredOn, DEFAULT_ESCALATION);
  const previous = repeatOf(link.maracs, referredOn);
  const { claimed, judgementReason } = draftMaracGrounds(latest, esc.met, previous !== null, () => rng.pick(MARAC_JUDGEMENT_REASONS));
  const hearingOn = rng.chance(0.75) ? shiftIsoDate(referredOn, rng.int(7, 21)) : null;
  const checked = checkMaracReferral({
    grounds: claimed,
    judgementReason,
    referredOn,
    hearingOn,
    today: draft.today,
    latestScoreLevel: latest?.scoreLevel ?? null,
    escalation: esc,
    isRepeat: previous !== null,
  });
  if (!checked.ok) throw new Error(`Victim-safety seed: MARAC referral refused: ${checked.refusals.map((r) => r.message).join("; ")}`);
  const referrer = rng.weighted(MARAC_REFERRERS);
  const at = draft.timeOn(referredOn);
  const referral: MaracDraft = {
    id: rng.uuid(),
    referredOn,
    grounds: checked.grounds,
    judgementReason,
    previous,
    escalation: esc,
    hearingOn,
    referringAgency: referrer.agency,
    referredBy: referrer.subject,
    createdAt: at > link.createdAt ? at : new Date(link.createdAt.getTime() + rng.int(30, 90) * MINUTE),
  };
  link.maracs.push(referral);
}
