import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { FACILITATION_ORDER } from "./group.repository.js";
import { groupFacilitators, programmeGroups, type GroupFacilitatorRow, type ProgrammeGroupRow } from "./group.table.js";

/** What an update or a close writes to a group's own row. */
export type GroupRowPatch = Partial<Pick<ProgrammeGroupRow, "name" | "location" | "startsOn" | "closedAt" | "closedBy" | "closeReason">>;

/** The SQL of running a group after set-up: its facilitation periods, updates and closing. */
export class GroupAdminRepository {
  /** Every facilitation period of the group, ended ones too, read in the caller's transaction. */
  facilitationsOf(tx: Executor, groupId: string): Promise<GroupFacilitatorRow[]> {
    return tx
      .select()
      .from(groupFacilitators)
      .where(eq(groupFacilitators.groupId, groupId))
      .orderBy(...FACILITATION_ORDER);
  }

  async insertFacilitation(tx: Executor, row: typeof groupFacilitators.$inferInsert): Promise<GroupFacilitatorRow> {
    const [written] = await tx.insert(groupFacilitators).values(row).returning();
    return written!;
  }

  /** Ends an open period; null when it is no longer open (the caller holds the group's lock, so it is). */
  async endFacilitation(tx: Executor, id: string, end: Pick<GroupFacilitatorRow, "endedOn" | "endedBy" | "endReason" | "endedAt">): Promise<GroupFacilitatorRow | null> {
    const [written] = await tx
      .update(groupFacilitators)
      .set(end)
      .where(and(eq(groupFacilitators.id, id), sql`${groupFacilitators.endedOn} is null`))
      .returning();
    return written ?? null;
  }

  /** Writes the patch and moves the version on, only if the group is still at `expectedVersion` (compare-and-set). */
  async updateIfVersion(tx: Executor, groupId: string, expectedVersion: number, patch: GroupRowPatch): Promise<ProgrammeGroupRow | null> {
    const [written] = await tx
      .update(programmeGroups)
      .set({ ...patch, version: sql`${programmeGroups.version} + 1` })
      .where(and(eq(programmeGroups.id, groupId), eq(programmeGroups.version, expectedVersion)))
      .returning();
    return written ?? null;
  }
}
