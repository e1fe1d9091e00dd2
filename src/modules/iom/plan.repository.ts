import { builtOnce, isAnyOfIds } from "../../db/prepared.js";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import { interventionPlans, planActions, planReviews, type InterventionPlanRow, type PlanActionRow, type PlanReviewRow } from "./iom.table.js";
import type { PlanStatus } from "./iom.model.js";

export type NewPlanAction = Omit<typeof planActions.$inferInsert, "planId" | "id" | "position">;
export type ActionPatch = Partial<Pick<PlanActionRow, "status" | "dueOn" | "notes" | "referralId" | "ownerAgency" | "ownerStaffId" | "ownerName" | "description" | "closedAt">>;

export class PlanRepository {
  constructor(private readonly db: Executor) {}

  plansByIds(ids: readonly string[]): Promise<InterventionPlanRow[]> {
    return this.db.select().from(interventionPlans).where(inArray(interventionPlans.id, [...ids]));
  }

  livePlans(membershipIds: readonly string[]): Promise<InterventionPlanRow[]> {
    return this.db
      .select()
      .from(interventionPlans)
      .where(and(inArray(interventionPlans.membershipId, [...membershipIds]), eq(interventionPlans.status, "LIVE")));
  }

  async lockLivePlan(tx: Executor, membershipId: string): Promise<InterventionPlanRow | null> {
    const [row] = await tx
      .select()
      .from(interventionPlans)
      .where(and(eq(interventionPlans.membershipId, membershipId), eq(interventionPlans.status, "LIVE")))
      .for("update");
    return row ?? null;
  }

  async latestVersion(tx: Executor, membershipId: string): Promise<number> {
    const [row] = await tx
      .select({ version: sql<number>`coalesce(max(${interventionPlans.version}), 0)::int` })
      .from(interventionPlans)
      .where(eq(interventionPlans.membershipId, membershipId));
    return row?.version ?? 0;
  }

  /** Plan versions of one member, newest first; the cursor is the version. */
  plansOfMembership(membershipId: string, page: PageRequest): Promise<InterventionPlanRow[]> {
    const after = page.after as [number] | null;
    return this.db
      .select()
      .from(interventionPlans)
      .where(and(eq(interventionPlans.membershipId, membershipId), after ? sql`${interventionPlans.version} < ${after[0]}` : undefined))
      .orderBy(desc(interventionPlans.version))
      .limit(page.first + 1);
  }

  async countPlansOfMembership(membershipId: string): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(interventionPlans).where(eq(interventionPlans.membershipId, membershipId));
    return row?.count ?? 0;
  }

  /** Writes a plan and its actions (positions 1..n in the order given), and answers both as written, actions in position order. */
  async insertPlan(tx: Executor, plan: typeof interventionPlans.$inferInsert, actions: NewPlanAction[]): Promise<{ plan: InterventionPlanRow; actions: PlanActionRow[] }> {
    const [row] = await tx.insert(interventionPlans).values(plan).returning();
    const inserted = actions.length
      ? await tx.insert(planActions).values(actions.map((action, index) => ({ ...action, planId: row!.id, position: index + 1 }))).returning()
      : [];
    inserted.sort((a, b) => a.position - b.position);
    return { plan: row!, actions: inserted };
  }

  /** Ends the live plan only if it is still the version the caller saw. */
  async endPlan(tx: Executor, planId: string, expectedVersion: number, status: Exclude<PlanStatus, "LIVE">, at: Date): Promise<InterventionPlanRow | null> {
    const [row] = await tx
      .update(interventionPlans)
      .set({ status, endedAt: at })
      .where(and(eq(interventionPlans.id, planId), eq(interventionPlans.version, expectedVersion), eq(interventionPlans.status, "LIVE")))
      .returning();
    return row ?? null;
  }

  /** Closes the member's live plan, if any, and answers it as closed. */
  async closeLivePlan(tx: Executor, membershipId: string, at: Date): Promise<InterventionPlanRow | null> {
    const [closed] = await tx
      .update(interventionPlans)
      .set({ status: "CLOSED", endedAt: at })
      .where(and(eq(interventionPlans.membershipId, membershipId), eq(interventionPlans.status, "LIVE")))
      .returning();
    return closed ?? null;
  }

  async setReviewDue(tx: Executor, planId: string, reviewDueOn: string): Promise<InterventionPlanRow | null> {
    const [row] = await tx.update(interventionPlans).set({ reviewDueOn }).where(and(eq(interventionPlans.id, planId), eq(interventionPlans.status, "LIVE"))).returning();
    return row ?? null;
  }

  // --- actions --------------------------------------------------------------------------------

  private readonly actionsOfPlansStatement = builtOnce(() =>
    this.db.select().from(planActions).where(isAnyOfIds(planActions.planId)).orderBy(asc(planActions.planId), asc(planActions.position)).prepare("actions_of_plans"),
  );

  /** In a transaction, on its executor; otherwise by the statement built once. */
  actionsOfPlans(planIds: readonly string[], executor: Executor = this.db): Promise<PlanActionRow[]> {
    if (executor === this.db) return this.actionsOfPlansStatement().execute({ ids: [...planIds] });
    return executor
      .select()
      .from(planActions)
      .where(inArray(planActions.planId, [...planIds]))
      .orderBy(asc(planActions.planId), asc(planActions.position));
  }

  actionsByIds(executor: Executor, ids: readonly string[]): Promise<PlanActionRow[]> {
    return executor.select().from(planActions).where(inArray(planActions.id, [...ids]));
  }

  async countActions(tx: Executor, planId: string): Promise<{ count: number; lastPosition: number }> {
    const [row] = await tx
      .select({ count: sql<number>`count(*)::int`, lastPosition: sql<number>`coalesce(max(${planActions.position}), 0)::int` })
      .from(planActions)
      .where(eq(planActions.planId, planId));
    return row ?? { count: 0, lastPosition: 0 };
  }

  async appendAction(tx: Executor, planId: string, position: number, action: NewPlanAction): Promise<PlanActionRow> {
    const [row] = await tx.insert(planActions).values({ ...action, planId, position }).returning();
    return row!;
  }

  /** Changes an action only if nobody else has since (the version compare-and-set). */
  async updateActionIfVersion(tx: Executor, id: string, expectedVersion: number, patch: ActionPatch, by: string): Promise<PlanActionRow | null> {
    const [row] = await tx
      .update(planActions)
      .set({ ...patch, updatedBy: by, version: sql`${planActions.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(planActions.id, id), eq(planActions.version, expectedVersion)))
      .returning();
    return row ?? null;
  }

  // --- reviews --------------------------------------------------------------------------------

  async insertReview(tx: Executor, review: typeof planReviews.$inferInsert): Promise<PlanReviewRow> {
    const [row] = await tx.insert(planReviews).values(review).returning();
    return row!;
  }

  async lastReviewOn(tx: Executor, planId: string): Promise<string | null> {
    const [row] = await tx.select({ on: planReviews.reviewedOn }).from(planReviews).where(eq(planReviews.planId, planId)).orderBy(desc(planReviews.reviewedOn)).limit(1);
    return row?.on ?? null;
  }

  /** Reviews of a plan, newest first (same-day reviews in the order recorded); the cursor is (reviewed_on, recorded_at, id). */
  reviewsOfPlan(planId: string, page: PageRequest): Promise<PlanReviewRow[]> {
    const after = page.after as [string, string, string] | null;
    return this.db
      .select()
      .from(planReviews)
      .where(
        and(
          eq(planReviews.planId, planId),
          after ? sql`(${planReviews.reviewedOn}, ${planReviews.recordedAt}, ${planReviews.id}) < (${after[0]}::date, ${after[1]}::timestamptz, ${after[2]}::uuid)` : undefined,
        ),
      )
      .orderBy(desc(planReviews.reviewedOn), desc(planReviews.recordedAt), desc(planReviews.id))
      .limit(page.first + 1);
  }

  async countReviews(planId: string): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(planReviews).where(eq(planReviews.planId, planId));
    return row?.count ?? 0;
  }

  /** The latest review of each plan asked about. */
  latestReviews(planIds: readonly string[]): Promise<PlanReviewRow[]> {
    return this.db
      .selectDistinctOn([planReviews.planId])
      .from(planReviews)
      .where(inArray(planReviews.planId, [...planIds]))
      .orderBy(planReviews.planId, desc(planReviews.reviewedOn), desc(planReviews.recordedAt), desc(planReviews.id));
  }
}

export const planCursor = (row: InterventionPlanRow) => [row.version];
export const reviewCursor = (row: PlanReviewRow) => [row.reviewedOn, row.recordedAt.toISOString(), row.id];
