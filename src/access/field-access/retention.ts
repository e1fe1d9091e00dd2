import { type AccessDecision } from "./decisions.js";

/**
 * Retention and erasure: ADMIN only at the root (the services refuse everyone else with FORBIDDEN), so
 * every row below is an admin's. A due record carries ids, dates and kinds, never a name; an erasure
 * record carries ids, counts and the admin's reason, never what was erased.
 */
export const RETENTION_FIELDS: Readonly<Record<string, AccessDecision>> = {
  "Query.retentionReview": "root",
  "Mutation.erasePerpetrator": "root",
  "Mutation.eraseVictim": "root",
  "RetentionDueRecordConnection.edges": "row",
  "RetentionDueRecordConnection.pageInfo": "row",
  "RetentionDueRecordConnection.totalCount": "row",
  "RetentionDueRecordEdge.cursor": "row",
  "RetentionDueRecordEdge.node": "row",
  "RetentionDueRecord.kind": "row",
  "RetentionDueRecord.recordId": "row",
  "RetentionDueRecord.retainedFrom": "row",
  "RetentionDueRecord.setBy": "row",
  "RetentionDueRecord.dueOn": "row",
  "ErasurePayload.erasure": "row",
  "ErasurePayload.userErrors": "row",
  "Erasure.id": "row",
  "Erasure.subjectKind": "row",
  "Erasure.subjectId": "row",
  "Erasure.mode": "row",
  "Erasure.reason": "row",
  "Erasure.openWorkOverridden": "row",
  "Erasure.erasedRows": "row",
  "Erasure.actorSub": "row",
  "Erasure.occurredAt": "row",
  "ErasedRows.table": "row",
  "ErasedRows.count": "row",
};
