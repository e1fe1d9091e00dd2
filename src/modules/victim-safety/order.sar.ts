import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { daysOverlap, type Period } from "../../shared/period.js";
import { protectiveOrders } from "./victim-safety.table.js";

/**
 * The protective orders a person is subject to, as a subject access export shows them: that the order
 * exists, its type, reference, court and dates. Never whom it protects, and never its conditions (free
 * text that can name or locate the protected person): those are the victim's data (DPA 2018 s.45(4)(e)).
 */
export interface SarOrderRow {
  id: string;
  type: string;
  reference: string | null;
  issuedBy: string | null;
  startsOn: string;
  endsOn: string | null;
  createdAt: Date;
}

/** The only victim-safety data a subject access export reads: orders imposed on the person, without protected people. */
export class OrderSarReader {
  constructor(private readonly db: Executor) {}

  ordersAgainst(perpetratorId: string, period: Period): Promise<SarOrderRow[]> {
    return this.db
      .select({
        id: protectiveOrders.id,
        type: protectiveOrders.type,
        reference: protectiveOrders.reference,
        issuedBy: protectiveOrders.issuedBy,
        startsOn: protectiveOrders.startsOn,
        endsOn: protectiveOrders.endsOn,
        createdAt: protectiveOrders.createdAt,
      })
      .from(protectiveOrders)
      .where(and(eq(protectiveOrders.perpetratorId, perpetratorId), daysOverlap(protectiveOrders.startsOn, protectiveOrders.endsOn, period)))
      .orderBy(asc(protectiveOrders.startsOn));
  }
}
