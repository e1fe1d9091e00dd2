import { type AccessDecision } from "./decisions.js";

/** The s.62 audit log (auditors only). */
export const AUDIT_FIELDS: Readonly<Record<string, AccessDecision>> = {
  // The s.62 audit log.
  // Query.auditEvents is for auditors only; an event names people by id, never by content.
  "AuditEvent.id": "row",
  "AuditEvent.occurredAt": "row",
  "AuditEvent.action": "row",
  "AuditEvent.actor": "row",
  "AuditEvent.entityType": "row",
  "AuditEvent.entityId": "row",
  "AuditEvent.fields": "row",
  "AuditEvent.purpose": "row",
  "AuditEvent.victimIds": "row",
  "AuditEvent.perpetratorId": "row",
  "AuditEvent.recipients": "row",
  "AuditEvent.requestId": "row",
  "AuditEvent.clientRequestId": "row",
  "AuditEvent.operationName": "row",
  "AuditActor.sub": "row",
  "AuditActor.name": "row",
  "AuditActor.roles": "row",
  "AuditActor.org": "row",
};
