import { Arg, Args, Authorized, Ctx, FieldResolver, Info, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../context.js";
import { CASE_READERS } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { badInput } from "../../shared/errors.js";
import { mapConnection, PageArgs, pageQuery } from "../../shared/pagination.js";
import { Selection } from "../../shared/selection.js";
import { FieldRoles } from "../../shared/auth/field-roles.js";
import { Child, Perpetrator, PerpetratorConnection, toChild, toPerpetrator } from "./perpetrator.type.js";
import { PerpetratorChangeConnection, toPerpetratorChange } from "./perpetrator-change.type.js";
import { CreatePerpetratorInput, CreatePerpetratorPayload, PerpetratorFilter, UpdatePerpetratorInput, UpdatePerpetratorPayload } from "./perpetrator.inputs.js";

@Resolver(() => Perpetrator)
export class PerpetratorResolver {
  @Query(() => Perpetrator, { nullable: true, description: "One person, by exactly one of: global id, CRN or PNC ID." })
  async perpetrator(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { nullable: true, description: "The person's global id." }) id?: string | null,
    @Arg("crn", () => String, { nullable: true, description: "The person's probation CRN, e.g. X123456." }) crn?: string | null,
    @Arg("pncId", () => String, { nullable: true, description: "The person's PNC ID in any accepted form, e.g. 79/163001B." }) pncId?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Perpetrator | null> {
    if ([id, crn, pncId].filter((v) => v != null).length !== 1) throw badInput("Give exactly one of id, crn or pncId");
    if (id) {
      const dbId = idOfType(id, "Perpetrator");
      const row = dbId ? await ctx.services.perpetrators.get(ctx, dbId) : null;
      return row && toPerpetrator(row);
    }
    const row = await ctx.services.perpetrators.findByIdentifier(ctx, { crn, pncId }, info && Selection.of(info).fieldNames);
    return row && toPerpetrator(row);
  }

  @Query(() => PerpetratorConnection, { description: "People in name order, optionally narrowed by name prefix or identifier." })
  async perpetrators(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => PerpetratorFilter, { nullable: true, description: "Narrows the list; null or left out lists everyone the caller may see." }) filter?: PerpetratorFilter | null,
  ) {
    return mapConnection(await ctx.services.perpetrators.search(ctx, pageQuery(page, info), filter), toPerpetrator);
  }

  @Authorized(...CASE_READERS)
  @FieldResolver(() => [Child], { description: "Children, youngest last." })
  async children(@Root() person: Perpetrator, @Ctx() ctx: RequestContext): Promise<Child[]> {
    return (await ctx.services.perpetrators.childrenOf(ctx, person.dbId)).map(toChild);
  }

  // The person's case readers (as for their children): @FieldRoles, so facilitators and support workers get FORBIDDEN.
  @FieldRoles(...CASE_READERS)
  @FieldResolver(() => PerpetratorChangeConnection, { description: "Corrections of this record (DPA 2018 s.46), newest first." })
  async changes(@Root() person: Perpetrator, @Ctx() ctx: RequestContext, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo) {
    const changes = await ctx.services.perpetrators.changesOf(ctx, person.dbId, pageQuery(page, info));
    return mapConnection(changes, (row) => toPerpetratorChange(row, ctx.viewer));
  }

  @Mutation(() => UpdatePerpetratorPayload, {
    description: "Corrects a person's record (DPA 2018 s.46): an admin, or their allocated probation practitioner. Refused with CONFLICT if expectedVersion is stale.",
  })
  async updatePerpetrator(
    @Arg("input", () => UpdatePerpetratorInput, { description: "The correction: the person, the version last read, the reason and the fields to change." }) input: UpdatePerpetratorInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdatePerpetratorPayload> {
    const outcome = await ctx.services.perpetrators.update(ctx, input);
    return outcome.ok
      ? { perpetrator: toPerpetrator(outcome.value), userErrors: [] }
      : { perpetrator: null, userErrors: outcome.errors };
  }

  @Mutation(() => CreatePerpetratorPayload, { description: "Records a new person (probation, police or admin). Refused with DUPLICATE if an identifier already belongs to someone else." })
  async createPerpetrator(
    @Arg("input", () => CreatePerpetratorInput, { description: "The person to record." }) input: CreatePerpetratorInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatePerpetratorPayload> {
    const outcome = await ctx.services.perpetrators.create(ctx, input);
    return outcome.ok
      ? { perpetrator: toPerpetrator(outcome.value), userErrors: [] }
      : { perpetrator: null, userErrors: outcome.errors };
  }
}
