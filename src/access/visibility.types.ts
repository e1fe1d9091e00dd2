/** The object types whose rows are guarded: each row is shown only to callers with a relationship to it. */
export const GUARDED_TYPES = [
  "Perpetrator",
  "Referral",
  "ProgrammeGroup",
  "ProgrammeSession",
  "AttendanceRecord",
  "CaseAllocation",
  "IomMembership",
  "InterventionPlan",
  "PlanAction",
  "IomStaffMember",
  "Victim",
  "VictimLink",
  "RiskAssessment",
  "SafetyIncident",
  "MaracReferral",
  "SupportAllocation",
  "ProtectiveOrder",
  "SafetyAlert",
] as const;
export type GuardedType = (typeof GUARDED_TYPES)[number];

/** What a relationship predicate needs to know of the caller and the day. */
export interface RelationshipContext {
  sub: string;
  org: string | null;
  /** Today as YYYY-MM-DD: allocations and support are current on a day. */
  today: string;
}
