import { registerEnumType } from "type-graphql";

export enum Role {
  PROBATION = "PROBATION",
  POLICE = "POLICE",
  FACILITATOR = "FACILITATOR",
  IOM_OFFICER = "IOM_OFFICER",
  SAFEGUARDING = "SAFEGUARDING",
  ANALYST = "ANALYST",
  AUDITOR = "AUDITOR",
  ADMIN = "ADMIN",
}
registerEnumType(Role, { name: "Role" });

export const ALL_ROLES = Object.values(Role) as Role[];
export const isRole = (value: unknown): value is Role => typeof value === "string" && (ALL_ROLES as string[]).includes(value);

/** Who may read person-level case data (people, referrals, attendance) without a narrower scope. */
export const CASE_READERS = [Role.PROBATION, Role.POLICE, Role.IOM_OFFICER, Role.SAFEGUARDING, Role.ADMIN] as const;
/** Who may create people and refer them to programmes. */
export const REFERRERS = [Role.PROBATION, Role.POLICE, Role.ADMIN] as const;
