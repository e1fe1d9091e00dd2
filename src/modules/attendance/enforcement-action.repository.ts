import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { builtOnce, isAnyOfIds } from "../../db/prepared.js";
// The predicate itself, not the cases feature's index: that index's resolvers import the perpetrators
// feature, whose types this feature's resolvers reach, and the two would be a cycle at load time.
import { isAllocatedPractitioner } from "../cases/case.relationships.js";
import { programmeSessions } from "../groups/index.js";
import { referrals, type ReferralRow } from "../referrals/index.js";
import { attendanceRecords } from "./attendance.table.js";
import { FAILURE_OUTCOMES } from "./attendance-events.rules.js";
import type { UnacceptableFailure } from "./enforcement.rules.js";
import { enforcementActions, type EnforcementActionRow, type NewEnforcementAction } from "./enforcement-action.table.js";

/** The SQL of recorded enforcement actions. */
export class EnforcementActionRepository {
  constructor(private readonly db: Executor) {}

  /**
   * The referral, locked until the transaction ends (so two actions for one referral are checked one
   * after the other), and whether the caller is the person's allocated probation practitioner today.
   */
  async lockReferral(tx: Executor, id: string, caller: { sub: string; today: string }): Promise<{ referral: ReferralRow; allocatedToCaller: boolean } | null> {
    const [row] = await tx
      .select({ referral: referrals, allocatedToCaller: sql<boolean>`${isAllocatedPractitioner(caller.sub, referrals.perpetratorId, caller.today)}` })
      .from(referrals)
      .where(eq(referrals.id, id))
      .for("update", { of: referrals });
    return row ?? null;
  }

  actionsOf(tx: Executor, referralId: string): Promise<EnforcementActionRow[]> {
    return tx.select().from(enforcementActions).where(eq(enforcementActions.referralId, referralId)).orderBy(...oldestFirst);
  }

  /** A session with the person's current register outcome for it (null when none is recorded). */
  async sessionFor(tx: Executor, sessionId: string, referralId: string): Promise<{ groupId: string; scheduledStart: Date; currentOutcome: string | null } | null> {
    const [row] = await tx
      .select({ groupId: programmeSessions.groupId, scheduledStart: programmeSessions.scheduledStart, currentOutcome: attendanceRecords.outcome })
      .from(programmeSessions)
      .leftJoin(
        attendanceRecords,
        and(eq(attendanceRecords.sessionId, programmeSessions.id), eq(attendanceRecords.referralId, referralId), isNull(attendanceRecords.supersededAt)),
      )
      .where(eq(programmeSessions.id, sessionId));
    return row ?? null;
  }

  /** Each referral's current unacceptable failures with when their sessions were held, read in the caller's transaction. */
  async failuresOf(tx: Executor, referralIds: readonly string[]): Promise<Map<string, UnacceptableFailure[]>> {
    const failures = new Map<string, UnacceptableFailure[]>(referralIds.map((id) => [id, []]));
    if (referralIds.length === 0) return failures;
    const rows = await tx
      .select({ referralId: attendanceRecords.referralId, sessionId: attendanceRecords.sessionId, occurredAt: programmeSessions.scheduledStart })
      .from(attendanceRecords)
      .innerJoin(programmeSessions, eq(programmeSessions.id, attendanceRecords.sessionId))
      .where(and(inArray(attendanceRecords.referralId, [...referralIds]), isNull(attendanceRecords.supersededAt), inArray(attendanceRecords.outcome, [...FAILURE_OUTCOMES])));
    for (const row of rows) failures.get(row.referralId)?.push({ sessionId: row.sessionId, occurredAt: row.occurredAt });
    return failures;
  }

  async insert(tx: Executor, action: NewEnforcementAction): Promise<EnforcementActionRow> {
    const [row] = await tx.insert(enforcementActions).values(action).returning();
    return row!;
  }

  /** Built once: one statement text for a batch of referrals of any size. */
  private readonly byReferralStatement = builtOnce(() =>
    this.db
      .select()
      .from(enforcementActions)
      .where(isAnyOfIds(enforcementActions.referralId))
      .orderBy(asc(enforcementActions.referralId), ...oldestFirst)
      .prepare("enforcement_actions_by_referral"),
  );

  /** The actions of a batch of referrals, each referral's oldest first (bounded per referral by the rules). */
  byReferralIds(referralIds: readonly string[]): Promise<EnforcementActionRow[]> {
    return this.byReferralStatement().execute({ ids: [...referralIds] });
  }
}

const oldestFirst = [asc(enforcementActions.takenOn), asc(enforcementActions.recordedAt), asc(enforcementActions.id)];
