import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import type { AuditLog } from "../../shared/audit/index.js";
import { dateToday } from "../../shared/clock.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { assessDash } from "./dash.rules.js";
import { checkMaracReferral, escalation, repeatOf, type Escalation, type EscalationPolicy } from "./marac.rules.js";
import type { VictimSafetyAccess } from "./victim-safety.access.js";
import type { DashLevel } from "./victim-safety.model.js";
import type { MaracReferralRow, RiskAssessmentRow, SafetyIncidentRow, VictimLinkRow } from "./victim-safety.table.js";
import type { RiskRepository } from "./risk.repository.js";
import type { VictimRepository } from "./victim.repository.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import type { RecordRiskAssessmentInput, RecordSafetyIncidentInput, ReferToMaracInput, SetMaracHearingInput } from "./risk.inputs.js";
import { checkLength, checkNotInFuture, checkNotBefore, fieldErrors } from "../../shared/field-checks.js";

const MAX_REFERENCE = 100;

/** DASH assessments, incidents and MARAC referrals: the risk history of a victim-perpetrator pair. */
export class RiskService {
  constructor(
    private readonly db: Database,
    private readonly repository: RiskRepository,
    private readonly victims: VictimRepository,
    private readonly access: VictimSafetyAccess,
    private readonly audit: AuditLog,
    private readonly escalationPolicy: EscalationPolicy,
  ) {}

  // --- reads (the link has been authorised by the caller) -------------------------------------

  latestAssessment(ctx: RequestContext, linkId: string): Promise<RiskAssessmentRow | null> {
    return ctx.loaders.victimSafety.latestAssessmentByLinkId.load(linkId);
  }

  assessments(ctx: RequestContext, linkId: string): Promise<RiskAssessmentRow[]> {
    return ctx.loaders.victimSafety.assessmentsByLinkId.load(linkId);
  }

  incidents(ctx: RequestContext, linkId: string): Promise<SafetyIncidentRow[]> {
    return ctx.loaders.victimSafety.incidentsByLinkId.load(linkId);
  }

  maracReferrals(ctx: RequestContext, linkId: string): Promise<MaracReferralRow[]> {
    return ctx.loaders.victimSafety.maracByLinkId.load(linkId);
  }

  loadMaracReferral(ctx: RequestContext, id: string): Promise<MaracReferralRow | null> {
    return ctx.loaders.victimSafety.maracById.load(id);
  }

  /** Escalation as it stands today from the link's own incidents. */
  async escalationToday(ctx: RequestContext, linkId: string): Promise<Escalation> {
    const incidents = await ctx.loaders.victimSafety.incidentsByLinkId.load(linkId);
    return escalation(incidents.map((i) => i.occurredOn), dateToday(ctx.clock), this.escalationPolicy);
  }

  /** node(id) for an assessment, incident or MARAC referral (shown only to a caller who may see it: src/access/). */
  async getAssessment(ctx: RequestContext, id: string): Promise<{ row: RiskAssessmentRow; link: VictimLinkRow } | null> {
    return this.withLink(ctx, await ctx.loaders.victimSafety.assessmentById.load(id));
  }

  async getIncident(ctx: RequestContext, id: string): Promise<{ row: SafetyIncidentRow; link: VictimLinkRow } | null> {
    return this.withLink(ctx, await ctx.loaders.victimSafety.incidentById.load(id));
  }

  async getMaracReferral(ctx: RequestContext, id: string): Promise<{ row: MaracReferralRow; link: VictimLinkRow } | null> {
    return this.withLink(ctx, await ctx.loaders.victimSafety.maracById.load(id));
  }

  private async withLink<T extends { linkId: string }>(ctx: RequestContext, row: T | null): Promise<{ row: T; link: VictimLinkRow } | null> {
    this.access.assertMaySeeSome(ctx);
    if (!row) return null;
    const link = (await ctx.loaders.victimSafety.linkById.load(row.linkId))!;
    return { row, link };
  }

  // --- writes ---------------------------------------------------------------------------------

  private async writableLink(ctx: RequestContext, globalId: string): Promise<VictimLinkRow | null> {
    this.access.assertWriter(ctx);
    this.audit.assertPurpose(ctx);
    const id = idOfType(globalId, "VictimLink");
    return id ? ctx.loaders.victimSafety.linkById.load(id) : null;
  }

  async recordAssessment(ctx: RequestContext, input: RecordRiskAssessmentInput): Promise<Outcome<{ row: RiskAssessmentRow; link: VictimLinkRow }>> {
    const link = await this.writableLink(ctx, input.linkId);
    if (!link) return refused(userError("linkId", "NOT_FOUND", "No such link"));
    const dateErrors = fieldErrors(
      checkNotInFuture("assessedOn", input.assessedOn, dateToday(ctx.clock)) ?? checkNotBefore("assessedOn", input.assessedOn, link.startedOn, "the link started"),
    );
    if (dateErrors.length) return refused(...dateErrors);
    const scored = assessDash({ answers: input.answers, judgementLevel: input.judgementLevel, judgementReason: input.judgementReason });
    if (!scored.ok) return refused(...userErrorsFrom(scored.refusals));
    const row = await this.db.transaction(async (tx) => {
      const inserted = await this.repository.insertAssessment(tx, {
        linkId: link.id,
        assessedOn: input.assessedOn,
        answers: [...input.answers],
        yesCount: scored.value.yesCount,
        scoreLevel: scored.value.scoreLevel,
        judgementLevel: input.judgementLevel ?? null,
        judgementReason: input.judgementReason?.trim() || null,
        level: scored.value.level,
        assessedBy: ctx.viewer.sub,
        assessedByName: ctx.viewer.name,
      });
      await this.audit.recordWrite(tx, ctx, "COLLECTION", [
        { entity: auditEntityOf.ofLink("RiskAssessment", inserted.id, link), fields: ["assessedOn", "answers", "judgementLevel", "judgementReason", "level"] },
      ]);
      return inserted;
    });
    return succeeded({ row, link });
  }

  async recordIncident(ctx: RequestContext, input: RecordSafetyIncidentInput): Promise<Outcome<{ row: SafetyIncidentRow; link: VictimLinkRow }>> {
    const link = await this.writableLink(ctx, input.linkId);
    if (!link) return refused(userError("linkId", "NOT_FOUND", "No such link"));
    const reference = input.policeReference?.trim() || null;
    const inputErrors = fieldErrors(
      checkNotInFuture("occurredOn", input.occurredOn, dateToday(ctx.clock)) ?? checkLength("policeReference", reference, MAX_REFERENCE),
    );
    if (inputErrors.length) return refused(...inputErrors);
    const row = await this.db.transaction(async (tx) => {
      const inserted = await this.repository.insertIncident(tx, { linkId: link.id, occurredOn: input.occurredOn, policeReference: reference, recordedBy: ctx.viewer.sub });
      await this.audit.recordWrite(tx, ctx, "COLLECTION", [{ entity: auditEntityOf.ofLink("SafetyIncident", inserted.id, link), fields: ["occurredOn", "policeReference"] }]);
      return inserted;
    });
    return succeeded({ row, link });
  }

  /**
   * Refers the pair to MARAC. The link is locked while the pair's history is read, so two referrals
   * at once cannot both miss each other when deciding whether one is a repeat.
   */
  async referToMarac(ctx: RequestContext, input: ReferToMaracInput): Promise<Outcome<{ row: MaracReferralRow; link: VictimLinkRow }>> {
    const found = await this.writableLink(ctx, input.linkId);
    if (!found) return refused(userError("linkId", "NOT_FOUND", "No such link"));
    const agency = input.referringAgency?.trim() || null;
    const inputErrors = fieldErrors(
      checkNotBefore("referredOn", input.referredOn, found.startedOn, "the link started") ?? checkLength("referringAgency", agency, MAX_REFERENCE),
    );
    if (inputErrors.length) return refused(...inputErrors);
    const today = dateToday(ctx.clock);
    return this.db.transaction(async (tx): Promise<Outcome<{ row: MaracReferralRow; link: VictimLinkRow }>> => {
      const link = (await this.victims.lockPair(tx, found.victimId, found.perpetratorId)).find((l) => l.id === found.id)!;
      const [history, [latest]] = await Promise.all([
        this.repository.historyOfPair(tx, link.victimId, link.perpetratorId),
        this.repository.latestAssessments([link.id], tx),
      ]);
      const escalated = escalation(history.incidentDates, input.referredOn, this.escalationPolicy);
      const previous = repeatOf(history.referrals, input.referredOn);
      const checked = checkMaracReferral({
        grounds: input.grounds,
        judgementReason: input.judgementReason ?? null,
        referredOn: input.referredOn,
        hearingOn: input.hearingOn ?? null,
        today,
        latestScoreLevel: (latest?.scoreLevel as DashLevel | undefined) ?? null,
        escalation: escalated,
        isRepeat: previous !== null,
      });
      if (!checked.ok) return refused(...userErrorsFrom(checked.refusals));
      const row = await this.repository.insertMaracReferral(tx, {
        linkId: link.id,
        referredOn: input.referredOn,
        grounds: checked.grounds,
        judgementReason: input.judgementReason?.trim() || null,
        isRepeat: previous !== null,
        previousReferralId: previous?.id ?? null,
        incidentsInWindow: escalated.incidentsInWindow,
        escalationThreshold: escalated.threshold,
        escalationWindowMonths: escalated.windowMonths,
        hearingOn: input.hearingOn ?? null,
        referringAgency: agency,
        referredBy: ctx.viewer.sub,
      });
      await this.audit.recordWrite(tx, ctx, "COLLECTION", [
        { entity: auditEntityOf.ofLink("MaracReferral", row.id, link), fields: ["referredOn", "grounds", "judgementReason", "hearingOn", "referringAgency"] },
      ]);
      return succeeded({ row, link });
    });
  }

  async setHearing(ctx: RequestContext, input: SetMaracHearingInput): Promise<Outcome<{ row: MaracReferralRow; link: VictimLinkRow }>> {
    this.access.assertWriter(ctx);
    this.audit.assertPurpose(ctx);
    const id = idOfType(input.maracReferralId, "MaracReferral");
    const referral = id ? await ctx.loaders.victimSafety.maracById.load(id) : null;
    if (!referral) return refused(userError("maracReferralId", "NOT_FOUND", "No such MARAC referral"));
    if (input.hearingOn < referral.referredOn) return refused(userError("hearingOn", "INVALID", "The hearing cannot be before the referral"));
    const link = (await ctx.loaders.victimSafety.linkById.load(referral.linkId))!;
    const row = await this.db.transaction(async (tx) => {
      const updated = (await this.repository.setMaracHearing(tx, referral.id, input.hearingOn))!;
      await this.audit.recordWrite(tx, ctx, "ALTERATION", [{ entity: auditEntityOf.ofLink("MaracReferral", updated.id, link), fields: ["hearingOn"] }]);
      return updated;
    });
    return succeeded({ row, link });
  }
}
