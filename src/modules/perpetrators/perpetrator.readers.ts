import { CASE_READERS, Role } from "../../shared/auth/roles.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import type { RectifiableField } from "./perpetrator.model.js";

/** Equality data is special-category: person-level only to those who collect it, aggregates to analysts. */
const EQUALITY_READERS = [Role.PROBATION, Role.ADMIN];
/** Facilitators need to know who needs an interpreter, not the rest of the equality record. */
const LANGUAGE_READERS = [...EQUALITY_READERS, Role.FACILITATOR];
const PARTICIPANT_READERS = [...CASE_READERS, Role.FACILITATOR];

/**
 * Who may read each field of a person (null: whoever sees the person). The one place for it: the
 * `Perpetrator` type's `@FieldRoles` and the previous values a correction's history shows both read it,
 * so a history never shows an old value of a field its reader may not see today.
 */
export const FIELD_READERS: Readonly<Record<RectifiableField, readonly Role[] | null>> = {
  givenName: null,
  familyName: null,
  dateOfBirth: PARTICIPANT_READERS,
  sex: PARTICIPANT_READERS,
  crn: PARTICIPANT_READERS,
  pncId: CASE_READERS,
  prisonNumber: CASE_READERS,
  croNumber: CASE_READERS,
  genderIdentity: EQUALITY_READERS,
  ethnicity: EQUALITY_READERS,
  firstLanguage: LANGUAGE_READERS,
  interpreterRequired: LANGUAGE_READERS,
  disability: EQUALITY_READERS,
  sexualOrientation: EQUALITY_READERS,
  needs: PARTICIPANT_READERS,
};

/** The roles `@FieldRoles` takes for a field (every role check lets ADMIN through). */
export const readersOf = (field: RectifiableField): Role[] => [...(FIELD_READERS[field] ?? [])];

/** Whether the viewer may read the field: the same rule as `@FieldRoles` (assertHasSomeRole). */
export function mayReadField(viewer: Viewer, field: RectifiableField): boolean {
  const roles = FIELD_READERS[field];
  return roles === null || viewer.isAdmin || viewer.has(...roles);
}
