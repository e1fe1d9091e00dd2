import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import type { ErasureSubject, MergeConflict, OpenWork, PersonalDataHolder, PersonMove, PersonRecordsHolder } from "../perpetrators/index.js";
import { subjectAccessRequests, type SubjectAccessRequestRow } from "./sar-request.table.js";
import type { SarRequestStatus } from "./sar-request.rules.js";

export const sarRequestCursor = (row: SubjectAccessRequestRow): unknown[] => [row.requestedAt.toISOString(), row.id];

export interface SarRequestScope {
  /** Only the requests this subject made; undefined for every request (auditors and admins). */
  requestedBy?: string;
  status?: SarRequestStatus | null;
}

export class SarRequestRepository implements PersonRecordsHolder, PersonalDataHolder {
  constructor(private readonly db: Executor) {}

  async insert(tx: Executor, row: typeof subjectAccessRequests.$inferInsert): Promise<SubjectAccessRequestRow> {
    const [inserted] = await tx.insert(subjectAccessRequests).values(row).returning();
    return inserted!;
  }

  async lock(tx: Executor, id: string): Promise<SubjectAccessRequestRow | null> {
    const [row] = await tx.select().from(subjectAccessRequests).where(eq(subjectAccessRequests.id, id)).for("update");
    return row ?? null;
  }

  async byId(id: string): Promise<SubjectAccessRequestRow | null> {
    const [row] = await this.db.select().from(subjectAccessRequests).where(eq(subjectAccessRequests.id, id));
    return row ?? null;
  }

  async decide(tx: Executor, id: string, decision: Pick<SubjectAccessRequestRow, "status" | "decidedBy" | "decidedAt" | "decisionNote" | "expiresOn">): Promise<SubjectAccessRequestRow> {
    const [row] = await tx.update(subjectAccessRequests).set(decision).where(eq(subjectAccessRequests.id, id)).returning();
    return row!;
  }

  async markExported(id: string, at: Date): Promise<void> {
    await this.db.update(subjectAccessRequests).set({ lastExportedAt: at }).where(eq(subjectAccessRequests.id, id));
  }

  private where(scope: SarRequestScope): SQL | undefined {
    return and(
      scope.requestedBy === undefined ? undefined : eq(subjectAccessRequests.requestedBy, scope.requestedBy),
      scope.status ? eq(subjectAccessRequests.status, scope.status) : undefined,
    );
  }

  /** Newest first. */
  page(scope: SarRequestScope, page: PageRequest): Promise<SubjectAccessRequestRow[]> {
    const [requestedAt, id] = (page.after ?? []) as [string?, string?];
    const after = requestedAt && id ? sql`(${subjectAccessRequests.requestedAt}, ${subjectAccessRequests.id}) < (${requestedAt}::timestamptz, ${id}::uuid)` : undefined;
    return this.db
      .select()
      .from(subjectAccessRequests)
      .where(and(this.where(scope), after))
      .orderBy(desc(subjectAccessRequests.requestedAt), desc(subjectAccessRequests.id))
      .limit(page.first + 1);
  }

  async count(scope: SarRequestScope): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(subjectAccessRequests).where(this.where(scope));
    return row!.count;
  }

  // --- merging two records of one person: requests follow the person ---------------------------

  async mergeConflicts(): Promise<MergeConflict[]> {
    return [];
  }

  async movePerson(tx: Executor, move: PersonMove): Promise<Record<string, number>> {
    const moved = await tx
      .update(subjectAccessRequests)
      .set({ perpetratorId: move.survivorId })
      .where(inArray(subjectAccessRequests.perpetratorId, [move.duplicateId]))
      .returning({ id: subjectAccessRequests.id });
    return { subject_access_requests: moved.length };
  }

  // --- erasing a person: the requests stay (who asked, who decided, when), without their free text ---

  async openWork(): Promise<OpenWork[]> {
    return [];
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const changed = await tx
      .update(subjectAccessRequests)
      .set({ reason: ERASED_REASON, decisionNote: sql`case when ${subjectAccessRequests.decisionNote} is null then null else ${ERASED_REASON} end` })
      .where(eq(subjectAccessRequests.perpetratorId, subject.id))
      .returning({ id: subjectAccessRequests.id });
    return { subject_access_requests: changed.length };
  }
}

/** What an erased person's requests say instead of the reason they were made (the check wants 10 characters or more). */
const ERASED_REASON = "Erased with the person's record";
