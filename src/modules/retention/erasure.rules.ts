import type { RuleRefusal } from "../../shared/user-errors.js";
import type { ErasureMode } from "./retention.model.js";

/** What the erasure reads of the locked person or victim. */
export interface LockedSubject {
  version: number;
  erasedAt: Date | null;
  restrictedAt: Date | null;
  /** People only: set when the record was merged into another (its rows live there). */
  mergedIntoId?: string | null;
}

/**
 * Whether this record may be erased or restricted now: it exists, is not merged away, is not already
 * erased (or, for a restriction, restricted), and is at the version the caller read. Restricted
 * records may still be erased. Field paths are after `input`.
 */
export function checkErasure(subject: LockedSubject | null, request: { mode: ErasureMode; expectedVersion: number }): RuleRefusal[] {
  if (!subject) return [{ field: "id", code: "NOT_FOUND", message: "No such record" }];
  if (subject.mergedIntoId) return [{ field: "id", code: "INVALID", message: "This record was merged into another: erase or restrict that one" }];
  if (subject.erasedAt) return [{ field: "id", code: "ALREADY_ERASED", message: "This record has already been erased" }];
  if (request.mode === "RESTRICT" && subject.restrictedAt) return [{ field: "id", code: "ALREADY_ERASED", message: "This record is already restricted" }];
  if (subject.version !== request.expectedVersion)
    return [{ field: "expectedVersion", code: "CONFLICT", message: `The record has changed since it was read (now at version ${subject.version}); read it again` }];
  return [];
}
