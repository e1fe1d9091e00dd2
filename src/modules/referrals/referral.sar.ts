import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { instantIn, instantsOverlap, type Period } from "../../shared/period.js";
import { programmeGroups } from "../groups/index.js";
import { programmes } from "../programmes/index.js";
import { referralTransitions, referrals, type ReferralRow, type ReferralTransitionRow } from "./referral.table.js";

export interface SarReferralRow {
  referral: ReferralRow;
  programmeName: string;
  groupName: string | null;
}

/** What a subject access export reads of a person's referrals: each with its programme, group and history. */
export class ReferralSarReader {
  constructor(private readonly db: Executor) {}

  /** Referrals open at some time in the period (from referral to closing), oldest first. */
  async referrals(perpetratorId: string, period: Period): Promise<SarReferralRow[]> {
    const rows = await this.db
      .select({ referral: referrals, programmeName: programmes.name, groupName: programmeGroups.name })
      .from(referrals)
      .innerJoin(programmes, eq(programmes.id, referrals.programmeId))
      .leftJoin(programmeGroups, eq(programmeGroups.id, referrals.groupId))
      .where(and(eq(referrals.perpetratorId, perpetratorId), instantsOverlap(referrals.referredAt, referrals.closedAt, period)))
      .orderBy(asc(referrals.referredAt), asc(referrals.id));
    return rows;
  }

  /** The status changes of these referrals made in the period, oldest first. */
  history(referralIds: readonly string[], period: Period): Promise<ReferralTransitionRow[]> {
    if (referralIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(referralTransitions)
      .where(and(inArray(referralTransitions.referralId, [...referralIds]), instantIn(referralTransitions.occurredAt, period)))
      .orderBy(asc(referralTransitions.referralId), asc(referralTransitions.version));
  }
}
