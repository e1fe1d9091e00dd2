import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { interventionPlans, iomMemberships, iomStaff, offenderManagerAssignments, planActions } from "./iom.table.js";
import { openActions } from "./cohort-page.repository.js";

export interface WorkloadRow {
  team: string | null;
  staffId: string | null;
  openMembers: number;
  withoutLivePlan: number;
  reviewsOverdue: number;
  actionsOverdue: number;
  membersWithOverdueActions: number;
}

/**
 * Open members, live plans and overdue work, counted in SQL per team (or per offender manager).
 * Members without a current offender manager count under a null team.
 */
export function workloadCounts(db: Executor, by: "team" | "staff", today: string, team: string | null): Promise<WorkloadRow[]> {
  const overdueActions = db
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
  return db
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
