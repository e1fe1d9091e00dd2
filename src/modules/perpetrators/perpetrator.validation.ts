import { isoDate } from "../../shared/clock.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { CreatePerpetratorInput, UpdatePerpetratorInput } from "./perpetrator.inputs.js";
import type { Need, RectifiableField } from "./perpetrator.model.js";
import type { NewChild, NewPerpetrator } from "./perpetrator.repository.js";
import { parseCroNumber, parseCrn, parsePncId, parsePrisonNumber } from "./identifiers.rules.js";

type Parser = (value: string) => { ok: true; value: string } | { ok: false; message: string };
export type IdentifierField = "crn" | "pncId" | "prisonNumber" | "croNumber";
export type IdentifierParsers = Record<IdentifierField, Parser>;
type NameField = "givenName" | "familyName";
type FreeTextField = "genderIdentity" | "ethnicity" | "firstLanguage" | "sexualOrientation";

/** The identifier parsers as of `now` (a PNC's 2-digit year is read against the current year). */
export const identifierParsersAt = (now: Date): IdentifierParsers => ({
  crn: parseCrn,
  pncId: (value) => parsePncId(value, now),
  prisonNumber: parsePrisonNumber,
  croNumber: parseCroNumber,
});

const IDENTIFIER_FIELDS: readonly IdentifierField[] = ["crn", "pncId", "prisonNumber", "croNumber"];
const FREE_TEXT_FIELDS: readonly FreeTextField[] = ["genderIdentity", "ethnicity", "firstLanguage", "sexualOrientation"];
const MAX_NAME = 100;
const MAX_CHILDREN = 20;
const MAX_FREE_TEXT = 100;
const MAX_REASON = 500;
const OLDEST_PLAUSIBLE_AGE = 110;

// ---------------------------------------------------------------------------------------------------
// One check per field, shared by recording a person and correcting one. Each returns the canonical
// value and adds its problems to `errors`, so every problem is reported at once.

export function checkName(field: NameField, raw: string, errors: UserError[]): string {
  const value = raw.trim().replace(/\s+/g, " ");
  if (value.length === 0 || value.length > MAX_NAME) errors.push(userError(field, "INVALID", `${field} must be 1 to ${MAX_NAME} characters`));
  return value;
}

export function checkDateOfBirth(value: string, now: Date, errors: UserError[]): string {
  const earliest = `${now.getUTCFullYear() - OLDEST_PLAUSIBLE_AGE}-01-01`;
  if (value > isoDate(now)) errors.push(userError("dateOfBirth", "INVALID", "dateOfBirth cannot be in the future"));
  else if (value < earliest) errors.push(userError("dateOfBirth", "INVALID", "dateOfBirth is implausibly early"));
  return value;
}

/** An identifier in canonical form; none (null) when absent or blank. */
export function checkIdentifier(field: IdentifierField, raw: string | null | undefined, parse: Parser, errors: UserError[]): string | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  errors.push(userError(field, "INVALID", parsed.message));
  return null;
}

/** Optional free text (equality data, language): trimmed, none when blank. */
export function checkFreeText(field: FreeTextField, raw: string | null | undefined, errors: UserError[]): string | null {
  const value = raw?.trim() || null;
  if (value && value.length > MAX_FREE_TEXT) errors.push(userError(field, "INVALID", `${field} must be at most ${MAX_FREE_TEXT} characters`));
  return value;
}

export const distinctNeeds = (needs: readonly Need[]): Need[] => [...new Set(needs)];

/** Why a record is corrected: kept with the change, 1 to 500 characters once trimmed. */
export function checkReason(raw: string, errors: UserError[]): string {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_REASON) errors.push(userError("reason", "INVALID", `reason must be 1 to ${MAX_REASON} characters`));
  return value;
}

// ---------------------------------------------------------------------------------------------------

/** Checks and canonicalises a new person's details; every problem is reported at once. */
export function validateNewPerpetrator(
  input: CreatePerpetratorInput,
  now: Date,
  parsers: IdentifierParsers,
): Outcome<{ person: Omit<NewPerpetrator, "createdBy">; children: NewChild[] }> {
  const errors: UserError[] = [];
  const today = isoDate(now);

  const givenName = checkName("givenName", input.givenName, errors);
  const familyName = checkName("familyName", input.familyName, errors);
  const dateOfBirth = checkDateOfBirth(input.dateOfBirth, now, errors);

  const identifiers: Record<IdentifierField, string | null> = { crn: null, pncId: null, prisonNumber: null, croNumber: null };
  for (const field of IDENTIFIER_FIELDS) identifiers[field] = checkIdentifier(field, input[field], parsers[field], errors);

  const children = input.children ?? [];
  if (children.length > MAX_CHILDREN) errors.push(userError("children", "INVALID", `At most ${MAX_CHILDREN} children`));
  children.forEach((child, index) => {
    if (child.dateOfBirth > today) errors.push(userError(["input", "children", String(index), "dateOfBirth"], "INVALID", "A child's dateOfBirth cannot be in the future"));
  });

  const equality = {
    genderIdentity: checkFreeText("genderIdentity", input.genderIdentity, errors),
    ethnicity: checkFreeText("ethnicity", input.ethnicity, errors),
    firstLanguage: checkFreeText("firstLanguage", input.firstLanguage, errors),
    sexualOrientation: checkFreeText("sexualOrientation", input.sexualOrientation, errors),
  };

  if (errors.length) return refused(...errors);
  return succeeded({
    person: {
      givenName,
      familyName,
      dateOfBirth,
      sex: input.sex,
      ...identifiers,
      ...equality,
      interpreterRequired: input.interpreterRequired ?? false,
      disability: input.disability ?? null,
      needs: distinctNeeds(input.needs ?? []),
    },
    children: children.map((child) => ({
      dateOfBirth: child.dateOfBirth,
      relationship: child.relationship ?? "BIRTH",
      regularContact: child.regularContact ?? true,
    })),
  });
}

/** The values a correction sets: only the fields the input named (an explicit null clears one). */
export type PerpetratorPatch = Partial<Pick<NewPerpetrator, RectifiableField>>;

/** Fields a person always has: a correction may change them, never clear them. */
const REQUIRED_FIELDS = ["givenName", "familyName", "dateOfBirth", "sex", "interpreterRequired", "needs"] as const;

/**
 * Checks a correction with the same per-field rules as a new person: an omitted field is left alone,
 * an explicit null clears an optional one (and is refused for a field every person has).
 */
export function validatePerpetratorPatch(
  input: UpdatePerpetratorInput,
  now: Date,
  parsers: IdentifierParsers,
): Outcome<{ patch: PerpetratorPatch; reason: string }> {
  const errors: UserError[] = [];
  const reason = checkReason(input.reason, errors);
  const patch: PerpetratorPatch = {};
  const named = (field: RectifiableField) => input[field] !== undefined;

  for (const field of REQUIRED_FIELDS) {
    if (input[field] === null) errors.push(userError(field, "INVALID", `${field} cannot be cleared, only corrected`));
  }
  if (input.givenName != null) patch.givenName = checkName("givenName", input.givenName, errors);
  if (input.familyName != null) patch.familyName = checkName("familyName", input.familyName, errors);
  if (input.dateOfBirth != null) patch.dateOfBirth = checkDateOfBirth(input.dateOfBirth, now, errors);
  if (input.sex != null) patch.sex = input.sex;
  for (const field of IDENTIFIER_FIELDS) if (named(field)) patch[field] = checkIdentifier(field, input[field], parsers[field], errors);
  for (const field of FREE_TEXT_FIELDS) if (named(field)) patch[field] = checkFreeText(field, input[field], errors);
  if (input.interpreterRequired != null) patch.interpreterRequired = input.interpreterRequired;
  if (named("disability")) patch.disability = input.disability ?? null;
  if (input.needs != null) patch.needs = distinctNeeds(input.needs);

  return errors.length ? refused(...errors) : succeeded({ patch, reason });
}
