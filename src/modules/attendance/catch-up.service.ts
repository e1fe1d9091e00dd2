import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { forbidden } from "../../shared/errors.js";
import { Role } from "../../shared/auth/roles.js";
import { toIsoDate } from "../../shared/dates.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome, type UserError } from "../../shared/user-errors.js";
import { rulesOf, type ProgrammeService } from "../programmes/index.js";
import { checkGroupNotClosed, type GroupService, type ProgrammeSessionRow } from "../groups/index.js";
import type { ReferralRow, ReferralService } from "../referrals/index.js";
import type { AttendanceRepository } from "./attendance.repository.js";
import type { CatchUpRepository } from "./catch-up.repository.js";
import type { CatchUpSessionRow } from "./catch-up.table.js";
import { catchUpsOutstandingBefore, checkCatchUp } from "./catch-up.rules.js";
import type { AddCatchUpSessionInput } from "./catch-up.inputs.js";
import type { AttendanceOutcome } from "./attendance.model.js";

const DEFAULT_CATCH_UP_MINUTES = 60;

/** Catch-up sessions: arranged for one participant who missed a session with an acceptable reason. */
export class CatchUpService {
  constructor(
    private readonly db: Database,
    private readonly attendance: AttendanceRepository,
    private readonly repository: CatchUpRepository,
    private readonly programmes: ProgrammeService,
    private readonly groups: GroupService,
    private readonly referrals: ReferralService,
  ) {}

  /**
   * Schedules an individual catch-up in the participant's current group (a transfer since the missed
   * session puts it in the new group), numbered as the missed session. The missed session's row lock
   * serialises two attempts for it, so at most one catch-up stands.
   */
  async add(ctx: RequestContext, input: AddCatchUpSessionInput): Promise<Outcome<ProgrammeSessionRow>> {
    if (!ctx.viewer.isAdmin && !ctx.viewer.has(Role.FACILITATOR)) throw forbidden("Only the participant's group facilitators (or an admin) arrange catch-ups");
    const referralId = idOfType(input.referralId, "Referral");
    const missedId = idOfType(input.missedSessionId, "ProgrammeSession");
    const referral = referralId ? await this.referrals.loadForRelation(ctx, referralId) : null;
    if (!referral) return refused(userError("referralId", "NOT_FOUND", "No such referral"));
    if (!referral.groupId) return refused(userError("referralId", "NOT_IN_GROUP", "The participant is not in a group, so there is nowhere to hold a catch-up"));
    // A catch-up is part of running the programme for someone still on it, not a way back onto it.
    if (referral.status !== "ALLOCATED" && referral.status !== "ON_PROGRAMME") {
      return refused(userError("referralId", "INVALID", `A catch-up is for a participant still on the programme; this referral is ${referral.status}`));
    }
    const groupId = referral.groupId;

    const now = ctx.clock.now();
    const outcome = await this.db.transaction(async (tx): Promise<Outcome<{ session: ProgrammeSessionRow; catchUp: CatchUpSessionRow; missed: ProgrammeSessionRow }>> => {
      // The group, then the missed session: the order rescheduleSession takes them in, so the two never deadlock.
      const group = await this.groups.lockGroup(tx, groupId);
      await this.groups.assertCanManageGroup(ctx, tx, groupId);
      // Under the group's lock, like scheduleSession: a closed group takes no new session.
      const shut = group ? checkGroupNotClosed(group) : null;
      if (shut) return refused(...userErrorsFrom([shut]));
      const missed = missedId ? await this.groups.lockSession(tx, missedId) : null;
      if (!missed) return refused(userError("missedSessionId", "NOT_FOUND", "No such session"));
      const [current, existing] = await Promise.all([
        this.attendance.currentRecordsFor(tx, missed.id, [referral.id]),
        this.repository.existingFor(tx, referral.id, missed.id),
      ]);
      const durationMinutes = input.durationMinutes ?? DEFAULT_CATCH_UP_MINUTES;
      const refusals = checkCatchUp(
        {
          missedOutcome: (current[0]?.outcome as AttendanceOutcome | undefined) ?? null,
          missedIsCatchUp: missed.catchUpOfSessionId !== null,
          existing,
          scheduledStart: input.scheduledStart,
          durationMinutes,
        },
        now,
      );
      if (refusals.length) return refused(...userErrorsFrom(refusals));
      const session = await this.groups.sessionChanges.insertCatchUp(tx, {
        groupId,
        sessionNumber: missed.sessionNumber,
        format: "INDIVIDUAL",
        scheduledStart: input.scheduledStart,
        durationMinutes,
        createdBy: ctx.viewer.sub,
        catchUpOfSessionId: missed.id,
      });
      const catchUp = await this.repository.insert(tx, { sessionId: session.id, referralId: referral.id, missedSessionId: missed.id });
      return succeeded({ session, catchUp, missed });
    });
    if (!outcome.ok) return outcome;
    const { session, catchUp, missed } = outcome.value;
    // Answered from what was written (a new session has no register); the transaction proved the
    // caller runs the participant's group, so the catch-up, the participant, and the missed session
    // when it was held in the same group are theirs to see.
    ctx.loaders.groups.sessionById.prime(session.id, session).prime(missed.id, missed);
    ctx.loaders.attendance.catchUpBySessionId.prime(session.id, catchUp);
    ctx.loaders.attendance.registerBySessionId.prime(session.id, []);
    ctx.visibility.prime("ProgrammeSession", missed.groupId === groupId ? [session.id, missed.id] : [session.id]);
    ctx.visibility.prime("Referral", [referral.id]);
    return succeeded(session);
  }

  /**
   * A register's refusals that come from catch-ups: on a catch-up session only its participant is
   * recorded; and where the programme requires it (BBR), a participant with a missed session not yet
   * caught up is not recorded attending a session of a later module.
   */
  async registerRefusals(
    tx: Executor,
    session: ProgrammeSessionRow,
    entries: readonly { referralId: string; outcome: AttendanceOutcome }[],
    referrals: readonly ReferralRow[],
  ): Promise<UserError[]> {
    const path = (index: number) => ["input", "entries", String(index), "referralId"];
    const errors: UserError[] = [];
    if (session.catchUpOfSessionId) {
      const [catchUp] = await this.repository.bySessionIds([session.id], tx);
      entries.forEach((entry, index) => {
        if (entry.referralId !== catchUp?.referralId) {
          errors.push(userError(path(index), "NOT_CATCH_UP_PARTICIPANT", "This catch-up session is for another participant; its register records only them"));
        }
      });
      return errors;
    }
    const attending = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.outcome === "ATTENDED" || entry.outcome === "LATE");
    if (attending.length === 0) return errors;
    const programmeId = referrals.find((r) => r.id === attending[0]!.entry.referralId)?.programmeId;
    // Read in the register's transaction (the catalogue may read outside it, and PGlite has one connection).
    const [programme] = programmeId ? await this.programmes.byIdsIn(tx, [programmeId]) : [];
    if (!programme || !programme.catchUpBeforeNextModule) return errors;
    const rules = rulesOf(programme);
    const ids = attending.map(({ entry }) => entry.referralId);
    const [rows, pending] = await Promise.all([this.repository.numberedRows(tx, ids), this.repository.pendingOf(tx, ids)]);
    for (const { entry, index } of attending) {
      // This session's own row is being replaced by this register, so it does not count against it.
      const own = rows.filter((row) => row.referralId === entry.referralId && row.sessionId !== session.id);
      const outstanding = catchUpsOutstandingBefore(rules, session.sessionNumber, own.map((row) => ({ sessionNumber: row.sessionNumber, outcome: row.outcome as AttendanceOutcome })));
      if (outstanding.length === 0) continue;
      const described = outstanding.map((n) => {
        const arranged = pending.find((p) => p.referralId === entry.referralId && p.sessionNumber === n);
        return arranged ? `session ${n} (catch-up arranged for ${toIsoDate(arranged.scheduledStart)})` : `session ${n} (no catch-up arranged yet)`;
      });
      errors.push(
        userError(
          path(index),
          "CATCH_UP_REQUIRED",
          `${programme.name}: missed sessions are caught up before the next module; this participant must first attend a catch-up for ${described.join(", ")}`,
        ),
      );
    }
    return errors;
  }
}
