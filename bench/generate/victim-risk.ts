import { JUDGEMENT_REASONS, MARAC_JUDGEMENT_REASONS, MARAC_REFERRERS, POLICE_ASSESSORS } from "../../src/seed/victim-safety-text.js";
import { DASH_LEVELS, DEFAULT_ESCALATION, assessDash, checkMaracReferral, escalation, type DashAnswer, type DashLevel } from "../../src/modules/victim-safety/index.js";
import { draftMaracGrounds } from "../../src/seed/victim-safety-risk.js";
import { dayIso, dayTime } from "./days.js";
import { lastDayOf, type LinkDraft, type VictimDraft } from "./victims.js";

/**
 * Risk on an adult link: police incidents, DASH checklists when the link was made and after later incidents
 * (scored by the app's own rule), and MARAC referrals whose grounds the app's check accepts.
 */
export function buildRisk(draft: VictimDraft, link: LinkDraft): void {
  incidents(draft, link);
  assessments(draft, link);
  maracs(draft, link);
}

function incidents(draft: VictimDraft, link: LinkDraft): void {
  const { rng, ctx } = draft;
  const count = { HIGH: rng.int(1, 5), MEDIUM: rng.int(0, 4), STANDARD: rng.int(0, 2) }[link.level];
  const last = lastDayOf(draft, link);
  const from = Math.min(Math.max(draft.today - 730, link.startDay - 540), last);
  const days = new Set<number>();
  if (count > 0) days.add(link.startDay - rng.int(0, 3));
  for (let tries = 0; days.size < count && tries < 20; tries++) days.add(rng.int(from, last));
  link.incidents = [...days].sort((a, b) => a - b);
  link.incidents.forEach((day, k) => {
    const recorder = rng.pick(POLICE_ASSESSORS).subject;
    const reference = rng.chance(0.85) ? `WY/${rng.int(100_000, 999_999)}/${dayIso(day).slice(2, 4)}` : null;
    draft.rows.incidents.push([ctx.ids.incident.id(link.v * 8 + k), link.linkId, dayIso(day), reference, recorder, day <= link.startDay ? link.createdAt : dayTime(day, rng.int(0, 600))]);
  });
}

function assessments(draft: VictimDraft, link: LinkDraft): void {
  const { rng, ctx } = draft;
  const last = lastDayOf(draft, link);
  const days = [Math.min(link.startDay + rng.int(0, 2), last)];
  for (const incident of link.incidents.filter((d) => d > days[0]!).slice(0, 2)) {
    const on = Math.min(incident + rng.int(1, 5), last);
    if (on > days.at(-1)!) days.push(on);
  }
  const base = DASH_LEVELS.indexOf(link.level);
  days.forEach((day, k) => {
    const target: DashLevel = k === days.length - 1 ? link.level : DASH_LEVELS[Math.max(0, base - (rng.chance(0.3) ? 1 : 0))]!;
    const raised = (target === "HIGH" && rng.chance(0.12)) || (target === "MEDIUM" && rng.chance(0.04));
    const scoreLevel = raised ? DASH_LEVELS[DASH_LEVELS.indexOf(target) - 1]! : target;
    const yes = { HIGH: rng.int(14, 19), MEDIUM: rng.int(10, 13), STANDARD: rng.int(2, 9) }[scoreLevel];
    const notKnown = rng.int(0, 3);
    const answers = rng.shuffle<DashAnswer>(Array.from({ length: 24 }, (_, i) => (i < yes ? "YES" : i < yes + notKnown ? "NOT_KNOWN" : "NO")));
    const judgementReason = raised ? rng.pick(JUDGEMENT_REASONS) : null;
    const result = assessDash({ answers, judgementLevel: raised ? target : null, judgementReason });
    if (!result.ok) throw new Error(`DASH refused: ${result.refusals.map((r) => r.message).join("; ")}`);
    const assessor = rng.pick(POLICE_ASSESSORS);
    link.assessments.push({ day, level: result.value.level, scoreLevel: result.value.scoreLevel, judgementReason });
    draft.rows.assessments.push([
      ctx.ids.assessment.id(link.v * 4 + k), link.linkId, dayIso(day), answers, result.value.yesCount, result.value.scoreLevel, raised ? target : null,
      judgementReason, result.value.level, assessor.subject, assessor.name, day <= link.startDay ? link.createdAt : dayTime(day, rng.int(60, 540)),
    ]);
  });
}

/** High-risk links are mostly referred within days; some medium ones on escalation; some again after a new incident. */
function maracs(draft: VictimDraft, link: LinkDraft): void {
  const { rng } = draft;
  const last = Math.min(lastDayOf(draft, link), draft.today - 1);
  const firstHigh = link.assessments.find((a) => a.level === "HIGH");
  let on: number | null = null;
  if (firstHigh && rng.chance(0.85)) on = Math.min(firstHigh.day + rng.int(0, 5), last);
  else if (!firstHigh && rng.chance(0.5)) {
    const met = link.incidents.find((d) => d >= link.startDay && escalation(link.incidents.map(dayIso), dayIso(d), DEFAULT_ESCALATION).met);
    if (met !== undefined) on = Math.min(met + rng.int(0, 5), last);
  }
  if (on === null) return;
  const first = referral(draft, link, on, null);
  const again = link.incidents.find((d) => d > on! && d < on! + 365 && d + 1 <= last);
  if (again !== undefined && rng.chance(0.7)) referral(draft, link, Math.min(again + rng.int(1, 7), last), first);
}

function referral(draft: VictimDraft, link: LinkDraft, on: number, previous: { id: string; day: number } | null): { id: string; day: number } {
  const { rng, ctx } = draft;
  const latest = [...link.assessments].reverse().find((a) => a.day <= on) ?? null;
  const esc = escalation(link.incidents.map(dayIso), dayIso(on), DEFAULT_ESCALATION);
  const { claimed, judgementReason } = draftMaracGrounds(latest, esc.met, previous !== null, () => rng.pick(MARAC_JUDGEMENT_REASONS));
  const hearingOn = rng.chance(0.75) ? dayIso(on + rng.int(7, 21)) : null;
  const checked = checkMaracReferral({
    grounds: claimed,
    judgementReason,
    referredOn: dayIso(on),
    hearingOn,
    today: dayIso(draft.today),
    latestScoreLevel: latest?.scoreLevel ?? null,
    escalation: esc,
    isRepeat: previous !== null,
  });
  if (!checked.ok) throw new Error(`MARAC referral refused: ${checked.refusals.map((r) => r.message).join("; ")}`);
  const referrer = rng.weighted(MARAC_REFERRERS);
  const id = ctx.ids.marac.id(link.v * 4 + (previous ? 1 : 0));
  draft.rows.maracs.push([
    id, link.linkId, dayIso(on), checked.grounds, judgementReason, previous !== null, previous?.id ?? null, esc.incidentsInWindow, esc.threshold,
    esc.windowMonths, hearingOn, referrer.agency, referrer.subject, on <= link.startDay ? link.createdAt : dayTime(on, rng.int(60, 540)),
  ]);
  return { id, day: on };
}

export const INCIDENT_COLUMNS = ["id", "link_id", "occurred_on", "police_reference", "recorded_by", "created_at"] as const;
export const ASSESSMENT_COLUMNS = [
  "id", "link_id", "assessed_on", "answers", "yes_count", "score_level", "judgement_level", "judgement_reason", "level", "assessed_by", "assessed_by_name", "created_at",
] as const;
export const MARAC_COLUMNS = [
  "id", "link_id", "referred_on", "grounds", "judgement_reason", "is_repeat", "previous_referral_id", "incidents_in_window", "escalation_threshold",
  "escalation_window_months", "hearing_on", "referring_agency", "referred_by", "created_at",
] as const;
