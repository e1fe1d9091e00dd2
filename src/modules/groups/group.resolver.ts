import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { idOfType } from "../../shared/global-id.js";
import { mapConnection, PageArgs } from "../../shared/pagination.js";
import { Programme, toProgramme } from "../programmes/index.js";
import {
  CreateProgrammeGroupInput,
  CreateProgrammeGroupPayload,
  ProgrammeGroupFilter,
  RescheduleSessionInput,
  RescheduleSessionPayload,
  ScheduleSessionInput,
  ScheduleSessionPayload,
} from "./group.inputs.js";
import {
  ProgrammeGroup,
  ProgrammeGroupConnection,
  ProgrammeSession,
  ProgrammeSessionConnection,
  toProgrammeGroup,
  toProgrammeSession,
} from "./group.type.js";

@Resolver(() => ProgrammeGroup)
export class ProgrammeGroupResolver {
  @Query(() => ProgrammeGroup, { nullable: true, description: "One group by global id; null when it does not exist or the caller may not see it." })
  async programmeGroup(@Arg("id", () => ID, { description: "The group's global id." }) id: string, @Ctx() ctx: RequestContext): Promise<ProgrammeGroup | null> {
    const dbId = idOfType(id, "ProgrammeGroup");
    const row = dbId ? await ctx.services.groups.getGroup(ctx, dbId) : null;
    return row && toProgrammeGroup(row);
  }

  @Query(() => ProgrammeGroupConnection, { description: "Groups, latest start first; a facilitator sees only their own." })
  async programmeGroups(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => ProgrammeGroupFilter, { nullable: true, description: "Narrows the list; null or left out lists every group the caller may see." }) filter?: ProgrammeGroupFilter | null,
  ) {
    return mapConnection(await ctx.services.groups.pageGroups(ctx, page, filter), toProgrammeGroup);
  }

  @FieldResolver(() => Programme, { description: "The programme the group runs." })
  async programme(@Root() group: ProgrammeGroup, @Ctx() ctx: RequestContext): Promise<Programme> {
    return toProgramme((await ctx.services.programmes.byId(ctx, group.programmeId))!);
  }

  @FieldResolver(() => [String], { description: "JWT subjects of the group's current facilitators (see facilitators for their dates and history)." })
  facilitatorSubs(@Root() group: ProgrammeGroup, @Ctx() ctx: RequestContext): Promise<string[]> {
    return ctx.services.groups.facilitatorsOf(ctx, group.dbId);
  }

  @FieldResolver(() => ProgrammeSessionConnection, {
    description: "The group's numbered sessions in number order, cancelled ones included (see status); catch-ups are listed on the session they catch up.",
  })
  async sessions(@Root() group: ProgrammeGroup, @Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return mapConnection(await ctx.services.groups.pageSessions(ctx, group.dbId, page), toProgrammeSession);
  }

  @Mutation(() => CreateProgrammeGroupPayload, { description: "Sets up a group of a programme with its facilitators (admins only)." })
  async createProgrammeGroup(
    @Arg("input", () => CreateProgrammeGroupInput, { description: "The group to create." }) input: CreateProgrammeGroupInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateProgrammeGroupPayload> {
    const outcome = await ctx.services.groups.createGroup(ctx, input);
    return outcome.ok ? { group: toProgrammeGroup(outcome.value), userErrors: [] } : { group: null, userErrors: outcome.errors };
  }

  @Mutation(() => ScheduleSessionPayload, { description: "Adds a session to a group's timetable: the group's facilitators or an admin." })
  async scheduleSession(
    @Arg("input", () => ScheduleSessionInput, { description: "The group, the session number and when it starts." }) input: ScheduleSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ScheduleSessionPayload> {
    const outcome = await ctx.services.groups.scheduleSession(ctx, input);
    return outcome.ok ? { session: toProgrammeSession(outcome.value), userErrors: [] } : { session: null, userErrors: outcome.errors };
  }

  @Mutation(() => RescheduleSessionPayload, {
    description: "Moves a session with no register yet to a later or earlier start in the future, keeping the group's sessions in number order.",
  })
  async rescheduleSession(
    @Arg("input", () => RescheduleSessionInput, { description: "The session, its new start and the reason." }) input: RescheduleSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RescheduleSessionPayload> {
    const outcome = await ctx.services.groups.rescheduleSession(ctx, input);
    return outcome.ok ? { session: toProgrammeSession(outcome.value), userErrors: [] } : { session: null, userErrors: outcome.errors };
  }
}

@Resolver(() => ProgrammeSession)
export class ProgrammeSessionResolver {
  @Query(() => ProgrammeSession, { nullable: true, description: "One session by global id; null when it does not exist or the caller may not see it." })
  async programmeSession(@Arg("id", () => ID, { description: "The session's global id." }) id: string, @Ctx() ctx: RequestContext): Promise<ProgrammeSession | null> {
    const dbId = idOfType(id, "ProgrammeSession");
    const row = dbId ? await ctx.services.groups.getSession(ctx, dbId) : null;
    return row && toProgrammeSession(row);
  }

  @FieldResolver(() => ProgrammeGroup, { description: "The group the session belongs to." })
  async group(@Root() session: ProgrammeSession, @Ctx() ctx: RequestContext): Promise<ProgrammeGroup> {
    return toProgrammeGroup((await ctx.services.groups.loadGroup(ctx, session.groupId))!);
  }
}
