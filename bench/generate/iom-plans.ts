import type { SeededRandom } from "../../src/seed/random.js";
import {
  ACTION_TEMPLATES,
  CANCELLED_NOTES,
  DONE_NOTES,
  NOT_ACHIEVED_NOTES,
  PROGRAMME_PROVIDERS,
  REVIEW_NOTES,
  SUMMARY_PHRASES,
  programmeOutcome,
} from "../../src/seed/iom-text.js";
import type { ActionStatus, Pathway, ReviewOutcome } from "../../src/modules/iom/index.js";
import type { GeneratorContext } from "./context.js";
import { dayIso, dayOf, dayTime } from "./days.js";
import type { IomRows, Member, StaffMember } from "./iom.js";
import { personDetails } from "./people.js";
import type { Plans } from "./plan.js";
import { isClosed, statusName } from "./referral-plan.js";
import { DAY } from "./time.js";

/**
 * Each member's intervention plans: one to three versions (the last LIVE for an open member, CLOSED for one
 * who left), reviews every few months, and 3-7 actions on a live plan, the first following the member's
 * latest programme referral (a PROGRAMME_ATTENDANCE action that links it).
 */
type OtherPathway = Exclude<Pathway, "PROGRAMME_ATTENDANCE">;
const PATHWAYS = Object.keys(ACTION_TEMPLATES) as OtherPathway[];

export function buildPlans(ctx: GeneratorContext, plans: Plans, rows: IomRows, member: Member, rng: SeededRandom): void {
  const today = dayOf(ctx.today);
  const lastDay = member.endDay ?? today - 1;
  const starts = [rng.int(member.startDay, Math.min(member.startDay + 14, lastDay))];
  for (let v = 1; v < rng.weighted([[1, 60], [2, 30], [3, 10]] as const); v++) {
    const from = starts[v - 1]! + 45;
    if (from > lastDay - 7) break;
    starts.push(rng.int(from, Math.min(from + 200, lastDay - 7)));
  }
  const details = personDetails(ctx, plans.people, member.person, false);
  const circumstances = { crn: details.crn, needs: details.needs, hasChildren: plans.people.children[member.person]! > 0 };
  starts.forEach((createdDay, v) => {
    const p = member.m * 8 + v;
    const planId = ctx.ids.plan.id(p);
    const next = starts[v + 1];
    const live = next === undefined && member.endDay === null;
    const endDay = next ?? member.endDay;
    const author = officerOn(member, createdDay);
    const createdAt = dayTime(createdDay, 60 + v);
    const endedAt = live ? null : next !== undefined ? dayTime(next, 60 + v + 1) : dayTime(member.endDay!, 400);

    // Reviews near each due date while the plan was in force; the date due next is the plan's.
    let due = createdDay + rng.int(28, 42);
    for (let k = 0; k < 4 && due <= (endDay ?? today) - 1; k++) {
      const reviewed = Math.max(createdDay + 1, Math.min(due + rng.int(-5, 5), (endDay ?? today) - 1));
      const outcome = rng.weighted<ReviewOutcome>([["ON_TRACK", 52], ["PARTIAL_PROGRESS", 32], ["NOT_ENGAGING", 9], ["RISK_INCREASED", 7]]);
      const nextDue = reviewed + (outcome === "NOT_ENGAGING" || outcome === "RISK_INCREASED" ? rng.int(21, 42) : rng.int(75, 150));
      const reviewer = officerOn(member, reviewed);
      rows.reviews.push([ctx.ids.review.id(p * 8 + k), planId, dayIso(reviewed), outcome, rng.chance(0.85) ? rng.pick(REVIEW_NOTES[outcome]) : null, dayIso(nextDue), reviewer.subject, reviewer.name, dayTime(reviewed, 120)]);
      due = nextDue;
    }
    const fits = PATHWAYS.filter((w) => ACTION_TEMPLATES[w].some((t) => !t.when || t.when(circumstances)));
    const pathways = rng.shuffle(fits).slice(0, live ? rng.int(2, 6) : rng.int(1, 2));
    rows.plans.push([planId, member.id, v + 1, live ? "LIVE" : next !== undefined ? "SUPERSEDED" : "CLOSED", `Plan to ${pathways.slice(0, 2).map((w) => SUMMARY_PHRASES[w]).join(" and ")}`, dayIso(due), author.subject, author.name, createdAt, endedAt]);

    let position = 0;
    const action = (pathway: Pathway, description: string, agency: string, owner: StaffMember | null, ownerName: string | null, status: ActionStatus, notes: string | null, referral: string | null) => {
      const closed = status === "DONE" || status === "NOT_ACHIEVED" || status === "CANCELLED";
      const closedDay = closed ? Math.min(createdDay + rng.int(7, 90), (endDay ?? today) - 1, today - 1) : null;
      const updatedAt = closedDay !== null ? dayTime(Math.max(closedDay, createdDay), 200) : createdAt;
      rows.actions.push([
        ctx.ids.action.id(p * 16 + position), planId, null, ++position, pathway, description, agency, owner?.id ?? null, owner ? null : ownerName, status,
        dayIso(createdDay + rng.int(14, 120)), notes, referral, 1, author.subject, createdAt, author.subject, updatedAt, closed ? updatedAt : null,
      ]);
    };
    const programmeAction = latestProgrammeReferral(ctx, plans, member.person);
    if (programmeAction) {
      const { r, code } = programmeAction;
      const provider = PROGRAMME_PROVIDERS[code]!;
      const outcome = isClosed(plans.referrals, r) ? programmeOutcome(statusName(plans.referrals.status[r]!)) : null;
      const status: ActionStatus = outcome?.status ?? (plans.referrals.group[r]! >= 0 ? "IN_PROGRESS" : "PLANNED");
      const owner = provider.ownerName === null ? member.practitioner : null;
      action("PROGRAMME_ATTENDANCE", `Attend and complete ${provider.label}`, provider.agency, owner, provider.ownerName, status, outcome?.notes ?? null, ctx.ids.referral.id(r));
    }
    for (const pathway of pathways) {
      const template = rng.pick(ACTION_TEMPLATES[pathway].filter((t) => !t.when || t.when(circumstances)));
      const status = live
        ? rng.weighted<ActionStatus>([["PLANNED", 30], ["IN_PROGRESS", 40], ["DONE", 20], ["NOT_ACHIEVED", 5], ["CANCELLED", 5]])
        : rng.weighted<ActionStatus>([["DONE", 50], ["NOT_ACHIEVED", 20], ["CANCELLED", 30]]);
      const notes = status === "DONE" ? rng.pick(DONE_NOTES) : status === "NOT_ACHIEVED" ? rng.pick(NOT_ACHIEVED_NOTES) : status === "CANCELLED" ? rng.pick(CANCELLED_NOTES) : null;
      const owner = template.owner.kind === "OFFENDER_MANAGER" ? officerOn(member, createdDay) : template.owner.kind === "PROBATION" ? member.practitioner : null;
      const ownerName = template.owner.kind === "NAMED" ? template.owner.name(member.area) : null;
      action(pathway, template.description(member.area), template.agency, owner, ownerName, status, notes, null);
    }
  });
}

function officerOn(member: Member, day: number): StaffMember {
  return (member.officers.find((o) => o.from <= day && (o.to === null || day < o.to)) ?? member.officers.at(-1)!).staff;
}

/** The person's most recent referral to a programme a plan action can follow (not PACT, a youth programme). */
function latestProgrammeReferral(ctx: GeneratorContext, plans: Plans, person: number): { r: number; code: string } | null {
  for (let k = plans.personStart[person + 1]! - 1; k >= plans.personStart[person]!; k--) {
    const r = plans.personReferrals[k]!;
    const code = ctx.programmes[plans.referrals.programme[r]!]!.code;
    if (PROGRAMME_PROVIDERS[code] && plans.referrals.referredAt[r]! < ctx.now - DAY) return { r, code };
  }
  return null;
}

export const PLAN_COLUMNS = ["id", "membership_id", "version", "status", "summary", "review_due_on", "created_by", "created_by_name", "created_at", "ended_at"] as const;
export const ACTION_COLUMNS = [
  "id", "plan_id", "carried_from_id", "position", "pathway", "description", "owner_agency", "owner_staff_id", "owner_name", "status",
  "due_on", "notes", "referral_id", "version", "created_by", "created_at", "updated_by", "updated_at", "closed_at",
] as const;
export const REVIEW_COLUMNS = ["id", "plan_id", "reviewed_on", "outcome", "notes", "next_review_on", "reviewer_sub", "reviewer_name", "created_at"] as const;
