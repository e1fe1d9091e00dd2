import { builtOnce } from "../../db/prepared.js";
import { and, asc, eq, exists, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { jsonRowOf, qualified, rowFromJson } from "../../db/json-rows.js";
import type { PageRequest } from "../../shared/pagination.js";
import { protectedVictimIdsOf } from "./order.repository.js";
import { perpetratorsWithActiveConcerns, safetyStatistics } from "./safety-concerns.repository.js";
import {
  protectiveOrders,
  supportAllocations,
  victimLinks,
  victims,
  type ProtectiveOrderRow,
  type SupportAllocationRow,
  type VictimLinkRow,
  type VictimRow,
} from "./victim-safety.table.js";

export { inForceOn } from "./safety-concerns.repository.js";

export interface VictimSearch {
  /** Matches the start of the first or last name, case-insensitively. */
  namePrefix?: string;
  perpetratorId?: string;
  /** The caller's victims (from the access layer), for callers who do not read every victim. */
  visible?: SQL;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// Built once: the same JSON shapes serve every batch.
const LINK_JSON = jsonRowOf(victimLinks);
const VICTIM_JSON = jsonRowOf(victims);
const ORDER_JSON = jsonRowOf(protectiveOrders);

/** A perpetrator's links (with their victims) and orders (with the people they protect), read together. */
export interface PerpetratorSafety {
  perpetratorId: string;
  links: { link: VictimLinkRow; victim: VictimRow }[];
  orders: (ProtectiveOrderRow & { protectedVictimIds: string[] })[];
}

/** Victims, their links to perpetrators, and what is recorded about each link. */
export class VictimRepository {
  constructor(private readonly db: Executor) {}

  // --- victims ---------------------------------------------------------------------------------

  async insertVictim(tx: Executor, row: typeof victims.$inferInsert): Promise<VictimRow> {
    const [inserted] = await tx.insert(victims).values(row).returning();
    return inserted!;
  }

  victimsByIds(ids: readonly string[], executor: Executor = this.db): Promise<VictimRow[]> {
    return executor.select().from(victims).where(inArray(victims.id, [...ids]));
  }

  async updateVictimIfVersion(tx: Executor, id: string, version: number, changes: Partial<typeof victims.$inferInsert>): Promise<VictimRow | null> {
    const [row] = await tx
      .update(victims)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(and(eq(victims.id, id), eq(victims.version, version)))
      .returning();
    return row ?? null;
  }

  private searchWhere(search: VictimSearch): SQL | undefined {
    const prefix = search.namePrefix ? `${escapeLike(search.namePrefix)}%` : null;
    return and(
      search.visible,
      prefix ? or(ilike(victims.lastName, prefix), ilike(victims.firstName, prefix)) : undefined,
      search.perpetratorId
        ? exists(this.db.select({ one: sql`1` }).from(victimLinks).where(and(eq(victimLinks.victimId, victims.id), eq(victimLinks.perpetratorId, search.perpetratorId))))
        : undefined,
    );
  }

  searchVictims(search: VictimSearch, page: PageRequest): Promise<VictimRow[]> {
    const [lastName, firstName, id] = (page.after ?? []) as [string?, string?, string?];
    const after =
      page.after && lastName !== undefined && firstName !== undefined && id !== undefined
        ? sql`(lower(${victims.lastName}), lower(${victims.firstName}), ${victims.id}) > (${lastName}, ${firstName}, ${id}::uuid)`
        : undefined;
    return this.db
      .select()
      .from(victims)
      .where(and(this.searchWhere(search), after))
      .orderBy(sql`lower(${victims.lastName})`, sql`lower(${victims.firstName})`, asc(victims.id))
      .limit(page.first + 1);
  }

  async countVictims(search: VictimSearch): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(victims).where(this.searchWhere(search));
    return row!.count;
  }

  // --- links -----------------------------------------------------------------------------------

  async insertLink(tx: Executor, row: typeof victimLinks.$inferInsert): Promise<VictimLinkRow> {
    const [inserted] = await tx.insert(victimLinks).values(row).returning();
    return inserted!;
  }

  linksByIds(ids: readonly string[], executor: Executor = this.db): Promise<VictimLinkRow[]> {
    return executor.select().from(victimLinks).where(inArray(victimLinks.id, [...ids]));
  }

  linksOfPerpetrators(perpetratorIds: readonly string[], executor: Executor = this.db): Promise<VictimLinkRow[]> {
    return executor
      .select()
      .from(victimLinks)
      .where(inArray(victimLinks.perpetratorId, [...perpetratorIds]))
      .orderBy(asc(victimLinks.startedOn), asc(victimLinks.id));
  }

  /**
   * What a safeguarding view shows of each perpetrator, in one statement however many: their links
   * with each link's victim (oldest first) and their orders with the people each protects (latest
   * first), as JSON built by PostgreSQL.
   */
  /** Built once: the statement's text never changes, only the ids it is given. */
  private readonly safetyStatement = builtOnce(() =>
    this.db
      .select({
        perpetratorId: sql<string>`p.id`,
        links: sql<{ link: Record<string, unknown>; victim: Record<string, unknown> }[]>`(select coalesce(json_agg(json_build_object('link', ${LINK_JSON}, 'victim', ${VICTIM_JSON})
            order by ${qualified(victimLinks.startedOn)}, ${qualified(victimLinks.id)}), '[]'::json)
          from ${victimLinks} join ${victims} on ${qualified(victims.id)} = ${qualified(victimLinks.victimId)} where ${qualified(victimLinks.perpetratorId)} = p.id)`,
        orders: sql<{ order: Record<string, unknown>; protectedVictimIds: string[] }[]>`(select coalesce(json_agg(json_build_object('order', ${ORDER_JSON},
            'protectedVictimIds', ${protectedVictimIdsOf(qualified(protectiveOrders.id))})
            order by ${qualified(protectiveOrders.startsOn)} desc, ${qualified(protectiveOrders.createdAt)} desc), '[]'::json)
          from ${protectiveOrders} where ${qualified(protectiveOrders.perpetratorId)} = p.id)`,
      })
      .from(sql`unnest(${sql.placeholder("ids")}::uuid[]) as p(id)`)
      .prepare("safety_of_perpetrators"),
  );

  async safetyOfPerpetrators(perpetratorIds: readonly string[]): Promise<PerpetratorSafety[]> {
    const rows = await this.safetyStatement().execute({ ids: [...perpetratorIds] });
    return rows.map((row) => ({
      perpetratorId: row.perpetratorId,
      links: row.links.map((pair) => ({ link: rowFromJson<VictimLinkRow>(victimLinks, pair.link), victim: rowFromJson<VictimRow>(victims, pair.victim) })),
      orders: row.orders.map((entry) => ({ ...rowFromJson<ProtectiveOrderRow>(protectiveOrders, entry.order), protectedVictimIds: entry.protectedVictimIds })),
    }));
  }

  linksOfVictims(victimIds: readonly string[]): Promise<VictimLinkRow[]> {
    return this.db.select().from(victimLinks).where(inArray(victimLinks.victimId, [...victimIds])).orderBy(asc(victimLinks.startedOn), asc(victimLinks.id));
  }

  async endLink(tx: Executor, id: string, endedOn: string): Promise<VictimLinkRow | null> {
    const [row] = await tx.update(victimLinks).set({ endedOn }).where(and(eq(victimLinks.id, id), isNull(victimLinks.endedOn))).returning();
    return row ?? null;
  }

  /**
   * Every link between a victim and a perpetrator, locked until the transaction ends, so that MARAC
   * referrals for the pair (on any of its links) are decided one at a time.
   */
  lockPair(tx: Executor, victimId: string, perpetratorId: string): Promise<VictimLinkRow[]> {
    return tx
      .select()
      .from(victimLinks)
      .where(and(eq(victimLinks.victimId, victimId), eq(victimLinks.perpetratorId, perpetratorId)))
      .orderBy(asc(victimLinks.id))
      .for("update");
  }

  // --- support workers -------------------------------------------------------------------------

  async insertAllocation(tx: Executor, row: typeof supportAllocations.$inferInsert): Promise<SupportAllocationRow> {
    const [inserted] = await tx.insert(supportAllocations).values(row).returning();
    return inserted!;
  }

  allocationsByIds(ids: readonly string[]): Promise<SupportAllocationRow[]> {
    return this.db.select().from(supportAllocations).where(inArray(supportAllocations.id, [...ids]));
  }

  allocationsOfVictims(victimIds: readonly string[], executor: Executor = this.db): Promise<SupportAllocationRow[]> {
    return executor
      .select()
      .from(supportAllocations)
      .where(inArray(supportAllocations.victimId, [...victimIds]))
      .orderBy(asc(supportAllocations.startedOn), asc(supportAllocations.id));
  }

  async endAllocation(tx: Executor, id: string, endedOn: string): Promise<SupportAllocationRow | null> {
    const [row] = await tx
      .update(supportAllocations)
      .set({ endedOn })
      .where(and(eq(supportAllocations.id, id), isNull(supportAllocations.endedOn)))
      .returning();
    return row ?? null;
  }

  // --- counts and concerns across links (safety-concerns.repository.ts) ---------------------------

  /** Counts for analysts, in one statement: links by latest DASH level, MARAC referrals since a date, current IDVAs. */
  statistics(today: string, since: string): Promise<{ byLevel: Record<string, number>; marac: number; repeatMarac: number; victimsWithIdva: number }> {
    return safetyStatistics(this.db, today, since);
  }

  /** Of the perpetrators asked about, those with "active safety concerns" (a current MEDIUM or HIGH DASH, or an order in force). */
  withActiveConcerns(perpetratorIds: readonly string[], today: string): Promise<Set<string>> {
    return perpetratorsWithActiveConcerns(this.db, perpetratorIds, today);
  }
}
