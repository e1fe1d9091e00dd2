import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { forbidden } from "../../shared/errors.js";
import { Role } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, type Outcome } from "../../shared/user-errors.js";
import { rulesOf, type ProgrammeService } from "../programmes/index.js";
import { checkGroupNotClosed, checkGroupOpenForAllocation, type GroupService } from "../groups/index.js";
import { checkTransition } from "./transition.rules.js";
import type { ReferralStatus } from "./referral.model.js";
import type { ReferralRepository } from "./referral.repository.js";
import type { ReferralRow } from "./referral.table.js";
import type { AllocateToGroupInput } from "./referral.inputs.js";

export interface AllocationDependencies {
  db: Database;
  repository: ReferralRepository;
  groups: GroupService;
  programmes: ProgrammeService;
  conflict: (referral: ReferralRow) => Outcome<ReferralRow>;
}

/** Gives a referral awaiting a place a place in a group of its programme, while the group still takes people. */
export async function allocateToGroup(deps: AllocationDependencies, ctx: RequestContext, input: AllocateToGroupInput): Promise<Outcome<ReferralRow>> {
  const referralId = idOfType(input.referralId, "Referral");
  const referral = referralId ? await deps.repository.byId(deps.db, referralId) : null;
  if (!referral) return refused(userError("referralId", "NOT_FOUND", "No such referral"));
  const groupId = idOfType(input.groupId, "ProgrammeGroup");
  const group = groupId ? await deps.groups.loadGroup(ctx, groupId) : null;
  if (!group) return refused(userError("groupId", "NOT_FOUND", "No such group"));
  // Allocation gives a facilitator's group a new participant, and so the facilitators a view of them:
  // it is for the case holder or an admin, never a facilitator acting for their own group.
  if (!ctx.viewer.has(Role.PROBATION, Role.ADMIN)) throw forbidden("Allocating to a group needs the PROBATION or ADMIN role");
  if (referral.version !== input.expectedVersion) return deps.conflict(referral);
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
    // The group row lock serialises allocations to one group, so two can't both take its last place.
    const shut = checkGroupNotClosed((await deps.groups.lockGroup(tx, group.id))!);
    if (shut) return refused(userError("groupId", shut.code, shut.message));
    const [sessions, members] = await Promise.all([deps.groups.sessionsOfGroup(tx, group.id), deps.repository.countGroupMembers(tx, group.id)]);
    const closed = checkGroupOpenForAllocation(programme, sessions, members, now);
    if (closed) return refused(userError("groupId", closed.code, closed.message));
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
