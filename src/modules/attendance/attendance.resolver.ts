import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { mapConnection, PageArgs } from "../../shared/pagination.js";
import { ProgrammeSession, toProgrammeSession } from "../groups/index.js";
import { Referral, toReferral } from "../referrals/index.js";
import { RecordSessionAttendanceInput, RecordSessionAttendancePayload } from "./attendance.inputs.js";
import {
  AttendanceRecord,
  AttendanceRecordConnection,
  AttendanceSummary,
  Enforcement,
  toAttendanceRecord,
  toAttendanceSummary,
  toEnforcement,
} from "./attendance.type.js";

@Resolver(() => Referral)
export class ReferralAttendanceResolver {
  @FieldResolver(() => AttendanceSummary, { description: "Attendance so far, against the programme's completion rule." })
  async attendance(@Root() referral: Referral, @Ctx() ctx: RequestContext): Promise<AttendanceSummary> {
    return toAttendanceSummary(await ctx.services.attendance.summary(ctx, referral));
  }

  @FieldResolver(() => Enforcement, { nullable: true, description: "Null for voluntary referrals." })
  async enforcement(@Root() referral: Referral, @Ctx() ctx: RequestContext): Promise<Enforcement | null> {
    const result = await ctx.services.attendance.enforcement(ctx, referral);
    return result && toEnforcement(referral.dbId, result.assessment, result.failureList);
  }

  @FieldResolver(() => AttendanceRecordConnection, { description: "Current register rows in session order." })
  async attendanceRecords(@Root() referral: Referral, @Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return mapConnection(await ctx.services.attendance.referralRecords(ctx, referral.dbId, page), toAttendanceRecord);
  }
}

@Resolver(() => ProgrammeSession)
export class SessionRegisterResolver {
  @FieldResolver(() => [AttendanceRecord], { description: "The current register (one row per participant recorded; at most the group size)." })
  async register(@Root() session: ProgrammeSession, @Ctx() ctx: RequestContext): Promise<AttendanceRecord[]> {
    return (await ctx.services.attendance.register(ctx, session.dbId)).map(toAttendanceRecord);
  }

  @FieldResolver(() => AttendanceRecordConnection, { description: "Every register row ever recorded, corrections included, oldest first." })
  async registerHistory(@Root() session: ProgrammeSession, @Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return mapConnection(await ctx.services.attendance.registerHistory(ctx, session.dbId, page), toAttendanceRecord);
  }
}

@Resolver(() => AttendanceRecord)
export class AttendanceRecordResolver {
  @FieldResolver(() => ProgrammeSession, { description: "The session this row is for." })
  async session(@Root() record: AttendanceRecord, @Ctx() ctx: RequestContext): Promise<ProgrammeSession> {
    return toProgrammeSession((await ctx.services.groups.loadSession(ctx, record.sessionId))!);
  }

  @FieldResolver(() => Referral, { description: "The participant's referral." })
  async referral(@Root() record: AttendanceRecord, @Ctx() ctx: RequestContext): Promise<Referral> {
    return toReferral((await ctx.services.referrals.loadForRelation(ctx, record.referralId))!);
  }

  @Mutation(() => RecordSessionAttendancePayload, {
    description: "Records a session's register in one transaction; only the group's facilitators (or an admin) may.",
  })
  async recordSessionAttendance(
    @Arg("input", () => RecordSessionAttendanceInput, { description: "The session, an idempotency key and the register entries." }) input: RecordSessionAttendanceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecordSessionAttendancePayload> {
    const outcome = await ctx.services.attendance.recordRegister(ctx, input);
    if (!outcome.ok) return { session: null, records: [], replayed: false, userErrors: outcome.errors };
    const { session, records, replayed } = outcome.value;
    return { session: toProgrammeSession(session), records: records.map(toAttendanceRecord), replayed, userErrors: [] };
  }
}
