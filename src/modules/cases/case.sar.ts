import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { daysOverlap, type Period } from "../../shared/period.js";
import { caseAllocations, type CaseAllocationRow } from "./case.table.js";

/** What a subject access export reads of a person's probation case allocations. */
export class CaseSarReader {
  constructor(private readonly db: Executor) {}

  /** Allocations that lasted into the period, oldest first. */
  allocations(perpetratorId: string, period: Period): Promise<CaseAllocationRow[]> {
    return this.db
      .select()
      .from(caseAllocations)
      .where(and(eq(caseAllocations.perpetratorId, perpetratorId), daysOverlap(caseAllocations.startedOn, caseAllocations.endedOn, period)))
      .orderBy(asc(caseAllocations.startedOn), asc(caseAllocations.createdAt));
  }
}
