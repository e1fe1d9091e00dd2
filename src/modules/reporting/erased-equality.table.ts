import { sql } from "drizzle-orm";
import { check, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { referrals } from "../referrals/referral.table.js";
import { oneOf } from "../../db/columns.js";
import { AGE_BANDS } from "./age-band.rules.js";
import { ETHNICITY_GROUPS, FIRST_LANGUAGE_GROUPS } from "./equality.rules.js";

/**
 * The equality categories of a referral, kept when its person is erased: the age band (from the date
 * of birth), the ethnicity group and the first-language group are derived from data erasure removes,
 * so they are written here first and the report reads them, and its figures do not change. Only
 * erased people's referrals have a row.
 */
export const erasedReferralEquality = pgTable(
  "erased_referral_equality",
  {
    referralId: uuid("referral_id")
      .primaryKey()
      .references(() => referrals.id),
    ageBand: text("age_band"),
    ethnicityGroup: text("ethnicity_group").notNull(),
    firstLanguageGroup: text("first_language_group").notNull(),
  },
  () => [
    check("erased_referral_equality_age_band_check", sql`age_band is null or ${oneOf("age_band", AGE_BANDS)}`),
    check("erased_referral_equality_ethnicity_check", oneOf("ethnicity_group", ETHNICITY_GROUPS)),
    check("erased_referral_equality_language_check", oneOf("first_language_group", FIRST_LANGUAGE_GROUPS)),
  ],
);
