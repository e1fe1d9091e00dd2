import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { dateToday } from "../../shared/clock.js";
import { forbidden } from "../../shared/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { PerpetratorService } from "../perpetrators/index.js";
import type { AllocateCaseInput, CaseAllocationFilter, EndCaseAllocationInput } from "./case.inputs.js";
import { caseAllocationCursor, type CaseAllocationScope, type CaseRepository } from "./case.repository.js";
import { checkEnd, checkNewAllocation, checkReallocation, isCurrentOn, newestFirst, reallocationReason, type NewAllocation } from "./case.rules.js";
import type { CaseAllocationRow } from "./case.table.js";

/** What a change to a person's case wrote: the allocation changed, and the person's allocations as they now stand. */
interface Written {
  allocation: CaseAllocationRow;
  history: CaseAllocationRow[];
}

/** Case allocations: who holds each person's probation case. Read by case readers, written by admins only. */
export class CaseService {
  constructor(
    private readonly db: Database,
    private readonly repository: CaseRepository,
    private readonly perpetrators: PerpetratorService,
  ) {}

  private assertCanRead(ctx: RequestContext): void {
    if (!ctx.visibility.reachesAny("CaseAllocation")) throw forbidden("Case allocations are for probation, police, IOM, safeguarding and admin roles");
  }

  private assertCanWrite(ctx: RequestContext): void {
    if (!ctx.viewer.isAdmin) throw forbidden("Only an admin allocates cases");
  }

  async get(ctx: RequestContext, id: string): Promise<CaseAllocationRow | null> {
    this.assertCanRead(ctx);
    return ctx.loaders.cases.byId.load(id);
  }

  async currentOf(ctx: RequestContext, perpetratorId: string): Promise<CaseAllocationRow | null> {
    this.assertCanRead(ctx);
    return ctx.loaders.cases.currentByPerpetratorId.load(perpetratorId);
  }

  async historyOf(ctx: RequestContext, perpetratorId: string): Promise<CaseAllocationRow[]> {
    this.assertCanRead(ctx);
    return ctx.loaders.cases.historyByPerpetratorId.load(perpetratorId);
  }

  /** Whether the allocation holds the case on the request's today. */
  isCurrent(ctx: RequestContext, allocation: { startedOn: string; endedOn: string | null }): boolean {
    return isCurrentOn(allocation, dateToday(ctx.clock));
  }

  async page(ctx: RequestContext, args: PageQuery, filter: CaseAllocationFilter | null | undefined): Promise<Connection<CaseAllocationRow>> {
    this.assertCanRead(ctx);
    const page = pageRequest(args);
    const scope: CaseAllocationScope = {
      practitionerSub: filter?.practitionerSub ?? undefined,
      organisation: filter?.organisation ?? undefined,
      includeEnded: filter?.includeEnded ?? false,
    };
    const rows = await this.repository.page(scope, page);
    for (const { allocation, perpetrator } of rows) {
      ctx.loaders.cases.byId.prime(allocation.id, allocation);
      ctx.loaders.perpetrators.perpetratorById.prime(perpetrator.id, perpetrator);
    }
    return toConnection(rows, page, ({ allocation }) => caseAllocationCursor(allocation), ({ allocation }) => allocation, () => this.repository.count(scope));
  }

  /**
   * Allocates the person's case, ending the open allocation (if any) on the new one's start day, in one
   * transaction. Two racing allocations for one person leave one open: the row lock orders them, and
   * where there was no open row to lock, case_allocations_open_idx refuses the second.
   */
  async allocate(ctx: RequestContext, input: AllocateCaseInput): Promise<Outcome<CaseAllocationRow>> {
    this.assertCanWrite(ctx);
    const today = dateToday(ctx.clock);
    const perpetratorId = idOfType(input.perpetratorId, "Perpetrator");
    const person = perpetratorId ? await this.perpetrators.loadForRelation(ctx, perpetratorId) : null;
    const allocation: NewAllocation = {
      practitionerSub: input.practitionerSub.trim(),
      practitionerName: input.practitionerName?.trim() || null,
      organisation: input.organisation.trim(),
      startedOn: input.startedOn ?? today,
      reason: input.reason?.trim() || null,
    };
    const errors: UserError[] = person ? [] : [userError("perpetratorId", "NOT_FOUND", "No such person")];
    errors.push(...userErrorsFrom(checkNewAllocation(allocation, today)));
    if (errors.length || !person) return refused(...errors);

    try {
      const outcome = await this.db.transaction(async (tx): Promise<Outcome<Written>> => {
        const history = await this.repository.lockHistory(tx, person.id);
        const refusals = checkReallocation(allocation, history);
        if (refusals.length) return refused(...userErrorsFrom(refusals));
        const open = history.find((row) => row.endedOn === null);
        const ended = open
          ? await this.repository.end(tx, open.id, { endedOn: allocation.startedOn, endReason: reallocationReason(allocation.reason), endedBy: ctx.viewer.sub })
          : null;
        const inserted = await this.repository.insert(tx, {
          perpetratorId: person.id,
          practitionerSub: allocation.practitionerSub,
          practitionerName: allocation.practitionerName,
          organisation: allocation.organisation,
          startedOn: allocation.startedOn,
          createdBy: ctx.viewer.sub,
        });
        return succeeded({ allocation: inserted, history: [inserted, ...replaced(history, ended)] });
      });
      return outcome.ok ? succeeded(this.answerFromWrite(ctx, outcome.value)) : outcome;
    } catch (error) {
      if (uniqueViolation(error) === "case_allocations_open_idx") {
        return refused(userError("perpetratorId", "CONFLICT", "The person's case was allocated at the same time; reload and try again"));
      }
      throw error;
    }
  }

  async end(ctx: RequestContext, input: EndCaseAllocationInput): Promise<Outcome<CaseAllocationRow>> {
    this.assertCanWrite(ctx);
    const allocationId = idOfType(input.allocationId, "CaseAllocation");
    if (!allocationId) return refused(userError("allocationId", "NOT_FOUND", "No such case allocation"));
    const today = dateToday(ctx.clock);
    const end = { endedOn: input.endedOn ?? today, reason: input.reason.trim() };
    // The answer shows the person: read before the transaction (not inside it, where the embedded
    // database's one connection is the transaction's), so nothing is read after the commit.
    const known = await ctx.loaders.cases.byId.load(allocationId);
    if (known) await this.perpetrators.loadForRelation(ctx, known.perpetratorId);
    const outcome = await this.db.transaction(async (tx): Promise<Outcome<Written>> => {
      const history = await this.repository.lockHistoryHolding(tx, allocationId);
      const allocation = history.find((row) => row.id === allocationId);
      if (!allocation) return refused(userError("allocationId", "NOT_FOUND", "No such case allocation"));
      const refusals = checkEnd(allocation, end, today);
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const ended = await this.repository.end(tx, allocation.id, { endedOn: end.endedOn, endReason: end.reason, endedBy: ctx.viewer.sub });
      return succeeded({ allocation: ended, history: replaced(history, ended) });
    });
    return outcome.ok ? succeeded(this.answerFromWrite(ctx, outcome.value)) : outcome;
  }

  /**
   * A committed change is answered from what it wrote, primed into the request's loaders: a read after
   * the commit could fail (the database going away) and answer an error for a change that was made.
   */
  private answerFromWrite(ctx: RequestContext, { allocation, history }: Written): CaseAllocationRow {
    const loaders = ctx.loaders.cases;
    const personId = allocation.perpetratorId;
    const ordered = [...history].sort(newestFirst);
    for (const row of ordered) loaders.byId.clear(row.id).prime(row.id, row);
    loaders.historyByPerpetratorId.clear(personId).prime(personId, ordered);
    loaders.currentByPerpetratorId.clear(personId).prime(personId, ordered.find((row) => row.endedOn === null) ?? null);
    return allocation;
  }
}

/** The allocations with one replaced by its updated row. */
function replaced(history: readonly CaseAllocationRow[], updated: CaseAllocationRow | null): CaseAllocationRow[] {
  return updated ? history.map((row) => (row.id === updated.id ? updated : row)) : [...history];
}
