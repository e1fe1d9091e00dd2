/**
 * The actions of the demo plans: open ones carried over at a re-plan, new ones by pathway, and where each
 * stood when its plan stopped being the one in force. A programme action follows its referral.
 */
import { OPEN_ACTION_STATUSES, type ActionStatus, type OwnerAgency, type Pathway } from "../modules/iom/index.js";
import { isoDate } from "../shared/clock.js";
import { maxDate, minDate, shiftIsoDate } from "../shared/dates.js";
import {
  officerOn,
  statusOf,
  type ActionDraft,
  type IomDraft,
  type MembershipDraft,
  type PlanDraft,
  type ReferralInfo,
  type StaffDraft,
} from "./iom-drafts.js";
import {
  ACTION_TEMPLATES,
  CANCELLED_NOTES,
  DONE_NOTES,
  NOT_ACHIEVED_NOTES,
  PRE_GROUP_STATUSES,
  PROGRAMME_PROVIDERS,
  TERMINAL_REFERRAL_STATUSES,
  drinks,
  programmeOutcome,
  usesDrugs,
} from "./iom-text.js";

/** A plan's actions: those carried from the plan before, then new ones, each settled as of the plan's last day. */
export function buildActions(iom: IomDraft, m: MembershipDraft, plan: PlanDraft): void {
  const rng = iom.rng;
  const live = plan.status === "LIVE";
  // The last day an action's status could change while this plan was the one in force.
  const lastDay = plan.endOn ? shiftIsoDate(plan.endOn, -1) : iom.yesterday;
  const previous = m.plans[plan.version - 2];
  const policeOwner = live ? m.assignments.at(-1)!.staff : plan.author;

  // A re-plan carries the open actions over, as the service does; they keep their due dates (a programme
  // action's follows its referral).
  const carried: ActionDraft[] = (previous?.actions ?? [])
    .filter((a) => OPEN_ACTION_STATUSES.includes(statusOf(a)))
    .map((a) => ({
      ...a,
      id: rng.uuid(),
      carriedFrom: a,
      ownerStaff: a.agency === "POLICE" ? policeOwner : a.ownerStaff,
      createdOn: plan.createdOn,
      createdAt: plan.createdAt,
      initialStatus: statusOf(a),
      steps: [],
      updatedBy: plan.author.subject,
    }));
  // A live plan gets at least two new actions; an older one at least one, so that at most five are open when
  // it is replaced and the live plan that follows stays within seven.
  const total = live ? rng.int(3, 7) : plan.status === "SUPERSEDED" ? rng.int(2, 4) : rng.int(2, 5);
  const freshCount = Math.max(live ? 2 : 1, total - carried.length);
  const pathways = pathwaysFor(iom, m, plan, new Set(carried.map((a) => a.pathway)), freshCount);
  const fresh = pathways.map((pathway) => freshAction(iom, m, plan, pathway, policeOwner));

  // A member chosen to be behind has one action still open past its due date.
  const forced = live && m.overdueAction ? fresh.find((a) => a.pathway !== "PROGRAMME_ATTENDANCE") : undefined;
  if (forced) forced.dueOn = iom.weekdayBetween(maxDate(shiftIsoDate(forced.createdOn, 14), shiftIsoDate(iom.today, -45)), iom.yesterday);
  for (const action of [...carried, ...fresh]) {
    if (action.referral) settleProgrammeAction(iom, action, lastDay, live);
    else settleAction(iom, action, lastDay, { mustClose: live && !m.overdueAction, mustStayOpen: action === forced });
  }

  plan.actions = [...carried, ...fresh].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  plan.actions.forEach((a, i) => (a.position = i + 1));
}

/** The pathways for a plan's new actions: order enforcement first, then a programme, then the person's needs. */
function pathwaysFor(iom: IomDraft, m: MembershipDraft, plan: PlanDraft, covered: Set<Pathway>, count: number): Pathway[] {
  const rng = iom.rng;
  const person = m.person;
  const needs: Pathway[] = [];
  if (person.needs.includes("ACCOMMODATION")) needs.push("ACCOMMODATION");
  if (drinks(person) || usesDrugs(person)) needs.push("DRUGS_ALCOHOL");
  if (person.needs.includes("MENTAL_HEALTH")) needs.push("HEALTH_MENTAL_HEALTH");
  if (person.needs.includes("FINANCE_AND_DEBT")) needs.push("FINANCE_BENEFIT_DEBT");
  if (person.needs.includes("EDUCATION_TRAINING_EMPLOYMENT")) needs.push("EDUCATION_TRAINING_EMPLOYMENT");
  if (person.hasChildren && rng.chance(0.7)) needs.push("CHILDREN_FAMILIES");
  const wanted: Pathway[] = [];
  if (rng.chance(0.85)) wanted.push("DETERRENCE_DISRUPTION");
  if (programmeReferral(iom, m, plan) || rng.chance(0.3)) wanted.push("PROGRAMME_ATTENDANCE");
  wanted.push(...rng.shuffle(needs));
  if (rng.chance(0.6)) wanted.push("ATTITUDES_THINKING_BEHAVIOUR");
  const fillers: Pathway[] = ["DETERRENCE_DISRUPTION", "ATTITUDES_THINKING_BEHAVIOUR", "EDUCATION_TRAINING_EMPLOYMENT", "FINANCE_BENEFIT_DEBT", "HEALTH_MENTAL_HEALTH", "ACCOMMODATION", "DRUGS_ALCOHOL"];
  wanted.push(...rng.shuffle(fillers));
  const chosen = [...new Set(wanted)].filter((p) => !covered.has(p)).slice(0, count);
  if (chosen.length < count) throw new Error("IOM seed: ran out of pathways for a plan");
  return chosen;
}

/** The referral a programme action follows: one made while the plan was in force, preferring one still running. */
function programmeReferral(iom: IomDraft, m: MembershipDraft, plan: PlanDraft): ReferralInfo | null {
  const lastDay = plan.endOn ? shiftIsoDate(plan.endOn, -1) : iom.yesterday;
  // Made in time to be added while the plan was in force, and not already over when the plan was written.
  const made = m.person.referrals.filter((r) => shiftIsoDate(r.referredOn, 7) <= lastDay && !(r.closedAt && isoDate(r.closedAt) <= plan.createdOn));
  return made.filter((r) => !TERMINAL_REFERRAL_STATUSES.includes(r.status)).at(-1) ?? made.at(-1) ?? null;
}

function freshAction(iom: IomDraft, m: MembershipDraft, plan: PlanDraft, pathway: Pathway, policeOwner: StaffDraft): ActionDraft {
  const rng = iom.rng;
  const lastDay = plan.endOn ? shiftIsoDate(plan.endOn, -1) : iom.yesterday;
  let agency: OwnerAgency;
  let ownerStaff: StaffDraft | null = null;
  let ownerName: string | null = null;
  let description: string;
  let referral: ReferralInfo | null = null;
  let createdOn = plan.createdOn;
  let createdAt = plan.createdAt;
  let createdBy = plan.author.subject;

  if (pathway === "PROGRAMME_ATTENDANCE") {
    referral = programmeReferral(iom, m, plan);
    if (referral) {
      const provider = PROGRAMME_PROVIDERS[referral.code]!;
      agency = provider.agency;
      ownerName = provider.ownerName;
      if (agency === "PROBATION") ownerStaff = m.practitioner;
      description = PRE_GROUP_STATUSES.includes(referral.status)
        ? `Attend the ${provider.label} assessment and take up the next group place`
        : `Attend every ${provider.label} session; progress discussed at each home visit`;
      // Added to the plan once the referral had been made, if that was after the plan was written.
      const added = shiftIsoDate(referral.referredOn, rng.int(1, 5));
      if (added > createdOn) {
        createdOn = minDate(added, lastDay);
        createdAt = iom.timeAfter(createdOn, plan.createdAt);
        createdBy = officerOn(m, createdOn).subject;
      }
    } else if (m.person.crn !== null) {
      agency = "PROBATION";
      ownerStaff = m.practitioner;
      description = "Assess suitability for Building Better Relationships and make the referral";
    } else {
      agency = "THIRD_SECTOR";
      ownerName = PROGRAMME_PROVIDERS.CHOICES!.ownerName;
      description = "Make a self-referral to Choices and attend the assessment";
    }
  } else {
    const template = rng.pick(ACTION_TEMPLATES[pathway].filter((t) => !t.when || t.when(m.person)));
    agency = template.agency;
    description = template.description(m.area);
    if (template.owner.kind === "OFFENDER_MANAGER") ownerStaff = policeOwner;
    else if (template.owner.kind === "PROBATION") ownerStaff = m.practitioner;
    else ownerName = template.owner.name(m.area);
  }
  return {
    id: rng.uuid(),
    carriedFrom: null,
    position: 0,
    pathway,
    description,
    agency,
    ownerStaff,
    ownerName,
    createdOn,
    createdAt,
    dueOn: iom.weekdayBetween(shiftIsoDate(createdOn, 14), shiftIsoDate(createdOn, 150)),
    referral,
    initialStatus: "PLANNED",
    steps: [],
    createdBy,
    updatedBy: createdBy,
  };
}

/**
 * Where an action stood on `lastDay`: mostly closed once its due date had passed (always, on a live plan
 * whose member is not behind), sometimes finished early, otherwise planned or in progress.
 */
function settleAction(iom: IomDraft, action: ActionDraft, lastDay: string, rule: { mustClose: boolean; mustStayOpen: boolean }): void {
  const rng = iom.rng;
  const from = shiftIsoDate(action.createdOn, 1);
  const room = from <= lastDay;
  const pastDue = action.dueOn <= lastDay;
  let close = false;
  if (!rule.mustStayOpen && room) close = pastDue ? rule.mustClose || rng.chance(0.8) : rng.chance(0.12);
  if (pastDue && rule.mustClose && !rule.mustStayOpen && !room) throw new Error("IOM seed: an action past due cannot be closed in time");
  if (close) {
    const to = pastDue ? rng.weighted<ActionStatus>([["DONE", 75], ["NOT_ACHIEVED", 15], ["CANCELLED", 10]]) : "DONE";
    // Closed around the due date where that fits, else any day it could have been.
    let lo = maxDate(from, shiftIsoDate(action.dueOn, -20));
    let hi = minDate(shiftIsoDate(action.dueOn, 10), lastDay);
    if (lo > hi) [lo, hi] = [from, lastDay];
    const notes = to === "NOT_ACHIEVED" ? rng.pick(NOT_ACHIEVED_NOTES) : to === "CANCELLED" ? rng.pick(CANCELLED_NOTES) : rng.chance(0.4) ? rng.pick(DONE_NOTES) : null;
    moveTo(iom, action, to, iom.weekdayBetween(lo, hi), notes);
  } else if (room && action.initialStatus === "PLANNED" && rng.chance(0.55)) {
    moveTo(iom, action, "IN_PROGRESS", iom.weekdayBetween(from, lastDay), null);
  }
}

/** A programme action follows its referral: closed as the referral closed, in progress once it is under way. */
function settleProgrammeAction(iom: IomDraft, action: ActionDraft, lastDay: string, live: boolean): void {
  const referral = action.referral!;
  const from = shiftIsoDate(action.createdOn, 1);
  const outcome = programmeOutcome(referral.status);
  const closedOn = referral.closedAt ? isoDate(referral.closedAt) : null;
  if (outcome && closedOn && from <= lastDay && (live || closedOn <= lastDay)) {
    const on = closedOn < from ? from : minDate(closedOn, lastDay);
    action.dueOn = maxDate(shiftIsoDate(action.createdOn, 14), shiftIsoDate(on, iom.rng.int(0, 14)));
    moveTo(iom, action, outcome.status, on, outcome.notes);
    return;
  }
  // Still to finish: due a while after the last day it was looked at.
  const lo = maxDate(shiftIsoDate(action.createdOn, 14), shiftIsoDate(lastDay, 20));
  action.dueOn = iom.weekdayBetween(lo, shiftIsoDate(lo, 120));
  const underWay = !PRE_GROUP_STATUSES.includes(referral.status) || iom.rng.chance(0.4);
  if (underWay && from <= lastDay && action.initialStatus === "PLANNED") moveTo(iom, action, "IN_PROGRESS", iom.weekdayBetween(from, lastDay), null);
}

/** Adds the steps to `to` on `day`, via IN_PROGRESS for some, each after the one before. */
function moveTo(iom: IomDraft, action: ActionDraft, to: ActionStatus, day: string, notes: string | null): void {
  let after = action.createdAt;
  const via = to !== "IN_PROGRESS" && action.initialStatus === "PLANNED" && iom.rng.chance(0.6);
  if (via) {
    after = iom.timeAfter(iom.weekdayBetween(shiftIsoDate(action.createdOn, 1), day), after);
    action.steps.push({ to: "IN_PROGRESS", at: after, notes: null });
  }
  action.steps.push({ to, at: iom.timeAfter(day, after), notes });
}
