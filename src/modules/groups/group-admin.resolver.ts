import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import type { Outcome } from "../../shared/user-errors.js";
import { dateToday } from "../../shared/clock.js";
import { isFacilitatingOn } from "./facilitator.rules.js";
import { AddGroupFacilitatorInput, CloseGroupInput, RemoveGroupFacilitatorInput, UpdateGroupInput } from "./group-admin.inputs.js";
import type { FacilitatorChange } from "./group-admin.service.js";
import { GroupFacilitator, GroupFacilitatorPayload, GroupPayload, toGroupFacilitator } from "./group-admin.type.js";
import type { ProgrammeGroupRow } from "./group.table.js";
import { ProgrammeGroup, toProgrammeGroup } from "./group.type.js";

const facilitatorPayload = (outcome: Outcome<FacilitatorChange>): GroupFacilitatorPayload =>
  outcome.ok
    ? { group: toProgrammeGroup(outcome.value.group), facilitator: toGroupFacilitator(outcome.value.facilitator), userErrors: [] }
    : { group: null, facilitator: null, userErrors: outcome.errors };

const groupPayload = (outcome: Outcome<ProgrammeGroupRow>): GroupPayload =>
  outcome.ok ? { group: toProgrammeGroup(outcome.value), userErrors: [] } : { group: null, userErrors: outcome.errors };

@Resolver(() => GroupFacilitator)
export class GroupFacilitatorResolver {
  @FieldResolver(() => Boolean, { description: "The period gives access today: started, and not yet ended." })
  current(@Root() period: GroupFacilitator, @Ctx() ctx: RequestContext): boolean {
    return isFacilitatingOn(period, dateToday(ctx.clock));
  }
}

/** Running a group after set-up: its facilitators with their dates, updating and closing it (ADMIN). */
@Resolver(() => ProgrammeGroup)
export class GroupAdminResolver {
  @FieldResolver(() => [GroupFacilitator], {
    description:
      "Who facilitates the group, with their dates: the current facilitators (and those added from a later date) by default, " +
      "ended periods too with includeEnded. By subject, then start date.",
  })
  async facilitators(
    @Root() group: ProgrammeGroup,
    @Ctx() ctx: RequestContext,
    @Arg("includeEnded", { defaultValue: false, description: "Include periods that have ended (the group's history of facilitators)." }) includeEnded: boolean,
  ): Promise<GroupFacilitator[]> {
    return (await ctx.services.groupAdmin.facilitationsOf(ctx, group.dbId, includeEnded)).map(toGroupFacilitator);
  }

  @Mutation(() => GroupFacilitatorPayload, {
    description:
      "Adds a facilitator to a group from a date (ADMIN): from that day they see the group, its sessions and registers and the people in it, " +
      "and record its registers. Refused: someone already on the list (DUPLICATE), a date before today (INVALID), a closed group (GROUP_CLOSED).",
  })
  async addGroupFacilitator(@Arg("input", () => AddGroupFacilitatorInput, { description: "The group, the facilitator's subject, the date they start and why." }) input: AddGroupFacilitatorInput, @Ctx() ctx: RequestContext): Promise<GroupFacilitatorPayload> {
    return facilitatorPayload(await ctx.services.groupAdmin.addFacilitator(ctx, input));
  }

  @Mutation(() => GroupFacilitatorPayload, {
    description:
      "Removes a facilitator from a date (ADMIN): from the start of that day (in England) they have exactly the access of someone who never " +
      "facilitated the group; their period stays in the group's history. Refused: someone not on the list (NOT_FOUND), a date before today or " +
      "before their period started (INVALID), no reason (REASON_REQUIRED), and leaving a session still to run with no facilitator (INVALID: add " +
      "the replacement first). Allowed on a closed group, to end sight of a finished one.",
  })
  async removeGroupFacilitator(
    @Arg("input", () => RemoveGroupFacilitatorInput, { description: "The group, the facilitator's subject, the first day without access and why." }) input: RemoveGroupFacilitatorInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupFacilitatorPayload> {
    return facilitatorPayload(await ctx.services.groupAdmin.removeFacilitator(ctx, input));
  }

  @Mutation(() => GroupPayload, {
    description:
      "Changes a group's name, location or start date (ADMIN), compare-and-set on its version (CONFLICT if it moved). Refused: a closed group " +
      "(GROUP_CLOSED), a name another group of the programme has (DUPLICATE), a start date once a session has started, and a change of nothing (INVALID).",
  })
  async updateGroup(@Arg("input", () => UpdateGroupInput, { description: "The group, the version last read and the fields to change." }) input: UpdateGroupInput, @Ctx() ctx: RequestContext): Promise<GroupPayload> {
    return groupPayload(await ctx.services.groupAdmin.updateGroup(ctx, input));
  }

  @Mutation(() => GroupPayload, {
    description:
      "Closes a group that has finished (ADMIN), with a reason, compare-and-set on its version. A closed group takes no new allocations, transfers " +
      "in, sessions or facilitators (GROUP_CLOSED); its registers can still be recorded and corrected and its facilitators keep their periods until removed. " +
      "Refused, saying which (INVALID): participants still ALLOCATED or ON_PROGRAMME (complete, transfer or withdraw them first) and sessions still to run.",
  })
  async closeGroup(@Arg("input", () => CloseGroupInput, { description: "The group, the version last read and why it closes." }) input: CloseGroupInput, @Ctx() ctx: RequestContext): Promise<GroupPayload> {
    return groupPayload(await ctx.services.groupAdmin.closeGroup(ctx, input));
  }
}
