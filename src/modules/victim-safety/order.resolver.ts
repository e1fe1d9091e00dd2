import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { dateToday } from "../../shared/clock.js";
import { badInput } from "../../shared/errors.js";
import type { Outcome } from "../../shared/user-errors.js";
import { Perpetrator } from "../perpetrators/index.js";
import { daysUntilExpiry, expiresWithinDays, orderInForce } from "./order.rules.js";
import { ProtectiveOrderPayload, RecordProtectiveOrderInput, VaryProtectiveOrderInput } from "./order.inputs.js";
import { ProtectiveOrder, toProtectiveOrder } from "./order.type.js";
import { perpetratorOf } from "./victim.resolver.js";
import { Victim, toVictim } from "./victim.type.js";
import type { OrderWithPeople } from "./order.repository.js";

const MAX_DAYS_AHEAD = 3660;

@Resolver(() => ProtectiveOrder)
export class ProtectiveOrderResolver {
  @FieldResolver(() => Perpetrator, { description: "The person the order is against." })
  perpetrator(@Root() order: ProtectiveOrder, @Ctx() ctx: RequestContext) {
    return perpetratorOf(ctx, order.perpetratorId);
  }

  @FieldResolver(() => [Victim], { description: "The people it protects (as far as you may see them)." })
  async protectedPeople(@Root() order: ProtectiveOrder, @Ctx() ctx: RequestContext) {
    const ids = await ctx.services.orders.protectedVictimIds(ctx, order);
    const rows = await Promise.all(ids.map((id) => ctx.services.victims.loadVictim(ctx, id)));
    return rows.flatMap((row) => (row ? [toVictim(row)] : []));
  }

  @FieldResolver(() => Boolean, { description: "Started, not ended, and not a disclosure (a disclosure is never in force)." })
  inForce(@Root() order: ProtectiveOrder, @Ctx() ctx: RequestContext): boolean {
    return orderInForce(order, dateToday(ctx.clock));
  }

  @FieldResolver(() => Int, { nullable: true, description: "Days from today to its last day (negative once ended); null when it has no end." })
  daysUntilExpiry(@Root() order: ProtectiveOrder, @Ctx() ctx: RequestContext): number | null {
    return daysUntilExpiry(order, dateToday(ctx.clock));
  }

  @FieldResolver(() => Boolean, { description: "In force and ending within this many days (default 7, when support workers are alerted)." })
  expiresWithinDays(@Root() order: ProtectiveOrder, @Ctx() ctx: RequestContext, @Arg("days", () => Int, { defaultValue: 7, description: "How many days ahead to look, counted from today (a calendar date in England); 7 by default." }) days: number): boolean {
    if (days < 0 || days > MAX_DAYS_AHEAD) throw badInput(`days must be between 0 and ${MAX_DAYS_AHEAD}`);
    return expiresWithinDays(order, dateToday(ctx.clock), days);
  }

  @Mutation(() => ProtectiveOrderPayload, { description: "Records an order, notice or disclosure (SAFEGUARDING or POLICE). A DVPO over 28 days is refused." })
  async recordProtectiveOrder(@Arg("input", () => RecordProtectiveOrderInput, { description: "The perpetrator, the people protected, the type, dates and conditions." }) input: RecordProtectiveOrderInput, @Ctx() ctx: RequestContext) {
    return orderPayload(await ctx.services.orders.record(ctx, input));
  }

  @Mutation(() => ProtectiveOrderPayload, { description: "Records a variation or extension of an order." })
  async varyProtectiveOrder(@Arg("input", () => VaryProtectiveOrderInput, { description: "The order, the version last read, and the new end date or conditions." }) input: VaryProtectiveOrderInput, @Ctx() ctx: RequestContext) {
    return orderPayload(await ctx.services.orders.vary(ctx, input));
  }
}

function orderPayload(outcome: Outcome<OrderWithPeople>): ProtectiveOrderPayload {
  return outcome.ok ? { order: toProtectiveOrder(outcome.value), userErrors: [] } : { order: null, userErrors: outcome.errors };
}
