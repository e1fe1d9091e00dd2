import DataLoader from "dataloader";
import { lazyLoaders, loaderByForeignKey, loaderById } from "../../shared/loaders.js";
import type { AttendanceRepository, ReferralAttendance } from "./attendance.repository.js";

const NO_ATTENDANCE: ReferralAttendance = { counts: { attended: 0, late: 0, absentAcceptable: 0, absentUnacceptable: 0, excluded: 0 }, failures: [] };

export const createAttendanceLoaders = (repository: AttendanceRepository) =>
  lazyLoaders({
    // Summaries and enforcement read the same rows, so one statement per batch serves both.
    attendanceByReferralId: () =>
      new DataLoader<string, ReferralAttendance>(async (referralIds) => {
        const found = await repository.attendanceByReferral(referralIds);
        return referralIds.map((id) => found.get(id) ?? NO_ATTENDANCE);
      }),
    // A referral's recorded enforcement actions, oldest first: one statement per batch of referrals.
    enforcementActionsByReferralId: () => loaderByForeignKey((ids) => repository.enforcementActions.byReferralIds(ids), (row) => row.referralId),
    // Whom a catch-up session is for (null for a group session).
    catchUpBySessionId: () => loaderById((ids) => repository.catchUps.bySessionIds(ids), (row) => row.sessionId),
    registerBySessionId: () => loaderByForeignKey((ids) => repository.currentRegisters(ids), (row) => row.sessionId),
  });

export type AttendanceLoaders = ReturnType<typeof createAttendanceLoaders>;
