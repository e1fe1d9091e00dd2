import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { badInput, forbidden } from "../../shared/errors.js";
import { Role } from "../../shared/auth/roles.js";
import { dateToday } from "../../shared/clock.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { AuditLog } from "../../shared/audit/index.js";
import { checkMerge, totalMoved, valuesOf, type IdentifierField } from "./merge.rules.js";
import type { PersonMove, PersonRecordsHolder } from "./person-merge.port.js";
import type { PerpetratorRepository } from "./perpetrator.repository.js";
import type { PerpetratorMergeRow, PerpetratorRow } from "./perpetrator.table.js";
import type { MergePerpetratorsInput } from "./perpetrator-merge.type.js";
import { checkReason } from "./perpetrator.validation.js";

export interface Merged {
  survivor: PerpetratorRow;
  merge: PerpetratorMergeRow;
}

/**
 * Merging two records of the same person. Who may: an admin, or a probation practitioner who is the
 * allocated practitioner of both records today, as for correcting one record (updatePerpetrator). Not
 * a practitioner for the survivor alone: a merge moves the duplicate's victim-safety and IOM records
 * into a case they hold, so it would otherwise be a way to read anyone's.
 */
export class PerpetratorMergeService {
  constructor(
    private readonly db: Database,
    private readonly repository: PerpetratorRepository,
    private readonly audit: AuditLog,
    /** Every feature holding rows about a person (the composition root lists them; a test checks none is missing). */
    private readonly holders: () => readonly PersonRecordsHolder[],
  ) {}

  async merge(ctx: RequestContext, input: MergePerpetratorsInput): Promise<Outcome<Merged>> {
    if (!ctx.viewer.has(Role.ADMIN, Role.PROBATION)) throw forbidden("Merging two records needs the ADMIN role, or PROBATION as the allocated practitioner of both");
    const errors: UserError[] = [];
    const reason = checkReason(input.reason, errors);
    const survivorId = idOfType(input.survivorId, "Perpetrator");
    const duplicateId = idOfType(input.duplicateId, "Perpetrator");
    if (!survivorId) errors.push(userError("survivorId", "NOT_FOUND", "No such person"));
    if (!duplicateId) errors.push(userError("duplicateId", "NOT_FOUND", "No such person"));
    if (errors.length || !survivorId || !duplicateId) return refused(...errors);
    const today = dateToday(ctx.clock);
    const move: PersonMove = { survivorId, duplicateId, today, actorSub: ctx.viewer.sub };

    try {
      return await this.db.transaction(async (tx): Promise<Outcome<Merged>> => {
        const locked = await this.repository.merges.lockPair(tx, [survivorId, duplicateId], { sub: ctx.viewer.sub, today });
        // An erased record is nobody's: it is neither merged into nor merged away.
        const survivor = locked.find((row) => row.person.id === survivorId && !row.person.erasedAt);
        const duplicate = locked.find((row) => row.person.id === duplicateId && !row.person.erasedAt);
        const missing = [!survivor && userError("survivorId", "NOT_FOUND", "No such person"), !duplicate && userError("duplicateId", "NOT_FOUND", "No such person")];
        if (!survivor || !duplicate) return refused(...missing.filter((e): e is UserError => e !== false));
        if (!ctx.viewer.isAdmin && !(survivor.allocatedToCaller && duplicate.allocatedToCaller))
          throw forbidden("Only an admin, or the allocated probation practitioner of both records, may merge them");

        const checked = checkMerge(survivor.person, duplicate.person, { survivorVersion: input.survivorExpectedVersion, duplicateVersion: input.duplicateExpectedVersion });
        if (!checked.ok) return refused(...userErrorsFrom(checked.refusals));
        const conflicts = (await Promise.all(this.holders().map((holder) => holder.mergeConflicts(tx, move)))).flat();
        if (conflicts.length) return refused(...conflicts.map((c) => userError(c.field, "CONFLICT", c.message)));

        return succeeded(await this.write(tx, ctx, move, { survivor: survivor.person, duplicate: duplicate.person, reason, movedIdentifiers: checked.plan.movedIdentifiers, input }));
      });
    } catch (error) {
      // Open work created for both while the merge waited on its locks: the unique index refuses the move.
      const constraint = uniqueViolation(error);
      if (!constraint) throw error;
      return refused(userError("duplicateId", "CONFLICT", `Both records hold open work that cannot be combined (${constraint}); close one and try again`));
    }
  }

  /** Sequentially, in the one transaction: moves, marks, records and audits. */
  private async write(
    tx: Executor,
    ctx: RequestContext,
    move: PersonMove,
    merge: { survivor: PerpetratorRow; duplicate: PerpetratorRow; reason: string; movedIdentifiers: IdentifierField[]; input: MergePerpetratorsInput },
  ): Promise<Merged> {
    const moved: Record<string, number>[] = [];
    for (const holder of this.holders()) moved.push(await holder.movePerson(tx, move));
    const identifiers = Object.fromEntries(merge.movedIdentifiers.map((field) => [field, merge.duplicate[field]!])) as Partial<Record<IdentifierField, string>>;
    const at = ctx.clock.now();
    const marked = await this.repository.merges.markMerged(tx, {
      ...move,
      at,
      survivorVersion: merge.input.survivorExpectedVersion,
      duplicateVersion: merge.input.duplicateExpectedVersion,
      identifiers,
    });
    // Both rows are locked and their versions checked above: not reachable but by a bug.
    if (!marked) throw new Error("merge: a locked record changed version");
    const movedRows = totalMoved(moved);
    const record = await this.repository.merges.insertMerge(tx, {
      survivorId: move.survivorId,
      duplicateId: move.duplicateId,
      reason: merge.reason,
      movedIdentifiers: merge.movedIdentifiers,
      movedRows,
      duplicateValues: valuesOf(merge.duplicate),
      actorSub: ctx.viewer.sub,
      actorName: ctx.viewer.name,
      occurredAt: at,
    });
    const movedTables = Object.keys(movedRows).filter((table) => movedRows[table]! > 0);
    await this.audit.recordWrite(tx, ctx, "COMBINATION", [
      { entity: { type: "Perpetrator", id: move.survivorId, perpetratorId: move.survivorId }, fields: ["mergedFrom", ...merge.movedIdentifiers, ...movedTables] },
      { entity: { type: "Perpetrator", id: move.duplicateId, perpetratorId: move.duplicateId }, fields: ["mergedInto", ...merge.movedIdentifiers] },
    ]);
    return { survivor: marked.survivor, merge: record };
  }

  /** Merges whose records live in the person now, newest first (the field's @FieldRoles decides who reads them). */
  async mergesOf(ctx: RequestContext, survivorId: string, args: PageQuery): Promise<Connection<PerpetratorMergeRow>> {
    const page = pageRequest(args);
    const all = await ctx.loaders.perpetrators.mergesBySurvivorId.load(survivorId);
    let from = 0;
    if (page.after) {
      const [occurredAt, id] = page.after as [string, string];
      if (typeof occurredAt !== "string" || typeof id !== "string") throw badInput("after is not a cursor of this list");
      from = all.findIndex((row) => row.occurredAt.toISOString() === occurredAt && row.id === id) + 1;
      if (from === 0) throw badInput("after is not a cursor of this list");
    }
    const rows = all.slice(from, from + page.first + 1).map(({ currentSurvivorId: _current, ...row }) => row);
    return toConnection(rows, page, (row) => [row.occurredAt.toISOString(), row.id], (row) => row, async () => all.length);
  }
}

