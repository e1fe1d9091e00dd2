import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { mapConnection, PageArgs } from "../../shared/pagination.js";
import { ProgrammeSession, ProgrammeSessionConnection, toProgrammeSession } from "./group.type.js";
import { CancelSessionInput, CancelSessionPayload } from "./session-cancel.inputs.js";
import { SessionChangeConnection, toSessionChange } from "./session-history.type.js";

@Resolver(() => ProgrammeSession)
export class SessionChangeResolver {
  @Mutation(() => CancelSessionPayload, {
    description:
      "Cancels a session that has no register yet (the group's facilitators or an admin), with a reason. A cancelled session takes no register and counts neither as attended nor as missed: attendance and completion count delivered sessions only.",
  })
  async cancelSession(@Arg("input", () => CancelSessionInput, { description: "The session and why it is cancelled." }) input: CancelSessionInput, @Ctx() ctx: RequestContext): Promise<CancelSessionPayload> {
    const outcome = await ctx.services.groups.sessionChanges.cancel(ctx, input);
    return outcome.ok ? { session: toProgrammeSession(outcome.value), userErrors: [] } : { session: null, userErrors: outcome.errors };
  }

  @FieldResolver(() => SessionChangeConnection, { description: "Every move and the cancellation of this session, in the order they were made, with who, when and why." })
  async changes(@Root() session: ProgrammeSession, @Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return mapConnection(await ctx.services.groups.sessionChanges.changes(ctx, session.dbId, page), toSessionChange);
  }

  @FieldResolver(() => ProgrammeSessionConnection, {
    description: "Catch-up sessions arranged for participants who missed this session with an acceptable reason, in start order (those in groups the caller may see).",
  })
  async catchUps(@Root() session: ProgrammeSession, @Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return mapConnection(await ctx.services.groups.sessionChanges.catchUps(ctx, session.dbId, page), toProgrammeSession);
  }
}
