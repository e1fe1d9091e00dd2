import { AUDIT_FIELDS } from "./audit.js";
import { CASE_DATA_FIELDS } from "./case-data.js";
import { EVENTS_FIELDS } from "./events.js";
import type { AccessDecision } from "./decisions.js";
import { IOM_FIELDS } from "./iom.js";
import { PAGES_AND_PAYLOADS_FIELDS } from "./pages-and-payloads.js";
import { REPORTING_FIELDS } from "./reporting.js";
import { ROOTS_FIELDS } from "./roots.js";
import { SUBJECT_ACCESS_FIELDS } from "./subject-access.js";
import { RETENTION_FIELDS } from "./retention.js";
import { VICTIM_SAFETY_FIELDS } from "./victim-safety.js";

export { AGGREGATE, COUNT_OF_VISIBLE_ROWS, reachableObjectTypes, type AccessDecision } from "./decisions.js";

/**
 * The access decision for every field of every object type reachable from Query, Mutation,
 * Subscription and `node`: decided by a person, field by field, and checked against the schema by
 * field-access.test.ts, so a new field fails the build until someone decides who may see it.
 */
export const FIELD_ACCESS: Readonly<Record<string, AccessDecision>> = {
  ...ROOTS_FIELDS,
  ...CASE_DATA_FIELDS,
  ...IOM_FIELDS,
  ...VICTIM_SAFETY_FIELDS,
  ...AUDIT_FIELDS,
  ...PAGES_AND_PAYLOADS_FIELDS,
  ...REPORTING_FIELDS,
  ...SUBJECT_ACCESS_FIELDS,
  ...EVENTS_FIELDS,
  ...RETENTION_FIELDS,
};
