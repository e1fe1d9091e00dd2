import { registerEnumType } from "type-graphql";

export enum Role {
  PROBATION = "PROBATION",
  POLICE = "POLICE",
  FACILITATOR = "FACILITATOR",
  IOM_OFFICER = "IOM_OFFICER",
  /** Leads an IOM team: manages the cohort (selection, offender managers, staff) and may change any plan. */
  IOM_SUPERVISOR = "IOM_SUPERVISOR",
  /** Police safeguarding: reads and records victim-safety data for anyone. */
  SAFEGUARDING = "SAFEGUARDING",
  /** An IDVA, integrated support service or partner support worker: only the victims currently allocated to them. */
  SUPPORT_WORKER = "SUPPORT_WORKER",
  ANALYST = "ANALYST",
  AUDITOR = "AUDITOR",
  ADMIN = "ADMIN",
  /**
   * HMPPS's subject access service (its ROLE_SAR_DATA_ACCESS): the subject access export and nothing
   * else, so the service that collects a person's record for them holds no other power in the API.
   */
  SAR_DATA_ACCESS = "SAR_DATA_ACCESS",
}
registerEnumType(Role, { name: "Role" });

export const ALL_ROLES = Object.values(Role) as Role[];
export const isRole = (value: unknown): value is Role => typeof value === "string" && (ALL_ROLES as string[]).includes(value);

/** Who may read person-level case data (people, referrals, attendance) without a narrower scope. */
export const CASE_READERS = [Role.PROBATION, Role.POLICE, Role.IOM_OFFICER, Role.IOM_SUPERVISOR, Role.SAFEGUARDING, Role.ADMIN] as const;
/** Who may create people and refer them to programmes. */
export const REFERRERS = [Role.PROBATION, Role.POLICE, Role.ADMIN] as const;
/** Who reads the whole IOM cohort: its members, offender managers and plans. */
export const IOM_READERS = [Role.IOM_OFFICER, Role.IOM_SUPERVISOR, Role.POLICE, Role.ADMIN] as const;
/** Who selects people onto the cohort, takes them off, assigns offender managers and keeps the staff list. */
export const IOM_MANAGERS = [Role.IOM_SUPERVISOR, Role.ADMIN] as const;
/** Who reads and records victim-safety data for any perpetrator (police safeguarding and police). */
export const VICTIM_DATA_WRITERS = [Role.SAFEGUARDING, Role.POLICE] as const;
/** Who reads victim-safety counts, never people: analysts, and the teams whose work they count. */
export const VICTIM_STATISTICS_READERS = [Role.ANALYST, Role.SAFEGUARDING, Role.POLICE, Role.ADMIN] as const;
