import type { RequestContext } from "../../context.js";
import { refused, succeeded, userError, type Outcome } from "../../shared/user-errors.js";
import { rulesOf } from "../programmes/index.js";
import { referralAndGroup, refusalOfAPlace, type PlacementDependencies } from "./referral-placement.js";
import { checkTransition } from "./transition.rules.js";
import type { ReferralStatus } from "./referral.model.js";
import type { ReferralRow } from "./referral.table.js";
import type { AllocateToGroupInput } from "./referral.inputs.js";

/** Gives a referral awaiting a place a place in a group of its programme, while the group still takes people. */
export async function allocateToGroup(deps: PlacementDependencies, ctx: RequestContext, input: AllocateToGroupInput): Promise<Outcome<ReferralRow>> {
  const found = await referralAndGroup(deps, ctx, input, "Allocating to a group needs the PROBATION or ADMIN role");
  if ("ok" in found) return found;
  const { referral, group } = found;
  if (group.programmeId !== referral.programmeId) {
    return refused(userError("groupId", "WRONG_PROGRAMME", "The group runs a different programme from the referral's"));
  }
  const refusal = checkTransition(referral.status as ReferralStatus, "ALLOCATED", {
    mandated: referral.legalBasis !== null,
    completionThresholdMet: false,
    withdrawalReason: null,
    note: null,
    viaAllocation: true,
  });
  if (refusal) return refused(userError(refusal.field === "toStatus" ? "referralId" : refusal.field, refusal.code, refusal.message));
  const programme = rulesOf((await deps.programmes.byId(ctx, referral.programmeId))!);

  const now = ctx.clock.now();
  return deps.db.transaction(async (tx): Promise<Outcome<ReferralRow>> => {
    const noPlace = await refusalOfAPlace(deps, tx, group, programme, now);
    if (noPlace) return noPlace;
    const updated = await deps.repository.updateIfVersion(
      tx,
      referral.id,
      input.expectedVersion,
      { status: "ALLOCATED", groupId: group.id, allocatedAt: now },
      { fromStatus: referral.status, toStatus: "ALLOCATED", version: 0, note: `Allocated to group ${group.name}`, actorSub: ctx.viewer.sub, actorName: ctx.viewer.name, occurredAt: now },
    );
    return updated ? succeeded(updated) : deps.conflict(referral);
  });
}
