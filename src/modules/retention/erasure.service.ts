import { sql } from "drizzle-orm";
import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { forbidden } from "../../shared/errors.js";
import { dateToday } from "../../shared/clock.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { AuditLog } from "../../shared/audit/index.js";
import type { ErasureSubject, PersonalDataHolder } from "../perpetrators/index.js";
import { PEOPLE_HIDDEN_CHANNEL, type HiddenPeople } from "../../access/hidden-rows.js";
import type { ErasureRow } from "./erasure.table.js";
import type { RetentionRepository } from "./retention.repository.js";
import type { ErasureMode, ErasureSubjectKind } from "./retention.model.js";
import { checkErasure, type LockedSubject } from "./erasure.rules.js";

export interface ErasureRequest {
  id: string;
  expectedVersion: number;
  mode: ErasureMode;
  reason: string;
  overrideOpenWork?: boolean | null;
}

/** Locks the subject row of each kind (the person or the victim) and restricts it. */
export interface SubjectRows {
  lock(tx: Executor, id: string): Promise<LockedSubject | null>;
  restrict(tx: Executor, id: string, version: number, at: Date): Promise<boolean>;
}

const TYPE_OF: Record<ErasureSubjectKind, "Perpetrator" | "Victim"> = { PERPETRATOR: "Perpetrator", VICTIM: "Victim" };

/**
 * Erasing or restricting a person or a victim (an admin only: a records decision, not casework). ERASE
 * runs every feature's holder in one transaction, so either all of the personal data goes or none; the
 * rows reports count stay. RESTRICT marks the record, which then leaves every query but an admin's read
 * by id and the subject access export. Both write an erasure record and an audit event with ids only.
 */
export class ErasureService {
  constructor(
    private readonly db: Database,
    private readonly repository: RetentionRepository,
    private readonly subjects: Record<ErasureSubjectKind, SubjectRows>,
    private readonly audit: AuditLog,
    private readonly hidden: HiddenPeople,
    /** Every feature holding personal data, in the order they erase (the composition root lists them). */
    private readonly holders: () => readonly PersonalDataHolder[],
  ) {}

  async erase(ctx: RequestContext, kind: ErasureSubjectKind, input: ErasureRequest): Promise<Outcome<ErasureRow>> {
    if (!ctx.viewer.isAdmin) throw forbidden("Erasing or restricting a person's or victim's records needs the ADMIN role");
    const errors: UserError[] = [];
    const reason = input.reason.trim();
    if (reason.length === 0 || reason.length > 500) errors.push(userError(["input", "reason"], "INVALID", "reason must be 1 to 500 characters"));
    const id = idOfType(input.id, TYPE_OF[kind]);
    if (!id) errors.push(userError(["input", "id"], "NOT_FOUND", kind === "VICTIM" ? "No such victim" : "No such person"));
    if (errors.length || !id) return refused(...errors);
    const at = ctx.clock.now();
    const subject: ErasureSubject = { kind, id, today: dateToday(ctx.clock), at };

    const outcome = await this.db.transaction(async (tx): Promise<Outcome<ErasureRow>> => {
      const locked = await this.subjects[kind].lock(tx, id);
      const refusals = checkErasure(locked, input);
      if (refusals.length) return refused(...refusals.map((r) => userError(["input", ...r.field.split(".")], r.code, r.message)));
      const open = (await Promise.all(this.holders().map((holder) => holder.openWork(tx, subject)))).flat();
      if (open.length && !input.overrideOpenWork) return refused(...open.map((work) => userError(["input", work.field], "CONFLICT", work.message)));

      const erasedRows: Record<string, number> = {};
      if (input.mode === "ERASE") {
        for (const holder of this.holders()) Object.assign(erasedRows, await holder.erase(tx, subject));
      } else if (!(await this.subjects[kind].restrict(tx, id, input.expectedVersion, at))) {
        // Locked and its version checked above: not reachable but by a bug.
        throw new Error("erasure: a locked record changed version");
      }
      const record = await this.repository.insertErasure(tx, {
        subjectKind: kind,
        subjectId: id,
        mode: input.mode,
        reason,
        openWorkOverridden: open.length > 0,
        erasedRows,
        actorSub: ctx.viewer.sub,
        actorName: ctx.viewer.name,
        occurredAt: at,
      });
      // Ids and field names only: the log never holds what was erased.
      const entity = kind === "PERPETRATOR" ? { type: "Perpetrator", id, perpetratorId: id } : { type: "Victim", id, victimId: id };
      await this.audit.recordWrite(tx, ctx, input.mode === "ERASE" ? "ERASURE" : "ALTERATION", [
        { entity, fields: input.mode === "ERASE" ? Object.keys(erasedRows).filter((table) => erasedRows[table]! > 0) : ["restricted"] },
      ]);
      // Delivered on commit: every other instance starts leaving hidden rows out.
      await tx.execute(sql`select pg_notify(${PEOPLE_HIDDEN_CHANNEL}, ${id})`);
      return succeeded(record);
    });
    if (outcome.ok) this.hidden.markHidden();
    return outcome;
  }
}
