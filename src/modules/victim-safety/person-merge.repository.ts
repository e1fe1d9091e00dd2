import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { MergeConflict, PersonMove, PersonRecordsHolder } from "../perpetrators/index.js";
import { protectiveOrders, safetyAlerts, victimLinks } from "./victim-safety.table.js";

/**
 * Victim-safety records in a merge of two records of one person: links (with their DASH
 * assessments, incidents and MARAC referrals, which hang off the link), protective orders (with their
 * protected people) and safety alerts move to the survivor. A victim linked now to both records is
 * refused (victim_links_one_current_idx allows one current link per pair); the message does not say
 * which victim, since the merger need not be someone who reads victims.
 */
export class VictimSafetyMergeRepository implements PersonRecordsHolder {
  async mergeConflicts(tx: Executor, move: PersonMove): Promise<MergeConflict[]> {
    const current = await tx
      .select({ victimId: victimLinks.victimId, perpetratorId: victimLinks.perpetratorId })
      .from(victimLinks)
      .where(and(inArray(victimLinks.perpetratorId, [move.survivorId, move.duplicateId]), isNull(victimLinks.endedOn)))
      .for("update");
    const ofSurvivor = new Set(current.filter((row) => row.perpetratorId === move.survivorId).map((row) => row.victimId));
    const shared = current.filter((row) => row.perpetratorId === move.duplicateId && ofSurvivor.has(row.victimId)).length;
    return shared === 0
      ? []
      : [{ field: "victimLinks", message: `Both records have a current link to the same victim (${shared} such victim${shared === 1 ? "" : "s"}); end one link (endVictimLink) before merging` }];
  }

  async movePerson(tx: Executor, move: PersonMove): Promise<Record<string, number>> {
    const links = await tx.update(victimLinks).set({ perpetratorId: move.survivorId }).where(eq(victimLinks.perpetratorId, move.duplicateId)).returning({ id: victimLinks.id });
    const orders = await tx
      .update(protectiveOrders)
      .set({ perpetratorId: move.survivorId, updatedAt: sql`now()` })
      .where(eq(protectiveOrders.perpetratorId, move.duplicateId))
      .returning({ id: protectiveOrders.id });
    const alerts = await tx.update(safetyAlerts).set({ perpetratorId: move.survivorId }).where(eq(safetyAlerts.perpetratorId, move.duplicateId)).returning({ id: safetyAlerts.id });
    return { victim_links: links.length, protective_orders: orders.length, safety_alerts: alerts.length };
  }
}
