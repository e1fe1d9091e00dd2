/**
 * Checks on the drafted cohort: the rules the API applies, so the demo can never hold what the API would
 * refuse, and the overdue counts the demo is meant to show.
 */
import {
  MAX_ACTIONS_PER_PLAN,
  checkAction,
  checkActionTransition,
  checkAssignment,
  checkDeselection,
  checkReview,
  checkReviewDue,
  checkSelection,
  isActionOverdue,
  isReviewOverdue,
} from "../modules/iom/index.js";
import { isoDate } from "../shared/clock.js";
import { ageOn } from "../shared/dates.js";
import { OVERDUE_ACTION_MEMBERS, OVERDUE_REVIEW_MEMBERS, statusOf, type AssignmentDraft, type IomDraft, type MembershipDraft } from "./iom-drafts.js";

/** Throws on the first draft the API would have refused, or when the overdue counts are not the ones intended. */
export function validate(iom: IomDraft): void {
  const today = iom.today;
  const fail = (what: string, failures: readonly { message: string }[]) => {
    if (failures.length) throw new Error(`IOM seed: ${what}: ${failures.map((f) => f.message).join("; ")}`);
  };
  const byPerson = new Map<string, { startedOn: string; endedOn: string | null }[]>();
  for (const m of [...iom.memberships].sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1))) {
    const history = byPerson.get(m.person.id) ?? [];
    fail("selection", checkSelection(history, { startedOn: m.startedOn, rfgScore: m.rfgScore }, today));
    if (ageOn(m.person.dateOfBirth, m.startedOn) < 18) throw new Error("IOM seed: a member was under 18 when selected");
    let current: AssignmentDraft | null = null;
    for (const a of m.assignments) {
      const active = a.staff.leftOn === null || a.startedOn < a.staff.leftOn;
      const before = current && { staffId: current.staff.id, startedOn: current.startedOn };
      fail("assignment", checkAssignment({ startedOn: m.startedOn, endedOn: null }, before, { staffId: a.staff.id, staffActive: active, startedOn: a.startedOn }, today));
      current = a;
    }
    if (m.endedOn === null && !current!.staff.active) throw new Error("IOM seed: an open member's offender manager is inactive");
    if (m.endedOn !== null) {
      fail("deselection", checkDeselection({ startedOn: m.startedOn, endedOn: null }, { endedOn: m.endedOn, reason: m.reason!, note: m.note }, today));
      if (m.endedOn < current!.startedOn) throw new Error("IOM seed: a membership ended before its last offender manager took over");
    }
    history.push({ startedOn: m.startedOn, endedOn: m.endedOn });
    byPerson.set(m.person.id, history);
    validatePlans(iom, m);
  }
  for (const [, history] of byPerson) if (history.filter((h) => h.endedOn === null).length > 1) throw new Error("IOM seed: two open memberships");

  const open = iom.memberships.filter((m) => m.endedOn === null);
  const reviewsOverdue = open.filter((m) => isReviewOverdue(m.plans.at(-1)!, today)).length;
  const actionsOverdue = open.filter((m) => m.plans.at(-1)!.actions.some((a) => isActionOverdue({ status: statusOf(a), dueOn: a.dueOn }, "LIVE", today))).length;
  if (reviewsOverdue !== OVERDUE_REVIEW_MEMBERS) throw new Error(`IOM seed: ${reviewsOverdue} live plans overdue for review, meant to be ${OVERDUE_REVIEW_MEMBERS}`);
  if (actionsOverdue !== OVERDUE_ACTION_MEMBERS) throw new Error(`IOM seed: ${actionsOverdue} members with overdue actions, meant to be ${OVERDUE_ACTION_MEMBERS}`);
}

function validatePlans(iom: IomDraft, m: MembershipDraft): void {
  const today = iom.today;
  const fail = (what: string, failures: readonly { message: string }[]) => {
    if (failures.length) throw new Error(`IOM seed: ${what}: ${failures.map((f) => f.message).join("; ")}`);
  };
  const live = m.plans.filter((p) => p.status === "LIVE").length;
  if (live !== (m.endedOn === null ? 1 : 0)) throw new Error(`IOM seed: a membership has ${live} live plans`);
  m.plans.forEach((plan, i) => {
    if (plan.version !== i + 1) throw new Error("IOM seed: plan versions out of order");
    if (isoDate(plan.createdAt) !== plan.createdOn) throw new Error("IOM seed: a plan's creation time is not on its day");
    if (plan.endedAt && plan.endedAt <= plan.createdAt) throw new Error("IOM seed: a plan ended before it began");
    const review = checkReviewDue(plan.initialReviewDue, plan.createdOn);
    if (review) fail("plan review date", [review]);
    let lastReviewedOn: string | null = null;
    for (const r of plan.reviews) {
      fail("review", checkReview({ reviewedOn: r.reviewedOn, nextReviewOn: r.nextReviewOn }, { createdOn: plan.createdOn, lastReviewedOn }, today));
      lastReviewedOn = r.reviewedOn;
    }
    if (plan.reviewDueOn !== (plan.reviews.at(-1)?.nextReviewOn ?? plan.initialReviewDue)) throw new Error("IOM seed: plan review date is not the last review's next date");

    if (plan.actions.length > MAX_ACTIONS_PER_PLAN) throw new Error("IOM seed: too many actions");
    if (plan.status === "LIVE" && (plan.actions.length < 3 || plan.actions.length > 7)) throw new Error(`IOM seed: a live plan has ${plan.actions.length} actions`);
    for (const a of plan.actions) {
      const ownerStaff = a.ownerStaff && { kind: a.ownerStaff.kind, active: a.ownerStaff.leftOn === null || a.createdOn < a.ownerStaff.leftOn };
      const draft = {
        pathway: a.pathway,
        description: a.description,
        ownerAgency: a.agency,
        ownerStaff,
        ownerName: a.ownerName,
        dueOn: a.dueOn,
        notes: a.steps.at(-1)?.notes ?? null,
        referralPerpetratorId: a.referral ? m.person.id : null,
      };
      // A new action's due date is checked on the day it was set; a carried one keeps the date it had.
      fail("action", checkAction(draft, { memberPerpetratorId: m.person.id, today: a.createdOn, checkDueOn: a.carriedFrom === null }));
      if (a.referral && !m.person.referrals.includes(a.referral)) throw new Error("IOM seed: a programme action follows someone else's referral");
      let status = a.initialStatus;
      let at = a.createdAt;
      for (const step of a.steps) {
        const refusal = checkActionTransition(status, step.to, step.notes);
        if (refusal) fail("action status", [refusal]);
        if (step.at <= at || (plan.endedAt && step.at >= plan.endedAt)) throw new Error("IOM seed: action steps out of order");
        status = step.to;
        at = step.at;
      }
    }
  });
}
