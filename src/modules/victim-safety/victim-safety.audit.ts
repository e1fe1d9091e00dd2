import type { AuditedEntity, AuditedType } from "../../shared/audit/index.js";

const own = (source: unknown): AuditedEntity => {
  const entity = (source as { auditEntity?: AuditedEntity }).auditEntity;
  // Every victim-safety object is built by a mapper that sets auditEntity; one without it is a bug, and is refused.
  if (!entity) throw new Error("victim-safety object without its audit entity");
  return entity;
};

const all = (): AuditedType => ({ fields: "all", entityOf: own });

/**
 * Every field of these types is victim-safety data: reading it needs a stated purpose and is logged
 * (DPA 2018 s.62 consultation). On Perpetrator, only the fields that reveal victim-safety data are.
 */
export const VICTIM_SAFETY_AUDIT: Record<string, AuditedType> = {
  Victim: all(),
  VictimLink: all(),
  RiskAssessment: all(),
  SafetyIncident: all(),
  MaracReferral: all(),
  SupportAllocation: all(),
  ProtectiveOrder: all(),
  SafetyAlert: all(),
  Perpetrator: {
    fields: ["victimLinks", "protectiveOrders", "hasActiveSafetyConcerns"],
    entityOf: (source) => {
      const id = (source as { dbId: string }).dbId;
      return { type: "Perpetrator", id, perpetratorId: id };
    },
  },
};
