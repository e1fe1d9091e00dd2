/** The DPA 2018 s.62 processing operations the log records. */
export const AUDIT_ACTIONS = ["COLLECTION", "ALTERATION", "CONSULTATION", "DISCLOSURE", "COMBINATION", "ERASURE"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
