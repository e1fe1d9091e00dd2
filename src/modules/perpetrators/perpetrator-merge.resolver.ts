import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../context.js";
import { CASE_READERS } from "../../shared/auth/roles.js";
import { FieldRoles } from "../../shared/auth/field-roles.js";
import { mapConnection, PageArgs, pageQuery } from "../../shared/pagination.js";
import { Perpetrator, toPerpetrator } from "./perpetrator.type.js";
import { MergePerpetratorsInput, MergePerpetratorsPayload, PerpetratorMergeConnection, toPerpetratorMerge } from "./perpetrator-merge.type.js";

@Resolver(() => Perpetrator)
export class PerpetratorMergeResolver {
  // The person's case readers, as for their history of corrections: FORBIDDEN for facilitators and support workers.
  @FieldRoles(...CASE_READERS)
  @FieldResolver(() => PerpetratorMergeConnection, { description: "Records of this person merged into this one (and into records since merged into it), newest first." })
  async merges(@Root() person: Perpetrator, @Ctx() ctx: RequestContext, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo) {
    const merges = await ctx.services.perpetratorMerges.mergesOf(ctx, person.dbId, pageQuery(page, info));
    return mapConnection(merges, (row) => toPerpetratorMerge(row, ctx.viewer));
  }

  @Mutation(() => MergePerpetratorsPayload, {
    description:
      "Merges a duplicate record of a person into the surviving one: every referral, case allocation, IOM membership, victim link, order, alert and child moves; the duplicate stays, marked merged, and its id resolves to the survivor. An admin, or the allocated probation practitioner of both. Refused with CONFLICT on a stale version, different identifiers, or open work both hold.",
  })
  async mergePerpetrators(@Arg("input", () => MergePerpetratorsInput, { description: "The surviving record and the duplicate, each with the version last read, and the reason." }) input: MergePerpetratorsInput, @Ctx() ctx: RequestContext): Promise<MergePerpetratorsPayload> {
    const outcome = await ctx.services.perpetratorMerges.merge(ctx, input);
    if (!outcome.ok) return { survivor: null, merge: null, userErrors: outcome.errors };
    // Answered from what was written: the survivor primed, under the merged id too.
    ctx.loaders.perpetrators.perpetratorById.clear(outcome.value.survivor.id).prime(outcome.value.survivor.id, outcome.value.survivor);
    return { survivor: toPerpetrator(outcome.value.survivor), merge: toPerpetratorMerge(outcome.value.merge, ctx.viewer), userErrors: [] };
  }
}
