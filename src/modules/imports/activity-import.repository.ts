import { and, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { attendanceRecords } from "../attendance/index.js";
import { programmeGroups, programmeSessions } from "../groups/index.js";
import { iomMemberships, iomStaff } from "../iom/index.js";
import { referrals } from "../referrals/index.js";

export interface HeldGroup {
  id: string;
  programmeId: string;
  name: string;
}

export interface HeldSession {
  id: string;
  groupId: string;
  sessionNumber: number;
  scheduledStart: Date;
  cancelledAt: Date | null;
}

export interface HeldGroupReferral {
  id: string;
  perpetratorId: string;
  programmeId: string;
  groupId: string;
  status: string;
}

export interface HeldAttendance {
  id: string;
  sessionId: string;
  referralId: string;
  outcome: string;
  behaviourConcern: boolean;
}

export interface HeldMembership {
  id: string;
  perpetratorId: string;
  selectionSource: string;
  cohortType: string;
  startedOn: string;
  endedOn: string | null;
  deselectionReason: string | null;
}

export interface HeldStaff {
  id: string;
  kind: string;
  collarNumber: string | null;
  force: string | null;
  active: boolean;
}

/**
 * What attendance and cohort files are matched against: one statement per kind of record for the
 * whole file. Group names and collar numbers are compared ignoring case, as people type them.
 */
export class ActivityImportRepository {
  groupsByName(executor: Executor, programmeIds: string[], names: string[]): Promise<HeldGroup[]> {
    if (!programmeIds.length || !names.length) return Promise.resolve([]);
    return executor
      .select({ id: programmeGroups.id, programmeId: programmeGroups.programmeId, name: programmeGroups.name })
      .from(programmeGroups)
      .where(and(inArray(programmeGroups.programmeId, programmeIds), inArray(sql`lower(${programmeGroups.name})`, names.map((n) => n.toLowerCase()))));
  }

  /** The groups' numbered sessions (catch-ups are recorded through their own register). */
  sessionsOf(executor: Executor, groupIds: string[]): Promise<HeldSession[]> {
    if (!groupIds.length) return Promise.resolve([]);
    return executor
      .select({
        id: programmeSessions.id,
        groupId: programmeSessions.groupId,
        sessionNumber: programmeSessions.sessionNumber,
        scheduledStart: programmeSessions.scheduledStart,
        cancelledAt: programmeSessions.cancelledAt,
      })
      .from(programmeSessions)
      .where(and(inArray(programmeSessions.groupId, groupIds), isNull(programmeSessions.catchUpOfSessionId)));
  }

  /** The people's referrals placed in one of these groups. */
  async referralsInGroups(executor: Executor, personIds: string[], groupIds: string[]): Promise<HeldGroupReferral[]> {
    if (!personIds.length || !groupIds.length) return [];
    const rows = await executor
      .select({ id: referrals.id, perpetratorId: referrals.perpetratorId, programmeId: referrals.programmeId, groupId: referrals.groupId, status: referrals.status })
      .from(referrals)
      .where(and(inArray(referrals.perpetratorId, personIds), inArray(referrals.groupId, groupIds)));
    return rows.map((row) => ({ ...row, groupId: row.groupId! }));
  }

  currentAttendance(executor: Executor, sessionIds: string[], referralIds: string[]): Promise<HeldAttendance[]> {
    if (!sessionIds.length || !referralIds.length) return Promise.resolve([]);
    return executor
      .select({
        id: attendanceRecords.id,
        sessionId: attendanceRecords.sessionId,
        referralId: attendanceRecords.referralId,
        outcome: attendanceRecords.outcome,
        behaviourConcern: attendanceRecords.behaviourConcern,
      })
      .from(attendanceRecords)
      .where(and(inArray(attendanceRecords.sessionId, sessionIds), inArray(attendanceRecords.referralId, referralIds), isNull(attendanceRecords.supersededAt)));
  }

  membershipsOf(executor: Executor, personIds: string[]): Promise<HeldMembership[]> {
    if (!personIds.length) return Promise.resolve([]);
    return executor
      .select({
        id: iomMemberships.id,
        perpetratorId: iomMemberships.perpetratorId,
        selectionSource: iomMemberships.selectionSource,
        cohortType: iomMemberships.cohortType,
        startedOn: iomMemberships.startedOn,
        endedOn: iomMemberships.endedOn,
        deselectionReason: iomMemberships.deselectionReason,
      })
      .from(iomMemberships)
      .where(inArray(iomMemberships.perpetratorId, personIds));
  }

  staffByCollar(executor: Executor, collars: string[]): Promise<HeldStaff[]> {
    if (!collars.length) return Promise.resolve([]);
    return executor
      .select({ id: iomStaff.id, kind: iomStaff.kind, collarNumber: iomStaff.collarNumber, force: iomStaff.force, active: iomStaff.active })
      .from(iomStaff)
      .where(inArray(sql`lower(${iomStaff.collarNumber})`, collars.map((c) => c.toLowerCase())));
  }
}
