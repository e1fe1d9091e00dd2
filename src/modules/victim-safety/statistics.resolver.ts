import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { DateScalar } from "../../shared/scalars.js";
import type { VictimSafetyStatistics as Statistics } from "./statistics.service.js";

@ObjectType("VictimSafetyCount", { description: "A count of one category, e.g. current links at one DASH level." })
class KeyedCountType {
  @Field({ description: "The category counted, e.g. a DASH level (or NOT_ASSESSED) or a protective order type." })
  key!: string;

  @Field(() => Int, { nullable: true, description: "Null when withheld (1 to 4, for analysts)." })
  count!: number | null;
}

@ObjectType({ description: "Victim-safety counts. No person can be found from them: for analysts, counts of 1 to 4 are withheld." })
export class VictimSafetyStatistics {
  @Field(() => DateScalar, { description: "The day the counts are for (a calendar date in England)." })
  asOf!: string;

  @Field(() => [KeyedCountType], { description: "Current links by the latest DASH level (NOT_ASSESSED when none)." })
  linksByRisk!: KeyedCountType[];

  @Field(() => Int, { nullable: true, description: "MARAC referrals made in the 12 months up to asOf; null when withheld (1 to 4, for analysts and admins)." })
  maracReferralsLast12Months!: number | null;

  @Field(() => Int, { nullable: true, description: "Of those, the repeat referrals; null when withheld (1 to 4, for analysts and admins)." })
  repeatMaracReferralsLast12Months!: number | null;

  @Field(() => [KeyedCountType], { description: "Orders and notices in force on asOf, by type (disclosures are never in force)." })
  ordersInForceByType!: KeyedCountType[];

  @Field(() => Int, { nullable: true, description: "Victims with a current IDVA; null when withheld (1 to 4, for analysts and admins)." })
  victimsWithCurrentIdva!: number | null;

  @Field({ description: "True when any count above was withheld." })
  suppressed!: boolean;
}

@Resolver()
export class VictimStatisticsResolver {
  @Query(() => VictimSafetyStatistics, { description: "Counts only (ANALYST, SAFEGUARDING, POLICE, ADMIN). No purpose needed: no person is shown." })
  async victimSafetyStatistics(@Ctx() ctx: RequestContext): Promise<Statistics> {
    return ctx.services.victimStatistics.statistics(ctx);
  }
}
