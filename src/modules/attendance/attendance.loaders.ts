import DataLoader from "dataloader";
import { lazyLoaders, loaderByForeignKey } from "../../shared/loaders.js";
import type { AttendanceRepository } from "./attendance.repository.js";
import type { AttendanceCounts } from "./attendance.rules.js";
import type { UnacceptableFailure } from "./enforcement.rules.js";

const NO_ATTENDANCE: AttendanceCounts = { attended: 0, late: 0, absentAcceptable: 0, absentUnacceptable: 0, excluded: 0 };

export const createAttendanceLoaders = (repository: AttendanceRepository) =>
  lazyLoaders({
    countsByReferralId: () =>
      new DataLoader<string, AttendanceCounts>(async (referralIds) => {
        const counts = await repository.countsByReferral(referralIds);
        return referralIds.map((id) => counts.get(id) ?? NO_ATTENDANCE);
      }),
    failuresByReferralId: () =>
      loaderByForeignKey<{ referralId: string } & UnacceptableFailure>((ids) => repository.unacceptableFailures(ids), (row) => row.referralId),
    registerBySessionId: () => loaderByForeignKey((ids) => repository.currentRegisters(ids), (row) => row.sessionId),
  });

export type AttendanceLoaders = ReturnType<typeof createAttendanceLoaders>;
