import { describe, expect, it } from "vitest";
import { ALL_ROLES, Role } from "../shared/auth/roles.js";
import { CASE_DATA_ACCESS } from "./case-data.access.js";
import { IOM_ACCESS, IOM_STAFF_ACCESS } from "./iom-data.access.js";
import { RELATIONSHIPS, type AccessTable, type Relationship } from "./relationships.js";
import { CONTACT_DETAILS_ACCESS, SAFETY_ALERT_ACCESS, VICTIM_SAFETY_ACCESS } from "./victim-safety-data.access.js";
import { accessTableOf } from "./visibility.js";
import { GUARDED_TYPES, type GuardedType } from "./visibility.types.js";

/**
 * Who sees what, written out: the documentation of the access model, checked against the tables the
 * server runs on. Changing a table means changing this page too (and the README's table).
 */
const NONE: Relationship[] = [];
const CASE_HOLDERS: Relationship[] = ["ALLOCATED_PRACTITIONER", "RESPONSIBLE_ORGANISATION", "OFFENDER_MANAGER", "IOM_ACTION_OWNER"];

const EXPECTED: Record<string, { table: AccessTable; rows: Record<Role, Relationship[]> }> = {
  CASE_DATA_ACCESS: {
    table: CASE_DATA_ACCESS,
    rows: {
      [Role.PROBATION]: ["ANY"],
      [Role.POLICE]: ["ANY"],
      [Role.FACILITATOR]: ["FACILITATES_GROUP"],
      [Role.IOM_OFFICER]: ["ANY"],
      [Role.IOM_SUPERVISOR]: ["ANY"],
      [Role.SAFEGUARDING]: ["ANY"],
      [Role.SUPPORT_WORKER]: ["SUPPORT_WORKER"],
      [Role.ANALYST]: NONE,
      [Role.AUDITOR]: NONE,
      [Role.SAR_DATA_ACCESS]: NONE,
      [Role.ADMIN]: ["ANY"],
    },
  },
  IOM_ACCESS: {
    table: IOM_ACCESS,
    rows: {
      [Role.PROBATION]: CASE_HOLDERS,
      [Role.POLICE]: ["ANY"],
      [Role.FACILITATOR]: NONE,
      [Role.IOM_OFFICER]: ["ANY"],
      [Role.IOM_SUPERVISOR]: ["ANY"],
      [Role.SAFEGUARDING]: NONE,
      [Role.SUPPORT_WORKER]: NONE,
      [Role.ANALYST]: NONE,
      [Role.AUDITOR]: NONE,
      [Role.SAR_DATA_ACCESS]: NONE,
      [Role.ADMIN]: ["ANY"],
    },
  },
  IOM_STAFF_ACCESS: {
    table: IOM_STAFF_ACCESS,
    rows: {
      [Role.PROBATION]: ["ANY"],
      [Role.POLICE]: ["ANY"],
      [Role.FACILITATOR]: NONE,
      [Role.IOM_OFFICER]: ["ANY"],
      [Role.IOM_SUPERVISOR]: ["ANY"],
      [Role.SAFEGUARDING]: NONE,
      [Role.SUPPORT_WORKER]: NONE,
      [Role.ANALYST]: NONE,
      [Role.AUDITOR]: NONE,
      [Role.SAR_DATA_ACCESS]: NONE,
      [Role.ADMIN]: ["ANY"],
    },
  },
  VICTIM_SAFETY_ACCESS: {
    table: VICTIM_SAFETY_ACCESS,
    rows: {
      [Role.PROBATION]: ["ALLOCATED_PRACTITIONER"],
      [Role.POLICE]: ["ANY"],
      [Role.FACILITATOR]: NONE,
      [Role.IOM_OFFICER]: ["OFFENDER_MANAGER"],
      [Role.IOM_SUPERVISOR]: NONE,
      [Role.SAFEGUARDING]: ["ANY"],
      [Role.SUPPORT_WORKER]: ["SUPPORT_WORKER"],
      [Role.ANALYST]: NONE,
      [Role.AUDITOR]: NONE,
      [Role.SAR_DATA_ACCESS]: NONE,
      [Role.ADMIN]: NONE,
    },
  },
  CONTACT_DETAILS_ACCESS: {
    table: CONTACT_DETAILS_ACCESS,
    rows: {
      [Role.PROBATION]: NONE,
      [Role.POLICE]: ["ANY"],
      [Role.FACILITATOR]: NONE,
      [Role.IOM_OFFICER]: NONE,
      [Role.IOM_SUPERVISOR]: NONE,
      [Role.SAFEGUARDING]: ["ANY"],
      [Role.SUPPORT_WORKER]: ["SUPPORT_WORKER"],
      [Role.ANALYST]: NONE,
      [Role.AUDITOR]: NONE,
      [Role.SAR_DATA_ACCESS]: NONE,
      [Role.ADMIN]: NONE,
    },
  },
  SAFETY_ALERT_ACCESS: {
    table: SAFETY_ALERT_ACCESS,
    rows: {
      [Role.PROBATION]: NONE,
      [Role.POLICE]: ["ANY"],
      [Role.FACILITATOR]: NONE,
      [Role.IOM_OFFICER]: NONE,
      [Role.IOM_SUPERVISOR]: NONE,
      [Role.SAFEGUARDING]: ["ANY"],
      [Role.SUPPORT_WORKER]: ["SUPPORT_WORKER"],
      [Role.ANALYST]: NONE,
      [Role.AUDITOR]: NONE,
      [Role.SAR_DATA_ACCESS]: NONE,
      [Role.ADMIN]: NONE,
    },
  },
};

/** Which area's table decides each guarded type's rows. */
const AREA_OF: Record<GuardedType, keyof typeof EXPECTED> = {
  Perpetrator: "CASE_DATA_ACCESS",
  Referral: "CASE_DATA_ACCESS",
  ProgrammeGroup: "CASE_DATA_ACCESS",
  ProgrammeSession: "CASE_DATA_ACCESS",
  AttendanceRecord: "CASE_DATA_ACCESS",
  CaseAllocation: "CASE_DATA_ACCESS",
  IomMembership: "IOM_ACCESS",
  InterventionPlan: "IOM_ACCESS",
  PlanAction: "IOM_ACCESS",
  IomStaffMember: "IOM_STAFF_ACCESS",
  Victim: "VICTIM_SAFETY_ACCESS",
  VictimLink: "VICTIM_SAFETY_ACCESS",
  RiskAssessment: "VICTIM_SAFETY_ACCESS",
  SafetyIncident: "VICTIM_SAFETY_ACCESS",
  MaracReferral: "VICTIM_SAFETY_ACCESS",
  SupportAllocation: "VICTIM_SAFETY_ACCESS",
  ProtectiveOrder: "VICTIM_SAFETY_ACCESS",
  SafetyAlert: "SAFETY_ALERT_ACCESS",
};

const sorted = (list: readonly string[]) => [...list].sort();

describe("who sees what: role × relationship per area", () => {
  const cases = Object.entries(EXPECTED).flatMap(([area, { table, rows }]) => ALL_ROLES.map((role) => [area, role, table, rows[role]] as const));

  it.each(cases)("%s gives %s exactly the documented relationships", (_area, role, table, expected) => {
    expect(sorted(table[role] ?? [])).toEqual(sorted(expected));
  });

  it.each(Object.entries(EXPECTED))("%s lists every role, and only roles", (_area, { table }) => {
    expect(sorted(Object.keys(table))).toEqual(sorted(ALL_ROLES));
  });

  it.each(Object.entries(EXPECTED))("%s names only known relationships, each once", (_area, { table }) => {
    for (const relationships of Object.values(table)) {
      for (const relationship of relationships) expect(RELATIONSHIPS).toContain(relationship);
      expect(new Set(relationships).size).toBe(relationships.length);
    }
  });

  it.each(GUARDED_TYPES)("%s is decided by its area's table", (type) => {
    expect(accessTableOf(type)).toBe(EXPECTED[AREA_OF[type]]!.table);
  });
});
