import { and, asc, desc, eq, getTableColumns, inArray, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { isAllocatedPractitioner } from "../cases/case.relationships.js";
import { perpetratorChildren, perpetratorMerges, perpetrators, type PerpetratorMergeRow, type PerpetratorRow } from "./perpetrator.table.js";
import type { IdentifierField } from "./merge.rules.js";
import type { PersonMove, PersonRecordsHolder } from "./person-merge.port.js";

export type NewPerpetratorMerge = typeof perpetratorMerges.$inferInsert;

/** The SQL of merging two records of one person, on the person's own tables. */
export class PerpetratorMergeRepository implements PersonRecordsHolder {
  constructor(private readonly db: Executor) {}

  /**
   * Both people locked for update (in id order, so two merges of the same pair cannot deadlock), and
   * whether the caller is each one's allocated probation practitioner today.
   */
  async lockPair(tx: Executor, ids: [string, string], caller: { sub: string; today: string }): Promise<{ person: PerpetratorRow; allocatedToCaller: boolean }[]> {
    return tx
      .select({ person: perpetrators, allocatedToCaller: sql<boolean>`${isAllocatedPractitioner(caller.sub, perpetrators.id, caller.today)}` })
      .from(perpetrators)
      .where(inArray(perpetrators.id, ids))
      .orderBy(asc(perpetrators.id))
      .for("update", { of: perpetrators });
  }

  /** Children move; the duplicate's corrections stay with it (their versions are its own); records merged into the duplicate now resolve to the survivor. */
  async mergeConflicts() {
    return [];
  }

  async movePerson(tx: Executor, move: PersonMove): Promise<Record<string, number>> {
    const children = await tx
      .update(perpetratorChildren)
      .set({ perpetratorId: move.survivorId })
      .where(eq(perpetratorChildren.perpetratorId, move.duplicateId))
      .returning({ id: perpetratorChildren.id });
    const earlier = await tx
      .update(perpetrators)
      .set({ mergedIntoId: move.survivorId })
      .where(eq(perpetrators.mergedIntoId, move.duplicateId))
      .returning({ id: perpetrators.id });
    return { perpetrator_children: children.length, perpetrators: earlier.length };
  }

  /**
   * Marks the duplicate merged (its identifiers that move cleared first: they are unique) and gives
   * the survivor those identifiers, each only at the version the caller read. Null when either moved on.
   */
  async markMerged(
    tx: Executor,
    move: PersonMove & { at: Date; survivorVersion: number; duplicateVersion: number; identifiers: Partial<Record<IdentifierField, string>> },
  ): Promise<{ survivor: PerpetratorRow; duplicate: PerpetratorRow } | null> {
    const cleared = Object.fromEntries(Object.keys(move.identifiers).map((field) => [field, null]));
    const [duplicate] = await tx
      .update(perpetrators)
      .set({ ...cleared, mergedIntoId: move.survivorId, mergedAt: move.at, mergedBy: move.actorSub, version: sql`${perpetrators.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(perpetrators.id, move.duplicateId), eq(perpetrators.version, move.duplicateVersion), isNull(perpetrators.mergedIntoId)))
      .returning();
    if (!duplicate) return null;
    const [survivor] = await tx
      .update(perpetrators)
      .set({ ...move.identifiers, version: sql`${perpetrators.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(perpetrators.id, move.survivorId), eq(perpetrators.version, move.survivorVersion), isNull(perpetrators.mergedIntoId)))
      .returning();
    return survivor ? { survivor, duplicate } : null;
  }

  async insertMerge(tx: Executor, merge: NewPerpetratorMerge): Promise<PerpetratorMergeRow> {
    const [row] = await tx.insert(perpetratorMerges).values(merge).returning();
    return row!;
  }

  /**
   * Every merge whose records now live in each of these people: their own, and those of records later
   * merged into them (a merge record keeps the survivor it had), newest first. A person has few, so a
   * loader reads them all at once for a page of people and pages them in memory.
   */
  ofSurvivors(ids: readonly string[]): Promise<(PerpetratorMergeRow & { currentSurvivorId: string })[]> {
    const current = sql<string>`coalesce(${perpetrators.mergedIntoId}, ${perpetrators.id})`;
    return this.db
      .select({ ...getTableColumns(perpetratorMerges), currentSurvivorId: current })
      .from(perpetratorMerges)
      .innerJoin(perpetrators, eq(perpetrators.id, perpetratorMerges.survivorId))
      .where(or(inArray(perpetratorMerges.survivorId, [...ids]), inArray(perpetrators.mergedIntoId, [...ids])))
      .orderBy(desc(perpetratorMerges.occurredAt), desc(perpetratorMerges.id));
  }
}

