import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { dateToday } from "../../shared/clock.js";
import { forbidden } from "../../shared/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { checkAddFacilitator, checkRemoveFacilitator, openPeriodOf } from "./facilitator.rules.js";
import { checkClose, checkGroupUpdate, type GroupPatch } from "./group-admin.rules.js";
import type { GroupAdminRepository, GroupRowPatch } from "./group-admin.repository.js";
import type { AddGroupFacilitatorInput, CloseGroupInput, RemoveGroupFacilitatorInput, UpdateGroupInput } from "./group-admin.inputs.js";
import { byFacilitationOrder, type GroupRepository } from "./group.repository.js";
import type { GroupFacilitatorRow, ProgrammeGroupRow } from "./group.table.js";

/** What closing needs to know about a group's participants (provided by the referrals feature, which owns them). */
export interface GroupMembers {
  /** Referrals ALLOCATED to the group or ON_PROGRAMME in it, read in the caller's transaction. */
  countMembers(tx: Executor, groupId: string): Promise<number>;
}

/** A facilitator change as written, with the group's whole list after it (for the answer). */
export interface FacilitatorChange {
  group: ProgrammeGroupRow;
  facilitator: GroupFacilitatorRow;
}

/**
 * Running a group after set-up: who facilitates it and when, its own details, and closing it. Only
 * an admin does any of this. The facilitator list is a relationship that gives access to people's
 * records ("facilitates the group"), and no caller may create one for themselves or a colleague;
 * a group's details and its closing are set-up, which is the admin's (as createProgrammeGroup is).
 * Every write takes the group's row lock, as allocations, transfers and sessions do, so a close and
 * any of them cannot pass each other.
 */
export class GroupAdminService {
  constructor(
    private readonly db: Database,
    private readonly groups: GroupRepository,
    private readonly repository: GroupAdminRepository,
    private readonly members: () => GroupMembers,
  ) {}

  /** A group's facilitation periods, open ones (current or starting later) unless `includeEnded`: shown with the group. */
  async facilitationsOf(ctx: RequestContext, groupId: string, includeEnded: boolean): Promise<GroupFacilitatorRow[]> {
    const periods = await ctx.loaders.groups.facilitatorsByGroupId.load(groupId);
    return includeEnded ? periods : periods.filter((period) => period.endedOn === null || period.endedOn > dateToday(ctx.clock));
  }

  private assertAdmin(ctx: RequestContext, what: string): void {
    if (!ctx.viewer.isAdmin) throw forbidden(`Only an admin ${what}`);
  }

  async addFacilitator(ctx: RequestContext, input: AddGroupFacilitatorInput): Promise<Outcome<FacilitatorChange>> {
    this.assertAdmin(ctx, "adds a group's facilitators");
    const groupId = idOfType(input.groupId, "ProgrammeGroup");
    if (!groupId || !(await ctx.loaders.groups.groupById.load(groupId))) return refused(userError("groupId", "NOT_FOUND", "No such group"));
    const today = dateToday(ctx.clock);
    const request = { facilitatorSub: input.facilitatorSub.trim(), startedOn: input.startedOn ?? today, reason: input.reason?.trim() || null };
    return this.changeFacilitators(ctx, groupId, async (tx, group, periods) => {
      const refusals = checkAddFacilitator(request, periods, { closed: group.closedAt !== null }, today);
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const facilitator = await this.repository.insertFacilitation(tx, {
        groupId,
        facilitatorSub: request.facilitatorSub,
        startedOn: request.startedOn,
        addedBy: ctx.viewer.sub,
        addReason: request.reason,
      });
      return succeeded({ facilitator, periods: [...periods, facilitator] });
    });
  }

  async removeFacilitator(ctx: RequestContext, input: RemoveGroupFacilitatorInput): Promise<Outcome<FacilitatorChange>> {
    this.assertAdmin(ctx, "removes a group's facilitators");
    const groupId = idOfType(input.groupId, "ProgrammeGroup");
    if (!groupId || !(await ctx.loaders.groups.groupById.load(groupId))) return refused(userError("groupId", "NOT_FOUND", "No such group"));
    const today = dateToday(ctx.clock);
    const now = ctx.clock.now();
    const sub = input.facilitatorSub.trim();
    return this.changeFacilitators(ctx, groupId, async (tx, _group, periods) => {
      const open = openPeriodOf(periods, sub);
      // By default from today; a period that starts later is withdrawn from its own start.
      const endedOn = input.endedOn ?? (open && open.startedOn > today ? open.startedOn : today);
      const sessionsToRun = (await this.groups.sessionsOfGroup(tx, groupId)).filter((session) => session.scheduledStart > now && session.cancelledAt === null);
      const refusals = checkRemoveFacilitator({ facilitatorSub: sub, endedOn, reason: input.reason.trim() }, periods, sessionsToRun, today);
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const facilitator = (await this.repository.endFacilitation(tx, open!.id, { endedOn, endedBy: ctx.viewer.sub, endReason: input.reason.trim(), endedAt: now }))!;
      return succeeded({ facilitator, periods: periods.map((period) => (period.id === facilitator.id ? facilitator : period)) });
    });
  }

  /** Locks the group, reads its periods, runs the change, and primes the loaders with what it wrote. */
  private async changeFacilitators(
    ctx: RequestContext,
    groupId: string,
    change: (tx: Executor, group: ProgrammeGroupRow, periods: GroupFacilitatorRow[]) => Promise<Outcome<{ facilitator: GroupFacilitatorRow; periods: GroupFacilitatorRow[] }>>,
  ): Promise<Outcome<FacilitatorChange>> {
    let outcome: Outcome<FacilitatorChange & { periods: GroupFacilitatorRow[] }>;
    try {
      outcome = await this.db.transaction(async (tx): Promise<typeof outcome> => {
        const group = (await this.groups.lockGroup(tx, groupId))!;
        const changed = await change(tx, group, await this.repository.facilitationsOf(tx, groupId));
        return changed.ok ? succeeded({ group, ...changed.value }) : changed;
      });
    } catch (error) {
      // The group's lock makes this rare: two additions of one person could still meet at the unique index.
      if (!uniqueViolation(error)) throw error;
      return refused(userError("facilitatorSub", "DUPLICATE", "That facilitator is already on the group's list"));
    }
    if (!outcome.ok) return outcome;
    // The answer is made from what was written (the group's whole list after the change), not read back after the commit.
    const { group, facilitator, periods } = outcome.value;
    ctx.loaders.groups.facilitatorsByGroupId.clear(groupId).prime(groupId, [...periods].sort(byFacilitationOrder));
    ctx.loaders.groups.groupById.clear(groupId).prime(groupId, group);
    return succeeded({ group, facilitator });
  }

  async updateGroup(ctx: RequestContext, input: UpdateGroupInput): Promise<Outcome<ProgrammeGroupRow>> {
    this.assertAdmin(ctx, "changes a group's details");
    const groupId = idOfType(input.groupId, "ProgrammeGroup");
    if (!groupId || !(await ctx.loaders.groups.groupById.load(groupId))) return refused(userError("groupId", "NOT_FOUND", "No such group"));
    if (input.startsOn === null) return refused(userError("startsOn", "INVALID", "startsOn cannot be cleared"));
    const patch: GroupPatch = {};
    if (input.name !== undefined) patch.name = input.name?.trim() ?? "";
    if (input.location !== undefined) patch.location = input.location?.trim() || null;
    if (input.startsOn !== undefined) patch.startsOn = input.startsOn;
    const now = ctx.clock.now();
    try {
      return await this.writeGroup(ctx, groupId, input.expectedVersion, async (tx, group) => {
        const sessions = await this.groups.sessionsOfGroup(tx, groupId);
        const first = sessions.reduce<Date | null>((earliest, s) => (earliest === null || s.scheduledStart < earliest ? s.scheduledStart : earliest), null);
        const refusals = checkGroupUpdate(group, patch, first, now);
        return refusals.length ? refused(...userErrorsFrom(refusals)) : succeeded(patch);
      });
    } catch (error) {
      if (!uniqueViolation(error)) throw error;
      return refused(userError("name", "DUPLICATE", `The programme already has a group called ${patch.name}`));
    }
  }

  /** Closes a group with nobody left in it and no session still to run (see `checkClose`). */
  async closeGroup(ctx: RequestContext, input: CloseGroupInput): Promise<Outcome<ProgrammeGroupRow>> {
    this.assertAdmin(ctx, "closes a group");
    const groupId = idOfType(input.groupId, "ProgrammeGroup");
    if (!groupId || !(await ctx.loaders.groups.groupById.load(groupId))) return refused(userError("groupId", "NOT_FOUND", "No such group"));
    const now = ctx.clock.now();
    const reason = input.reason.trim();
    return this.writeGroup(ctx, groupId, input.expectedVersion, async (tx, group) => {
      const [members, sessions] = await Promise.all([this.members().countMembers(tx, groupId), this.groups.sessionsOfGroup(tx, groupId)]);
      const refusals = checkClose({ closedAt: group.closedAt, members, sessionsToRun: sessions.filter((s) => s.scheduledStart > now && s.cancelledAt === null) }, reason);
      return refusals.length ? refused(...userErrorsFrom(refusals)) : succeeded({ closedAt: now, closedBy: ctx.viewer.sub, closeReason: reason });
    });
  }

  /** Under the group's lock: the version compared, the change checked, then written with the version moved on. */
  private async writeGroup(
    ctx: RequestContext,
    groupId: string,
    expectedVersion: number,
    check: (tx: Executor, group: ProgrammeGroupRow) => Promise<Outcome<GroupRowPatch>>,
  ): Promise<Outcome<ProgrammeGroupRow>> {
    const outcome = await this.db.transaction(async (tx): Promise<Outcome<ProgrammeGroupRow>> => {
      const group = (await this.groups.lockGroup(tx, groupId))!;
      if (group.version !== expectedVersion) {
        return refused(userError("expectedVersion", "CONFLICT", `The group has changed since you read it (now version ${group.version}); reload and try again`));
      }
      const patch = await check(tx, group);
      if (!patch.ok) return patch;
      return succeeded((await this.repository.updateIfVersion(tx, groupId, expectedVersion, patch.value))!);
    });
    // The answer is made from what was written, not read back after the commit.
    if (outcome.ok) ctx.loaders.groups.groupById.clear(groupId).prime(groupId, outcome.value);
    return outcome;
  }
}
