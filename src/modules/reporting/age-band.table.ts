import { check, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { referrals } from "../referrals/referral.table.js";
import { oneOf } from "../../db/columns.js";
import { AGE_BANDS } from "./age-band.rules.js";

/**
 * The age band of a referral, kept when its person is erased: the band is derived from the date of
 * birth (the person's age on the day of referral), which erasure removes, so the band is written here
 * first and the report reads it, and its figures do not change. Only erased people's referrals have a row.
 */
export const referralAgeBands = pgTable(
  "referral_age_bands",
  {
    referralId: uuid("referral_id")
      .primaryKey()
      .references(() => referrals.id),
    ageBand: text("age_band").notNull(),
  },
  () => [check("referral_age_bands_band_check", oneOf("age_band", AGE_BANDS))],
);
