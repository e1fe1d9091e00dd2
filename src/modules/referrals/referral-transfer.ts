import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { forbidden } from "../../shared/errors.js";
import { Role } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { rulesOf, type ProgrammeService } from "../programmes/index.js";
import { checkGroupNotClosed, checkGroupOpenForAllocation, type GroupService } from "../groups/index.js";
import type { ReferralRepository } from "./referral.repository.js";
import type { ReferralRow } from "./referral.table.js";
import type { ReferralStatus } from "./referral.model.js";
import type { TransferToGroupInput } from "./referral.inputs.js";
import { checkTransfer, transferNote } from "./transfer.rules.js";

export interface TransferDependencies {
  db: Database;
  repository: ReferralRepository;
  groups: GroupService;
  programmes: ProgrammeService;
  conflict: (referral: ReferralRow) => Outcome<ReferralRow>;
}

/**
 * Moves a referral that holds a group place to another group of its programme. The status stays as
 * it is and the register rows stay with the referral, so its attendance so far still counts; the
 * move is a transition row (same status, the groups and the reason in its note). Like allocation it
 * gives the new group's facilitators a view of the person (and takes the old group's away), so it is
 * for probation or an admin, never a facilitator.
 */
export async function transferToGroup(deps: TransferDependencies, ctx: RequestContext, input: TransferToGroupInput): Promise<Outcome<ReferralRow>> {
  const referralId = idOfType(input.referralId, "Referral");
  const referral = referralId ? await deps.repository.byId(deps.db, referralId) : null;
  if (!referral) return refused(userError("referralId", "NOT_FOUND", "No such referral"));
  const groupId = idOfType(input.groupId, "ProgrammeGroup");
  const target = groupId ? await deps.groups.loadGroup(ctx, groupId) : null;
  if (!target) return refused(userError("groupId", "NOT_FOUND", "No such group"));
  if (!ctx.viewer.has(Role.PROBATION, Role.ADMIN)) throw forbidden("Moving someone to another group needs the PROBATION or ADMIN role");
  if (referral.version !== input.expectedVersion) return deps.conflict(referral);

  const reason = input.reason.trim();
  const refusals = checkTransfer({ status: referral.status as ReferralStatus, groupId: referral.groupId, programmeId: referral.programmeId }, target, reason);
  if (refusals.length) return refused(...userErrorsFrom(refusals));
  const source = (await deps.groups.loadGroup(ctx, referral.groupId!))!;
  const programme = rulesOf((await deps.programmes.byId(ctx, referral.programmeId))!);

  const now = ctx.clock.now();
  return deps.db.transaction(async (tx): Promise<Outcome<ReferralRow>> => {
    // The target's row lock serialises it with allocations, so two can't both take its last place.
    const shut = checkGroupNotClosed((await deps.groups.lockGroup(tx, target.id))!);
    if (shut) return refused(userError("groupId", shut.code, shut.message));
    const [sessions, members] = await Promise.all([deps.groups.sessionsOfGroup(tx, target.id), deps.repository.countGroupMembers(tx, target.id)]);
    const closed = checkGroupOpenForAllocation(programme, sessions, members, now);
    if (closed) return refused(userError("groupId", closed.code, closed.message));
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
