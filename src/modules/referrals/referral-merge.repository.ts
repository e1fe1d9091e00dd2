import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { MergeConflict, PersonMove, PersonRecordsHolder } from "../perpetrators/index.js";
import { programmes } from "../programmes/index.js";
import { referrals } from "./referral.table.js";
import { TERMINAL_STATUSES } from "./referral.model.js";

/**
 * Referrals in a merge of two records of one person: they move with their history, register rows
 * and enforcement actions (which hang off the referral, not the person). Two open referrals to one
 * programme are refused (referrals_one_open_per_programme_idx allows one): the user closes one first.
 */
export class ReferralMergeRepository implements PersonRecordsHolder {
  async mergeConflicts(tx: Executor, move: PersonMove): Promise<MergeConflict[]> {
    // Locked, so a transition racing the merge cannot re-open one after it is checked.
    const open = await tx
      .select({ perpetratorId: referrals.perpetratorId, programmeId: referrals.programmeId, programme: programmes.name })
      .from(referrals)
      .innerJoin(programmes, eq(programmes.id, referrals.programmeId))
      .where(sql`${inArray(referrals.perpetratorId, [move.survivorId, move.duplicateId])} and ${referrals.status} not in ${[...TERMINAL_STATUSES]}`)
      .for("update", { of: referrals });
    const survivors = new Set(open.filter((row) => row.perpetratorId === move.survivorId).map((row) => row.programmeId));
    return open
      .filter((row) => row.perpetratorId === move.duplicateId && survivors.has(row.programmeId))
      .map((row) => ({ field: "referrals", message: `Both records have an open ${row.programme} referral; withdraw or close one before merging` }));
  }

  async movePerson(tx: Executor, move: PersonMove): Promise<Record<string, number>> {
    const moved = await tx.update(referrals).set({ perpetratorId: move.survivorId }).where(eq(referrals.perpetratorId, move.duplicateId)).returning({ id: referrals.id });
    return { referrals: moved.length };
  }
}
