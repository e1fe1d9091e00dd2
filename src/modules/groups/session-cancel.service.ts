import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import type { GroupRepository } from "./group.repository.js";
import type { programmeSessions, ProgrammeSessionRow } from "./group.table.js";
import type { GroupService, RegisterCheck } from "./group.service.js";
import { answerFromWrittenSession } from "./written-session.js";
import { checkCancel } from "./session-cancel.rules.js";
import type { SessionChangeRow } from "./session-history.table.js";
import type { CancelSessionInput } from "./session-cancel.inputs.js";

/** Cancelling sessions, and each session's history of changes. */
export class SessionChangeService {
  constructor(
    private readonly db: Database,
    private readonly repository: GroupRepository,
    private readonly groups: GroupService,
    private readonly registers: () => RegisterCheck,
  ) {}

  /**
   * Cancels a session that has not taken place. The group's facilitators and admins may (as for a
   * move); the session's row lock keeps a register from being recorded while it is cancelled, and the
   * cancellation is kept in the session's history in the same transaction.
   */
  async cancel(ctx: RequestContext, input: CancelSessionInput): Promise<Outcome<ProgrammeSessionRow>> {
    const sessionId = idOfType(input.sessionId, "ProgrammeSession");
    const found = sessionId ? await ctx.loaders.groups.sessionById.load(sessionId) : null;
    if (!found) return refused(userError("sessionId", "NOT_FOUND", "No such session"));

    const now = ctx.clock.now();
    const outcome = await this.db.transaction(async (tx): Promise<Outcome<ProgrammeSessionRow>> => {
      await this.groups.assertCanManageGroup(ctx, tx, found.groupId);
      const session = (await this.repository.lockSession(tx, found.id))!;
      const registerRecorded = await this.registers().hasRegister(tx, session.id);
      const refusals = checkCancel(session, registerRecorded, input.reason);
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const reason = input.reason.trim();
      const cancelled = (await this.repository.changes.markCancelled(tx, session.id, ctx.viewer.sub, reason, now))!;
      await this.repository.changes.insertChange(tx, {
        sessionId: session.id,
        kind: "CANCELLED",
        previousStart: session.scheduledStart,
        previousDurationMinutes: session.durationMinutes,
        reason,
        changedBy: ctx.viewer.sub,
        changedAt: now,
      });
      return succeeded(cancelled);
    });
    if (outcome.ok) answerFromWrittenSession(ctx, outcome.value);
    return outcome;
  }

  /** Writes a catch-up session (attendance decides who it is for and whether it may be held). */
  insertCatchUp(tx: Executor, session: typeof programmeSessions.$inferInsert): Promise<ProgrammeSessionRow> {
    return this.repository.changes.insertCatchUpSession(tx, session);
  }

  /** A session's changes in the order they were made: shown with the session, which the caller could see to get here. */
  async changes(_ctx: RequestContext, sessionId: string, args: PageArgs): Promise<Connection<SessionChangeRow>> {
    const page = pageRequest(args);
    const rows = await this.repository.changes.pageChanges(sessionId, page);
    return toConnection(rows, page, (row) => [row.seq], (row) => row, () => this.repository.changes.countChanges(sessionId));
  }

  /** The catch-ups arranged for a session, in start order: only those in groups the caller may see. */
  async catchUps(ctx: RequestContext, sessionId: string, args: PageArgs): Promise<Connection<ProgrammeSessionRow>> {
    const page = pageRequest(args);
    const visible = ctx.visibility.scopeOf("ProgrammeSession");
    const rows = await this.repository.changes.pageCatchUps(sessionId, page, visible);
    ctx.visibility.prime("ProgrammeSession", rows.map((row) => row.id));
    return toConnection(rows, page, (row) => [row.scheduledStart.toISOString(), row.id], (row) => row, () => this.repository.changes.countCatchUps(sessionId, visible));
  }
}
