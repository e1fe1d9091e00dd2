import type { DatabaseHandle, Executor } from "./db/client.js";
import { ProgrammeCatalogue, ProgrammeRepository, ProgrammeService, createProgrammeLoaders } from "./modules/programmes/index.js";
import { PerpetratorErasureRepository, PerpetratorMergeService, PerpetratorRepository, PerpetratorService, createPerpetratorLoaders } from "./modules/perpetrators/index.js";
import { GroupAdminRepository, GroupAdminService, GroupRepository, GroupService, createGroupLoaders } from "./modules/groups/index.js";
import { ReferralErasureRepository, ReferralMergeRepository, ReferralRepository, ReferralService, createReferralLoaders } from "./modules/referrals/index.js";
import { AttendanceErasureRepository, AttendanceRepository, AttendanceService, createAttendanceLoaders } from "./modules/attendance/index.js";
import { CaseErasureRepository, CaseMergeRepository, CaseRepository, CaseService, createCaseLoaders } from "./modules/cases/index.js";
import {
  ActionService,
  CohortRepository,
  CohortService,
  IomAccess,
  MembershipErasureRepository,
  MembershipMergeRepository,
  PlanRepository,
  PlanService,
  StaffRepository,
  StaffService,
  createIomLoaders,
} from "./modules/iom/index.js";
import { sql } from "drizzle-orm";
import {
  AlertRepository,
  AlertService,
  OrderRepository,
  OrderService,
  RiskRepository,
  RiskService,
  SupportService,
  VictimRepository,
  VictimSafetyAccess,
  VictimErasureRepository,
  VictimSafetyMergeRepository,
  VictimService,
  VictimStatisticsService,
  createVictimSafetyLoaders,
  type EscalationPolicy,
} from "./modules/victim-safety/index.js";
import { ErasedEqualityRepository, FigureReportsService, IomReportRepository, PerformanceRepository, PerformanceService, SafetyReportRepository } from "./modules/reporting/index.js";
import { ErasureService, RETENTION_DEFAULT_YEARS, RetentionRepository, RetentionService, type RetentionKind } from "./modules/retention/index.js";
import { HiddenPeople } from "./access/hidden-rows.js";
import { AuditLog, AuditRepository } from "./shared/audit/index.js";
import { SarRequestRepository, SarRequestService, SubjectAccessService } from "./modules/subject-access/index.js";
import { ActivityImportRepository, ImportRepository, ImportService } from "./modules/imports/index.js";
import { DeliveryRepository, EventErasureHolder, EventsService, Outbox, SubscriberRepository, createEventLoaders } from "./modules/events/index.js";
import { VisibleRowsRepository } from "./access/visible-rows.repository.js";
import type { Clock } from "./shared/clock.js";

/** The composition root: one repository and service per feature, built once per process. */
export function createServices(handle: DatabaseHandle, options: { escalation: EscalationPolicy; eventsBaseUrl: string; retentionYears?: Record<RetentionKind, number> }) {
  const { db } = handle;
  // The transactional outbox: features write their domain events with the transaction of the change.
  const outbox = new Outbox(options.eventsBaseUrl);
  const repositories = {
    programmes: new ProgrammeRepository(db),
    perpetrators: new PerpetratorRepository(db),
    groups: new GroupRepository(db),
    referrals: new ReferralRepository(db, outbox),
    attendance: new AttendanceRepository(db),
    cases: new CaseRepository(db),
    iomStaff: new StaffRepository(db),
    iomCohort: new CohortRepository(db),
    iomPlans: new PlanRepository(db),
    victims: new VictimRepository(db),
    risk: new RiskRepository(db),
    orders: new OrderRepository(db),
    alerts: new AlertRepository(db),
    audit: new AuditRepository(db),
    visibleRows: new VisibleRowsRepository(db),
  };
  const programmeCatalogue = new ProgrammeCatalogue(repositories.programmes);
  const programmes = new ProgrammeService(repositories.programmes, programmeCatalogue);
  const perpetrators = new PerpetratorService(db, repositories.perpetrators);
  // Groups ask attendance whether a session has a register before it may move.
  const groups: GroupService = new GroupService(db, repositories.groups, programmes, () => attendance);
  // Referrals ask attendance whether completion is met, and attendance asks referrals who is in a group.
  // Programme events raise victim-safety alerts in their own transactions.
  const referrals: ReferralService = new ReferralService(db, repositories.referrals, programmes, perpetrators, groups, () => attendance, () => alerts);
  const attendance: AttendanceService = new AttendanceService(db, repositories.attendance, programmes, groups, referrals, () => alerts, outbox);
  const cases = new CaseService(db, repositories.cases, perpetrators);
  // Closing a group asks referrals whether anyone is still in it.
  const groupAdmin = new GroupAdminService(db, repositories.groups, new GroupAdminRepository(), () => referrals);

  const iomAccess = new IomAccess();
  const iomStaff = new StaffService(db, repositories.iomStaff, repositories.iomCohort, iomAccess);
  const iomCohort = new CohortService(db, repositories.iomCohort, repositories.iomPlans, perpetrators, iomAccess, outbox);
  const iomActions = new ActionService(db, repositories.iomPlans, iomCohort, iomStaff, referrals, iomAccess);
  const iomPlans = new PlanService(db, repositories.iomPlans, iomCohort, iomActions);

  const audit = new AuditLog(db, repositories.audit);
  const victimAccess = new VictimSafetyAccess();
  const victims = new VictimService(db, repositories.victims, perpetrators, victimAccess, audit);
  const support = new SupportService(db, repositories.victims, victimAccess, audit);
  const risk = new RiskService(db, repositories.risk, repositories.victims, victimAccess, audit, options.escalation);
  const notify = async (tx: Executor, channel: string, payload: string) => void (await tx.execute(sql`select pg_notify(${channel}, ${payload})`));
  const alerts: AlertService = new AlertService(db, repositories.alerts, repositories.victims, repositories.orders, programmes, victimAccess, audit, notify, outbox);
  const orders = new OrderService(db, repositories.orders, repositories.victims, perpetrators, victimAccess, audit, () => alerts);
  const victimStatistics = new VictimStatisticsService(repositories.victims, repositories.orders, victimAccess);
  const performance = new PerformanceService(new PerformanceRepository(handle));
  const figureReports = new FigureReportsService(new SafetyReportRepository(handle), new IomReportRepository(handle));
  // Every feature holding rows about a person, each moving its own on a merge (test/person-merge-catalogue.test.ts
  // fails when a table referencing a person is left out).
  const sarRequestRepository = new SarRequestRepository(db);
  const personRecordHolders = [
    repositories.perpetrators.merges,
    new ReferralMergeRepository(),
    new CaseMergeRepository(),
    new MembershipMergeRepository(),
    new VictimSafetyMergeRepository(),
    sarRequestRepository,
  ];
  const perpetratorMerges = new PerpetratorMergeService(db, repositories.perpetrators, audit, () => personRecordHolders);
  // Reads every feature's rows about one person (never a victim's), for a subject access request.
  const sarRequests = new SarRequestService(db, sarRequestRepository);
  const subjectAccess = new SubjectAccessService(db, audit, sarRequests);

  const imports = new ImportService(db, {
    repository: new ImportRepository(),
    activity: new ActivityImportRepository(),
    perpetrators: repositories.perpetrators,
    referrals: repositories.referrals,
    attendance: repositories.attendance,
    cohort: repositories.iomCohort,
    programmes,
    audit,
  });

  const eventDeliveries = new DeliveryRepository(handle);
  const events = new EventsService(new SubscriberRepository(db), eventDeliveries);
  // Whether erased or restricted people exist (the access layer leaves their rows out once they do).
  const hiddenPeople = new HiddenPeople();
  const perpetratorErasure = new PerpetratorErasureRepository();
  const victimErasure = new VictimErasureRepository();
  // Every feature holding personal data, each erasing its own, in this order: reporting keeps the
  // equality categories before the person's date of birth goes, and the person's own row is last. A test fails when a table referencing
  // a person or victim is left out (test/erasure.test.ts searches every table for the erased details).
  const personalDataHolders = [
    new ErasedEqualityRepository(handle),
    new ReferralErasureRepository(),
    new AttendanceErasureRepository(),
    new CaseErasureRepository(),
    new MembershipErasureRepository(),
    victimErasure,
    sarRequestRepository,
    new EventErasureHolder(),
    perpetratorErasure,
  ];
  const retentionRepository = new RetentionRepository(handle);
  const retention = new RetentionService(retentionRepository, options.retentionYears ?? RETENTION_DEFAULT_YEARS);
  const erasures = new ErasureService(db, retentionRepository, { PERPETRATOR: perpetratorErasure, VICTIM: victimErasure }, audit, hiddenPeople, () => personalDataHolders);

  const services = {
    programmes,
    perpetrators,
    perpetratorMerges,
    groups,
    groupAdmin,
    referrals,
    attendance,
    cases,
    iomStaff,
    iomCohort,
    iomPlans,
    iomActions,
    audit,
    victimAccess,
    victims,
    support,
    risk,
    orders,
    alerts,
    victimStatistics,
    subjectAccess,
    sarRequests,
    retention,
    erasures,
    imports,
    performance,
    events,
    figureReports,
  };

  /** Fresh, lazily built DataLoaders for one request: nothing cached outlives it. */
  const createLoaders = (clock: Clock) => ({
    programmes: createProgrammeLoaders(programmeCatalogue),
    perpetrators: createPerpetratorLoaders(repositories.perpetrators),
    groups: createGroupLoaders(repositories.groups),
    referrals: createReferralLoaders(repositories.referrals),
    attendance: createAttendanceLoaders(repositories.attendance),
    cases: createCaseLoaders(repositories.cases),
    iom: createIomLoaders({ staff: repositories.iomStaff, cohort: repositories.iomCohort, plans: repositories.iomPlans }),
    events: createEventLoaders(events),
    victimSafety: createVictimSafetyLoaders({ victims: repositories.victims, risk: repositories.risk, orders: repositories.orders, alerts: repositories.alerts }, clock),
  });

  return { services, repositories, createLoaders, eventDeliveries, hiddenPeople };
}

export type Services = ReturnType<typeof createServices>["services"];
export type RequestLoaders = ReturnType<ReturnType<typeof createServices>["createLoaders"]>;
