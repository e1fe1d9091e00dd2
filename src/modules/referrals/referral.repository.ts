import { builtOnce, isAnyOfIds } from "../../db/prepared.js";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { DomainEventSink } from "../../shared/domain-events.js";
import { totalCountColumn, type PageRequest } from "../../shared/pagination.js";
import { programmeGroups, type ProgrammeGroupRow } from "../groups/index.js";
import { perpetrators, type PerpetratorRow } from "../perpetrators/index.js";
import { isAllocatedPractitioner } from "../cases/index.js";
import { referrals, referralTransitions, type ReferralRow, type ReferralTransitionRow } from "./referral.table.js";
import { DEFAULT_REFERRAL_ORDER, REFERRAL_STATUSES, type ReferralOrder, type ReferralStatus } from "./referral.model.js";
import { referralTransitionEvents } from "./referral-events.rules.js";
import { afterKeyset, keysetColumn, keysetFor, orderBy, taggedCursor, type PageOrder } from "../../shared/page-order.js";

export interface ReferralScope {
  programmeId?: string;
  statuses?: ReferralStatus[];
  groupId?: string;
  perpetratorId?: string;
  /** "My cases": people whose case is allocated to this practitioner subject on `today`. */
  allocatedTo?: { sub: string; today: string };
  /** The caller's rows (from the access layer), for callers who do not read every referral. */
  visible?: SQL;
}

type SentenceColumn = "sentenceOrderType" | "sentenceStartDate" | "sentenceEndDate" | "sentenceRequirementReference";

export type NewTransition = Omit<typeof referralTransitions.$inferInsert, "referralId" | "id">;

/** Statuses in which a referral holds a place in its group. */
const MEMBER_STATUSES: ReferralStatus[] = ["ALLOCATED", "ON_PROGRAMME"];

export class ReferralRepository {
  /** Every status change is written here with its transition row, so its event goes in the same transaction. */
  constructor(
    private readonly db: Executor,
    private readonly events: DomainEventSink,
  ) {}

  async insert(tx: Executor, referral: typeof referrals.$inferInsert, transition: NewTransition): Promise<ReferralRow> {
    const [row] = await tx.insert(referrals).values(referral).returning();
    await tx.insert(referralTransitions).values({ ...transition, referralId: row!.id });
    await this.events.record(tx, referralTransitionEvents(row!, transition, new Date()));
    return row!;
  }

  private readonly byIdsStatement = builtOnce(() => this.db.select().from(referrals).where(isAnyOfIds(referrals.id)).prepare("referrals_by_ids"));

  byIds(ids: readonly string[]): Promise<ReferralRow[]> {
    return this.byIdsStatement().execute({ ids: [...ids] });
  }

  async byId(executor: Executor, id: string): Promise<ReferralRow | null> {
    const [row] = await executor.select().from(referrals).where(eq(referrals.id, id));
    return row ?? null;
  }

  lockByIds(tx: Executor, ids: readonly string[]): Promise<ReferralRow[]> {
    return tx.select().from(referrals).where(inArray(referrals.id, [...ids])).for("update");
  }

  transitionsOf(referralIds: readonly string[]): Promise<ReferralTransitionRow[]> {
    return this.db
      .select()
      .from(referralTransitions)
      .where(inArray(referralTransitions.referralId, [...referralIds]))
      .orderBy(asc(referralTransitions.referralId), asc(referralTransitions.version));
  }

  /**
   * Moves a referral on only if nobody else has since: the version in the WHERE clause makes a
   * stale writer update no row, so two racing transitions cannot both land.
   */
  async updateIfVersion(
    tx: Executor,
    id: string,
    expectedVersion: number,
    patch: Partial<Pick<ReferralRow, "status" | "groupId" | "withdrawalReason" | "allocatedAt" | "closedAt" | SentenceColumn>>,
    transition: NewTransition,
  ): Promise<ReferralRow | null> {
    const [row] = await tx
      .update(referrals)
      .set({ ...patch, version: sql`${referrals.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(referrals.id, id), eq(referrals.version, expectedVersion)))
      .returning();
    if (!row) return null;
    await tx.insert(referralTransitions).values({ ...transition, referralId: id, version: row.version });
    await this.events.record(tx, referralTransitionEvents(row, transition, new Date()));
    return row;
  }

  /**
   * Starts allocated referrals on the programme in two statements whatever their number: the
   * caller holds their row locks (a register's transaction), so no version check is needed. Answers
   * the referrals it started, as they now stand.
   */
  async startAllocated(tx: Executor, ids: readonly string[], transition: Omit<NewTransition, "version">): Promise<ReferralRow[]> {
    if (ids.length === 0) return [];
    const started = await tx
      .update(referrals)
      .set({ status: "ON_PROGRAMME", version: sql`${referrals.version} + 1`, updatedAt: sql`now()` })
      .where(and(inArray(referrals.id, [...ids]), eq(referrals.status, "ALLOCATED")))
      .returning();
    if (started.length) await tx.insert(referralTransitions).values(started.map((row) => ({ ...transition, referralId: row.id, version: row.version })));
    await this.events.record(tx, started.flatMap((row) => referralTransitionEvents(row, { ...transition, fromStatus: "ALLOCATED", toStatus: "ON_PROGRAMME" }, new Date())));
    return started;
  }

  async openReferralExists(perpetratorId: string, programmeId: string, terminal: readonly ReferralStatus[]): Promise<boolean> {
    const [row] = await this.db
      .select({ id: referrals.id })
      .from(referrals)
      .where(
        and(
          eq(referrals.perpetratorId, perpetratorId),
          eq(referrals.programmeId, programmeId),
          sql`${referrals.status} not in ${[...terminal]}`,
        ),
      )
      .limit(1);
    return Boolean(row);
  }

  async countGroupMembers(tx: Executor, groupId: string): Promise<number> {
    const [row] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(referrals)
      .where(and(eq(referrals.groupId, groupId), inArray(referrals.status, MEMBER_STATUSES)));
    return row?.count ?? 0;
  }

  memberCounts(groupIds: readonly string[]) {
    return this.db
      .select({ groupId: sql<string>`${referrals.groupId}`, count: sql<number>`count(*)::int` })
      .from(referrals)
      .where(and(inArray(referrals.groupId, [...groupIds]), inArray(referrals.status, MEMBER_STATUSES)))
      .groupBy(referrals.groupId);
  }

  private scopeCondition(scope: ReferralScope): SQL | undefined {
    return and(
      scope.programmeId ? eq(referrals.programmeId, scope.programmeId) : undefined,
      scope.statuses?.length ? inArray(referrals.status, scope.statuses) : undefined,
      scope.groupId ? eq(referrals.groupId, scope.groupId) : undefined,
      scope.perpetratorId ? eq(referrals.perpetratorId, scope.perpetratorId) : undefined,
      scope.allocatedTo ? isAllocatedPractitioner(scope.allocatedTo.sub, referrals.perpetratorId, scope.allocatedTo.today) : undefined,
      scope.visible,
    );
  }

  /**
   * A page in `order` (newest referral first by default). Each comes with its person and group,
   * which nearly every reader of a referral list shows: joined here, they cost no statement of their
   * own. Orders other than the default also answer each row's keyset, as PostgreSQL computed it.
   */
  page(scope: ReferralScope, page: PageRequest, columns: ReferralPageColumns, order: ReferralOrder = DEFAULT_REFERRAL_ORDER): Promise<ReferralPageRow[]> {
    const spec = REFERRAL_PAGE_ORDERS[order];
    const after = keysetFor(page, "referrals", order, DEFAULT_REFERRAL_ORDER, spec.keys.length);
    const matching = this.db.select({ count: sql`count(*)` }).from(referrals).where(this.scopeCondition(scope));
    const keyset: Record<string, SQL> = order === DEFAULT_REFERRAL_ORDER ? {} : { keyset: keysetColumn(spec) };
    const query = this.db
      .select({ referral: columns.referral, perpetrator: columns.perpetrator, group: columns.group, totalCount: totalCountColumn(page, matching), ...keyset })
      .from(referrals)
      .innerJoin(perpetrators, eq(perpetrators.id, referrals.perpetratorId))
      .leftJoin(programmeGroups, eq(programmeGroups.id, referrals.groupId))
      .where(and(this.scopeCondition(scope), after ? afterKeyset(spec, after) : undefined))
      .orderBy(orderBy(spec))
      .limit(page.first + 1);
    // Rows hold the columns asked for (at least the id and the keyset): complete rows when every column is.
    return query as unknown as Promise<ReferralPageRow[]>;
  }

  async count(scope: ReferralScope): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(referrals).where(this.scopeCondition(scope));
    return row?.count ?? 0;
  }
}

export const referralCursor = (row: ReferralRow) => [row.referredAt.toISOString(), row.id];

/** A page row's cursor: the default order's as it always was, another order's tagged with it. */
export const referralPageCursor =
  (order: ReferralOrder) =>
  (row: ReferralPageRow): unknown[] =>
    order === DEFAULT_REFERRAL_ORDER ? referralCursor(row.referral) : taggedCursor("referrals", order, row.keyset!);

/** Lifecycle rank, written out (not a parameter) so it matches referrals_status_order_idx. */
export const statusRank = sql.raw(`array_position(array[${REFERRAL_STATUSES.map((s) => `'${s}'`).join(", ")}]::text[], "referrals"."status")`);

/** Each order's keys; every one ends with the referral's id (see PageOrder). */
const REFERRAL_PAGE_ORDERS: Record<ReferralOrder, PageOrder> = {
  NEWEST_FIRST: { keys: [referrals.referredAt, referrals.id], types: ["timestamptz", "uuid"], direction: "desc" },
  OLDEST_FIRST: { keys: [referrals.referredAt, referrals.id], types: ["timestamptz", "uuid"], direction: "asc" },
  STATUS: { keys: [statusRank, referrals.referredAt, referrals.id], types: ["int", "timestamptz", "uuid"], direction: "asc" },
  FAMILY_NAME: {
    keys: [sql`lower(${perpetrators.familyName})`, sql`lower(${perpetrators.givenName})`, referrals.id],
    types: ["text", "text", "uuid"],
    direction: "asc",
  },
};

/** The columns a page reads of each table it joins (see referral.columns.ts). */
export interface ReferralPageColumns {
  referral: Partial<typeof referrals._.columns>;
  perpetrator: Partial<typeof perpetrators._.columns>;
  group: Partial<typeof programmeGroups._.columns>;
}

export interface ReferralPageRow {
  referral: ReferralRow;
  perpetrator: PerpetratorRow;
  group: ProgrammeGroupRow | null;
  totalCount: number | null;
  /** The row's keyset as text, for orders other than the default. */
  keyset?: string[];
}
