import type { DatabaseHandle } from "./db/client.js";
import { ProgrammeRepository, ProgrammeService, createProgrammeLoaders } from "./modules/programmes/index.js";
import { PerpetratorRepository, PerpetratorService, createPerpetratorLoaders } from "./modules/perpetrators/index.js";
import { GroupRepository, GroupService, createGroupLoaders } from "./modules/groups/index.js";
import { ReferralRepository, ReferralService, createReferralLoaders } from "./modules/referrals/index.js";
import { AttendanceRepository, AttendanceService, createAttendanceLoaders } from "./modules/attendance/index.js";
import {
  ActionService,
  CohortRepository,
  CohortService,
  IomAccess,
  PlanRepository,
  PlanService,
  StaffRepository,
  StaffService,
  createIomLoaders,
} from "./modules/iom/index.js";
import type { Viewer } from "./shared/auth/viewer.js";

/** The composition root: one repository and service per feature, built once per process. */
export function createServices(handle: DatabaseHandle) {
  const { db } = handle;
  const repositories = {
    programmes: new ProgrammeRepository(db),
    perpetrators: new PerpetratorRepository(db),
    groups: new GroupRepository(db),
    referrals: new ReferralRepository(db),
    attendance: new AttendanceRepository(db),
    iomStaff: new StaffRepository(db),
    iomCohort: new CohortRepository(db),
    iomPlans: new PlanRepository(db),
  };
  const programmes = new ProgrammeService(repositories.programmes);
  const perpetrators = new PerpetratorService(db, repositories.perpetrators);
  const groups = new GroupService(db, repositories.groups, programmes);
  // Referrals ask attendance whether completion is met, and attendance asks referrals who is in a group.
  const referrals: ReferralService = new ReferralService(db, repositories.referrals, programmes, perpetrators, groups, () => attendance);
  const attendance: AttendanceService = new AttendanceService(db, repositories.attendance, programmes, groups, referrals);

  const iomAccess = new IomAccess();
  const iomStaff = new StaffService(db, repositories.iomStaff, repositories.iomCohort, iomAccess);
  const iomCohort = new CohortService(db, repositories.iomCohort, repositories.iomPlans, perpetrators, iomAccess);
  const iomActions = new ActionService(db, repositories.iomPlans, iomCohort, iomStaff, referrals, iomAccess);
  const iomPlans = new PlanService(db, repositories.iomPlans, iomCohort, iomActions);

  const services = { programmes, perpetrators, groups, referrals, attendance, iomStaff, iomCohort, iomPlans, iomActions };

  /** Fresh, lazily built DataLoaders for one request and its viewer: nothing cached outlives it. */
  const createLoaders = (viewer: Viewer | null) => ({
    programmes: createProgrammeLoaders(repositories.programmes),
    perpetrators: createPerpetratorLoaders(repositories.perpetrators),
    groups: createGroupLoaders(repositories.groups),
    referrals: createReferralLoaders(repositories.referrals),
    attendance: createAttendanceLoaders(repositories.attendance),
    iom: createIomLoaders({ staff: repositories.iomStaff, cohort: repositories.iomCohort, plans: repositories.iomPlans }, viewer),
  });

  return { services, repositories, createLoaders };
}

export type Services = ReturnType<typeof createServices>["services"];
export type RequestLoaders = ReturnType<ReturnType<typeof createServices>["createLoaders"]>;
