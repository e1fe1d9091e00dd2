import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { totalCountColumn, type PageRequest } from "../../shared/pagination.js";
import { perpetrators, type PerpetratorRow } from "../perpetrators/index.js";
import { caseAllocations, type CaseAllocationRow } from "./case.table.js";

export type NewCaseAllocation = typeof caseAllocations.$inferInsert;

export interface CaseAllocationScope {
  practitionerSub?: string;
  organisation?: string;
  /** Ended allocations too; by default only open ones. */
  includeEnded: boolean;
}

export interface CaseAllocationPageRow {
  allocation: CaseAllocationRow;
  perpetrator: PerpetratorRow;
  totalCount: number | null;
}

/** A person's allocations newest first (the order of `newestFirst` in case.rules.ts). */
const NEWEST_FIRST = sql`${caseAllocations.startedOn} desc, ${caseAllocations.createdAt} desc, ${caseAllocations.id} desc`;

export class CaseRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<CaseAllocationRow[]> {
    return this.db.select().from(caseAllocations).where(inArray(caseAllocations.id, [...ids]));
  }

  /** The open allocation of each person (at most one each: case_allocations_open_idx). */
  openOf(perpetratorIds: readonly string[]): Promise<CaseAllocationRow[]> {
    return this.db
      .select()
      .from(caseAllocations)
      .where(and(inArray(caseAllocations.perpetratorId, [...perpetratorIds]), isNull(caseAllocations.endedOn)));
  }

  historyOf(perpetratorIds: readonly string[]): Promise<CaseAllocationRow[]> {
    return this.db
      .select()
      .from(caseAllocations)
      .where(inArray(caseAllocations.perpetratorId, [...perpetratorIds]))
      .orderBy(caseAllocations.perpetratorId, NEWEST_FIRST);
  }

  /**
   * Every allocation of the person, newest first, locked for update: the open one among them, so two
   * changes to one person's case are made one after the other. (A racing first allocation, with no
   * open row to lock, is stopped by case_allocations_open_idx.)
   */
  lockHistory(tx: Executor, perpetratorId: string): Promise<CaseAllocationRow[]> {
    return tx.select().from(caseAllocations).where(eq(caseAllocations.perpetratorId, perpetratorId)).orderBy(NEWEST_FIRST).for("update");
  }

  /** Like lockHistory, for the person whose allocation `allocationId` is; empty when there is no such allocation. */
  lockHistoryHolding(tx: Executor, allocationId: string): Promise<CaseAllocationRow[]> {
    const person = tx.select({ id: caseAllocations.perpetratorId }).from(caseAllocations).where(eq(caseAllocations.id, allocationId));
    return tx.select().from(caseAllocations).where(inArray(caseAllocations.perpetratorId, person)).orderBy(NEWEST_FIRST).for("update");
  }

  async insert(tx: Executor, row: NewCaseAllocation): Promise<CaseAllocationRow> {
    const [inserted] = await tx.insert(caseAllocations).values(row).returning();
    return inserted!;
  }

  async end(tx: Executor, id: string, end: { endedOn: string; endReason: string; endedBy: string }): Promise<CaseAllocationRow> {
    const [ended] = await tx.update(caseAllocations).set(end).where(eq(caseAllocations.id, id)).returning();
    return ended!;
  }

  private scopeCondition(scope: CaseAllocationScope): SQL | undefined {
    return and(
      scope.practitionerSub !== undefined ? eq(caseAllocations.practitionerSub, scope.practitionerSub) : undefined,
      scope.organisation !== undefined ? eq(caseAllocations.organisation, scope.organisation) : undefined,
      scope.includeEnded ? undefined : isNull(caseAllocations.endedOn),
    );
  }

  /** Latest start first; the cursor is (started_on, id). The person comes in the same statement. */
  page(scope: CaseAllocationScope, page: PageRequest): Promise<CaseAllocationPageRow[]> {
    const after = page.after as [string, string] | null;
    const matching = this.db.select({ count: sql`count(*)` }).from(caseAllocations).where(this.scopeCondition(scope));
    return this.db
      .select({ allocation: caseAllocations, perpetrator: perpetrators, totalCount: totalCountColumn(page, matching) })
      .from(caseAllocations)
      .innerJoin(perpetrators, eq(perpetrators.id, caseAllocations.perpetratorId))
      .where(
        and(
          this.scopeCondition(scope),
          after ? sql`(${caseAllocations.startedOn}, ${caseAllocations.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(sql`${caseAllocations.startedOn} desc, ${caseAllocations.id} desc`)
      .limit(page.first + 1);
  }

  async count(scope: CaseAllocationScope): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(caseAllocations).where(this.scopeCondition(scope));
    return row?.count ?? 0;
  }
}

export const caseAllocationCursor = (row: CaseAllocationRow) => [row.startedOn, row.id];
