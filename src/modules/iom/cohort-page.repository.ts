import { and, eq, exists, isNull, sql, type SQL } from "drizzle-orm";
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

/** The open action statuses as an SQL list, for `status in (...)`. */
export const openActions = sql.raw(OPEN_ACTION_STATUSES.map((s) => `'${s}'`).join(", "));

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

function currentManagerWhere(db: Executor, condition: SQL) {
  return exists(
    db
      .select({ one: sql`1` })
      .from(offenderManagerAssignments)
      .innerJoin(iomStaff, eq(iomStaff.id, offenderManagerAssignments.staffId))
      .where(and(eq(offenderManagerAssignments.membershipId, iomMemberships.id), isNull(offenderManagerAssignments.endedOn), condition)),
  );
}

function livePlanWhere(db: Executor, condition?: SQL) {
  return exists(
    db
      .select({ one: sql`1` })
      .from(interventionPlans)
      .where(and(eq(interventionPlans.membershipId, iomMemberships.id), eq(interventionPlans.status, "LIVE"), condition)),
  );
}

function livePlanActionWhere(db: Executor, condition: SQL) {
  return exists(
    db
      .select({ one: sql`1` })
      .from(planActions)
      .innerJoin(interventionPlans, eq(interventionPlans.id, planActions.planId))
      .where(and(eq(interventionPlans.membershipId, iomMemberships.id), eq(interventionPlans.status, "LIVE"), condition)),
  );
}

function cohortCondition(db: Executor, scope: CohortScope): SQL | undefined {
  const today = scope.today;
  return and(
    scope.includeEnded ? undefined : isNull(iomMemberships.endedOn),
    scope.perpetratorId ? eq(iomMemberships.perpetratorId, scope.perpetratorId) : undefined,
    scope.cohortType ? eq(iomMemberships.cohortType, scope.cohortType) : undefined,
    scope.offenderManagerStaffId ? currentManagerWhere(db, eq(iomStaff.id, scope.offenderManagerStaffId)) : undefined,
    scope.offenderManagerSubject ? currentManagerWhere(db, eq(iomStaff.subject, scope.offenderManagerSubject)) : undefined,
    scope.team ? currentManagerWhere(db, eq(iomStaff.team, scope.team)) : undefined,
    scope.reviewOverdue === true ? livePlanWhere(db, sql`${interventionPlans.reviewDueOn} < ${today}::date`) : undefined,
    scope.reviewOverdue === false ? sql`not ${livePlanWhere(db, sql`${interventionPlans.reviewDueOn} < ${today}::date`)}` : undefined,
    scope.actionOverdue === true ? livePlanActionWhere(db, sql`${planActions.status} in (${openActions}) and ${planActions.dueOn} < ${today}::date`) : undefined,
    scope.actionOverdue === false ? sql`not ${livePlanActionWhere(db, sql`${planActions.status} in (${openActions}) and ${planActions.dueOn} < ${today}::date`)}` : undefined,
    scope.pathway ? livePlanActionWhere(db, eq(planActions.pathway, scope.pathway)) : undefined,
    scope.visible,
  );
}

/**
 * A page in `order` (newest selection first by default; cohort.orders.ts). Each member comes with
 * their person, current offender manager and live plan (at most one of each, by the partial unique
 * indexes): what a caseload page shows, at no statement of its own.
 */
export function cohortPageRows(db: Executor, scope: CohortScope, page: PageRequest, columns: CohortPageColumns, order: CohortOrder = DEFAULT_COHORT_ORDER): Promise<CohortPageRow[]> {
  const spec = COHORT_PAGE_ORDERS[order];
  const after = keysetFor(page, "iomCohort", order, DEFAULT_COHORT_ORDER, spec.keys.length);
  const keyset: Record<string, SQL> = order === DEFAULT_COHORT_ORDER ? {} : { keyset: keysetColumn(spec) };
  const matching = db.select({ count: sql`count(*)` }).from(iomMemberships).where(cohortCondition(db, scope));
  const query = db
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
    .where(and(cohortCondition(db, scope), after ? afterKeyset(spec, after) : undefined))
    .orderBy(orderBy(spec))
    .limit(page.first + 1);
  // Rows hold the columns asked for (at least the id and the keyset): complete rows when every column is.
  return query as unknown as Promise<CohortPageRow[]>;
}

export async function cohortCount(db: Executor, scope: CohortScope): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(iomMemberships).where(cohortCondition(db, scope));
  return row?.count ?? 0;
}
