import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, lte, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { protectedPeople, protectiveOrders, type ProtectiveOrderRow } from "./victim-safety.table.js";
import { inForceOn } from "./safety-concerns.repository.js";

/** An order with the victims it protects, read in the same statement. */
export type OrderWithPeople = ProtectiveOrderRow & { protectedVictimIds: string[] };

/**
 * The ids of the victims an order protects, as a subquery correlated on `orderId` (the enclosing query's order id).
 * Sorted, as insertOrder returns them, so an order reads the same just written as read back.
 */
export const protectedVictimIdsOf = (orderId: SQLWrapper): SQL<string[]> =>
  sql<string[]>`array(select pp.victim_id from ${protectedPeople} pp where pp.order_id = ${orderId} order by pp.victim_id)`;

const withPeople = {
  ...getTableColumns(protectiveOrders),
  protectedVictimIds: protectedVictimIdsOf(protectiveOrders.id),
};

export class OrderRepository {
  constructor(private readonly db: Executor) {}

  async insertOrder(tx: Executor, row: typeof protectiveOrders.$inferInsert, victimIds: readonly string[]): Promise<OrderWithPeople> {
    const [order] = await tx.insert(protectiveOrders).values(row).returning();
    await tx.insert(protectedPeople).values(victimIds.map((victimId) => ({ orderId: order!.id, victimId })));
    return { ...order!, protectedVictimIds: [...victimIds].sort() };
  }

  ordersByIds(ids: readonly string[], executor: Executor = this.db): Promise<OrderWithPeople[]> {
    return executor.select(withPeople).from(protectiveOrders).where(inArray(protectiveOrders.id, [...ids]));
  }

  /** Orders protecting these victims, with the victim each row is for. Latest first. */
  ordersProtecting(victimIds: readonly string[]): Promise<(OrderWithPeople & { protectedVictimId: string })[]> {
    return this.db
      .select({ ...withPeople, protectedVictimId: protectedPeople.victimId })
      .from(protectedPeople)
      .innerJoin(protectiveOrders, eq(protectiveOrders.id, protectedPeople.orderId))
      .where(inArray(protectedPeople.victimId, [...victimIds]))
      .orderBy(desc(protectiveOrders.startsOn), desc(protectiveOrders.createdAt));
  }

  /** Varies the order if it is still at `version`; who it protects never changes, so they are carried from `order`. */
  async updateOrderIfVersion(
    tx: Executor,
    order: OrderWithPeople,
    version: number,
    changes: { endsOn: string | null; conditions: string[] },
  ): Promise<OrderWithPeople | null> {
    const [row] = await tx
      .update(protectiveOrders)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(protectiveOrders.id, order.id), eq(protectiveOrders.version, version)))
      .returning();
    return row ? { ...row, protectedVictimIds: order.protectedVictimIds } : null;
  }

  /** Orders in force on `today` whose last day is no later than `until`. */
  expiringOrders(tx: Executor, today: string, until: string): Promise<OrderWithPeople[]> {
    return tx
      .select(withPeople)
      .from(protectiveOrders)
      .where(and(inForceOn(today), isNotNull(protectiveOrders.endsOn), lte(protectiveOrders.endsOn, until)))
      .orderBy(asc(protectiveOrders.endsOn), asc(protectiveOrders.id));
  }

  async countInForceByType(today: string): Promise<{ type: string; count: number }[]> {
    return this.db
      .select({ type: protectiveOrders.type, count: sql<number>`count(*)::int` })
      .from(protectiveOrders)
      .where(inForceOn(today))
      .groupBy(protectiveOrders.type);
  }
}
