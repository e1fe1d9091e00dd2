import { and, asc, desc, eq, exists, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { totalCountColumn, type PageRequest } from "../../shared/pagination.js";
import { perpetrators, type PerpetratorRow } from "../perpetrators/index.js";
import { afterKeyset, keysetColumn, keysetFor, orderBy } from "../../shared/page-order.js";
import { COHORT_PAGE_ORDERS } from "./cohort.orders.js";
import { DEFAULT_COHORT_ORDER, OPEN_ACTION_STATUSES, type CohortOrder, type CohortType, type Pathway } from "./iom.model.js";
import {
  interventionPlans,
  iomMemberships,
  iomStaff,
  offenderManagerAssignments,
  planActions,
  type InterventionPlanRow,
  type IomMembershipRow,
  type IomStaffRow,
  type OffenderManagerAssignmentRow,
} from "./iom.table.js";

export interface AssignmentWithStaff {
  assignment: OffenderManagerAssignmentRow;
  staff: IomStaffRow;
}

/**
 * The columns a cohort page reads of the member, the person and the offender manager (see
 * cohort.columns.ts). The assignment and the live plan are read whole: they fill the loaders that the
 * member's derived fields (reviewOverdue, overdueActionCount, plan) read.
 */
export interface CohortPageColumns {
  membership: Partial<typeof iomMemberships._.columns>;
  perpetrator: Partial<typeof perpetrators._.columns>;
  offenderManager: Partial<typeof iomStaff._.columns>;
}

export interface CohortPageRow {
  membership: IomMembershipRow;
  perpetrator: PerpetratorRow;
  assignment: OffenderManagerAssignmentRow | null;
  offenderManager: IomStaffRow | null;
  livePlan: InterventionPlanRow | null;
  totalCount: number | null;
  /** The row's keyset as text, for orders other than the default. */
  keyset?: string[];
}

/** Narrows the cohort. Every condition is optional; `today` dates the overdue filters. */
export interface CohortScope {
  today: string;
  includeEnded?: boolean;
  perpetratorId?: string;
  cohortType?: CohortType;
  offenderManagerStaffId?: string;
  /** The JWT subject of the current offender manager: "my caseload". */
  offenderManagerSubject?: string;
  team?: string;
  reviewOverdue?: boolean;
  actionOverdue?: boolean;
  pathway?: Pathway;
  /** The caller's members (from the access layer), for callers who do not read the whole cohort. */
  visible?: SQL;
}

export interface WorkloadRow {
  team: string | null;
  staffId: string | null;
  openMembers: number;
  withoutLivePlan: number;
  reviewsOverdue: number;
  actionsOverdue: number;
  membersWithOverdueActions: number;
}

const openActions = sql.raw(OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(", "));

export class CohortRepository {
  constructor(private readonly db: Executor) {}

  // --- memberships ---------------------------------------------------------------------------

  async insertMembership(tx: Executor, row: typeof iomMemberships.$inferInsert): Promise<IomMembershipRow> {
    const [inserted] = await tx.insert(iomMemberships).values(row).returning();
    return inserted!;
  }

  membershipsByIds(ids: readonly string[]): Promise<IomMembershipRow[]> {
    return this.db.select().from(iomMemberships).where(inArray(iomMemberships.id, [...ids]));
  }

  /** The membership row, locked until the transaction ends, so changes to one member are serialised. */
  async lockMembership(tx: Executor, id: string): Promise<IomMembershipRow | null> {
    const [row] = await tx.select().from(iomMemberships).where(eq(iomMemberships.id, id)).for("update");
    return row ?? null;
  }

  membershipsOfPerpetrator(executor: Executor, perpetratorId: string): Promise<IomMembershipRow[]> {
    return executor.select().from(iomMemberships).where(eq(iomMemberships.perpetratorId, perpetratorId)).orderBy(asc(iomMemberships.startedOn));
  }

  /** The open membership of each person asked about. */
  openMembershipsOfPerpetrators(perpetratorIds: readonly string[]): Promise<IomMembershipRow[]> {
    return this.db
      .select()
      .from(iomMemberships)
      .where(and(inArray(iomMemberships.perpetratorId, [...perpetratorIds]), isNull(iomMemberships.endedOn)));
  }

  async endMembership(tx: Executor, id: string, end: { endedOn: string; deselectionReason: string; deselectionNote: string | null; deselectedBy: string }): Promise<IomMembershipRow | null> {
    const [row] = await tx
      .update(iomMemberships)
      .set({ ...end, updatedAt: sql`now()` })
      .where(and(eq(iomMemberships.id, id), isNull(iomMemberships.endedOn)))
      .returning();
    return row ?? null;
  }

  // --- offender manager assignments ------------------------------------------------------------

  /** The current assignment of each member asked about, with the offender manager's staff record. */
  currentAssignments(membershipIds: readonly string[]): Promise<{ assignment: OffenderManagerAssignmentRow; staff: IomStaffRow }[]> {
    return this.db
      .select({ assignment: offenderManagerAssignments, staff: iomStaff })
      .from(offenderManagerAssignments)
      .innerJoin(iomStaff, eq(iomStaff.id, offenderManagerAssignments.staffId))
      .where(and(inArray(offenderManagerAssignments.membershipId, [...membershipIds]), isNull(offenderManagerAssignments.endedOn)));
  }

  /** Every assignment of the members asked about, newest first. */
  assignmentHistory(membershipIds: readonly string[]): Promise<OffenderManagerAssignmentRow[]> {
    return this.db
      .select()
      .from(offenderManagerAssignments)
      .where(inArray(offenderManagerAssignments.membershipId, [...membershipIds]))
      .orderBy(desc(offenderManagerAssignments.startedOn), desc(offenderManagerAssignments.assignedAt));
  }

  /** One member's assignments with each offender manager's staff record, in assignmentHistory's order. */
  assignmentHistoryWithStaff(executor: Executor, membershipId: string): Promise<AssignmentWithStaff[]> {
    return executor
      .select({ assignment: offenderManagerAssignments, staff: iomStaff })
      .from(offenderManagerAssignments)
      .innerJoin(iomStaff, eq(iomStaff.id, offenderManagerAssignments.staffId))
      .where(eq(offenderManagerAssignments.membershipId, membershipId))
      .orderBy(desc(offenderManagerAssignments.startedOn), desc(offenderManagerAssignments.assignedAt));
  }

  async countCurrentMembers(staffId: string): Promise<number> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(offenderManagerAssignments)
      .where(and(eq(offenderManagerAssignments.staffId, staffId), isNull(offenderManagerAssignments.endedOn)));
    return row?.count ?? 0;
  }

  /** Ends the member's current assignment, if any, and answers it as ended. */
  async endCurrentAssignment(tx: Executor, membershipId: string, endedOn: string): Promise<OffenderManagerAssignmentRow | null> {
    const [ended] = await tx
      .update(offenderManagerAssignments)
      .set({ endedOn })
      .where(and(eq(offenderManagerAssignments.membershipId, membershipId), isNull(offenderManagerAssignments.endedOn)))
      .returning();
    return ended ?? null;
  }

  async insertAssignment(tx: Executor, row: typeof offenderManagerAssignments.$inferInsert): Promise<OffenderManagerAssignmentRow> {
    const [inserted] = await tx.insert(offenderManagerAssignments).values(row).returning();
    return inserted!;
  }

  // --- the cohort --------------------------------------------------------------------------------

  private currentManagerWhere(condition: SQL) {
    return exists(
      this.db
        .select({ one: sql`1` })
        .from(offenderManagerAssignments)
        .innerJoin(iomStaff, eq(iomStaff.id, offenderManagerAssignments.staffId))
        .where(and(eq(offenderManagerAssignments.membershipId, iomMemberships.id), isNull(offenderManagerAssignments.endedOn), condition)),
    );
  }

  private livePlanWhere(condition?: SQL) {
    return exists(
      this.db
        .select({ one: sql`1` })
        .from(interventionPlans)
        .where(and(eq(interventionPlans.membershipId, iomMemberships.id), eq(interventionPlans.status, "LIVE"), condition)),
    );
  }

  private livePlanActionWhere(condition: SQL) {
    return exists(
      this.db
        .select({ one: sql`1` })
        .from(planActions)
        .innerJoin(interventionPlans, eq(interventionPlans.id, planActions.planId))
        .where(and(eq(interventionPlans.membershipId, iomMemberships.id), eq(interventionPlans.status, "LIVE"), condition)),
    );
  }

  private cohortCondition(scope: CohortScope): SQL | undefined {
    const today = scope.today;
    return and(
      scope.includeEnded ? undefined : isNull(iomMemberships.endedOn),
      scope.perpetratorId ? eq(iomMemberships.perpetratorId, scope.perpetratorId) : undefined,
      scope.cohortType ? eq(iomMemberships.cohortType, scope.cohortType) : undefined,
      scope.offenderManagerStaffId ? this.currentManagerWhere(eq(iomStaff.id, scope.offenderManagerStaffId)) : undefined,
      scope.offenderManagerSubject ? this.currentManagerWhere(eq(iomStaff.subject, scope.offenderManagerSubject)) : undefined,
      scope.team ? this.currentManagerWhere(eq(iomStaff.team, scope.team)) : undefined,
      scope.reviewOverdue === true ? this.livePlanWhere(sql`${interventionPlans.reviewDueOn} < ${today}::date`) : undefined,
      scope.reviewOverdue === false ? sql`not ${this.livePlanWhere(sql`${interventionPlans.reviewDueOn} < ${today}::date`)}` : undefined,
      scope.actionOverdue === true ? this.livePlanActionWhere(sql`${planActions.status} in (${openActions}) and ${planActions.dueOn} < ${today}::date`) : undefined,
      scope.actionOverdue === false ? sql`not ${this.livePlanActionWhere(sql`${planActions.status} in (${openActions}) and ${planActions.dueOn} < ${today}::date`)}` : undefined,
      scope.pathway ? this.livePlanActionWhere(eq(planActions.pathway, scope.pathway)) : undefined,
      scope.visible,
    );
  }

  /**
   * A page in `order` (newest selection first by default; cohort.orders.ts). Each member comes with
   * their person, current offender manager and live plan (at most one of each, by the partial unique
   * indexes): what a caseload page shows, at no statement of its own.
   */
  cohortPage(scope: CohortScope, page: PageRequest, columns: CohortPageColumns, order: CohortOrder = DEFAULT_COHORT_ORDER): Promise<CohortPageRow[]> {
    const spec = COHORT_PAGE_ORDERS[order];
    const after = keysetFor(page, "iomCohort", order, DEFAULT_COHORT_ORDER, spec.keys.length);
    const keyset: Record<string, SQL> = order === DEFAULT_COHORT_ORDER ? {} : { keyset: keysetColumn(spec) };
    const matching = this.db.select({ count: sql`count(*)` }).from(iomMemberships).where(this.cohortCondition(scope));
    const query = this.db
      .select({
        membership: columns.membership,
        perpetrator: columns.perpetrator,
        assignment: offenderManagerAssignments,
        offenderManager: columns.offenderManager,
        livePlan: interventionPlans,
        totalCount: totalCountColumn(page, matching),
        ...keyset,
      })
      .from(iomMemberships)
      .innerJoin(perpetrators, eq(perpetrators.id, iomMemberships.perpetratorId))
      .leftJoin(offenderManagerAssignments, and(eq(offenderManagerAssignments.membershipId, iomMemberships.id), isNull(offenderManagerAssignments.endedOn)))
      .leftJoin(iomStaff, eq(iomStaff.id, offenderManagerAssignments.staffId))
      .leftJoin(interventionPlans, and(eq(interventionPlans.membershipId, iomMemberships.id), eq(interventionPlans.status, "LIVE")))
      .where(and(this.cohortCondition(scope), after ? afterKeyset(spec, after) : undefined))
      .orderBy(orderBy(spec))
      .limit(page.first + 1);
    // Rows hold the columns asked for (at least the id and the keyset): complete rows when every column is.
    return query as unknown as Promise<CohortPageRow[]>;
  }

  async countCohort(scope: CohortScope): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(iomMemberships).where(this.cohortCondition(scope));
    return row?.count ?? 0;
  }

  /**
   * Open members, live plans and overdue work, counted in SQL per team (or per offender manager).
   * Members without a current offender manager count under a null team.
   */
  workload(by: "team" | "staff", today: string, team: string | null): Promise<WorkloadRow[]> {
    const overdueActions = this.db
      .select({
        planId: planActions.planId,
        overdue: sql<number>`count(*)::int`.as("overdue"),
      })
      .from(planActions)
      .where(sql`${planActions.status} in (${openActions}) and ${planActions.dueOn} < ${today}::date`)
      .groupBy(planActions.planId)
      .as("overdue_actions");
    const teamColumn = sql<string | null>`${iomStaff.team}`;
    const staffColumn = by === "staff" ? sql<string | null>`${iomStaff.id}` : sql<string | null>`null::uuid`;
    return this.db
      .select({
        team: teamColumn,
        staffId: staffColumn,
        openMembers: sql<number>`count(*)::int`,
        withoutLivePlan: sql<number>`(count(*) filter (where ${interventionPlans.id} is null))::int`,
        reviewsOverdue: sql<number>`(count(*) filter (where ${interventionPlans.reviewDueOn} < ${today}::date))::int`,
        actionsOverdue: sql<number>`coalesce(sum(${overdueActions.overdue}), 0)::int`,
        membersWithOverdueActions: sql<number>`(count(*) filter (where ${overdueActions.overdue} > 0))::int`,
      })
      .from(iomMemberships)
      .leftJoin(offenderManagerAssignments, and(eq(offenderManagerAssignments.membershipId, iomMemberships.id), isNull(offenderManagerAssignments.endedOn)))
      .leftJoin(iomStaff, eq(iomStaff.id, offenderManagerAssignments.staffId))
      .leftJoin(interventionPlans, and(eq(interventionPlans.membershipId, iomMemberships.id), eq(interventionPlans.status, "LIVE")))
      .leftJoin(overdueActions, eq(overdueActions.planId, interventionPlans.id))
      .where(and(isNull(iomMemberships.endedOn), team !== null ? eq(iomStaff.team, team) : undefined))
      .groupBy(...(by === "staff" ? [iomStaff.team, iomStaff.id] : [iomStaff.team]))
      .orderBy(sql`${iomStaff.team} nulls last`, ...(by === "staff" ? [asc(iomStaff.id)] : []));
  }
}
