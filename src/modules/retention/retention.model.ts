/** Whose personal data an erasure or restriction is about. */
export const ERASURE_SUBJECTS = ["PERPETRATOR", "VICTIM"] as const;
export type ErasureSubjectKind = (typeof ERASURE_SUBJECTS)[number];

/** ERASE removes personal data for good; RESTRICT (DPA 2018 s.47) keeps it but hides it. */
export const ERASURE_MODES = ["ERASE", "RESTRICT"] as const;
export type ErasureMode = (typeof ERASURE_MODES)[number];

/** The kinds of record a retention period applies to. The audit log is kept, not reviewed here. */
export const RETENTION_KINDS = ["PERPETRATOR_CASE", "VICTIM"] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** What a record's retention runs from: its latest activity of these kinds (or its creation, when it has none). */
export const RETENTION_ACTIVITIES = [
  "REFERRAL_OUTCOME",
  "SENTENCE_ORDER_END",
  "COHORT_EXIT",
  "CASE_ALLOCATION_END",
  "PROTECTIVE_ORDER_END",
  "VICTIM_LINK_END",
  "RISK_ASSESSMENT",
  "MARAC_REFERRAL",
  "SAFETY_INCIDENT",
  "SUPPORT_END",
  "RECORD_CREATED",
] as const;
export type RetentionActivity = (typeof RETENTION_ACTIVITIES)[number];
