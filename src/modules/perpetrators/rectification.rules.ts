import { RECTIFIABLE_FIELDS, type RectifiableField } from "./perpetrator.model.js";
import type { PreviousValue } from "./perpetrator.table.js";
import type { PerpetratorPatch } from "./perpetrator.validation.js";

/** A person's correctable fields as they stand (the row's own columns of the same names). */
export type RectifiableValues = { [F in RectifiableField]: PreviousValue };

/** What a correction changes: the fields in the order a change lists them, their old values, and the new. */
export interface Rectification {
  changedFields: RectifiableField[];
  previous: Partial<Record<RectifiableField, PreviousValue>>;
  set: PerpetratorPatch;
}

const asSet = (values: readonly string[]): string => JSON.stringify([...values].sort());
const same = (a: PreviousValue | undefined, b: PreviousValue | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b) ? asSet(a) === asSet(b) : a === b;

/**
 * The fields a patch really changes: a field set to the value it already holds is no change (needs
 * compare as a set). Null when nothing changes, which the caller refuses.
 */
export function rectificationOf(current: RectifiableValues, patch: PerpetratorPatch): Rectification | null {
  const changedFields = RECTIFIABLE_FIELDS.filter((field) => field in patch && patch[field] !== undefined && !same(patch[field], current[field]));
  if (changedFields.length === 0) return null;
  const previous: Rectification["previous"] = {};
  const set: Record<string, unknown> = {};
  for (const field of changedFields) {
    previous[field] = current[field];
    set[field] = patch[field];
  }
  return { changedFields, previous, set: set as PerpetratorPatch };
}

/** A previous value as the history shows it: text, dates as YYYY-MM-DD, lists comma-separated, none as null. */
export function displayValue(value: PreviousValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(",");
  return String(value);
}
