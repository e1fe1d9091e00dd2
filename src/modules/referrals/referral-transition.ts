import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { forbidden } from "../../shared/errors.js";
import type { SafetyEventSink } from "../../shared/safety-events.js";
import { REFERRERS, Role } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";
import { refused, succeeded, userError, type Outcome } from "../../shared/user-errors.js";
import type { ProgrammeRow, ProgrammeService } from "../programmes/index.js";
import { checkGroupNotClosed, type GroupService } from "../groups/index.js";
import { checkTransition, checkUnsuitabilityReason, isReopening, isTerminal, mayReopen } from "./transition.rules.js";
import { MAX_REFERRAL_NOTE, type ReferralStatus } from "./referral.model.js";
import type { ReferralRepository } from "./referral.repository.js";
import type { ReferralRow } from "./referral.table.js";
import type { TransitionReferralInput } from "./referral.inputs.js";

/** What the referral lifecycle needs to know about attendance (provided by the attendance feature). */
export interface CompletionCheck {
  completionThresholdMet(ctx: RequestContext, referral: ReferralRow, programme: ProgrammeRow): Promise<boolean>;
}

export interface TransitionDependencies {
  db: Database;
  repository: ReferralRepository;
  programmes: ProgrammeService;
  groups: GroupService;
  completion: () => CompletionCheck;
  safetyEvents: () => SafetyEventSink;
  conflict: (referral: ReferralRow) => Outcome<ReferralRow>;
}

/** Facilitators run groups; they record starts and outcomes but leave breach and withdrawal to the case owner. */
const FACILITATOR_TRANSITIONS: ReferralStatus[] = ["ON_PROGRAMME", "COMPLETED", "DROPPED_OUT"];

/**
 * Moves a referral along its lifecycle (transition.rules.ts decides which moves are allowed), writing
 * the transition row and telling victim safety of the new status in the same transaction.
 */
export async function transitionReferral(deps: TransitionDependencies, ctx: RequestContext, input: TransitionReferralInput): Promise<Outcome<ReferralRow>> {
  const referralId = idOfType(input.referralId, "Referral");
  const referral = referralId ? await deps.repository.byId(deps.db, referralId) : null;
  if (!referral) return refused(userError("referralId", "NOT_FOUND", "No such referral"));
  await assertCanTransition(ctx, referral, input.toStatus);
  if (referral.version !== input.expectedVersion) return deps.conflict(referral);

  const note = input.note?.trim() || null;
  const noteErrors = fieldErrors(checkLength("note", note, MAX_REFERRAL_NOTE));
  if (noteErrors.length) return refused(...noteErrors);
  const from = referral.status as ReferralStatus;
  const to = input.toStatus;
  const programme = (await deps.programmes.byId(ctx, referral.programmeId))!;
  const completionThresholdMet = to === "COMPLETED" ? await deps.completion().completionThresholdMet(ctx, referral, programme) : false;
  const refusal = checkTransition(from, to, {
    mandated: referral.legalBasis !== null,
    completionThresholdMet,
    withdrawalReason: input.withdrawalReason ?? null,
    note,
    viaAllocation: false,
  }) ?? checkUnsuitabilityReason(to, input.unsuitabilityReason ?? null);
  if (refusal) return refused(userError(refusal.field, refusal.code, refusal.message));

  const now = ctx.clock.now();
  const reopening = isReopening(from, to);
  const write = () => deps.db.transaction(async (tx): Promise<ReferralRow | null | GroupShut> => {
    // Back on the programme in the group it was breached from, unless that group has closed since
    // (under the group's lock, as closeGroup takes it): then it waits for a place in another.
    if (reopening && to === "ON_PROGRAMME" && referral.groupId) {
      const shut = checkGroupNotClosed((await deps.groups.lockGroup(tx, referral.groupId))!);
      if (shut) return { shut: { ...shut, field: "toStatus", message: `${shut.message}: re-open the referral to AWAITING_ALLOCATION and allocate it to an open group` } };
    }
    const row = await deps.repository.updateIfVersion(
      tx,
      referral.id,
      input.expectedVersion,
      {
        status: to,
        ...(to === "WITHDRAWN" ? { withdrawalReason: input.withdrawalReason ?? null } : {}),
        ...(to === "AWAITING_ALLOCATION" ? { groupId: null, allocatedAt: null } : {}),
        ...(isTerminal(to) ? { closedAt: now } : {}),
        // Open again: back in the group it was breached from, which it never left.
        ...(reopening ? { closedAt: null } : {}),
      },
      { fromStatus: from, toStatus: to, version: 0, reason: to === "ASSESSED_UNSUITABLE" ? (input.unsuitabilityReason ?? null) : (input.withdrawalReason ?? null), note, actorSub: ctx.viewer.sub, actorName: ctx.viewer.name, occurredAt: now },
    );
    if (row) {
      await deps.safetyEvents().referralStatusChanged(tx, ctx, {
        referralId: row.id,
        perpetratorId: row.perpetratorId,
        programmeId: row.programmeId,
        status: row.status,
        version: row.version,
        at: now,
      });
    }
    return row;
  });
  let updated: ReferralRow | null | GroupShut;
  try {
    updated = await write();
  } catch (error) {
    // Re-opening makes the referral the person's open one for the programme: refused if they have another.
    if (reopening && uniqueViolation(error)) {
      return refused(userError("referralId", "DUPLICATE", "This person has another open referral to the programme; close it before re-opening this one"));
    }
    throw error;
  }
  if (updated && "shut" in updated) return refused(userError(updated.shut.field, updated.shut.code, updated.shut.message));
  return updated ? succeeded(updated) : deps.conflict(referral);
}

async function assertCanTransition(ctx: RequestContext, referral: ReferralRow, to: ReferralStatus): Promise<void> {
  if (isReopening(referral.status as ReferralStatus, to)) {
    if (mayReopen([...ctx.viewer.roles])) return;
    throw forbidden("Only probation or an admin re-opens a breached referral, on the court's order");
  }
  if (ctx.viewer.has(...REFERRERS)) return;
  // A facilitator acts only on the referrals in the groups they run now, and only to record a start or an outcome.
  if (ctx.viewer.has(Role.FACILITATOR) && FACILITATOR_TRANSITIONS.includes(to) && (await ctx.visibility.isVisible("Referral", referral.id))) return;
  throw forbidden("You may not change this referral");
}

/** A re-opening refused because the referral's group has closed. */
type GroupShut = { shut: NonNullable<ReturnType<typeof checkGroupNotClosed>> };
