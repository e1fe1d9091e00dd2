import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "../perpetrators/index.js";
import { programmes } from "../programmes/index.js";
import { referralTransitions, referrals } from "./referral.table.js";
import { TERMINAL_STATUSES } from "./referral.model.js";

/**
 * Referrals in an erasure of a person: each referral and its status history stay (the programme report
 * counts them: status, source, dates, group), without the free text of the history or the sentence's
 * requirement reference (an identifier of the person's order).
 */
export class ReferralErasureRepository implements PersonalDataHolder {
  async openWork(tx: Executor, subject: ErasureSubject): Promise<OpenWork[]> {
    if (subject.kind !== "PERPETRATOR") return [];
    // Locked, so a transition racing the erasure cannot re-open one after it is checked.
    const open = await tx
      .select({ programme: programmes.name, status: referrals.status })
      .from(referrals)
      .innerJoin(programmes, eq(programmes.id, referrals.programmeId))
      .where(sql`${referrals.perpetratorId} = ${subject.id} and ${referrals.status} not in ${[...TERMINAL_STATUSES]}`)
      .for("update", { of: referrals });
    return open.map((row) => ({ field: "referrals", message: `An open ${row.programme} referral (${row.status}): close it first, or override open work` }));
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const changed = await tx
      .update(referrals)
      .set({ sentenceRequirementReference: null, updatedAt: sql`now()` })
      .where(eq(referrals.perpetratorId, subject.id))
      .returning({ id: referrals.id });
    const ids = changed.map((row) => row.id);
    const history = ids.length
      ? await tx.update(referralTransitions).set({ reason: null, note: null }).where(inArray(referralTransitions.referralId, ids)).returning({ id: referralTransitions.id })
      : [];
    return { referrals: changed.length, referral_transitions: history.length };
  }
}
