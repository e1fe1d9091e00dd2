import type { AccessDecision } from "./decisions.js";

/**
 * Subject access requests: a request goes with its row, and its roots decide who reads which rows
 * (auditors and admins every request, case staff their own); a request names its person by id only.
 */
export const SUBJECT_ACCESS_FIELDS: Readonly<Record<string, AccessDecision>> = {
  "SubjectAccessRequest.id": "row",
  "SubjectAccessRequest.perpetratorId": "row",
  "SubjectAccessRequest.reference": "row",
  "SubjectAccessRequest.reason": "row",
  "SubjectAccessRequest.status": "row",
  "SubjectAccessRequest.requestedBy": "row",
  "SubjectAccessRequest.requestedAt": "row",
  "SubjectAccessRequest.decidedBy": "row",
  "SubjectAccessRequest.decidedAt": "row",
  "SubjectAccessRequest.decisionNote": "row",
  "SubjectAccessRequest.expiresOn": "row",
  "SubjectAccessRequest.lastExportedAt": "row",
  "SubjectAccessRequestPayload.request": "row",
  "SubjectAccessRequestPayload.userErrors": "row",
  "SubjectAccessRequestConnection.edges": "row",
  "SubjectAccessRequestConnection.pageInfo": "row",
  "SubjectAccessRequestConnection.totalCount": "row",
  "SubjectAccessRequestEdge.cursor": "row",
  "SubjectAccessRequestEdge.node": "row",
};
