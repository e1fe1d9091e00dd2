import type { RequestContext } from "../../context.js";
import { refused, succeeded, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { rulesOf } from "../programmes/index.js";
import { referralAndGroup, refusalOfAPlace, type PlacementDependencies } from "./referral-placement.js";
import type { ReferralRow } from "./referral.table.js";
import type { ReferralStatus } from "./referral.model.js";
import type { TransferToGroupInput } from "./referral.inputs.js";
import { checkTransfer, transferNote } from "./transfer.rules.js";

/**
 * Moves a referral that holds a group place to another group of its programme. The status stays as
 * it is and the register rows stay with the referral, so its attendance so far still counts; the
 * move is a transition row (same status, the groups and the reason in its note). Like allocation it
 * gives the new group's facilitators a view of the person (and takes the old group's away), so it is
 * for probation or an admin, never a facilitator.
 */
export async function transferToGroup(deps: PlacementDependencies, ctx: RequestContext, input: TransferToGroupInput): Promise<Outcome<ReferralRow>> {
  const found = await referralAndGroup(deps, ctx, input, "Moving someone to another group needs the PROBATION or ADMIN role");
  if ("ok" in found) return found;
  const { referral, group: target } = found;

  const reason = input.reason.trim();
  const refusals = checkTransfer({ status: referral.status as ReferralStatus, groupId: referral.groupId, programmeId: referral.programmeId }, target, reason);
  if (refusals.length) return refused(...userErrorsFrom(refusals));
  const source = (await deps.groups.loadGroup(ctx, referral.groupId!))!;
  const programme = rulesOf((await deps.programmes.byId(ctx, referral.programmeId))!);

  const now = ctx.clock.now();
  return deps.db.transaction(async (tx): Promise<Outcome<ReferralRow>> => {
    const noPlace = await refusalOfAPlace(deps, tx, target, programme, now);
    if (noPlace) return noPlace;
    const updated = await deps.repository.updateIfVersion(
      tx,
      referral.id,
      input.expectedVersion,
      { groupId: target.id, allocatedAt: now },
      {
        fromStatus: referral.status,
        toStatus: referral.status,
        version: 0,
        reason,
        note: transferNote(source.name, target.name, reason),
        actorSub: ctx.viewer.sub,
        actorName: ctx.viewer.name,
        occurredAt: now,
      },
    );
    return updated ? succeeded(updated) : deps.conflict(referral);
  });
}
