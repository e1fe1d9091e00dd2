import type { RequestContext } from "../../context.js";
import { Role } from "../../shared/auth/roles.js";
import { dateToday } from "../../shared/clock.js";
import { shiftIsoDateMonths } from "../../shared/dates.js";
import { DASH_LEVELS, ORDER_TYPES } from "./victim-safety.model.js";
import type { OrderRepository } from "./order.repository.js";
import type { VictimSafetyAccess } from "./victim-safety.access.js";
import type { VictimRepository } from "./victim.repository.js";

/** Counts from 1 to 4 could single a person out, so analysts see them withheld. */
export const SMALLEST_SHOWN_COUNT = 5;

export interface KeyedCount {
  key: string;
  count: number | null;
}

export interface VictimSafetyStatistics {
  asOf: string;
  linksByRisk: KeyedCount[];
  maracReferralsLast12Months: number | null;
  repeatMaracReferralsLast12Months: number | null;
  ordersInForceByType: KeyedCount[];
  victimsWithCurrentIdva: number | null;
  suppressed: boolean;
}

export function suppressSmallCount(count: number): number | null {
  return count >= 1 && count < SMALLEST_SHOWN_COUNT ? null : count;
}

/** Aggregates only: no person, no id. Exact for police and safeguarding, who may see the people anyway. */
export class VictimStatisticsService {
  constructor(
    private readonly victims: VictimRepository,
    private readonly orders: OrderRepository,
    private readonly access: VictimSafetyAccess,
  ) {}

  async statistics(ctx: RequestContext): Promise<VictimSafetyStatistics> {
    this.access.assertStatisticsReader(ctx);
    const today = dateToday(ctx.clock);
    const [counts, orders] = await Promise.all([this.victims.statistics(today, shiftIsoDateMonths(today, -12)), this.orders.countInForceByType(today)]);
    const exact = ctx.viewer.has(Role.SAFEGUARDING, Role.POLICE);
    let suppressed = false;
    const shown = (count: number) => {
      if (exact) return count;
      const value = suppressSmallCount(count);
      if (value === null) suppressed = true;
      return value;
    };
    const ordersByType = new Map(orders.map((row) => [row.type, row.count]));
    return {
      asOf: today,
      linksByRisk: [...DASH_LEVELS, "NOT_ASSESSED"].map((key) => ({ key, count: shown(counts.byLevel[key] ?? 0) })),
      maracReferralsLast12Months: shown(counts.marac),
      repeatMaracReferralsLast12Months: shown(counts.repeatMarac),
      ordersInForceByType: ORDER_TYPES.filter((type) => type !== "DVDS_DISCLOSURE").map((key) => ({ key, count: shown(ordersByType.get(key) ?? 0) })),
      victimsWithCurrentIdva: shown(counts.victimsWithIdva),
      suppressed,
    };
  }
}
