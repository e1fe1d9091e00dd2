import type { AuditedEntity, AuditedType } from "../../shared/audit/index.js";

type People = { victimId: string; perpetratorId: string };

/**
 * What the log records each victim-safety record as: its type and id and the people it is about.
 * One place, used both for reads (the GraphQL objects carry it) and for writes (the services log it).
 */
export const auditEntityOf = {
  victim: (row: { id: string }): AuditedEntity => ({ type: "Victim", id: row.id, victimId: row.id }),
  link: (row: { id: string } & People): AuditedEntity => ({ type: "VictimLink", id: row.id, victimId: row.victimId, perpetratorId: row.perpetratorId }),
  /** An assessment, incident or MARAC referral: about the people of its link. */
  ofLink: (type: "RiskAssessment" | "SafetyIncident" | "MaracReferral", id: string, link: People): AuditedEntity => ({
    type,
    id,
    victimId: link.victimId,
    perpetratorId: link.perpetratorId,
  }),
  allocation: (row: { id: string; victimId: string }): AuditedEntity => ({ type: "SupportAllocation", id: row.id, victimId: row.victimId }),
  order: (row: { id: string; perpetratorId: string; protectedVictimIds: string[] }): AuditedEntity => ({
    type: "ProtectiveOrder",
    id: row.id,
    perpetratorId: row.perpetratorId,
    victimIds: row.protectedVictimIds,
  }),
  alert: (row: { id: string } & People): AuditedEntity => ({ type: "SafetyAlert", id: row.id, victimId: row.victimId, perpetratorId: row.perpetratorId }),
};

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
 * A row of a type listed with `all()` is itself victim-safety data: each one any field returns is
 * logged, even when nothing but its id or __typename is selected (auditReturnedRows); a Perpetrator
 * row is not, only its fields listed here.
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
