import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { MergeConflict, PersonMove, PersonRecordsHolder } from "../perpetrators/index.js";
import { caseAllocations } from "./case.table.js";

export const MERGE_END_REASON = "Merged into another record of the same person";

/**
 * Case allocations in a merge of two records of one person. A person has one open allocation:
 * two open ones held by different practitioners or organisations are a conflict the user resolves
 * first; the same practitioner and organisation on both is the same case recorded twice, so the
 * duplicate's is ended on the merge day and moves as history.
 */
export class CaseMergeRepository implements PersonRecordsHolder {
  private open(tx: Executor, move: PersonMove) {
    return tx
      .select()
      .from(caseAllocations)
      .where(and(inArray(caseAllocations.perpetratorId, [move.survivorId, move.duplicateId]), isNull(caseAllocations.endedOn)))
      .for("update");
  }

  async mergeConflicts(tx: Executor, move: PersonMove): Promise<MergeConflict[]> {
    const open = await this.open(tx, move);
    const survivor = open.find((row) => row.perpetratorId === move.survivorId);
    const duplicate = open.find((row) => row.perpetratorId === move.duplicateId);
    if (!survivor || !duplicate) return [];
    if (survivor.practitionerSub === duplicate.practitionerSub && survivor.organisation === duplicate.organisation) return [];
    return [{ field: "caseAllocation", message: "Both records have an open case allocation to different practitioners; end one (endCaseAllocation) before merging" }];
  }

  async movePerson(tx: Executor, move: PersonMove): Promise<Record<string, number>> {
    const open = await this.open(tx, move);
    if (open.length === 2) {
      const duplicate = open.find((row) => row.perpetratorId === move.duplicateId)!;
      await tx
        .update(caseAllocations)
        // Ended the day it started at the earliest (case_allocations_dates_check).
        .set({ endedOn: sql`greatest(${move.today}::date, ${caseAllocations.startedOn})`, endReason: MERGE_END_REASON, endedBy: move.actorSub })
        .where(eq(caseAllocations.id, duplicate.id));
    }
    const moved = await tx
      .update(caseAllocations)
      .set({ perpetratorId: move.survivorId })
      .where(eq(caseAllocations.perpetratorId, move.duplicateId))
      .returning({ id: caseAllocations.id });
    return { case_allocations: moved.length };
  }
}
