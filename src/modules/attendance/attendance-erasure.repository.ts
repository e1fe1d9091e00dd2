import { inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "../perpetrators/index.js";
import { referrals } from "../referrals/index.js";
import { attendanceRecords } from "./attendance.table.js";
import { enforcementActions } from "./enforcement-action.table.js";

/**
 * Registers and enforcement in an erasure of a person: every register row and action stays (the report
 * counts outcomes, warnings and breaches), without its free-text note. Nothing here is open work: an
 * open referral is (referrals' holder).
 */
export class AttendanceErasureRepository implements PersonalDataHolder {
  async openWork(): Promise<OpenWork[]> {
    return [];
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const theirs = sql`(select ${referrals.id} from ${referrals} where ${referrals.perpetratorId} = ${subject.id})`;
    const registers = await tx.update(attendanceRecords).set({ note: null }).where(inArray(attendanceRecords.referralId, theirs)).returning({ id: attendanceRecords.id });
    const actions = await tx.update(enforcementActions).set({ note: null }).where(inArray(enforcementActions.referralId, theirs)).returning({ id: enforcementActions.id });
    return { attendance_records: registers.length, enforcement_actions: actions.length };
  }
}
