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

/**
 * The fields of a person's record a correction may change (DPA 2018 s.46 rectification), in the order
 * a change lists them. Children are their own records and are not corrected through this.
 */
export const RECTIFIABLE_FIELDS = [
  "givenName",
  "familyName",
  "dateOfBirth",
  "sex",
  "crn",
  "pncId",
  "prisonNumber",
  "croNumber",
  "genderIdentity",
  "ethnicity",
  "firstLanguage",
  "interpreterRequired",
  "disability",
  "sexualOrientation",
  "needs",
] as const;
export type RectifiableField = (typeof RECTIFIABLE_FIELDS)[number];
