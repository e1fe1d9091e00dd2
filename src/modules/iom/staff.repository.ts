import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import type { StaffKind } from "./iom.model.js";
import { iomStaff, type IomStaffRow } from "./iom.table.js";

export interface StaffScope {
  team?: string;
  kind?: StaffKind;
  activeOnly?: boolean;
}

export class StaffRepository {
  constructor(private readonly db: Executor) {}

  async insertStaff(executor: Executor, row: typeof iomStaff.$inferInsert): Promise<IomStaffRow> {
    const [inserted] = await executor.insert(iomStaff).values(row).returning();
    return inserted!;
  }

  async updateStaff(executor: Executor, id: string, patch: Partial<Pick<IomStaffRow, "name" | "team" | "active" | "organisation">>): Promise<IomStaffRow | null> {
    const [row] = await executor.update(iomStaff).set({ ...patch, updatedAt: sql`now()` }).where(eq(iomStaff.id, id)).returning();
    return row ?? null;
  }

  staffByIds(ids: readonly string[]): Promise<IomStaffRow[]> {
    return this.db.select().from(iomStaff).where(inArray(iomStaff.id, [...ids]));
  }

  async staffBySubject(subject: string): Promise<IomStaffRow | null> {
    const [row] = await this.db.select().from(iomStaff).where(eq(iomStaff.subject, subject));
    return row ?? null;
  }

  private staffCondition(scope: StaffScope): SQL | undefined {
    return and(
      scope.team ? eq(iomStaff.team, scope.team) : undefined,
      scope.kind ? eq(iomStaff.kind, scope.kind) : undefined,
      scope.activeOnly ? eq(iomStaff.active, true) : undefined,
    );
  }

  /** Staff in team and name order; the cursor is (team, name, id). */
  staffPage(scope: StaffScope, page: PageRequest): Promise<IomStaffRow[]> {
    const after = page.after as [string, string, string] | null;
    return this.db
      .select()
      .from(iomStaff)
      .where(and(this.staffCondition(scope), after ? sql`(${iomStaff.team}, ${iomStaff.name}, ${iomStaff.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)` : undefined))
      .orderBy(asc(iomStaff.team), asc(iomStaff.name), asc(iomStaff.id))
      .limit(page.first + 1);
  }

  async countStaff(scope: StaffScope): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(iomStaff).where(this.staffCondition(scope));
    return row?.count ?? 0;
  }
}

export const staffCursor = (row: IomStaffRow) => [row.team, row.name, row.id];
