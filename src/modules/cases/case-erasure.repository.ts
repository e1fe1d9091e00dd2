import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "../perpetrators/index.js";
import { caseAllocations } from "./case.table.js";

/**
 * Case allocations in an erasure of a person: the allocations stay (who held the case, from when to
 * when: the practitioners' data, not the person's), without the free-text end reason. An open
 * allocation is open work.
 */
export class CaseErasureRepository implements PersonalDataHolder {
  async openWork(tx: Executor, subject: ErasureSubject): Promise<OpenWork[]> {
    if (subject.kind !== "PERPETRATOR") return [];
    const open = await tx
      .select({ id: caseAllocations.id })
      .from(caseAllocations)
      .where(and(eq(caseAllocations.perpetratorId, subject.id), isNull(caseAllocations.endedOn)))
      .for("update");
    return open.map(() => ({ field: "caseAllocation", message: "The case is still allocated: end the allocation (endCaseAllocation) first, or override open work" }));
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const changed = await tx.update(caseAllocations).set({ endReason: null }).where(eq(caseAllocations.perpetratorId, subject.id)).returning({ id: caseAllocations.id });
    return { case_allocations: changed.length };
  }
}
