import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/** The report's age bands (equality monitoring), youngest first. */
export const AGE_BANDS = ["UNDER_18", "AGED_18_TO_24", "AGED_25_TO_34", "AGED_35_TO_44", "AGED_45_TO_54", "AGED_55_AND_OVER"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Lower bounds (whole years) of each band after the first. */
const FROM_AGE: readonly [number, AgeBand][] = [
  [55, "AGED_55_AND_OVER"],
  [45, "AGED_45_TO_54"],
  [35, "AGED_35_TO_44"],
  [25, "AGED_25_TO_34"],
  [18, "AGED_18_TO_24"],
];

/** The band of an age in whole years (the TypeScript twin of `ageBandSql`). */
export function ageBandOf(age: number): AgeBand {
  return FROM_AGE.find(([from]) => age >= from)?.[1] ?? "UNDER_18";
}

/**
 * The band of a person's age, in whole years, on the day (in England) a referral was made: the one
 * definition the report groups by and erasure keeps. `age` is an SQL integer expression.
 */
export function ageBandSql(age: SQLWrapper | SQL): SQL {
  return sql`case when ${age} < 18 then 'UNDER_18' when ${age} < 25 then 'AGED_18_TO_24' when ${age} < 35 then 'AGED_25_TO_34'
    when ${age} < 45 then 'AGED_35_TO_44' when ${age} < 55 then 'AGED_45_TO_54' else 'AGED_55_AND_OVER' end`;
}

/** Whole years between a date of birth and the England date of a referral moment, in SQL. */
export function ageAtReferralSql(referredAt: SQLWrapper, dateOfBirth: SQLWrapper): SQL {
  return sql`extract(year from age((${referredAt} at time zone 'Europe/London')::date, ${dateOfBirth}))::int`;
}
