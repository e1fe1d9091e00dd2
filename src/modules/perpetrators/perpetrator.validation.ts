import { isoDate } from "../../shared/clock.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { CreatePerpetratorInput } from "./perpetrator.inputs.js";
import type { NewChild, NewPerpetrator } from "./perpetrator.repository.js";

type Parser = (value: string) => { ok: true; value: string } | { ok: false; message: string };
type IdentifierField = "crn" | "pncId" | "prisonNumber" | "croNumber";

const MAX_NAME = 100;
const MAX_CHILDREN = 20;
const MAX_FREE_TEXT = 100;
const OLDEST_PLAUSIBLE_AGE = 110;

/** Checks and canonicalises a new person's details; every problem is reported at once. */
export function validateNewPerpetrator(
  input: CreatePerpetratorInput,
  now: Date,
  parsers: Record<IdentifierField, Parser>,
): Outcome<{ person: Omit<NewPerpetrator, "createdBy">; children: NewChild[] }> {
  const errors: UserError[] = [];
  const today = isoDate(now);
  const earliest = `${now.getUTCFullYear() - OLDEST_PLAUSIBLE_AGE}-01-01`;

  const name = (field: "givenName" | "familyName") => {
    const value = input[field].trim().replace(/\s+/g, " ");
    if (value.length === 0 || value.length > MAX_NAME) errors.push(userError(field, "INVALID", `${field} must be 1 to ${MAX_NAME} characters`));
    return value;
  };
  const givenName = name("givenName");
  const familyName = name("familyName");

  if (input.dateOfBirth > today) errors.push(userError("dateOfBirth", "INVALID", "dateOfBirth cannot be in the future"));
  else if (input.dateOfBirth < earliest) errors.push(userError("dateOfBirth", "INVALID", "dateOfBirth is implausibly early"));

  const identifiers: Record<IdentifierField, string | null> = { crn: null, pncId: null, prisonNumber: null, croNumber: null };
  for (const field of Object.keys(parsers) as IdentifierField[]) {
    const raw = input[field];
    if (raw === null || raw === undefined || raw.trim() === "") continue;
    const parsed = parsers[field](raw);
    if (parsed.ok) identifiers[field] = parsed.value;
    else errors.push(userError(field, "INVALID", parsed.message));
  }

  const children = input.children ?? [];
  if (children.length > MAX_CHILDREN) errors.push(userError("children", "INVALID", `At most ${MAX_CHILDREN} children`));
  children.forEach((child, index) => {
    if (child.dateOfBirth > today) errors.push(userError(["input", "children", String(index), "dateOfBirth"], "INVALID", "A child's dateOfBirth cannot be in the future"));
  });

  const freeText = (field: "genderIdentity" | "ethnicity" | "firstLanguage" | "sexualOrientation") => {
    const value = input[field]?.trim() || null;
    if (value && value.length > MAX_FREE_TEXT) errors.push(userError(field, "INVALID", `${field} must be at most ${MAX_FREE_TEXT} characters`));
    return value;
  };
  const equality = {
    genderIdentity: freeText("genderIdentity"),
    ethnicity: freeText("ethnicity"),
    firstLanguage: freeText("firstLanguage"),
    sexualOrientation: freeText("sexualOrientation"),
  };

  if (errors.length) return refused(...errors);
  return succeeded({
    person: {
      givenName,
      familyName,
      dateOfBirth: input.dateOfBirth,
      sex: input.sex,
      ...identifiers,
      ...equality,
      interpreterRequired: input.interpreterRequired ?? false,
      disability: input.disability ?? null,
      needs: [...new Set(input.needs ?? [])],
    },
    children: children.map((child) => ({
      dateOfBirth: child.dateOfBirth,
      relationship: child.relationship ?? "BIRTH",
      regularContact: child.regularContact ?? true,
    })),
  });
}
