import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { ProgrammeSession, SessionStatusEnum, sessionStatus, toProgrammeSession, type SessionStatus } from "../groups/index.js";
import { Referral, toReferral } from "../referrals/index.js";
import { AddCatchUpSessionInput, AddCatchUpSessionPayload } from "./catch-up.inputs.js";

@Resolver(() => ProgrammeSession)
export class CatchUpResolver {
  @Mutation(() => AddCatchUpSessionPayload, {
    description:
      "Schedules an individual catch-up for one participant who missed a delivered session with an acceptable reason (the participant's group facilitators or an admin). Its register records only that participant; attending it counts as attending the missed session (once).",
  })
  async addCatchUpSession(@Arg("input", () => AddCatchUpSessionInput, { description: "The participant's referral, the session they missed with a reason, and when the catch-up is held." }) input: AddCatchUpSessionInput, @Ctx() ctx: RequestContext): Promise<AddCatchUpSessionPayload> {
    const outcome = await ctx.services.attendance.catchUps.add(ctx, input);
    return outcome.ok ? { session: toProgrammeSession(outcome.value), userErrors: [] } : { session: null, userErrors: outcome.errors };
  }

  @FieldResolver(() => SessionStatusEnum, { description: "SCHEDULED, CANCELLED, or DELIVERED once a register is recorded." })
  async status(@Root() session: ProgrammeSession, @Ctx() ctx: RequestContext): Promise<SessionStatus> {
    const register = session.cancelledAt ? [] : await ctx.services.attendance.register(ctx, session.dbId);
    return sessionStatus(session, register.length > 0);
  }

  @FieldResolver(() => ProgrammeSession, { nullable: true, description: "For a catch-up session: the group session it catches up. Null for a group session." })
  async catchUpFor(@Root() session: ProgrammeSession, @Ctx() ctx: RequestContext): Promise<ProgrammeSession | null> {
    if (!session.catchUpOfSessionId) return null;
    const row = await ctx.services.groups.loadSession(ctx, session.catchUpOfSessionId);
    return row && toProgrammeSession(row);
  }

  @FieldResolver(() => Referral, { nullable: true, description: "For a catch-up session: the participant it is for (the only one its register records). Null for a group session." })
  async catchUpParticipant(@Root() session: ProgrammeSession, @Ctx() ctx: RequestContext): Promise<Referral | null> {
    if (!session.catchUpOfSessionId) return null;
    const catchUp = await ctx.loaders.attendance.catchUpBySessionId.load(session.dbId);
    const row = catchUp ? await ctx.services.referrals.loadForRelation(ctx, catchUp.referralId) : null;
    return row && toReferral(row);
  }
}
