import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../context.js";
import { idOfType } from "../../shared/global-id.js";
import { mapConnection, PageArgs, pageQuery } from "../../shared/pagination.js";
import { Programme, toProgramme } from "../programmes/index.js";
import { Perpetrator, toPerpetrator } from "../perpetrators/index.js";
import { ProgrammeGroup, toProgrammeGroup } from "../groups/index.js";
import type { Outcome } from "../../shared/user-errors.js";
import type { ReferralRow } from "./referral.table.js";
import {
  AllocateToGroupInput,
  ReferralFilter,
  ReferralOrderEnum,
  ReferralPayload,
  ReferToProgrammeInput,
  TransferToGroupInput,
  TransitionReferralInput,
} from "./referral.inputs.js";
import { DEFAULT_REFERRAL_ORDER, type ReferralOrder } from "./referral.model.js";
import { Referral, ReferralConnection, ReferralTransition, toReferral, toReferralTransition } from "./referral.type.js";
import { RecordReferralSentenceInput } from "./referral-sentence.inputs.js";

/** The `orderBy` argument of every referral list: optional, NEWEST_FIRST when left out (the order before lists had orders). */
const ORDER_ARG = {
  defaultValue: DEFAULT_REFERRAL_ORDER,
  description: "The order to read the list in (NEWEST_FIRST when left out). A cursor works only with the orderBy it was issued under.",
} as const;

const toPayload = (outcome: Outcome<ReferralRow>): ReferralPayload =>
  outcome.ok ? { referral: toReferral(outcome.value), userErrors: [] } : { referral: null, userErrors: outcome.errors };

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => Referral, { nullable: true, description: "One referral by global id; null when it does not exist or the caller may not see it." })
  async referral(@Arg("id", () => ID, { description: "The referral's global id." }) id: string, @Ctx() ctx: RequestContext): Promise<Referral | null> {
    const dbId = idOfType(id, "Referral");
    const row = dbId ? await ctx.services.referrals.get(ctx, dbId) : null;
    return row && toReferral(row);
  }

  @Query(() => ReferralConnection, { description: "Referrals, newest first unless orderBy says otherwise. A facilitator sees only those in their groups." })
  async referrals(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => ReferralFilter, { nullable: true, description: "Narrows the list; null or left out lists every referral the caller may see." }) filter?: ReferralFilter | null,
    @Arg("orderBy", () => ReferralOrderEnum, ORDER_ARG) orderBy: ReferralOrder = DEFAULT_REFERRAL_ORDER,
  ) {
    return mapConnection(await ctx.services.referrals.page(ctx, pageQuery(page, info), filter, {}, orderBy), toReferral);
  }

  @FieldResolver(() => Perpetrator, { description: "The person referred." })
  async perpetrator(@Root() referral: Referral, @Ctx() ctx: RequestContext): Promise<Perpetrator> {
    return toPerpetrator(referral.joined?.perpetrator ?? (await ctx.services.perpetrators.loadForRelation(ctx, referral.perpetratorId))!);
  }

  @FieldResolver(() => Programme, { description: "The programme the person is referred to." })
  async programme(@Root() referral: Referral, @Ctx() ctx: RequestContext): Promise<Programme> {
    return toProgramme((await ctx.services.programmes.byId(ctx, referral.programmeId))!);
  }

  @FieldResolver(() => ProgrammeGroup, { nullable: true, description: "The group the referral is allocated to (kept once the referral closes); null while not allocated to a group, or when the caller may not see the group." })
  async group(@Root() referral: Referral, @Ctx() ctx: RequestContext): Promise<ProgrammeGroup | null> {
    if (!referral.groupId) return null;
    const row = referral.joined ? referral.joined.group : await ctx.services.groups.loadGroup(ctx, referral.groupId);
    return row && toProgrammeGroup(row);
  }

  @FieldResolver(() => [ReferralTransition], { description: "Every status change, oldest first (bounded by the lifecycle)." })
  async history(@Root() referral: Referral, @Ctx() ctx: RequestContext): Promise<ReferralTransition[]> {
    return (await ctx.services.referrals.history(ctx, referral.dbId)).map(toReferralTransition);
  }

  @Mutation(() => ReferralPayload, { description: "Refers a person to a programme after checking its eligibility rules." })
  async referToProgramme(@Arg("input", () => ReferToProgrammeInput, { description: "The referral to make." }) input: ReferToProgrammeInput, @Ctx() ctx: RequestContext) {
    return toPayload(await ctx.services.referrals.refer(ctx, input));
  }

  @Mutation(() => ReferralPayload, { description: "Moves a referral along its lifecycle; refused with CONFLICT if expectedVersion is stale." })
  async transitionReferral(@Arg("input", () => TransitionReferralInput, { description: "The referral, the status to move to and the version last seen." }) input: TransitionReferralInput, @Ctx() ctx: RequestContext) {
    return toPayload(await ctx.services.referrals.transition(ctx, input));
  }

  @Mutation(() => ReferralPayload, {
    description:
      "Records the sentence or order a mandated referral enforces, or corrects it (PROBATION or ADMIN); kept in its history; refused with CONFLICT if expectedVersion is stale.",
  })
  async recordReferralSentence(@Arg("input", () => RecordReferralSentenceInput, { description: "The referral, the version last seen, the order and the reason for recording or correcting it." }) input: RecordReferralSentenceInput, @Ctx() ctx: RequestContext) {
    return toPayload(await ctx.services.referrals.recordSentence(ctx, input));
  }

  @Mutation(() => ReferralPayload, { description: "Gives an AWAITING_ALLOCATION referral a place in a group of its programme." })
  async allocateToGroup(@Arg("input", () => AllocateToGroupInput, { description: "The referral, the group and the version last seen." }) input: AllocateToGroupInput, @Ctx() ctx: RequestContext) {
    return toPayload(await ctx.services.referrals.allocate(ctx, input));
  }

  @Mutation(() => ReferralPayload, {
    description:
      "Moves an ALLOCATED or ON_PROGRAMME referral to another open group of its programme, keeping its status and attendance; refused with CONFLICT if expectedVersion is stale.",
  })
  async transferToGroup(@Arg("input", () => TransferToGroupInput, { description: "The referral, the new group, the version last seen and the reason." }) input: TransferToGroupInput, @Ctx() ctx: RequestContext) {
    return toPayload(await ctx.services.referrals.transfer(ctx, input));
  }
}

@Resolver(() => ProgrammeGroup)
export class GroupParticipantsResolver {
  @FieldResolver(() => ReferralConnection, { description: "Referrals allocated to this group (any status since)." })
  async participants(
    @Root() group: ProgrammeGroup,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg("orderBy", () => ReferralOrderEnum, ORDER_ARG) orderBy: ReferralOrder = DEFAULT_REFERRAL_ORDER,
  ) {
    return mapConnection(await ctx.services.referrals.page(ctx, pageQuery(page, info), null, { groupId: group.dbId }, orderBy), toReferral);
  }

  @FieldResolver(() => Int, { description: "Places taken (ALLOCATED or ON_PROGRAMME)." })
  memberCount(@Root() group: ProgrammeGroup, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.services.referrals.memberCount(ctx, group.dbId);
  }
}

@Resolver(() => Perpetrator)
export class PerpetratorReferralsResolver {
  @FieldResolver(() => ReferralConnection, { description: "The person's referrals to programmes, newest first unless orderBy says otherwise; only those the caller may see." })
  async referrals(
    @Root() person: Perpetrator,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg("orderBy", () => ReferralOrderEnum, ORDER_ARG) orderBy: ReferralOrder = DEFAULT_REFERRAL_ORDER,
  ) {
    return mapConnection(await ctx.services.referrals.page(ctx, pageQuery(page, info), null, { perpetratorId: person.dbId }, orderBy), toReferral);
  }
}
