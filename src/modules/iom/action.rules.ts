import { shiftIsoDateMonths } from "../../shared/dates.js";
import { OPEN_ACTION_STATUSES, type ActionStatus, type OwnerAgency, type Pathway, type PlanStatus, type StaffKind } from "./iom.model.js";
import { refusal, type PlanRefusal } from "./plan.rules.js";

/** A plan holds a manageable list: beyond this it is a caseload, not a plan. */
export const MAX_ACTIONS_PER_PLAN = 40;
/** How far ahead an action may be due. */
export const MAX_ACTION_HORIZON_MONTHS = 24;
export const MAX_DESCRIPTION = 500;
export const MAX_NOTES = 2000;

/** Where an action may go next. DONE, NOT_ACHIEVED and CANCELLED close it. */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  PLANNED: ["IN_PROGRESS", "DONE", "NOT_ACHIEVED", "CANCELLED"],
  IN_PROGRESS: ["DONE", "NOT_ACHIEVED", "CANCELLED"],
  DONE: [],
  NOT_ACHIEVED: [],
  CANCELLED: [],
};

export const isOpenAction = (status: ActionStatus): boolean => OPEN_ACTION_STATUSES.includes(status);

/** An action whose outcome is not good news needs its reason written down. */
export function checkActionTransition(from: ActionStatus, to: ActionStatus, notes: string | null): PlanRefusal | null {
  if (!ACTION_TRANSITIONS[from].includes(to)) {
    const allowed = ACTION_TRANSITIONS[from];
    const next = allowed.length ? `it can move to ${allowed.join(", ")}` : "it is closed";
    return refusal("status", "INVALID_TRANSITION", `An action cannot go from ${from} to ${to}: ${next}`);
  }
  if ((to === "NOT_ACHIEVED" || to === "CANCELLED") && !notes) return refusal("notes", "REASON_REQUIRED", `Say why the action is ${to}`);
  return null;
}

/**
 * Overdue: still open, in the live plan, and due before today. Due today is not yet overdue; an action
 * left open in a superseded or closed plan is history, not work anyone can still do.
 */
export function isActionOverdue(action: { status: ActionStatus; dueOn: string }, planStatus: PlanStatus, today: string): boolean {
  return planStatus === "LIVE" && isOpenAction(action.status) && action.dueOn < today;
}

export interface ActionDraft {
  pathway: Pathway;
  description: string;
  ownerAgency: OwnerAgency;
  /** The owner's staff record, when they have one. */
  ownerStaff: { kind: StaffKind; active: boolean } | null;
  ownerName: string | null;
  dueOn: string;
  notes: string | null;
  /** The linked referral's perpetrator, when a referral is linked. */
  referralPerpetratorId: string | null;
}

const AGENCY_OF_STAFF: Record<StaffKind, OwnerAgency> = {
  POLICE_OFFENDER_MANAGER: "POLICE",
  PROBATION_PRACTITIONER: "PROBATION",
};

/**
 * A new or changed action: someone owns it, in the agency it says; it is due on a date that can still be
 * met; and only a programme-attendance action links a referral, of the member themselves.
 * `field` prefixes each failure's field (e.g. "actions.2").
 */
export function checkAction(draft: ActionDraft, context: { memberPerpetratorId: string; today: string; checkDueOn: boolean }, field = ""): PlanRefusal[] {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const failures: PlanRefusal[] = [];
  const description = draft.description.trim();
  if (!description || description.length > MAX_DESCRIPTION) {
    failures.push(refusal(at("description"), "INVALID", `description must be 1 to ${MAX_DESCRIPTION} characters`));
  }
  if (draft.notes && draft.notes.length > MAX_NOTES) failures.push(refusal(at("notes"), "INVALID", `notes must be at most ${MAX_NOTES} characters`));
  if (draft.ownerStaff) {
    if (!draft.ownerStaff.active) failures.push(refusal(at("ownerStaffId"), "STAFF_INACTIVE", "That staff member is no longer active"));
    if (AGENCY_OF_STAFF[draft.ownerStaff.kind] !== draft.ownerAgency) {
      failures.push(refusal(at("ownerAgency"), "INVALID", `The owner works for ${AGENCY_OF_STAFF[draft.ownerStaff.kind]}, not ${draft.ownerAgency}`));
    }
  } else if (!draft.ownerName?.trim()) {
    failures.push(refusal(at("ownerName"), "INVALID", "Name the owner (a staff record or the team or service that owns it)"));
  } else if (draft.ownerName.trim().length > 120) {
    failures.push(refusal(at("ownerName"), "INVALID", "ownerName must be at most 120 characters"));
  }
  if (context.checkDueOn) {
    if (draft.dueOn < context.today) failures.push(refusal(at("dueOn"), "INVALID", "dueOn cannot be in the past"));
    const latest = shiftIsoDateMonths(context.today, MAX_ACTION_HORIZON_MONTHS);
    if (draft.dueOn > latest) failures.push(refusal(at("dueOn"), "INVALID", `dueOn must be on or before ${latest}`));
  }
  if (draft.referralPerpetratorId !== null) {
    if (draft.pathway !== "PROGRAMME_ATTENDANCE") {
      failures.push(refusal(at("referralId"), "INVALID", "Only a PROGRAMME_ATTENDANCE action links a programme referral"));
    } else if (draft.referralPerpetratorId !== context.memberPerpetratorId) {
      failures.push(refusal(at("referralId"), "INVALID", "The referral is for a different person"));
    }
  }
  return failures;
}
