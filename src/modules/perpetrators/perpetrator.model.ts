export const NEEDS = [
  "SUBSTANCE_MISUSE",
  "ALCOHOL_MISUSE",
  "MENTAL_HEALTH",
  "ACCOMMODATION",
  "FINANCE_AND_DEBT",
  "EDUCATION_TRAINING_EMPLOYMENT",
  "COMPLEX_NEEDS",
] as const;
export type Need = (typeof NEEDS)[number];

export const CHILD_RELATIONSHIPS = ["BIRTH", "STEP", "SOCIAL", "OTHER"] as const;
export type ChildRelationship = (typeof CHILD_RELATIONSHIPS)[number];
