import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { forbidden } from "../../shared/errors.js";
import { Role } from "../../shared/auth/roles.js";
import { SUBJECT } from "../../shared/auth/subjects.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome, type UserError } from "../../shared/user-errors.js";
import { rulesOf, type ProgrammeService } from "../programmes/index.js";
import { checkSessionNumber } from "./group.rules.js";
import { dateToday } from "../../shared/clock.js";
import { isFacilitatingOn } from "./facilitator.rules.js";
import { checkGroupNotClosed } from "./group-admin.rules.js";
import { checkReschedule } from "./reschedule.rules.js";
import { answerFromWrittenSession } from "./written-session.js";
import type { GroupRepository, GroupScope } from "./group.repository.js";
import type { ProgrammeGroupRow, ProgrammeSessionRow } from "./group.table.js";
import type { CreateProgrammeGroupInput, ProgrammeGroupFilter, RescheduleSessionInput, ScheduleSessionInput } from "./group.inputs.js";
import { SessionChangeService } from "./session-cancel.service.js";


/** What rescheduling needs to know about registers (provided by the attendance feature, which owns them). */
export interface RegisterCheck {
  /** Whether any register row, current or superseded, was recorded for the session (read in the caller's transaction). */
  hasRegister(tx: Executor, sessionId: string): Promise<boolean>;
}

export class GroupService {
  /** Cancelling sessions, sessions' histories and catch-up lists (session-cancel.service.ts). */
  readonly sessionChanges: SessionChangeService;

  constructor(
    private readonly db: Database,
    private readonly repository: GroupRepository,
    private readonly programmes: ProgrammeService,
    private readonly registers: () => RegisterCheck,
  ) {
    this.sessionChanges = new SessionChangeService(db, repository, this, registers);
  }

  /** Groups are for case readers and their facilitators; which ones each may see is decided on the way out. */
  private assertReadsSomeGroups(ctx: RequestContext): void {
    if (!ctx.visibility.reachesAny("ProgrammeGroup")) throw forbidden("Groups are visible to case readers and their facilitators");
  }

  async getGroup(ctx: RequestContext, id: string): Promise<ProgrammeGroupRow | null> {
    this.assertReadsSomeGroups(ctx);
    return ctx.loaders.groups.groupById.load(id);
  }

  async getSession(ctx: RequestContext, id: string): Promise<ProgrammeSessionRow | null> {
    this.assertReadsSomeGroups(ctx);
    return ctx.loaders.groups.sessionById.load(id);
  }

  /** For relations: the edge's own check decides whether the caller sees it. */
  loadGroup(ctx: RequestContext, id: string): Promise<ProgrammeGroupRow | null> {
    return ctx.loaders.groups.groupById.load(id);
  }

  loadSession(ctx: RequestContext, id: string): Promise<ProgrammeSessionRow | null> {
    return ctx.loaders.groups.sessionById.load(id);
  }

  /** The subjects facilitating the group today. */
  async facilitatorsOf(ctx: RequestContext, groupId: string): Promise<string[]> {
    const today = dateToday(ctx.clock);
    return (await ctx.loaders.groups.facilitatorsByGroupId.load(groupId)).filter((row) => isFacilitatingOn(row, today)).map((row) => row.facilitatorSub);
  }

  async pageGroups(ctx: RequestContext, args: PageArgs, filter: ProgrammeGroupFilter | null | undefined): Promise<Connection<ProgrammeGroupRow>> {
    const page = pageRequest(args);
    this.assertReadsSomeGroups(ctx);
    const scope: GroupScope = { visible: ctx.visibility.scopeOf("ProgrammeGroup") };
    if (filter?.facilitatedByMe) Object.assign(scope, { facilitatorSub: ctx.viewer.sub, today: dateToday(ctx.clock) });
    if (filter?.programme) {
      const programme = await this.programmes.byCode(filter.programme);
      if (!programme) return toConnection([], page, () => [], (row) => row, async () => 0);
      scope.programmeId = programme.id;
    }
    const rows = await this.repository.pageGroups(scope, page);
    ctx.visibility.prime("ProgrammeGroup", rows.map((row) => row.id));
    return toConnection(rows, page, (row) => [row.startsOn, row.id], (row) => row, () => this.repository.countGroups(scope));
  }

  /** A group's sessions: shown with the group, which the caller could see to get here. */
  async pageSessions(ctx: RequestContext, groupId: string, args: PageArgs): Promise<Connection<ProgrammeSessionRow>> {
    const page = pageRequest(args);
    const rows = await this.repository.pageSessions(groupId, page);
    ctx.visibility.prime("ProgrammeSession", rows.map((row) => row.id));
    return toConnection(rows, page, (row) => [row.sessionNumber], (row) => row, () => this.repository.countSessions(groupId));
  }

  async createGroup(ctx: RequestContext, input: CreateProgrammeGroupInput): Promise<Outcome<ProgrammeGroupRow>> {
    if (!ctx.viewer.isAdmin) throw forbidden("Only an admin sets up programme groups");
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (!name || name.length > 120) errors.push(userError("name", "INVALID", "name must be 1 to 120 characters"));
    const subs = [...new Set(input.facilitatorSubs.map((sub) => sub.trim()))];
    if (subs.length === 0) errors.push(userError("facilitatorSubs", "INVALID", "A group needs at least one facilitator"));
    if (subs.some((sub) => !SUBJECT.test(sub))) errors.push(userError("facilitatorSubs", "INVALID", "Facilitator subjects must be 1-200 characters of letters, digits or . @ : | - _"));
    const programme = await this.programmes.byCode(input.programme);
    if (!programme) errors.push(userError("programme", "NOT_FOUND", `Programme ${input.programme} is not set up`));
    if (errors.length) return refused(...errors);

    try {
      const created = await this.db.transaction((tx) =>
        this.repository.insertGroup(
          tx,
          { programmeId: programme!.id, name, location: input.location?.trim() || null, startsOn: input.startsOn, createdBy: ctx.viewer.sub },
          subs,
          dateToday(ctx.clock),
        ),
      );
      // The answer is made from what was written, not read back after the commit.
      ctx.loaders.groups.groupById.prime(created.group.id, created.group);
      ctx.loaders.groups.facilitatorsByGroupId.prime(created.group.id, created.facilitators);
      return succeeded(created.group);
    } catch (error) {
      if (!uniqueViolation(error)) throw error;
      return refused(userError("name", "DUPLICATE", `${programme!.name} already has a group called ${name}`));
    }
  }

  async scheduleSession(ctx: RequestContext, input: ScheduleSessionInput): Promise<Outcome<ProgrammeSessionRow>> {
    const groupId = idOfType(input.groupId, "ProgrammeGroup");
    const group = groupId ? await ctx.loaders.groups.groupById.load(groupId) : null;
    if (!group) return refused(userError("groupId", "NOT_FOUND", "No such group"));
    await this.assertCanManageGroup(ctx, this.db, group.id);

    const programme = await this.programmes.byId(ctx, group.programmeId);
    const errors: UserError[] = [];
    const numberProblem = checkSessionNumber(rulesOf(programme!), input.sessionNumber);
    if (numberProblem) errors.push(userError("sessionNumber", numberProblem.code, numberProblem.message));
    const duration = input.durationMinutes ?? 120;
    if (!Number.isInteger(duration) || duration < 15 || duration > 480) errors.push(userError("durationMinutes", "INVALID", "durationMinutes must be 15 to 480"));
    if (Number.isNaN(input.scheduledStart.getTime())) errors.push(userError("scheduledStart", "INVALID", "scheduledStart is not a valid date-time"));
    if (errors.length) return refused(...errors);

    try {
      return await this.db.transaction(async (tx): Promise<Outcome<ProgrammeSessionRow>> => {
        // The group's row lock orders this with closeGroup: a closed group takes no new session.
        const shut = checkGroupNotClosed((await this.repository.lockGroup(tx, group.id))!);
        if (shut) return refused(...userErrorsFrom([shut]));
        const row = await this.repository.insertSession(
          {
            groupId: group.id,
            sessionNumber: input.sessionNumber,
            scheduledStart: input.scheduledStart,
            durationMinutes: duration,
            format: input.format ?? "GROUP",
            createdBy: ctx.viewer.sub,
          },
          tx,
        );
        return succeeded(row);
      });
    } catch (error) {
      if (!uniqueViolation(error)) throw error;
      return refused(userError("sessionNumber", "DUPLICATE", `Session ${input.sessionNumber} is already scheduled for this group`));
    }
  }

  /**
   * Moves a session that has not taken place to a new start (and length). The group's row lock
   * serialises moves of its sessions, so two can't pass each other; the session's, registers for it,
   * so one can't be recorded while it moves. The move and its reason are kept in the session's history.
   */
  async rescheduleSession(ctx: RequestContext, input: RescheduleSessionInput): Promise<Outcome<ProgrammeSessionRow>> {
    const sessionId = idOfType(input.sessionId, "ProgrammeSession");
    const found = sessionId ? await ctx.loaders.groups.sessionById.load(sessionId) : null;
    if (!found) return refused(userError("sessionId", "NOT_FOUND", "No such session"));

    const now = ctx.clock.now();
    const outcome = await this.db.transaction(async (tx): Promise<Outcome<ProgrammeSessionRow>> => {
      const group = (await this.repository.lockGroup(tx, found.groupId))!;
      await this.assertCanManageGroup(ctx, tx, found.groupId);
      const shut = checkGroupNotClosed(group);
      if (shut) return refused(...userErrorsFrom([shut]));
      const session = (await this.repository.lockSession(tx, found.id))!;
      const [registerRecorded, groupSessions] = await Promise.all([this.registers().hasRegister(tx, session.id), this.repository.sessionsOfGroup(tx, session.groupId)]);
      const request = {
        session,
        scheduledStart: input.scheduledStart,
        durationMinutes: input.durationMinutes ?? session.durationMinutes,
        reason: input.reason,
        registerRecorded,
      };
      if (session.cancelledAt) return refused(userError("sessionId", "SESSION_CANCELLED", `Session ${session.sessionNumber} is cancelled`));
      const refusals = checkReschedule(request, session.catchUpOfSessionId ? [] : groupSessions, now); // a catch-up is outside the group's number order
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const moved = await this.repository.updateSessionSchedule(tx, session.id, { scheduledStart: request.scheduledStart, durationMinutes: request.durationMinutes });
      // The move is kept, with its reason, in the same transaction (session-history.table.ts).
      await this.repository.changes.insertChange(tx, {
        sessionId: session.id,
        kind: "RESCHEDULED",
        previousStart: session.scheduledStart,
        newStart: moved.scheduledStart,
        previousDurationMinutes: session.durationMinutes,
        newDurationMinutes: moved.durationMinutes,
        reason: input.reason.trim(),
        changedBy: ctx.viewer.sub,
        changedAt: now,
      });
      return succeeded(moved);
    });
    if (outcome.ok) answerFromWrittenSession(ctx, outcome.value);
    return outcome;
  }

  /** Admins, and the group's own facilitators, may run a group (schedule, record registers). */
  async assertCanManageGroup(ctx: RequestContext, executor: Executor, groupId: string): Promise<void> {
    if (ctx.viewer.isAdmin) return;
    if (ctx.viewer.has(Role.FACILITATOR) && (await this.repository.isFacilitatedBy(executor, groupId, ctx.viewer.sub, dateToday(ctx.clock)))) return;
    throw forbidden("Only this group's facilitators (or an admin) may do this");
  }

  lockSession(tx: Executor, sessionId: string) {
    return this.repository.lockSession(tx, sessionId);
  }

  lockGroup(tx: Executor, groupId: string) {
    return this.repository.lockGroup(tx, groupId);
  }

  sessionsOfGroup(tx: Executor, groupId: string) {
    return this.repository.sessionsOfGroup(tx, groupId);
  }
}
