import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { DateScalar } from "../../shared/scalars.js";
import type { VictimSafetyStatistics as Statistics } from "./statistics.service.js";

@ObjectType("VictimSafetyCount")
class KeyedCountType {
  @Field()
  key!: string;

  @Field(() => Int, { nullable: true, description: "Null when withheld (1 to 4, for analysts)." })
  count!: number | null;
}

@ObjectType({ description: "Victim-safety counts. No person can be found from them: for analysts, counts of 1 to 4 are withheld." })
export class VictimSafetyStatistics {
  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => [KeyedCountType], { description: "Current links by the latest DASH level (NOT_ASSESSED when none)." })
  linksByRisk!: KeyedCountType[];

  @Field(() => Int, { nullable: true })
  maracReferralsLast12Months!: number | null;

  @Field(() => Int, { nullable: true })
  repeatMaracReferralsLast12Months!: number | null;

  @Field(() => [KeyedCountType])
  ordersInForceByType!: KeyedCountType[];

  @Field(() => Int, { nullable: true })
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
