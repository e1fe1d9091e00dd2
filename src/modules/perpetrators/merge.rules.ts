import type { RuleRefusal } from "../../shared/user-errors.js";
import { RECTIFIABLE_FIELDS, type RectifiableField } from "./perpetrator.model.js";
import type { PreviousValue } from "./perpetrator.table.js";

export const IDENTIFIER_FIELDS = ["crn", "pncId", "prisonNumber", "croNumber"] as const;
export type IdentifierField = (typeof IDENTIFIER_FIELDS)[number];

/** What the merge rules read of each record. */
export interface MergeSide {
  id: string;
  version: number;
  mergedIntoId: string | null;
  crn: string | null;
  pncId: string | null;
  prisonNumber: string | null;
  croNumber: string | null;
}

export interface MergeRequest {
  survivorVersion: number;
  duplicateVersion: number;
}

/** The identifiers the duplicate holds and the survivor lacks: they move. */
export interface MergePlan {
  movedIdentifiers: IdentifierField[];
}

/**
 * Whether two records may be merged, and which identifiers move. Refused: a record merged into
 * itself, either record already merged (a merged id resolves to its survivor, so the caller is
 * sent there), a stale version of either (compare-and-set), and identifiers both hold with
 * different values (two different CRNs are two people until someone corrects one).
 */
export function checkMerge(survivor: MergeSide, duplicate: MergeSide, request: MergeRequest): { ok: true; plan: MergePlan } | { ok: false; refusals: RuleRefusal[] } {
  if (survivor.id === duplicate.id) return { ok: false, refusals: [{ field: "duplicateId", code: "INVALID", message: "A record cannot be merged into itself" }] };
  const refusals: RuleRefusal[] = [];
  if (duplicate.mergedIntoId !== null) refusals.push({ field: "duplicateId", code: "INVALID", message: "This record has already been merged into another" });
  if (survivor.mergedIntoId !== null) refusals.push({ field: "survivorId", code: "INVALID", message: "This record has been merged into another; merge into that one instead" });
  if (refusals.length) return { ok: false, refusals };
  if (survivor.version !== request.survivorVersion)
    refusals.push({ field: "survivorExpectedVersion", code: "CONFLICT", message: `The surviving record has changed since you read it (now version ${survivor.version}); reload and try again` });
  if (duplicate.version !== request.duplicateVersion)
    refusals.push({ field: "duplicateExpectedVersion", code: "CONFLICT", message: `The duplicate record has changed since you read it (now version ${duplicate.version}); reload and try again` });
  for (const field of IDENTIFIER_FIELDS) {
    const kept = survivor[field];
    const other = duplicate[field];
    if (kept !== null && other !== null && kept !== other)
      refusals.push({ field, code: "CONFLICT", message: `The records have different ${field} values (${kept} and ${other}); correct one before merging` });
  }
  if (refusals.length) return { ok: false, refusals };
  return { ok: true, plan: { movedIdentifiers: IDENTIFIER_FIELDS.filter((field) => survivor[field] === null && duplicate[field] !== null) } };
}

/** The duplicate's correctable fields as the merge record keeps them (dates as YYYY-MM-DD, as a change's `previous`). */
export function valuesOf(row: { [F in RectifiableField]: PreviousValue }): Record<RectifiableField, PreviousValue> {
  return Object.fromEntries(RECTIFIABLE_FIELDS.map((field) => [field, row[field]])) as Record<RectifiableField, PreviousValue>;
}

/** Rows moved by table, summed over the holders; tables with none are kept (as 0) so the record shows what was looked at. */
export function totalMoved(counts: readonly Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const part of counts) for (const [table, n] of Object.entries(part)) total[table] = (total[table] ?? 0) + n;
  return Object.fromEntries(Object.entries(total).sort(([a], [b]) => a.localeCompare(b)));
}
