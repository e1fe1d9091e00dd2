import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { mapConnection, PageArgs } from "../../shared/pagination.js";
import { Perpetrator } from "../perpetrators/index.js";
import { Referral, toReferral } from "../referrals/index.js";
import { AcknowledgeSafetyAlertInput, ExpiringOrderAlertsPayload, SafetyAlertFilter, SafetyAlertPayload } from "./alert.inputs.js";
import { SafetyAlert, SafetyAlertConnection, toSafetyAlert } from "./alert.type.js";
import { ProtectiveOrder, toProtectiveOrder } from "./order.type.js";
import { perpetratorOf } from "./victim.resolver.js";
import { Victim, toVictim } from "./victim.type.js";
import type { SafetyAlertRow } from "./victim-safety.table.js";
import { AlertOrderEnum } from "./victim-safety.enums.js";
import { DEFAULT_ALERT_ORDER, type AlertOrder } from "./victim-safety.model.js";

@Resolver(() => SafetyAlert)
export class SafetyAlertResolver {
  @Query(() => SafetyAlertConnection, {
    description: "Safety alerts, newest first unless orderBy says otherwise: mine, open, or for a victim (SAFEGUARDING and POLICE; needs X-Access-Purpose).",
  })
  async safetyAlerts(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => SafetyAlertFilter, { nullable: true, description: "Narrows the list; null or left out lists every alert the caller may see." }) filter?: SafetyAlertFilter | null,
    @Arg("orderBy", () => AlertOrderEnum, {
      defaultValue: DEFAULT_ALERT_ORDER,
      description: "The order to read the alerts in (NEWEST_FIRST when left out). A cursor works only with the orderBy it was issued under.",
    })
    orderBy: AlertOrder = DEFAULT_ALERT_ORDER,
  ) {
    return mapConnection(await ctx.services.alerts.page(ctx, page, filter, orderBy), toSafetyAlert);
  }

  @Mutation(() => SafetyAlertPayload, { description: "Marks an alert as seen and acted on (the worker it is for; anyone in safeguarding for unassigned alerts)." })
  async acknowledgeSafetyAlert(@Arg("input", () => AcknowledgeSafetyAlertInput, { description: "The alert, and a note of what was done." }) input: AcknowledgeSafetyAlertInput, @Ctx() ctx: RequestContext) {
    const outcome = await ctx.services.alerts.acknowledge(ctx, input);
    return outcome.ok ? { alert: toSafetyAlert(outcome.value), userErrors: [] } : { alert: null, userErrors: outcome.errors };
  }

  @Mutation(() => ExpiringOrderAlertsPayload, { description: "Runs the expiring-order check now (it also runs on a timer)." })
  async raiseExpiringOrderAlerts(@Ctx() ctx: RequestContext): Promise<ExpiringOrderAlertsPayload> {
    return { alertsRaised: await ctx.services.alerts.sweepNow(ctx) };
  }

  @Subscription(() => SafetyAlert, {
    description: "New alerts for me as they are committed (graphql-ws; connection params `authorization` and `accessPurpose`).",
    subscribe: ({ context }) => (context as RequestContext).services.alerts.subscribe(context as RequestContext),
  })
  safetyAlertCreated(@Root() row: SafetyAlertRow): SafetyAlert {
    return toSafetyAlert(row);
  }

  @FieldResolver(() => Victim, { description: "The victim the alert is about." })
  async victim(@Root() alert: SafetyAlert, @Ctx() ctx: RequestContext) {
    return toVictim((await ctx.services.victims.loadVictim(ctx, alert.victimId))!);
  }

  @FieldResolver(() => Perpetrator, { description: "The perpetrator whose programme or order the alert is about." })
  perpetrator(@Root() alert: SafetyAlert, @Ctx() ctx: RequestContext) {
    return perpetratorOf(ctx, alert.perpetratorId);
  }

  @FieldResolver(() => Referral, { nullable: true, description: "The referral whose event raised it." })
  async referral(@Root() alert: SafetyAlert, @Ctx() ctx: RequestContext) {
    if (!alert.referralId) return null;
    const row = await ctx.services.referrals.loadForRelation(ctx, alert.referralId);
    return row && toReferral(row);
  }

  @FieldResolver(() => ProtectiveOrder, { nullable: true, description: "The order whose end is near." })
  async order(@Root() alert: SafetyAlert, @Ctx() ctx: RequestContext) {
    if (!alert.orderId) return null;
    const row = await ctx.services.orders.loadForRelation(ctx, alert.orderId);
    return row && toProtectiveOrder(row);
  }
}
