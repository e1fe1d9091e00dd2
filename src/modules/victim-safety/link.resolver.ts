import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { dateToday } from "../../shared/clock.js";
import { Perpetrator } from "../perpetrators/index.js";
import { MaracEscalation, MaracReferral, RiskAssessment, SafetyIncident, toMaracReferral, toRiskAssessment, toSafetyIncident } from "./risk.type.js";
import { isCurrent } from "./victim.service.js";
import { perpetratorOf } from "./victim.resolver.js";
import { Victim, VictimLink, toVictim, toVictimLink } from "./victim.type.js";

@Resolver(() => VictimLink)
export class VictimLinkResolver {
  @FieldResolver(() => Victim, { description: "The person at risk." })
  async victim(@Root() link: VictimLink, @Ctx() ctx: RequestContext) {
    return toVictim((await ctx.services.victims.loadVictim(ctx, link.victimId))!);
  }

  @FieldResolver(() => Perpetrator, { description: "The person who poses the risk." })
  perpetrator(@Root() link: VictimLink, @Ctx() ctx: RequestContext) {
    return perpetratorOf(ctx, link.perpetratorId);
  }

  @FieldResolver(() => Boolean, { description: "Not ended as of today." })
  current(@Root() link: VictimLink, @Ctx() ctx: RequestContext): boolean {
    return isCurrent(link, dateToday(ctx.clock));
  }

  @FieldResolver(() => RiskAssessment, { nullable: true, description: "The latest DASH assessment: the risk in force. Null when never assessed." })
  async currentRisk(@Root() link: VictimLink, @Ctx() ctx: RequestContext) {
    const row = await ctx.services.risk.latestAssessment(ctx, link.dbId);
    return row && toRiskAssessment(row, link);
  }

  @FieldResolver(() => [RiskAssessment], { description: "Every DASH assessment, newest first." })
  async riskAssessments(@Root() link: VictimLink, @Ctx() ctx: RequestContext) {
    return (await ctx.services.risk.assessments(ctx, link.dbId)).map((row) => toRiskAssessment(row, link));
  }

  @FieldResolver(() => [SafetyIncident], { description: "Recorded incidents between the pair, newest first." })
  async incidents(@Root() link: VictimLink, @Ctx() ctx: RequestContext) {
    return (await ctx.services.risk.incidents(ctx, link.dbId)).map((row) => toSafetyIncident(row, link));
  }

  @FieldResolver(() => [MaracReferral], { description: "MARAC referrals of the pair on this link, newest first." })
  async maracReferrals(@Root() link: VictimLink, @Ctx() ctx: RequestContext) {
    return (await ctx.services.risk.maracReferrals(ctx, link.dbId)).map((row) => toMaracReferral(row, link));
  }

  @FieldResolver(() => MaracEscalation, { description: "Escalation as of today, from this link's incidents and the configured threshold." })
  async escalation(@Root() link: VictimLink, @Ctx() ctx: RequestContext) {
    return Object.assign(new MaracEscalation(), await ctx.services.risk.escalationToday(ctx, link.dbId));
  }
}

/** The link an assessment, incident or MARAC referral belongs to: authorised with its child. */
async function linkOf(ctx: RequestContext, linkId: string) {
  return toVictimLink((await ctx.services.victims.loadLink(ctx, linkId))!);
}

@Resolver(() => RiskAssessment)
export class RiskAssessmentResolver {
  @FieldResolver(() => VictimLink, { description: "The victim link the assessment is for." })
  link(@Root() assessment: RiskAssessment, @Ctx() ctx: RequestContext) {
    return linkOf(ctx, assessment.linkId);
  }
}

@Resolver(() => SafetyIncident)
export class SafetyIncidentResolver {
  @FieldResolver(() => VictimLink, { description: "The victim link the incident is between." })
  link(@Root() incident: SafetyIncident, @Ctx() ctx: RequestContext) {
    return linkOf(ctx, incident.linkId);
  }
}

@Resolver(() => MaracReferral)
export class MaracReferralResolver {
  @FieldResolver(() => VictimLink, { description: "The victim link the referral is for." })
  link(@Root() referral: MaracReferral, @Ctx() ctx: RequestContext) {
    return linkOf(ctx, referral.linkId);
  }

  @FieldResolver(() => MaracReferral, { nullable: true, description: "For a repeat: the referral within the 12 months before." })
  async previousReferral(@Root() referral: MaracReferral, @Ctx() ctx: RequestContext) {
    if (!referral.previousReferralId) return null;
    const row = await ctx.services.risk.loadMaracReferral(ctx, referral.previousReferralId);
    if (!row) return null;
    const link = await ctx.services.victims.loadLink(ctx, row.linkId);
    return toMaracReferral(row, link!);
  }
}
