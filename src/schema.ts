import { resolvePlainFieldsDirectly } from "./shared/plain-fields.js";
import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { roleAuthChecker } from "./shared/auth/auth-checker.js";
import { enforceFieldRoles } from "./shared/auth/field-roles.js";
import { guardEdges } from "./access/guard-edges.js";
import { createNodeResolver, type NodeFetcher } from "./shared/node.js";
import { DateTimeScalar } from "./shared/scalars.js";
import { describeRootTypes } from "./shared/root-descriptions.js";
import { ProgrammeResolver, toProgramme } from "./modules/programmes/index.js";
import { PerpetratorMergeResolver, PerpetratorResolver, toPerpetrator } from "./modules/perpetrators/index.js";
import { GroupAdminResolver, GroupFacilitatorResolver, ProgrammeGroupResolver, ProgrammeSessionResolver, SessionChangeResolver, toProgrammeGroup, toProgrammeSession } from "./modules/groups/index.js";
import { GroupParticipantsResolver, PerpetratorReferralsResolver, ReferralResolver, toReferral } from "./modules/referrals/index.js";
import {
  AttendanceRecordResolver,
  CatchUpResolver,
  EnforcementActionResolver,
  ReferralAttendanceResolver,
  SessionRegisterResolver,
  toAttendanceRecord,
} from "./modules/attendance/index.js";
import { CaseAllocationResolver, PerpetratorCaseAllocationResolver, toCaseAllocation } from "./modules/cases/index.js";
import {
  InterventionPlanResolver,
  IomMembershipResolver,
  IomStaffResolver,
  IomWorkloadResolver,
  OffenderManagerAssignmentResolver,
  PerpetratorIomResolver,
  PlanActionResolver,
  toInterventionPlan,
  toIomMembership,
  toIomStaffMember,
  toPlanAction,
} from "./modules/iom/index.js";
import {
  MaracReferralResolver,
  PerpetratorVictimSafetyResolver,
  ProtectiveOrderResolver,
  RiskAssessmentResolver,
  RiskMutationResolver,
  SafetyAlertResolver,
  SafetyIncidentResolver,
  SupportAllocationResolver,
  VICTIM_SAFETY_AUDIT,
  VictimLinkResolver,
  VictimResolver,
  VictimStatisticsResolver,
  toMaracReferral,
  toProtectiveOrder,
  toRiskAssessment,
  toSafetyAlert,
  toSafetyIncident,
  toSupportAllocation,
  toVictim,
  toVictimLink,
} from "./modules/victim-safety/index.js";
import { ImportResolver } from "./modules/imports/index.js";
import { EventsResolver } from "./modules/events/index.js";
import { FigureReportsResolver, PerformanceResolver } from "./modules/reporting/index.js";
import { RetentionResolver } from "./modules/retention/index.js";
import { AuditEventResolver, auditFieldReads, auditReturnedRows } from "./shared/audit/index.js";
import { SarRequestResolver, SubjectAccessResolver } from "./modules/subject-access/index.js";

/** How `node(id:)` fetches each type: through the same service calls, and so the same checks, as its typed query. */
const nodeFetchers: Record<string, NodeFetcher> = {
  Programme: async (ctx, id) => {
    const row = await ctx.services.programmes.byId(ctx, id);
    return row && toProgramme(row);
  },
  Perpetrator: async (ctx, id) => {
    const row = await ctx.services.perpetrators.get(ctx, id);
    return row && toPerpetrator(row);
  },
  Referral: async (ctx, id) => {
    const row = await ctx.services.referrals.get(ctx, id);
    return row && toReferral(row);
  },
  ProgrammeGroup: async (ctx, id) => {
    const row = await ctx.services.groups.getGroup(ctx, id);
    return row && toProgrammeGroup(row);
  },
  ProgrammeSession: async (ctx, id) => {
    const row = await ctx.services.groups.getSession(ctx, id);
    return row && toProgrammeSession(row);
  },
  AttendanceRecord: async (ctx, id) => {
    const row = await ctx.services.attendance.getRecord(ctx, id);
    return row && toAttendanceRecord(row);
  },
  CaseAllocation: async (ctx, id) => {
    const row = await ctx.services.cases.get(ctx, id);
    return row && toCaseAllocation(row);
  },
  IomStaffMember: async (ctx, id) => {
    const row = await ctx.services.iomStaff.getStaff(ctx, id);
    return row && toIomStaffMember(row);
  },
  IomMembership: async (ctx, id) => {
    const row = await ctx.services.iomCohort.get(ctx, id);
    return row && toIomMembership(row);
  },
  InterventionPlan: async (ctx, id) => {
    const row = await ctx.services.iomPlans.getPlan(ctx, id);
    return row && toInterventionPlan(row);
  },
  PlanAction: async (ctx, id) => {
    const row = await ctx.services.iomActions.getAction(ctx, id);
    return row && toPlanAction(row);
  },
  Victim: async (ctx, id) => {
    const row = await ctx.services.victims.get(ctx, id);
    return row && toVictim(row);
  },
  VictimLink: async (ctx, id) => {
    const row = await ctx.services.victims.getLink(ctx, id);
    return row && toVictimLink(row);
  },
  SupportAllocation: async (ctx, id) => {
    const row = await ctx.services.support.getAllocation(ctx, id);
    return row && toSupportAllocation(row);
  },
  RiskAssessment: async (ctx, id) => {
    const found = await ctx.services.risk.getAssessment(ctx, id);
    return found && toRiskAssessment(found.row, found.link);
  },
  SafetyIncident: async (ctx, id) => {
    const found = await ctx.services.risk.getIncident(ctx, id);
    return found && toSafetyIncident(found.row, found.link);
  },
  MaracReferral: async (ctx, id) => {
    const found = await ctx.services.risk.getMaracReferral(ctx, id);
    return found && toMaracReferral(found.row, found.link);
  },
  ProtectiveOrder: async (ctx, id) => {
    const row = await ctx.services.orders.get(ctx, id);
    return row && toProtectiveOrder(row);
  },
  SafetyAlert: async (ctx, id) => {
    const row = await ctx.services.alerts.get(ctx, id);
    return row && toSafetyAlert(row);
  },
};

let built: Promise<GraphQLSchema> | undefined;

/**
 * type-graphql insists on a process-wide PubSub, but each subscription here brings its own source
 * (the app's alert service, fed by PostgreSQL NOTIFY), so this one must never be used.
 */
const noProcessWidePubSub: PubSub = {
  publish: () => {
    throw new Error("subscriptions use their own source, not type-graphql's PubSub");
  },
  subscribe: () => {
    throw new Error("subscriptions use their own source, not type-graphql's PubSub");
  },
};

/** Built once per process: schema construction is expensive and never per request. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  if (!built) resolvePlainFieldsDirectly();
  return (built ??= buildSchema({
    resolvers: [
      createNodeResolver(nodeFetchers),
      ProgrammeResolver,
      PerpetratorResolver,
      PerpetratorMergeResolver,
      PerpetratorReferralsResolver,
      ProgrammeGroupResolver,
      GroupAdminResolver,
      GroupFacilitatorResolver,
      ProgrammeSessionResolver,
      SessionChangeResolver,
      GroupParticipantsResolver,
      ReferralResolver,
      ReferralAttendanceResolver,
      SessionRegisterResolver,
      AttendanceRecordResolver,
      CatchUpResolver,
      EnforcementActionResolver,
      CaseAllocationResolver,
      PerpetratorCaseAllocationResolver,
      IomStaffResolver,
      IomMembershipResolver,
      OffenderManagerAssignmentResolver,
      IomWorkloadResolver,
      InterventionPlanResolver,
      PlanActionResolver,
      PerpetratorIomResolver,
      VictimResolver,
      VictimLinkResolver,
      SupportAllocationResolver,
      PerpetratorVictimSafetyResolver,
      RiskAssessmentResolver,
      SafetyIncidentResolver,
      MaracReferralResolver,
      RiskMutationResolver,
      ProtectiveOrderResolver,
      SafetyAlertResolver,
      VictimStatisticsResolver,
      PerformanceResolver,
      RetentionResolver,
      FigureReportsResolver,
      AuditEventResolver,
      SubjectAccessResolver,
      SarRequestResolver,
      ImportResolver,
      EventsResolver,
    ],
    authChecker: roleAuthChecker,
    authMode: "error",
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
    pubSub: noProcessWidePubSub,
  }).then((schema) => {
    describeRootTypes(schema);
    enforceFieldRoles(schema);
    // Rows are checked before the audit sees them, so only what the caller is shown is logged as read.
    guardEdges(schema);
    auditFieldReads(schema, VICTIM_SAFETY_AUDIT);
    // Last, so outermost: every victim-safety row actually returned (after guardEdges filtered) is logged.
    auditReturnedRows(schema, VICTIM_SAFETY_AUDIT);
    return schema;
  }));
}

/**
 * The SDL in name order. type-graphql lists a type's fields in the order their modules were first
 * evaluated, which differs when a process (a test worker) loads a feature before the schema; sorted,
 * the checked-in schema is the same however the process started.
 */
export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildAppSchema())) + "\n";
}
