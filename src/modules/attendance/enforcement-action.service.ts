import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { Role } from "../../shared/auth/roles.js";
import { dateToday, isoDate } from "../../shared/clock.js";
import { forbidden } from "../../shared/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import type { ReferralRow } from "../referrals/index.js";
import type { EnforcementActionRepository } from "./enforcement-action.repository.js";
import type { EnforcementActionRow } from "./enforcement-action.table.js";
import type { RecordEnforcementActionInput } from "./enforcement-action.type.js";
import { checkEnforcementAction, outstandingEnforcement, type ActionFacts, type OutstandingAction } from "./enforcement-actions.rules.js";
import type { EnforcementAssessment, UnacceptableFailure } from "./enforcement.rules.js";

export interface RecordedEnforcementAction {
  action: EnforcementActionRow;
  referral: ReferralRow;
}

/** The unique indexes that refuse a racing duplicate the rules did not see. */
const DUPLICATE_INDEXES: Record<string, { field: string; message: string }> = {
  enforcement_actions_warning_session_idx: { field: "sessionId", message: "A warning letter has already been recorded for this session" },
  enforcement_actions_breach_idx: { field: "kind", message: "Breach proceedings have already been started for this referral" },
};

/** What was done to enforce mandated referrals: recorded by their allocated practitioner or an admin. */
export class EnforcementActionService {
  constructor(
    private readonly db: Database,
    private readonly repository: EnforcementActionRepository,
  ) {}

  /** A referral's recorded actions, oldest first, batched by the request's loader. */
  actionsOf(ctx: RequestContext, referralId: string): Promise<EnforcementActionRow[]> {
    return ctx.loaders.attendance.enforcementActionsByReferralId.load(referralId);
  }

  async outstanding(
    ctx: RequestContext,
    enforcement: { referralId: string; assessment: EnforcementAssessment; failures: readonly UnacceptableFailure[] },
  ): Promise<OutstandingAction[]> {
    return outstandingEnforcement(enforcement.assessment, enforcement.failures, await this.actionsOf(ctx, enforcement.referralId));
  }

  /**
   * Records an action in one transaction holding the referral's row lock, so the checks against the
   * actions already recorded hold when the row is written. Answered from what was written.
   */
  async record(ctx: RequestContext, input: RecordEnforcementActionInput): Promise<Outcome<RecordedEnforcementAction>> {
    if (!ctx.viewer.has(Role.ADMIN, Role.PROBATION)) throw forbidden("Enforcement is recorded by an admin or the person's allocated probation practitioner");
    const notFound = () => refused(userError("referralId", "NOT_FOUND", "No such referral"));
    const referralId = idOfType(input.referralId, "Referral");
    // "Not yours" reads as "not there": a referral the caller cannot see answers as a random id would.
    if (!referralId || !(await ctx.visibility.isVisible("Referral", referralId))) return notFound();
    const sessionId = input.sessionId ? idOfType(input.sessionId, "ProgrammeSession") : null;
    if (input.sessionId && !sessionId) return refused(userError("sessionId", "NOT_FOUND", "No such session"));
    const today = dateToday(ctx.clock);
    const request = { kind: input.kind, takenOn: input.takenOn, sessionId, note: input.note?.trim() || null };

    // The answer shows the referral's enforcement, which needs its register: read before the transaction
    // (not inside it, where the embedded database's one connection is the transaction's), so nothing is
    // read after the commit. Recording an action changes no register row.
    await ctx.loaders.attendance.attendanceByReferralId.load(referralId);

    try {
      const outcome = await this.db.transaction(async (tx): Promise<Outcome<RecordedEnforcementAction & { actions: EnforcementActionRow[] }>> => {
        const found = await this.repository.lockReferral(tx, referralId, { sub: ctx.viewer.sub, today });
        if (!found) return notFound();
        // Probation sees every referral, so this one exists for them: not being their case is a refusal.
        if (!ctx.viewer.isAdmin && !found.allocatedToCaller) {
          throw forbidden("Only an admin or the person's allocated probation practitioner may record enforcement");
        }
        const { referral } = found;
        const existing = await this.repository.actionsOf(tx, referral.id);
        const facts: ActionFacts = {
          today,
          referral: { mandated: referral.legalBasis !== null, status: referral.status, referredOn: isoDate(referral.referredAt) },
          existing,
        };
        if (sessionId) {
          const session = await this.repository.sessionFor(tx, sessionId, referral.id);
          if (!session) return refused(userError("sessionId", "NOT_FOUND", "No such session"));
          facts.session = { inReferralsGroup: session.groupId === referral.groupId, heldOn: isoDate(session.scheduledStart), currentOutcome: session.currentOutcome };
        }
        const refusals = checkEnforcementAction(request, facts);
        if (refusals.length) return refused(...userErrorsFrom(refusals));
        const action = await this.repository.insert(tx, {
          referralId: referral.id,
          kind: request.kind,
          takenOn: request.takenOn,
          sessionId: request.sessionId,
          note: request.note,
          recordedBy: ctx.viewer.sub,
          recordedByName: ctx.viewer.name,
          recordedAt: ctx.clock.now(),
        });
        return succeeded({ action, referral, actions: [...existing, action].sort(oldestFirst) });
      });
      if (!outcome.ok) return outcome;
      // Answered from what was written, primed into the request's loaders: a read after the commit could
      // fail and answer an error for an action that was recorded.
      const { action, referral, actions } = outcome.value;
      ctx.loaders.referrals.referralById.clear(referral.id).prime(referral.id, referral);
      ctx.loaders.attendance.enforcementActionsByReferralId.clear(referral.id).prime(referral.id, actions);
      ctx.visibility.prime("Referral", [referral.id]);
      return succeeded({ action, referral });
    } catch (error) {
      const duplicate = DUPLICATE_INDEXES[uniqueViolation(error) ?? ""];
      if (duplicate) return refused(userError(duplicate.field, "DUPLICATE", duplicate.message));
      throw error;
    }
  }
}

/** The loader's order (enforcement_actions_referral_idx): day taken, then when recorded, then id. */
function oldestFirst(a: EnforcementActionRow, b: EnforcementActionRow): number {
  if (a.takenOn !== b.takenOn) return a.takenOn < b.takenOn ? -1 : 1;
  const byRecorded = a.recordedAt.getTime() - b.recordedAt.getTime();
  if (byRecorded !== 0) return byRecorded;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
