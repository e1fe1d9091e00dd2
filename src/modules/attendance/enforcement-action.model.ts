/** What a responsible officer did about a mandated referral's non-compliance (Sentencing Act 2020, Sch. 10 para 6). */
export const ENFORCEMENT_ACTION_KINDS = ["WARNING_LETTER_ISSUED", "BREACH_PROCEEDINGS_STARTED"] as const;
export type EnforcementActionKind = (typeof ENFORCEMENT_ACTION_KINDS)[number];

/** Register outcomes that are an unacceptable failure to comply, and so can be answered by a warning. */
export const ENFORCEABLE_OUTCOMES: readonly string[] = ["ABSENT_UNACCEPTABLE", "EXCLUDED"];
