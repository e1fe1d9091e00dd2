import { aliased } from "../db/aliases.js";
import { sql, type SQL } from "drizzle-orm";
import { Role } from "../shared/auth/roles.js";
import { groupFacilitatedBy, programmeGroups, programmeSessions } from "../modules/groups/index.js";
import { personInGroupFacilitatedBy, referrals } from "../modules/referrals/index.js";
import { perpetrators } from "../modules/perpetrators/index.js";
import { attendanceRecords } from "../modules/attendance/index.js";
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
};

const { columns: session, from: sessionFrom } = aliased(programmeSessions, "rel_register_session");
const { columns: participation, from: participationFrom } = aliased(referrals, "rel_register_referral");

/** For each case-data type, the rows a relationship reaches (null: none through that relationship). */
export const CASE_DATA_ROWS = {
  Perpetrator: (rel: Relationship, { sub, today }: RelationshipContext): SQL | null =>
    rel === "FACILITATES_GROUP"
      ? personInGroupFacilitatedBy(sub, perpetrators.id)
      : rel === "SUPPORT_WORKER"
        ? personLinkedToVictimSupportedBy(sub, perpetrators.id, today)
        : null,
  Referral: (rel: Relationship, { sub }: RelationshipContext): SQL | null => (rel === "FACILITATES_GROUP" ? groupFacilitatedBy(sub, referrals.groupId) : null),
  ProgrammeGroup: (rel: Relationship, { sub }: RelationshipContext): SQL | null => (rel === "FACILITATES_GROUP" ? groupFacilitatedBy(sub, programmeGroups.id) : null),
  ProgrammeSession: (rel: Relationship, { sub }: RelationshipContext): SQL | null =>
    rel === "FACILITATES_GROUP" ? groupFacilitatedBy(sub, programmeSessions.groupId) : null,
  /**
   * A register row: its session is in a group the caller runs and its participant is in that group
   * now. A participant moved on takes their rows out of the old group's view (and the new group's
   * facilitators do not see the old group's sessions).
   */
  AttendanceRecord: (rel: Relationship, { sub }: RelationshipContext): SQL | null =>
    rel === "FACILITATES_GROUP"
      ? sql`exists (select 1 from ${sessionFrom} join ${participationFrom} on ${participation.groupId} = ${session.groupId}
          where ${session.id} = ${attendanceRecords.sessionId} and ${participation.id} = ${attendanceRecords.referralId} and ${groupFacilitatedBy(sub, session.groupId)})`
      : null,
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
