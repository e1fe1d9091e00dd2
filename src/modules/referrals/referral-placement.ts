import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { forbidden } from "../../shared/errors.js";
import { Role } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, userError, type Outcome } from "../../shared/user-errors.js";
import type { ProgrammeRules, ProgrammeService } from "../programmes/index.js";
import { checkGroupNotClosed, checkGroupOpenForAllocation, type GroupService, type ProgrammeGroupRow } from "../groups/index.js";
import type { ReferralRepository } from "./referral.repository.js";
import type { ReferralRow } from "./referral.table.js";

/** What allocating to a group and moving to another group both need. */
export interface PlacementDependencies {
  db: Database;
  repository: ReferralRepository;
  groups: GroupService;
  programmes: ProgrammeService;
  conflict: (referral: ReferralRow) => Outcome<ReferralRow>;
}

/**
 * The referral and the group a placement names, for probation or an admin only: a placement gives the
 * group's facilitators a view of the person, so it is never a facilitator's to make. Answers the
 * refusal (NOT_FOUND, a stale version) instead when there is one.
 */
export async function referralAndGroup(
  deps: PlacementDependencies,
  ctx: RequestContext,
  input: { referralId: string; groupId: string; expectedVersion: number },
  forbiddenMessage: string,
): Promise<{ referral: ReferralRow; group: ProgrammeGroupRow } | Outcome<ReferralRow>> {
  const referralId = idOfType(input.referralId, "Referral");
  const referral = referralId ? await deps.repository.byId(deps.db, referralId) : null;
  if (!referral) return refused(userError("referralId", "NOT_FOUND", "No such referral"));
  const groupId = idOfType(input.groupId, "ProgrammeGroup");
  const group = groupId ? await deps.groups.loadGroup(ctx, groupId) : null;
  if (!group) return refused(userError("groupId", "NOT_FOUND", "No such group"));
  if (!ctx.viewer.has(Role.PROBATION, Role.ADMIN)) throw forbidden(forbiddenMessage);
  if (referral.version !== input.expectedVersion) return deps.conflict(referral);
  return { referral, group };
}

/**
 * Whether the group still takes a new member, asked under its row lock: the lock serialises everyone
 * taking a place in it, so two can't both take its last one. Null when it does.
 */
export async function refusalOfAPlace(
  deps: PlacementDependencies,
  tx: Executor,
  group: ProgrammeGroupRow,
  programme: ProgrammeRules,
  now: Date,
): Promise<Outcome<ReferralRow> | null> {
  const shut = checkGroupNotClosed((await deps.groups.lockGroup(tx, group.id))!);
  if (shut) return refused(userError("groupId", shut.code, shut.message));
  const [sessions, members] = await Promise.all([deps.groups.sessionsOfGroup(tx, group.id), deps.repository.countGroupMembers(tx, group.id)]);
  const closed = checkGroupOpenForAllocation(programme, sessions, members, now);
  return closed ? refused(userError("groupId", closed.code, closed.message)) : null;
}
