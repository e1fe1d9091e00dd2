import type { RequestContext } from "../../context.js";
import { idOfType } from "../../shared/global-id.js";
import { userError, userErrorsFrom, type UserError } from "../../shared/user-errors.js";
import type { ReferralService } from "../referrals/index.js";
import type { StaffService } from "./staff.service.js";
import type { OwnerAgency, Pathway, StaffKind } from "./iom.model.js";
import type { IomMembershipRow, PlanActionRow } from "./iom.table.js";
import { checkAction, type ActionDraft } from "./action.rules.js";
import type { PlanActionInput } from "./plan.inputs.js";

/** An action as the caller described it, with global ids read as database ids. */
export interface ActionSpec {
  pathway: Pathway;
  description: string;
  ownerAgency: OwnerAgency;
  ownerStaffId: string | null;
  ownerName: string | null;
  dueOn: string;
  notes: string | null;
  referralId: string | null;
}

/** An action that passed the rules, ready to write. */
export type NewActionFields = Pick<PlanActionRow, "pathway" | "description" | "ownerAgency" | "ownerStaffId" | "ownerName" | "dueOn" | "notes" | "referralId">;

export interface ActionInputDependencies {
  staff: StaffService;
  referrals: ReferralService;
}

/** Reads the global ids of an action input; a malformed id is NOT_FOUND like a missing one. */
export function parseAction(input: PlanActionInput, path: string[], errors: UserError[]): ActionSpec | null {
  const ownerStaffId = input.ownerStaffId ? idOfType(input.ownerStaffId, "IomStaffMember") : null;
  if (input.ownerStaffId && !ownerStaffId) errors.push(userError([...path, "ownerStaffId"], "NOT_FOUND", "No such staff member"));
  const referralId = input.referralId ? idOfType(input.referralId, "Referral") : null;
  if (input.referralId && !referralId) errors.push(userError([...path, "referralId"], "NOT_FOUND", "No such referral"));
  if ((input.ownerStaffId && !ownerStaffId) || (input.referralId && !referralId)) return null;
  return {
    pathway: input.pathway,
    description: input.description,
    ownerAgency: input.ownerAgency,
    ownerStaffId,
    ownerName: input.ownerName ?? null,
    dueOn: input.dueOn,
    notes: input.notes ?? null,
    referralId,
  };
}

/** Loads an action's owner and referral and applies the action rules: the row to write, or null with `errors` added. */
export async function resolveActionSpec(
  deps: ActionInputDependencies,
  ctx: RequestContext,
  spec: ActionSpec,
  membership: IomMembershipRow,
  context: { today: string; checkDueOn: boolean },
  path: string[],
  errors: UserError[],
): Promise<NewActionFields | null> {
  const staff = spec.ownerStaffId ? await deps.staff.loadStaff(ctx, spec.ownerStaffId) : null;
  if (spec.ownerStaffId && !staff) {
    errors.push(userError([...path, "ownerStaffId"], "NOT_FOUND", "No such staff member"));
    return null;
  }
  const referral = spec.referralId ? await deps.referrals.loadForRelation(ctx, spec.referralId) : null;
  if (spec.referralId && !referral) {
    errors.push(userError([...path, "referralId"], "NOT_FOUND", "No such referral"));
    return null;
  }
  const draft: ActionDraft = {
    pathway: spec.pathway,
    description: spec.description,
    ownerAgency: spec.ownerAgency,
    ownerStaff: staff && { kind: staff.kind as StaffKind, active: staff.active },
    ownerName: staff ? null : spec.ownerName?.trim() || null,
    dueOn: spec.dueOn,
    notes: spec.notes?.trim() || null,
    referralPerpetratorId: referral?.perpetratorId ?? null,
  };
  const refusals = checkAction(draft, { memberPerpetratorId: membership.perpetratorId, ...context });
  if (refusals.length) {
    errors.push(...userErrorsFrom(refusals, path));
    return null;
  }
  return {
    pathway: draft.pathway,
    description: draft.description.trim(),
    ownerAgency: draft.ownerAgency,
    ownerStaffId: staff?.id ?? null,
    ownerName: draft.ownerName,
    dueOn: draft.dueOn,
    notes: draft.notes,
    referralId: referral?.id ?? null,
  };
}
