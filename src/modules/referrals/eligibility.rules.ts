import { RISK_LEVELS, type ProgrammeRules, type RiskLevel, type Sex } from "../programmes/programme.model.js";
import { ageOn } from "../../shared/dates.js";
import type { LegalBasis } from "./referral.model.js";

export type EligibilityRule =
  | "MINIMUM_AGE"
  | "MAXIMUM_AGE"
  | "SEX"
  | "PARENT_OF_YOUNG_CHILD"
  | "LEGAL_BASIS_REQUIRED"
  | "LEGAL_BASIS_NOT_APPLICABLE"
  | "MINIMUM_RISK_LEVEL";

export interface EligibilityFailure {
  rule: EligibilityRule;
  /** The input field the referrer has to change (the person's record, or the referral's own fields). */
  field: string;
  message: string;
}

export interface EligibilityPerson {
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: Sex;
  children: readonly { dateOfBirth: string; regularContact: boolean }[];
}

export interface EligibilityReferral {
  legalBasis: LegalBasis | null;
  riskLevel: RiskLevel | null;
}

/** Facts about the person come from their record, which the referral names by perpetratorId. */
const PERSON_FIELD = "perpetratorId";

/**
 * Every rule the referral breaks, so the referrer can fix them all at once; an empty list means
 * eligible. `today` is YYYY-MM-DD.
 */
export function checkEligibility(
  programme: ProgrammeRules,
  person: EligibilityPerson,
  referral: EligibilityReferral,
  today: string,
): EligibilityFailure[] {
  const failures: EligibilityFailure[] = [];
  const fail = (rule: EligibilityRule, field: string, message: string) => failures.push({ rule, field, message });
  const name = programme.name;
  const age = ageOn(person.dateOfBirth, today);

  if (programme.minAge !== null && age < programme.minAge) {
    fail("MINIMUM_AGE", PERSON_FIELD, `${name} is for people aged ${programme.minAge} or over; this person is ${age}`);
  }
  if (programme.maxAge !== null && age > programme.maxAge) {
    fail("MAXIMUM_AGE", PERSON_FIELD, `${name} is for people aged ${programme.maxAge} or under; this person is ${age}`);
  }
  if (programme.requiredSex !== null && person.sex !== programme.requiredSex) {
    const required = describeSex(programme.requiredSex);
    const recorded = describeSex(person.sex);
    fail("SEX", PERSON_FIELD, `${name} is for people whose recorded sex is ${required}; this person's is ${recorded}`);
  }
  const childAge = programme.requiresChildUnderAge;
  if (childAge !== null && !hasRegularContactWithChildUnder(person, childAge, today)) {
    fail(
      "PARENT_OF_YOUNG_CHILD",
      PERSON_FIELD,
      `${name} requires a parent with regular contact with a child aged under ${childAge}`,
    );
  }

  if (programme.mandated && referral.legalBasis === null) {
    fail(
      "LEGAL_BASIS_REQUIRED",
      "legalBasis",
      `${name} is mandated: a referral needs its legal basis (court order, licence condition or family-court direction)`,
    );
  }
  if (!programme.mandated && referral.legalBasis !== null) {
    // A voluntary place cannot be a court requirement: enforcement would then have nothing to enforce.
    fail("LEGAL_BASIS_NOT_APPLICABLE", "legalBasis", `${name} is voluntary, so a referral to it has no legal basis`);
  }

  const minimumRisk = programme.minimumRiskLevel;
  if (minimumRisk !== null && !riskAtLeast(referral.riskLevel, minimumRisk)) {
    const given = referral.riskLevel === null ? "none was given" : `${referral.riskLevel} was given`;
    fail("MINIMUM_RISK_LEVEL", "riskLevel", `${name} requires a risk level of ${minimumRisk} or higher; ${given}`);
  }

  return failures;
}

function hasRegularContactWithChildUnder(person: EligibilityPerson, ageLimit: number, today: string): boolean {
  return person.children.some(
    // ISO dates compare as strings; a child not yet born cannot be in regular contact.
    (child) => child.regularContact && child.dateOfBirth <= today && ageOn(child.dateOfBirth, today) < ageLimit,
  );
}

function riskAtLeast(level: RiskLevel | null, minimum: RiskLevel): boolean {
  return level !== null && RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(minimum);
}

function describeSex(sex: Sex): string {
  return sex.toLowerCase().replace("_", " ");
}
