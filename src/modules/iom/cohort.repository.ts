import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import { DEFAULT_COHORT_ORDER, type CohortOrder } from "./iom.model.js";
import { iomMemberships, iomStaff, offenderManagerAssignments, type IomMembershipRow, type IomStaffRow, type OffenderManagerAssignmentRow } from "./iom.table.js";
import { cohortCount, cohortPageRows, type CohortPageColumns, type CohortPageRow, type CohortScope } from "./cohort-page.repository.js";
import { workloadCounts, type WorkloadRow } from "./cohort-workload.repository.js";

export type { CohortPageColumns, CohortPageRow, CohortScope } from "./cohort-page.repository.js";
export type { WorkloadRow } from "./cohort-workload.repository.js";

export interface AssignmentWithStaff {
  assignment: OffenderManagerAssignmentRow;
  staff: IomStaffRow;
}

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

  // --- the cohort (cohort-page.repository.ts, cohort-workload.repository.ts) -------------------------

  /** A page of the cohort in `order`, each member with their person, current offender manager and live plan. */
  cohortPage(scope: CohortScope, page: PageRequest, columns: CohortPageColumns, order: CohortOrder = DEFAULT_COHORT_ORDER): Promise<CohortPageRow[]> {
    return cohortPageRows(this.db, scope, page, columns, order);
  }

  countCohort(scope: CohortScope): Promise<number> {
    return cohortCount(this.db, scope);
  }

  /** Open members, live plans and overdue work per team (or per offender manager). */
  workload(by: "team" | "staff", today: string, team: string | null): Promise<WorkloadRow[]> {
    return workloadCounts(this.db, by, today, team);
  }
}
