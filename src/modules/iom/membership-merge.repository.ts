import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { MergeConflict, PersonMove, PersonRecordsHolder } from "../perpetrators/index.js";
import { iomMemberships } from "./iom.table.js";

/**
 * IOM cohort memberships in a merge of two records of one person: they move with their offender
 * managers, plans and actions (which hang off the membership). A person is an active member once
 * (iom_memberships_one_open_idx): two active memberships are refused, and a supervisor deselects one first.
 */
export class MembershipMergeRepository implements PersonRecordsHolder {
  async mergeConflicts(tx: Executor, move: PersonMove): Promise<MergeConflict[]> {
    const active = await tx
      .select({ perpetratorId: iomMemberships.perpetratorId })
      .from(iomMemberships)
      .where(and(inArray(iomMemberships.perpetratorId, [move.survivorId, move.duplicateId]), isNull(iomMemberships.endedOn)))
      .for("update");
    return new Set(active.map((row) => row.perpetratorId)).size === 2
      ? [{ field: "iomMembership", message: "Both records are active IOM cohort members; deselect one (deselectFromIomCohort) before merging" }]
      : [];
  }

  async movePerson(tx: Executor, move: PersonMove): Promise<Record<string, number>> {
    const moved = await tx
      .update(iomMemberships)
      .set({ perpetratorId: move.survivorId })
      .where(eq(iomMemberships.perpetratorId, move.duplicateId))
      .returning({ id: iomMemberships.id });
    return { iom_memberships: moved.length };
  }
}
