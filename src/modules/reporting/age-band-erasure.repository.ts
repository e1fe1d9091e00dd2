import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "../perpetrators/index.js";
import { ageAtReferralSql, ageBandSql } from "./age-band.rules.js";

/**
 * Reporting holds no personal data of its own, but the age-band breakdown is derived from the date of
 * birth that erasure removes: before the person's row is cleared (this holder runs first), each of
 * their referrals keeps the band it had, so the report's figures are the same after the erasure.
 */
export class AgeBandErasureRepository implements PersonalDataHolder {
  async openWork(): Promise<OpenWork[]> {
    return [];
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const age = ageAtReferralSql(sql.raw("r.referred_at"), sql.raw("p.date_of_birth"));
    const kept = await tx.execute(sql`
      insert into referral_age_bands (referral_id, age_band)
      select r.id, ${ageBandSql(age)}
      from referrals r join perpetrators p on p.id = r.perpetrator_id
      where r.perpetrator_id = ${subject.id}::uuid and p.date_of_birth is not null
      on conflict (referral_id) do nothing
      returning referral_id`);
    return { referral_age_bands: rowCount(kept) };
  }
}

/** Rows returned by `execute` on either driver (PGlite answers `{ rows }`, postgres.js an array). */
export const rowCount = (result: unknown): number => (Array.isArray(result) ? result.length : ((result as { rows?: unknown[] }).rows?.length ?? 0));
