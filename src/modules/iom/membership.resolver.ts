import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../context.js";
import { idOfType } from "../../shared/global-id.js";
import { mapConnection, PageArgs, pageQuery } from "../../shared/pagination.js";
import type { Outcome } from "../../shared/user-errors.js";
import { Perpetrator, toPerpetrator } from "../perpetrators/index.js";
import type { IomMembershipRow } from "./iom.table.js";
import { CohortOrderEnum } from "./iom.enums.js";
import { DEFAULT_COHORT_ORDER, type CohortOrder } from "./iom.model.js";
import { AssignOffenderManagerInput, DeselectFromIomCohortInput, IomCohortFilter, IomMembershipPayload, SelectForIomCohortInput } from "./membership.inputs.js";
import { IomMembership, IomMembershipConnection, IomWorkload, OffenderManagerAssignment, toIomMembership, toOffenderManagerAssignment } from "./membership.type.js";
import { InterventionPlan, InterventionPlanConnection, toInterventionPlan } from "./plan.type.js";
import { IomStaffMember, toIomStaffMember } from "./staff.type.js";

@Resolver(() => IomMembership)
export class IomMembershipResolver {
  @Query(() => IomMembershipConnection, {
    description:
      "The IOM cohort, newest selection first unless orderBy says otherwise. IOM officers, supervisors and police see every member; probation sees its cases.",
  })
  async iomCohort(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => IomCohortFilter, { nullable: true, description: "Narrows the cohort; null or left out lists the open memberships the caller may see." }) filter?: IomCohortFilter | null,
    @Arg("orderBy", () => CohortOrderEnum, {
      defaultValue: DEFAULT_COHORT_ORDER,
      description: "The order to read the cohort in (SELECTED_NEWEST_FIRST when left out). A cursor works only with the orderBy it was issued under.",
    })
    orderBy: CohortOrder = DEFAULT_COHORT_ORDER,
  ) {
    return mapConnection(await ctx.services.iomCohort.page(ctx, pageQuery(page, info), filter, orderBy), toIomMembership);
  }

  @Query(() => IomMembership, { nullable: true, description: "One membership by global id; null when it does not exist or the caller may not see it." })
  async iomMembership(@Arg("id", () => ID, { description: "The membership's global id." }) id: string, @Ctx() ctx: RequestContext): Promise<IomMembership | null> {
    const dbId = idOfType(id, "IomMembership");
    const row = dbId ? await ctx.services.iomCohort.get(ctx, dbId) : null;
    return row && toIomMembership(row);
  }

  @Query(() => [IomWorkload], {
    description: "Open members, missing plans, overdue reviews and overdue actions per team, or per offender manager. One row per team or officer.",
  })
  async iomWorkload(
    @Ctx() ctx: RequestContext,
    @Arg("team", () => String, { nullable: true, description: "Only this team (exact match); null or left out counts every team." }) team?: string | null,
    @Arg("byOffenderManager", () => Boolean, { defaultValue: false, description: "One row per offender manager instead of per team; false by default. Not for analysts, who see team totals only." }) byOffenderManager = false,
  ): Promise<IomWorkload[]> {
    const rows = await ctx.services.iomCohort.workload(ctx, team ?? null, byOffenderManager);
    return rows.map((row) => Object.assign(new IomWorkload(), row));
  }

  @FieldResolver(() => Perpetrator, { description: "The person in the cohort." })
  async perpetrator(@Root() membership: IomMembership, @Ctx() ctx: RequestContext): Promise<Perpetrator> {
    return toPerpetrator(membership.joined?.perpetrator ?? (await ctx.services.perpetrators.loadForRelation(ctx, membership.perpetratorId))!);
  }

  @FieldResolver(() => IomStaffMember, { nullable: true, description: "The current offender manager." })
  async offenderManager(@Root() membership: IomMembership, @Ctx() ctx: RequestContext): Promise<IomStaffMember | null> {
    const row = membership.joined ? membership.joined.offenderManager : await ctx.services.iomCohort.currentManager(ctx, membership.dbId);
    return row && toIomStaffMember(row);
  }

  @FieldResolver(() => [OffenderManagerAssignment], { description: "Every offender manager the member has had, newest first (one row per handover)." })
  async offenderManagerHistory(@Root() membership: IomMembership, @Ctx() ctx: RequestContext): Promise<OffenderManagerAssignment[]> {
    return (await ctx.services.iomCohort.managerHistory(ctx, membership.dbId)).map(toOffenderManagerAssignment);
  }

  @FieldResolver(() => InterventionPlan, { nullable: true, description: "The live plan; null before the first plan and after deselection." })
  async plan(@Root() membership: IomMembership, @Ctx() ctx: RequestContext): Promise<InterventionPlan | null> {
    const row = await ctx.services.iomPlans.livePlan(ctx, membership.dbId);
    return row && toInterventionPlan(row);
  }

  @FieldResolver(() => InterventionPlanConnection, { description: "Every version of the plan, newest first." })
  async planVersions(@Root() membership: IomMembership, @Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return mapConnection(await ctx.services.iomPlans.planVersions(ctx, membership.dbId, page), toInterventionPlan);
  }

  @FieldResolver(() => Boolean, { description: "The live plan is past its review date." })
  reviewOverdue(@Root() membership: IomMembership, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.iomPlans.reviewOverdue(ctx, membership.dbId);
  }

  @FieldResolver(() => Int, { description: "Open actions in the live plan that are past their due date." })
  overdueActionCount(@Root() membership: IomMembership, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.iomActions.overdueCountOfMember(ctx, membership.dbId);
  }

  @Mutation(() => IomMembershipPayload, { description: "Selects a person onto the IOM cohort (IOM_SUPERVISOR or ADMIN)." })
  async selectForIomCohort(@Arg("input", () => SelectForIomCohortInput, { description: "The person, who put them forward, the cohort type and the start date." }) input: SelectForIomCohortInput, @Ctx() ctx: RequestContext) {
    return toMembershipPayload(await ctx.services.iomCohort.select(ctx, input));
  }

  @Mutation(() => IomMembershipPayload, { description: "Takes a member off the cohort; their offender manager's assignment and live plan end with it." })
  async deselectFromIomCohort(@Arg("input", () => DeselectFromIomCohortInput, { description: "The membership, the end date and the reason." }) input: DeselectFromIomCohortInput, @Ctx() ctx: RequestContext) {
    return toMembershipPayload(await ctx.services.iomCohort.deselect(ctx, input));
  }

  @Mutation(() => IomMembershipPayload, { description: "Gives a member a new offender manager, keeping the previous one in the history." })
  async assignOffenderManager(@Arg("input", () => AssignOffenderManagerInput, { description: "The membership, the new offender manager and the day they take over." }) input: AssignOffenderManagerInput, @Ctx() ctx: RequestContext) {
    return toMembershipPayload(await ctx.services.iomCohort.assignOffenderManager(ctx, input));
  }
}

@Resolver(() => OffenderManagerAssignment)
export class OffenderManagerAssignmentResolver {
  @FieldResolver(() => IomStaffMember, { description: "The officer who was (or is) the offender manager." })
  async staffMember(@Root() assignment: OffenderManagerAssignment, @Ctx() ctx: RequestContext): Promise<IomStaffMember> {
    return toIomStaffMember((await ctx.services.iomStaff.loadStaff(ctx, assignment.staffId))!);
  }
}

@Resolver(() => IomWorkload)
export class IomWorkloadResolver {
  @FieldResolver(() => IomStaffMember, { nullable: true, description: "Set when counted per offender manager." })
  async offenderManager(@Root() workload: IomWorkload, @Ctx() ctx: RequestContext): Promise<IomStaffMember | null> {
    const row = workload.staffId ? await ctx.services.iomStaff.loadStaff(ctx, workload.staffId) : null;
    return row && toIomStaffMember(row);
  }
}

@Resolver(() => Perpetrator)
export class PerpetratorIomResolver {
  @FieldResolver(() => IomMembership, {
    nullable: true,
    description: "The person's current IOM membership. Null when not in the cohort (or, for probation, not one of your cases).",
  })
  async iomMembership(@Root() person: Perpetrator, @Ctx() ctx: RequestContext): Promise<IomMembership | null> {
    const row = await ctx.services.iomCohort.openMembershipOf(ctx, person.dbId);
    return row && toIomMembership(row);
  }
}

function toMembershipPayload(outcome: Outcome<IomMembershipRow>): IomMembershipPayload {
  return outcome.ok ? { membership: toIomMembership(outcome.value), userErrors: [] } : { membership: null, userErrors: outcome.errors };
}
