import { sql } from "drizzle-orm";
import type { DatabaseHandle, Executor } from "../../db/client.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "../perpetrators/index.js";
import { ageAtReferralSql, ageBandSql } from "./age-band.rules.js";
import { ethnicityGroupSql, firstLanguageGroupSql } from "./equality.rules.js";

// As the report reads them (equality.rules.ts): trimmed, lower-cased, '' for none.
const NORMALISED_ETHNICITY = "lower(btrim(coalesce(p.ethnicity, '')))";
const NORMALISED_LANGUAGE = "lower(btrim(coalesce(p.first_language, '')))";

/**
 * Reporting holds no personal data of its own, but its equality breakdowns are derived from the date
 * of birth, ethnicity and first language that erasure removes: before the person's row is cleared
 * (this holder runs first), each of their referrals keeps its age band, ethnicity group and
 * first-language group (erased-equality.table.ts), so the report's figures are the same afterwards.
 */
export class ErasedEqualityRepository implements PersonalDataHolder {
  constructor(private readonly handle: DatabaseHandle) {}

  async openWork(): Promise<OpenWork[]> {
    return [];
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const age = ageAtReferralSql(sql.raw("r.referred_at"), sql.raw("p.date_of_birth"));
    const kept = await this.handle.rows<{ referral_id: string }>(
      tx,
      sql`
      insert into erased_referral_equality (referral_id, age_band, ethnicity_group, first_language_group)
      select r.id,
        case when p.date_of_birth is null then null else ${ageBandSql(age)} end,
        ${ethnicityGroupSql(NORMALISED_ETHNICITY)},
        ${firstLanguageGroupSql(NORMALISED_LANGUAGE)}
      from referrals r join perpetrators p on p.id = r.perpetrator_id
      where r.perpetrator_id = ${subject.id}::uuid
      on conflict (referral_id) do nothing
      returning referral_id`,
    );
    return { erased_referral_equality: kept.length };
  }
}
