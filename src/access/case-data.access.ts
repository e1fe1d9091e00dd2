import type { SQL } from "drizzle-orm";
import { Role } from "../shared/auth/roles.js";
import { groupFacilitatedBy, programmeGroups, programmeSessions } from "../modules/groups/index.js";
import { personInGroupFacilitatedBy, referrals } from "../modules/referrals/index.js";
import { perpetrators } from "../modules/perpetrators/index.js";
import { attendanceRecords, registerRowFacilitatedBy } from "../modules/attendance/index.js";
import { caseAllocations } from "../modules/cases/index.js";
import { personLinkedToVictimSupportedBy } from "../modules/victim-safety/index.js";
import type { AccessTable, Relationship } from "./relationships.js";
import type { RelationshipContext } from "./visibility.types.js";

/**
 * Case data: people, referrals, groups, sessions, registers and case allocations. Probation, police,
 * IOM and safeguarding read every case; a facilitator only the groups they run now and the people in
 * them; a support worker only the names of the people linked to the victims they support.
 */
export const CASE_DATA_ACCESS: AccessTable = {
  [Role.PROBATION]: ["ANY"],
  [Role.POLICE]: ["ANY"],
  [Role.IOM_OFFICER]: ["ANY"],
  [Role.IOM_SUPERVISOR]: ["ANY"],
  [Role.SAFEGUARDING]: ["ANY"],
  [Role.ADMIN]: ["ANY"],
  [Role.FACILITATOR]: ["FACILITATES_GROUP"],
  [Role.SUPPORT_WORKER]: ["SUPPORT_WORKER"],
  [Role.ANALYST]: [],
  [Role.AUDITOR]: [],
  [Role.SAR_DATA_ACCESS]: [],
};

/** For each case-data type, the rows a relationship reaches (null: none through that relationship). */
export const CASE_DATA_ROWS = {
  Perpetrator: (rel: Relationship, { sub, today }: RelationshipContext): SQL | null =>
    rel === "FACILITATES_GROUP"
      ? personInGroupFacilitatedBy(sub, perpetrators.id, today)
      : rel === "SUPPORT_WORKER"
        ? personLinkedToVictimSupportedBy(sub, perpetrators.id, today)
        : null,
  Referral: (rel: Relationship, { sub, today }: RelationshipContext): SQL | null => (rel === "FACILITATES_GROUP" ? groupFacilitatedBy(sub, referrals.groupId, today) : null),
  ProgrammeGroup: (rel: Relationship, { sub, today }: RelationshipContext): SQL | null =>
    rel === "FACILITATES_GROUP" ? groupFacilitatedBy(sub, programmeGroups.id, today) : null,
  ProgrammeSession: (rel: Relationship, { sub, today }: RelationshipContext): SQL | null =>
    rel === "FACILITATES_GROUP" ? groupFacilitatedBy(sub, programmeSessions.groupId, today) : null,
  AttendanceRecord: (rel: Relationship, { sub, today }: RelationshipContext): SQL | null =>
    rel === "FACILITATES_GROUP" ? registerRowFacilitatedBy(sub, attendanceRecords.sessionId, attendanceRecords.referralId, today) : null,
  CaseAllocation: (_rel: Relationship, _ctx: RelationshipContext): SQL | null => null,
};

export const CASE_DATA_TABLES = {
  Perpetrator: perpetrators,
  Referral: referrals,
  ProgrammeGroup: programmeGroups,
  ProgrammeSession: programmeSessions,
  AttendanceRecord: attendanceRecords,
  CaseAllocation: caseAllocations,
};
