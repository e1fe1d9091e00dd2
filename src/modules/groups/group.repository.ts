import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import {
  groupFacilitators,
  programmeGroups,
  programmeSessions,
  type GroupFacilitatorRow,
  type ProgrammeGroupRow,
  type ProgrammeSessionRow,
} from "./group.table.js";
import { groupFacilitatedBy } from "./group.relationships.js";
import { SessionChangeRepository } from "./session-history.repository.js";

/** The group's own numbered sessions: not the catch-ups held for one participant. */
const groupSession = isNull(programmeSessions.catchUpOfSessionId);

export interface GroupScope {
  programmeId?: string;
  /** Only groups this subject facilitates on `today` (the "facilitated by me" filter). */
  facilitatorSub?: string;
  today?: string;
  /** The caller's rows (from the access layer), for callers who do not read every group. */
  visible?: SQL;
}

/**
 * A group's facilitation periods in one order everywhere: by subject (its bytes, the same under any
 * database locale), then by start, so the answer from a write matches any later read.
 */
export const FACILITATION_ORDER = [
  sql`${groupFacilitators.facilitatorSub} collate "C"`,
  asc(groupFacilitators.startedOn),
  asc(groupFacilitators.addedAt),
  asc(groupFacilitators.id),
];

export function byFacilitationOrder(a: GroupFacilitatorRow, b: GroupFacilitatorRow): number {
  const bytes = (x: string, y: string) => Buffer.compare(Buffer.from(x), Buffer.from(y));
  return (
    bytes(a.facilitatorSub, b.facilitatorSub) ||
    (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0) ||
    a.addedAt.getTime() - b.addedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export class GroupRepository {
  constructor(private readonly db: Executor) {}

  /** Session changes (moves, cancellations) and catch-up sessions: their own SQL (session-history.repository.ts). */
  readonly changes = new SessionChangeRepository(this.db);

  async insertGroup(
    tx: Executor,
    group: typeof programmeGroups.$inferInsert,
    facilitatorSubs: string[],
    startedOn: string,
  ): Promise<{ group: ProgrammeGroupRow; facilitators: GroupFacilitatorRow[] }> {
    const [row] = await tx.insert(programmeGroups).values(group).returning();
    const facilitators = facilitatorSubs.length
      ? await tx
          .insert(groupFacilitators)
          .values(facilitatorSubs.map((sub) => ({ groupId: row!.id, facilitatorSub: sub, startedOn, addedBy: group.createdBy })))
          .returning()
      : [];
    // In facilitatorsOfGroups's order, so the answer from the write matches any later read.
    facilitators.sort(byFacilitationOrder);
    return { group: row!, facilitators };
  }

  async insertSession(session: typeof programmeSessions.$inferInsert, executor: Executor = this.db): Promise<ProgrammeSessionRow> {
    const [row] = await executor.insert(programmeSessions).values(session).returning();
    return row!;
  }

  groupsByIds(ids: readonly string[]): Promise<ProgrammeGroupRow[]> {
    return this.db.select().from(programmeGroups).where(inArray(programmeGroups.id, [...ids]));
  }

  sessionsByIds(ids: readonly string[]): Promise<ProgrammeSessionRow[]> {
    return this.db.select().from(programmeSessions).where(inArray(programmeSessions.id, [...ids]));
  }

  sessionsOfGroups(groupIds: readonly string[]): Promise<ProgrammeSessionRow[]> {
    return this.db
      .select()
      .from(programmeSessions)
      .where(inArray(programmeSessions.groupId, [...groupIds]))
      .orderBy(asc(programmeSessions.groupId), asc(programmeSessions.sessionNumber));
  }

  facilitatorsOfGroups(groupIds: readonly string[]) {
    return this.db
      .select()
      .from(groupFacilitators)
      .where(inArray(groupFacilitators.groupId, [...groupIds]))
      .orderBy(...FACILITATION_ORDER);
  }

  private scopeCondition(scope: GroupScope): SQL | undefined {
    return and(
      scope.programmeId ? eq(programmeGroups.programmeId, scope.programmeId) : undefined,
      scope.facilitatorSub ? groupFacilitatedBy(scope.facilitatorSub, programmeGroups.id, scope.today!) : undefined,
      scope.visible,
    );
  }

  /** Newest groups first. */
  pageGroups(scope: GroupScope, page: PageRequest): Promise<ProgrammeGroupRow[]> {
    const after = page.after as [string, string] | null;
    return this.db
      .select()
      .from(programmeGroups)
      .where(and(this.scopeCondition(scope), after ? sql`(${programmeGroups.startsOn}, ${programmeGroups.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined))
      .orderBy(sql`${programmeGroups.startsOn} desc, ${programmeGroups.id} desc`)
      .limit(page.first + 1);
  }

  async countGroups(scope: GroupScope): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(programmeGroups).where(this.scopeCondition(scope));
    return row?.count ?? 0;
  }

  /** Sessions in number order. */
  pageSessions(groupId: string, page: PageRequest): Promise<ProgrammeSessionRow[]> {
    const after = page.after as [number] | null;
    return this.db
      .select()
      .from(programmeSessions)
      .where(and(eq(programmeSessions.groupId, groupId), groupSession, after ? sql`${programmeSessions.sessionNumber} > ${after[0]}` : undefined))
      .orderBy(asc(programmeSessions.sessionNumber))
      .limit(page.first + 1);
  }

  async countSessions(groupId: string): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(programmeSessions).where(and(eq(programmeSessions.groupId, groupId), groupSession));
    return row?.count ?? 0;
  }

  /** Locks the session row so two registers for one session are written one after the other. */
  async lockSession(tx: Executor, sessionId: string): Promise<ProgrammeSessionRow | null> {
    const [row] = await tx.select().from(programmeSessions).where(eq(programmeSessions.id, sessionId)).for("update");
    return row ?? null;
  }

  /** Locks the group row: allocations to one group are serialised so capacity holds under concurrency. */
  async lockGroup(tx: Executor, groupId: string): Promise<ProgrammeGroupRow | null> {
    const [row] = await tx.select().from(programmeGroups).where(eq(programmeGroups.id, groupId)).for("update");
    return row ?? null;
  }

  /** The group's numbered sessions that are going ahead (not cancelled, not catch-ups): what orders and closes the group. */
  async sessionsOfGroup(tx: Executor, groupId: string): Promise<ProgrammeSessionRow[]> {
    return tx
      .select()
      .from(programmeSessions)
      .where(and(eq(programmeSessions.groupId, groupId), groupSession, isNull(programmeSessions.cancelledAt)))
      .orderBy(asc(programmeSessions.sessionNumber));
  }

  async updateSessionSchedule(tx: Executor, sessionId: string, patch: Pick<ProgrammeSessionRow, "scheduledStart" | "durationMinutes">): Promise<ProgrammeSessionRow> {
    const [row] = await tx.update(programmeSessions).set(patch).where(eq(programmeSessions.id, sessionId)).returning();
    return row!;
  }

  /** Whether the subject facilitates the group on `today` (read in the caller's transaction). */
  async isFacilitatedBy(tx: Executor, groupId: string, sub: string, today: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: programmeGroups.id })
      .from(programmeGroups)
      .where(and(eq(programmeGroups.id, groupId), groupFacilitatedBy(sub, programmeGroups.id, today)));
    return Boolean(row);
  }
}
