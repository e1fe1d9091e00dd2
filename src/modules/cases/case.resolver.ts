import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../context.js";
import { mapConnection, PageArgs, pageQuery } from "../../shared/pagination.js";
import type { Outcome } from "../../shared/user-errors.js";
import { Perpetrator, toPerpetrator } from "../perpetrators/index.js";
import { AllocateCaseInput, CaseAllocationFilter, CaseAllocationPayload, EndCaseAllocationInput } from "./case.inputs.js";
import type { CaseAllocationRow } from "./case.table.js";
import { CaseAllocation, CaseAllocationConnection, toCaseAllocation } from "./case.type.js";

const toPayload = (outcome: Outcome<CaseAllocationRow>): CaseAllocationPayload =>
  outcome.ok ? { caseAllocation: toCaseAllocation(outcome.value), userErrors: [] } : { caseAllocation: null, userErrors: outcome.errors };

@Resolver(() => CaseAllocation)
export class CaseAllocationResolver {
  @Query(() => CaseAllocationConnection, { description: "Case allocations, latest start first; open ones only unless filter.includeEnded." })
  async caseAllocations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => CaseAllocationFilter, { nullable: true, description: "Narrows the list; null or left out lists the open allocations the caller may see." }) filter?: CaseAllocationFilter | null,
  ) {
    return mapConnection(await ctx.services.cases.page(ctx, pageQuery(page, info), filter), toCaseAllocation);
  }

  @FieldResolver(() => Boolean, { description: "The allocation holds the case today: started, and not yet ended." })
  current(@Root() allocation: CaseAllocation, @Ctx() ctx: RequestContext): boolean {
    return ctx.services.cases.isCurrent(ctx, allocation);
  }

  @FieldResolver(() => Perpetrator, { description: "The person whose case this is." })
  async perpetrator(@Root() allocation: CaseAllocation, @Ctx() ctx: RequestContext): Promise<Perpetrator> {
    return toPerpetrator((await ctx.services.perpetrators.loadForRelation(ctx, allocation.perpetratorId))!);
  }

  @Mutation(() => CaseAllocationPayload, {
    description: "Allocates a person's probation case to a practitioner and organisation (ADMIN). The open allocation, if any, ends the day the new one starts.",
  })
  async allocateCase(@Arg("input", () => AllocateCaseInput, { description: "The person, the practitioner, the organisation and the start date." }) input: AllocateCaseInput, @Ctx() ctx: RequestContext): Promise<CaseAllocationPayload> {
    return toPayload(await ctx.services.cases.allocate(ctx, input));
  }

  @Mutation(() => CaseAllocationPayload, { description: "Ends an open case allocation, leaving the case unallocated (ADMIN)." })
  async endCaseAllocation(@Arg("input", () => EndCaseAllocationInput, { description: "The allocation, the end date and the reason." }) input: EndCaseAllocationInput, @Ctx() ctx: RequestContext): Promise<CaseAllocationPayload> {
    return toPayload(await ctx.services.cases.end(ctx, input));
  }
}

@Resolver(() => Perpetrator)
export class PerpetratorCaseAllocationResolver {
  @FieldResolver(() => CaseAllocation, { nullable: true, description: "The open allocation: who holds the person's probation case now; null when unallocated." })
  async caseAllocation(@Root() person: Perpetrator, @Ctx() ctx: RequestContext): Promise<CaseAllocation | null> {
    const row = await ctx.services.cases.currentOf(ctx, person.dbId);
    return row && toCaseAllocation(row);
  }

  @FieldResolver(() => [CaseAllocation], { description: "Every allocation of the person's case, newest first (bounded: one per change of holder)." })
  async caseAllocationHistory(@Root() person: Perpetrator, @Ctx() ctx: RequestContext): Promise<CaseAllocation[]> {
    return (await ctx.services.cases.historyOf(ctx, person.dbId)).map(toCaseAllocation);
  }
}
