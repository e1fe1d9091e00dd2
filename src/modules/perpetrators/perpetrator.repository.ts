import { builtOnce, isAnyOfIds } from "../../db/prepared.js";
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.js";
import { totalCountColumn, type PageRequest } from "../../shared/pagination.js";
import { perpetratorChildren, perpetrators, type PerpetratorChildRow, type PerpetratorRow } from "./perpetrator.table.js";
import { perpetratorColumnsFor } from "./perpetrator.columns.js";
import { PerpetratorChangeRepository } from "./perpetrator-change.repository.js";
import { PerpetratorMergeRepository } from "./perpetrator-merge.repository.js";

export type NewPerpetrator = typeof perpetrators.$inferInsert;
export type NewChild = Omit<typeof perpetratorChildren.$inferInsert, "perpetratorId">;

export interface PerpetratorSearch {
  familyNamePrefix?: string;
  givenNamePrefix?: string;
  crn?: string;
  pncId?: string;
  /** The caller's people (from the access layer), for callers who do not read everyone. */
  visible?: SQL;
}

const asked = alias(perpetrators, "asked");
const notMerged = isNull(perpetrators.mergedIntoId);
// Erased and restricted people leave every list, search and identifier lookup (admins included; an
// admin reads a restricted person by id only: see src/access/hidden-rows.ts).
const notHidden = and(isNull(perpetrators.erasedAt), isNull(perpetrators.restrictedAt))!;

const familyKey = sql<string>`lower(${perpetrators.familyName})`;
const givenKey = sql<string>`lower(${perpetrators.givenName})`;

/** Escapes LIKE wildcards so a name prefix is matched literally. */
const likePrefix = (prefix: string) => prefix.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`) + "%";

export class PerpetratorRepository {
  /** Corrections and their history (built here: the composition root builds one repository per feature). */
  readonly changes: PerpetratorChangeRepository;

  /** Merges of two records of one person, on the person's own tables. */
  readonly merges: PerpetratorMergeRepository;

  constructor(private readonly db: Executor) {
    this.changes = new PerpetratorChangeRepository(db);
    this.merges = new PerpetratorMergeRepository(db);
  }

  async insert(tx: Executor, person: NewPerpetrator, children: NewChild[]): Promise<{ person: PerpetratorRow; children: PerpetratorChildRow[] }> {
    const [row] = await tx.insert(perpetrators).values(person).returning();
    const childRows =
      children.length > 0
        ? await tx.insert(perpetratorChildren).values(children.map((child) => ({ ...child, perpetratorId: row!.id }))).returning()
        : [];
    // In childrenOf's order, so the answer from the write matches any later read.
    childRows.sort((a, b) => a.dateOfBirth.localeCompare(b.dateOfBirth));
    return { person: row!, children: childRows };
  }

  // A merged record's id answers its survivor's row (merges are never chained: see movePerson).
  private readonly byIdsStatement = builtOnce(() =>
    this.db
      .select({ person: perpetrators, askedId: asked.id })
      .from(asked)
      .innerJoin(perpetrators, eq(perpetrators.id, sql`coalesce(${asked.mergedIntoId}, ${asked.id})`))
      .where(isAnyOfIds(asked.id))
      .prepare("perpetrators_by_ids"),
  );

  /** Each id's person: the survivor's row for the id of a record merged into it. */
  byIds(ids: readonly string[]): Promise<{ person: PerpetratorRow; askedId: string }[]> {
    return this.byIdsStatement().execute({ ids: [...ids] });
  }

  /** With only the columns `fields` read (the row is answered directly, never kept in a loader). */
  async byIdentifier(identifier: { crn?: string; pncId?: string }, fields?: ReadonlySet<string>): Promise<PerpetratorRow | null> {
    const condition = and(identifier.crn ? eq(perpetrators.crn, identifier.crn) : eq(perpetrators.pncId, identifier.pncId ?? ""), notMerged, notHidden);
    const [row] = await this.db.select(perpetratorColumnsFor(fields).columns).from(perpetrators).where(condition).limit(1);
    return (row as PerpetratorRow | undefined) ?? null;
  }

  /** Which of these identifiers already belong to someone: one round trip before an insert. */
  existingIdentifiers(values: { crn: string | null; pncId: string | null; prisonNumber: string | null; croNumber: string | null }) {
    const conditions: SQL[] = [];
    if (values.crn) conditions.push(eq(perpetrators.crn, values.crn));
    if (values.pncId) conditions.push(eq(perpetrators.pncId, values.pncId));
    if (values.prisonNumber) conditions.push(eq(perpetrators.prisonNumber, values.prisonNumber));
    if (values.croNumber) conditions.push(eq(perpetrators.croNumber, values.croNumber));
    if (conditions.length === 0) return Promise.resolve([]);
    return this.db
      .select({
        crn: perpetrators.crn,
        pncId: perpetrators.pncId,
        prisonNumber: perpetrators.prisonNumber,
        croNumber: perpetrators.croNumber,
      })
      .from(perpetrators)
      .where(or(...conditions));
  }

  childrenOf(perpetratorIds: readonly string[]): Promise<PerpetratorChildRow[]> {
    return this.db
      .select()
      .from(perpetratorChildren)
      .where(inArray(perpetratorChildren.perpetratorId, [...perpetratorIds]))
      .orderBy(asc(perpetratorChildren.dateOfBirth));
  }

  private searchCondition(search: PerpetratorSearch): SQL | undefined {
    // Merged records leave every list: their rows live on in the survivor.
    const conditions: SQL[] = [notMerged, notHidden];
    if (search.visible) conditions.push(search.visible);
    if (search.crn) conditions.push(eq(perpetrators.crn, search.crn));
    if (search.pncId) conditions.push(eq(perpetrators.pncId, search.pncId));
    if (search.familyNamePrefix) conditions.push(sql`${familyKey} like ${likePrefix(search.familyNamePrefix)}`);
    if (search.givenNamePrefix) conditions.push(sql`${givenKey} like ${likePrefix(search.givenNamePrefix)}`);
    return and(...conditions);
  }

  /** Name order (family, given, id), read forwards from the cursor's position. */
  search(search: PerpetratorSearch, page: PageRequest): Promise<(SearchedPerpetrator & { totalCount: number | null })[]> {
    const after = page.after as [string, string, string] | null;
    const matching = this.db.select({ count: sql`count(*)` }).from(perpetrators).where(this.searchCondition(search));
    return this.db
      // Only the columns the selected fields read (the rows are not kept in any loader, so partial rows are safe).
      .select({ ...perpetratorColumnsFor(page.nodes?.fieldNames).columns, sortFamily: familyKey, sortGiven: givenKey, totalCount: totalCountColumn(page, matching) })
      .from(perpetrators)
      .where(
        and(
          this.searchCondition(search),
          after ? sql`(${familyKey}, ${givenKey}, ${perpetrators.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(familyKey), asc(givenKey), asc(perpetrators.id))
      .limit(page.first + 1) as Promise<(SearchedPerpetrator & { totalCount: number | null })[]>;
  }

  async count(search: PerpetratorSearch): Promise<number> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(perpetrators)
      .where(this.searchCondition(search));
    return row?.count ?? 0;
  }
}

/** The sort keys come from the database so the cursor compares exactly as `lower()` does there. */
export type SearchedPerpetrator = PerpetratorRow & { sortFamily: string; sortGiven: string };
export const searchCursor = (row: SearchedPerpetrator) => [row.sortFamily, row.sortGiven, row.id];
