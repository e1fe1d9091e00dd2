import type { DatabaseHandle } from "./db/client.js";
import { ProgrammeRepository, ProgrammeService, createProgrammeLoaders } from "./modules/programmes/index.js";
import { PerpetratorRepository, PerpetratorService, createPerpetratorLoaders } from "./modules/perpetrators/index.js";
import { GroupRepository, GroupService, createGroupLoaders } from "./modules/groups/index.js";
import { ReferralRepository, ReferralService, createReferralLoaders } from "./modules/referrals/index.js";
import { AttendanceRepository, AttendanceService, createAttendanceLoaders } from "./modules/attendance/index.js";

/** The composition root: one repository and service per feature, built once per process. */
export function createServices(handle: DatabaseHandle) {
  const { db } = handle;
  const repositories = {
    programmes: new ProgrammeRepository(db),
    perpetrators: new PerpetratorRepository(db),
    groups: new GroupRepository(db),
    referrals: new ReferralRepository(db),
    attendance: new AttendanceRepository(db),
  };
  const programmes = new ProgrammeService(repositories.programmes);
  const perpetrators = new PerpetratorService(db, repositories.perpetrators);
  const groups = new GroupService(db, repositories.groups, programmes);
  // Referrals ask attendance whether completion is met, and attendance asks referrals who is in a group.
  const referrals: ReferralService = new ReferralService(db, repositories.referrals, programmes, perpetrators, groups, () => attendance);
  const attendance: AttendanceService = new AttendanceService(db, repositories.attendance, programmes, groups, referrals);

  const services = { programmes, perpetrators, groups, referrals, attendance };

  /** Fresh, lazily built DataLoaders for one request: nothing cached outlives it. */
  const createLoaders = () => ({
    programmes: createProgrammeLoaders(repositories.programmes),
    perpetrators: createPerpetratorLoaders(repositories.perpetrators),
    groups: createGroupLoaders(repositories.groups),
    referrals: createReferralLoaders(repositories.referrals),
    attendance: createAttendanceLoaders(repositories.attendance),
  });

  return { services, repositories, createLoaders };
}

export type Services = ReturnType<typeof createServices>["services"];
export type RequestLoaders = ReturnType<ReturnType<typeof createServices>["createLoaders"]>;
