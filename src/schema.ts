import "reflect-metadata";
import { printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { roleAuthChecker } from "./shared/auth/auth-checker.js";
import { createNodeResolver, type NodeFetcher } from "./shared/node.js";
import { DateTimeScalar } from "./shared/scalars.js";
import { ProgrammeResolver, toProgramme } from "./modules/programmes/index.js";
import { PerpetratorResolver, toPerpetrator } from "./modules/perpetrators/index.js";
import { ProgrammeGroupResolver, ProgrammeSessionResolver, toProgrammeGroup, toProgrammeSession } from "./modules/groups/index.js";
import { GroupParticipantsResolver, PerpetratorReferralsResolver, ReferralResolver, toReferral } from "./modules/referrals/index.js";
import {
  AttendanceRecordResolver,
  ReferralAttendanceResolver,
  SessionRegisterResolver,
  toAttendanceRecord,
} from "./modules/attendance/index.js";
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
};

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: schema construction is expensive and never per request. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return (built ??= buildSchema({
    resolvers: [
      createNodeResolver(nodeFetchers),
      ProgrammeResolver,
      PerpetratorResolver,
      PerpetratorReferralsResolver,
      ProgrammeGroupResolver,
      ProgrammeSessionResolver,
      GroupParticipantsResolver,
      ReferralResolver,
      ReferralAttendanceResolver,
      SessionRegisterResolver,
      AttendanceRecordResolver,
      IomStaffResolver,
      IomMembershipResolver,
      OffenderManagerAssignmentResolver,
      IomWorkloadResolver,
      InterventionPlanResolver,
      PlanActionResolver,
      PerpetratorIomResolver,
    ],
    authChecker: roleAuthChecker,
    authMode: "error",
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  }));
}

export async function printAppSchema(): Promise<string> {
  return printSchema(await buildAppSchema()) + "\n";
}
