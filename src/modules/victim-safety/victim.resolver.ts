import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { dateToday } from "../../shared/clock.js";
import { mapConnection, PageArgs } from "../../shared/pagination.js";
import type { Outcome } from "../../shared/user-errors.js";
import { Perpetrator, toPerpetrator } from "../perpetrators/index.js";
import { toProtectiveOrder, ProtectiveOrder } from "./order.type.js";
import { isCurrent } from "./victim.service.js";
import { VictimLinkOrderEnum } from "./victim-safety.enums.js";
import { DEFAULT_VICTIM_LINK_ORDER, type VictimLinkOrder } from "./victim-safety.model.js";
import type { SupportAllocationRow, VictimLinkRow, VictimRow } from "./victim-safety.table.js";
import {
  AllocateSupportWorkerInput,
  EndSupportAllocationInput,
  EndVictimLinkInput,
  LinkVictimInput,
  RecordVictimInput,
  SupportAllocationPayload,
  UpdateVictimInput,
  VictimFilter,
  VictimLinkPayload,
  VictimPayload,
} from "./victim.inputs.js";
import { ContactSafety, SupportAllocation, Victim, VictimConnection, VictimLink, toSupportAllocation, toVictim, toVictimLink } from "./victim.type.js";

@Resolver(() => Victim)
export class VictimResolver {
  @Query(() => VictimConnection, { description: "Find victims by name or by perpetrator: police safeguarding and police any victim, a support worker their own (needs X-Access-Purpose)." })
  async victims(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Arg("filter", () => VictimFilter, { nullable: true, description: "Narrows the list; null or left out lists every victim the caller may see." }) filter?: VictimFilter | null) {
    return mapConnection(await ctx.services.victims.search(ctx, page, filter), toVictim);
  }

  @FieldResolver(() => ContactSafety, {
    nullable: true,
    description: "How to reach them safely: police safeguarding, police and the victim's own support workers (FORBIDDEN for others).",
  })
  async contactSafety(@Root() victim: Victim, @Ctx() ctx: RequestContext): Promise<ContactSafety> {
    await ctx.services.victimAccess.assertMayReadContactDetails(ctx, victim.dbId);
    return victim.contact;
  }

  @FieldResolver(() => [VictimLink], { description: "Their links to perpetrators (for IOM and probation, only to your own cases)." })
  async links(@Root() victim: Victim, @Ctx() ctx: RequestContext, @Arg("includeEnded", { defaultValue: false, description: "Include ended links too; false (current links only) by default." }) includeEnded: boolean) {
    return (await ctx.services.victims.linksOfVictim(ctx, victim.dbId, includeEnded)).map(toVictimLink);
  }

  @FieldResolver(() => [SupportAllocation], { description: "IDVA and support workers, current ones unless includeEnded." })
  async supportWorkers(@Root() victim: Victim, @Ctx() ctx: RequestContext, @Arg("includeEnded", { defaultValue: false, description: "Include ended allocations too; false (current ones only) by default." }) includeEnded: boolean) {
    return (await ctx.services.support.allocationsOf(ctx, victim.dbId, includeEnded)).map(toSupportAllocation);
  }

  @FieldResolver(() => SupportAllocation, { nullable: true, description: "The victim's current IDVA allocation; null when they have none (or the caller may not see it)." })
  async currentIdva(@Root() victim: Victim, @Ctx() ctx: RequestContext) {
    const idva = (await ctx.services.support.allocationsOf(ctx, victim.dbId, false)).find((a) => a.kind === "IDVA");
    return idva ? toSupportAllocation(idva) : null;
  }

  @FieldResolver(() => [ProtectiveOrder], { description: "Orders protecting them (for IOM and probation, only those against your own cases)." })
  async protectiveOrders(@Root() victim: Victim, @Ctx() ctx: RequestContext, @Arg("inForceOnly", { defaultValue: false, description: "Only orders in force today; false (every order, past and future too) by default." }) inForceOnly: boolean) {
    return (await ctx.services.orders.ordersProtecting(ctx, victim.dbId, inForceOnly)).map(toProtectiveOrder);
  }

  @Mutation(() => VictimPayload, { description: "Records a person at risk (SAFEGUARDING or POLICE)." })
  async recordVictim(@Arg("input", () => RecordVictimInput, { description: "The person to record." }) input: RecordVictimInput, @Ctx() ctx: RequestContext) {
    return victimPayload(await ctx.services.victims.record(ctx, input));
  }

  @Mutation(() => VictimPayload, { description: "Corrects a victim's details or replaces their contact-safety details." })
  async updateVictim(@Arg("input", () => UpdateVictimInput, { description: "The victim, the version last read and the fields to change." }) input: UpdateVictimInput, @Ctx() ctx: RequestContext) {
    return victimPayload(await ctx.services.victims.update(ctx, input));
  }

  @Mutation(() => VictimLinkPayload, { description: "Links a victim to a perpetrator." })
  async linkVictimToPerpetrator(@Arg("input", () => LinkVictimInput, { description: "The victim, the perpetrator, the relationship and its start." }) input: LinkVictimInput, @Ctx() ctx: RequestContext) {
    return linkPayload(await ctx.services.victims.link(ctx, input));
  }

  @Mutation(() => VictimLinkPayload, { description: "Ends a link (e.g. after separation); its history stays." })
  async endVictimLink(@Arg("input", () => EndVictimLinkInput, { description: "The link and the day it ends." }) input: EndVictimLinkInput, @Ctx() ctx: RequestContext) {
    return linkPayload(await ctx.services.victims.endLink(ctx, input));
  }

  @Mutation(() => SupportAllocationPayload, { description: "Allocates an IDVA or support worker; safety alerts reach them from now on." })
  async allocateSupportWorker(@Arg("input", () => AllocateSupportWorkerInput, { description: "The victim, the worker and the start date." }) input: AllocateSupportWorkerInput, @Ctx() ctx: RequestContext) {
    return allocationPayload(await ctx.services.support.allocate(ctx, input));
  }

  @Mutation(() => SupportAllocationPayload, { description: "Ends a support allocation; the worker stops receiving the victim's safety alerts." })
  async endSupportAllocation(@Arg("input", () => EndSupportAllocationInput, { description: "The allocation and the day it ends." }) input: EndSupportAllocationInput, @Ctx() ctx: RequestContext) {
    return allocationPayload(await ctx.services.support.endAllocation(ctx, input));
  }
}

@Resolver(() => SupportAllocation)
export class SupportAllocationResolver {
  @FieldResolver(() => Victim, { description: "The victim supported." })
  async victim(@Root() allocation: SupportAllocation, @Ctx() ctx: RequestContext) {
    return toVictim((await ctx.services.victims.loadVictim(ctx, allocation.victimId))!);
  }

  @FieldResolver(() => Boolean, { description: "The allocation has not ended as of today (a calendar date in England)." })
  current(@Root() allocation: SupportAllocation, @Ctx() ctx: RequestContext): boolean {
    return isCurrent(allocation, dateToday(ctx.clock));
  }
}

@Resolver(() => Perpetrator)
export class PerpetratorVictimSafetyResolver {
  @FieldResolver(() => [VictimLink], { description: "The people at risk from this person (victim-safety readers; needs X-Access-Purpose)." })
  async victimLinks(
    @Root() person: Perpetrator,
    @Ctx() ctx: RequestContext,
    @Arg("includeEnded", { defaultValue: false, description: "Include ended links too; false (current links only) by default." }) includeEnded: boolean,
    @Arg("orderBy", () => VictimLinkOrderEnum, { defaultValue: DEFAULT_VICTIM_LINK_ORDER, description: "The order to list the links in (LINKED_FIRST when left out)." })
    orderBy: VictimLinkOrder,
  ) {
    return (await ctx.services.victims.linksOfPerpetrator(ctx, person.dbId, includeEnded, orderBy)).map(toVictimLink);
  }

  @FieldResolver(() => [ProtectiveOrder], { description: "Orders and notices against this person, and Clare's Law disclosures about them." })
  async protectiveOrders(@Root() person: Perpetrator, @Ctx() ctx: RequestContext, @Arg("inForceOnly", { defaultValue: false, description: "Only orders in force today; false (every order, past and future too) by default." }) inForceOnly: boolean) {
    return (await ctx.services.orders.ordersOfPerpetrator(ctx, person.dbId, inForceOnly)).map(toProtectiveOrder);
  }

  @FieldResolver(() => Boolean, {
    description:
      "True when a current victim is at MEDIUM or HIGH risk or an order is in force. For those who may read the person's victim-safety data and the facilitators of their group (all a facilitator is told); needs X-Access-Purpose and is logged.",
  })
  async hasActiveSafetyConcerns(@Root() person: Perpetrator, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.victims.hasActiveConcerns(ctx, person.dbId);
  }
}

export const perpetratorOf = async (ctx: RequestContext, id: string) => toPerpetrator((await ctx.services.perpetrators.loadForRelation(ctx, id))!);

function victimPayload(outcome: Outcome<VictimRow>): VictimPayload {
  return outcome.ok ? { victim: toVictim(outcome.value), userErrors: [] } : { victim: null, userErrors: outcome.errors };
}

function linkPayload(outcome: Outcome<VictimLinkRow>): VictimLinkPayload {
  return outcome.ok ? { link: toVictimLink(outcome.value), userErrors: [] } : { link: null, userErrors: outcome.errors };
}

function allocationPayload(outcome: Outcome<SupportAllocationRow>): SupportAllocationPayload {
  return outcome.ok ? { allocation: toSupportAllocation(outcome.value), userErrors: [] } : { allocation: null, userErrors: outcome.errors };
}
