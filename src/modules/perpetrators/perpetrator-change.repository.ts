import { and, asc, desc, eq, getTableColumns, inArray, lt, lte, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
// The predicate itself, not the cases feature's index: that index's resolvers import this feature's
// types, and importing it from here would make the two features' modules a cycle at load time.
import { isAllocatedPractitioner } from "../cases/case.relationships.js";
import { perpetratorChanges, perpetrators, type PerpetratorChangeRow, type PerpetratorRow } from "./perpetrator.table.js";
import type { PerpetratorPatch } from "./perpetrator.validation.js";

export type NewPerpetratorChange = Omit<typeof perpetratorChanges.$inferInsert, "id" | "perpetratorId" | "version">;

/** One page of changes for each of several people, read in one statement. */
export interface ChangePageKey {
  perpetratorId: string;
  /** Rows to read: the page size plus one, to tell whether there is another page. */
  limit: number;
  /** Versions below this one (the cursor), or from the newest. */
  beforeVersion: number | null;
}

/** The SQL of corrections to a person's record and of their history. */
export class PerpetratorChangeRepository {
  constructor(private readonly db: Executor) {}

  /**
   * The person as they stand, and whether the caller is their allocated probation practitioner today
   * (the cases feature's one definition of it), in one statement.
   */
  async forCorrection(id: string, caller: { sub: string; today: string }): Promise<{ person: PerpetratorRow; allocatedToCaller: boolean } | null> {
    const [row] = await this.db
      .select({ person: perpetrators, allocatedToCaller: sql<boolean>`${isAllocatedPractitioner(caller.sub, perpetrators.id, caller.today)}` })
      .from(perpetrators)
      .where(eq(perpetrators.id, id));
    return row ?? null;
  }

  /**
   * Corrects the person only if nobody has since: the version in the WHERE clause makes a stale writer
   * update no row, so of two racing corrections one lands. The change is recorded under the new version
   * in the same transaction.
   */
  async updateIfVersion(
    tx: Executor,
    id: string,
    expectedVersion: number,
    set: PerpetratorPatch,
    change: NewPerpetratorChange,
  ): Promise<{ person: PerpetratorRow; change: PerpetratorChangeRow } | null> {
    const [person] = await tx
      .update(perpetrators)
      .set({ ...set, version: sql`${perpetrators.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(perpetrators.id, id), eq(perpetrators.version, expectedVersion)))
      .returning();
    if (!person) return null;
    const [written] = await tx.insert(perpetratorChanges).values({ ...change, perpetratorId: id, version: person.version }).returning();
    return { person, change: written! };
  }

  async currentVersion(executor: Executor, id: string): Promise<number | null> {
    const [row] = await executor.select({ version: perpetrators.version }).from(perpetrators).where(eq(perpetrators.id, id));
    return row?.version ?? null;
  }

  /**
   * Newest first, a page for each person in one statement (keys sharing a page size and cursor; a
   * loader groups them so).
   */
  pages(ids: readonly string[], limit: number, beforeVersion: number | null): Promise<(PerpetratorChangeRow & { position: number })[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(perpetratorChanges),
        position: sql<number>`row_number() over (partition by ${perpetratorChanges.perpetratorId} order by ${perpetratorChanges.version} desc)`.as("position"),
      })
      .from(perpetratorChanges)
      .where(and(inArray(perpetratorChanges.perpetratorId, [...ids]), beforeVersion === null ? undefined : lt(perpetratorChanges.version, beforeVersion)))
      .as("ranked");
    return this.db
      .select()
      .from(ranked)
      .where(lte(ranked.position, limit))
      .orderBy(asc(ranked.perpetratorId), desc(ranked.version)) as Promise<(PerpetratorChangeRow & { position: number })[]>;
  }

  async counts(ids: readonly string[]): Promise<{ perpetratorId: string; count: number }[]> {
    return this.db
      .select({ perpetratorId: perpetratorChanges.perpetratorId, count: sql<number>`count(*)::int` })
      .from(perpetratorChanges)
      .where(inArray(perpetratorChanges.perpetratorId, [...ids]))
      .groupBy(perpetratorChanges.perpetratorId);
  }
}
