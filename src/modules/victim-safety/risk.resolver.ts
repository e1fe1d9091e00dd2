import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import type { Outcome, UserError } from "../../shared/user-errors.js";
import type { VictimLinkRow } from "./victim-safety.table.js";
import {
  MaracReferralPayload,
  RecordRiskAssessmentInput,
  RecordSafetyIncidentInput,
  ReferToMaracInput,
  RiskAssessmentPayload,
  SafetyIncidentPayload,
  SetMaracHearingInput,
} from "./risk.inputs.js";
import { toMaracReferral, toRiskAssessment, toSafetyIncident } from "./risk.type.js";

type WithLink<T> = Outcome<{ row: T; link: VictimLinkRow }>;

/** A payload keyed by `key` (assessment, incident, maracReferral): the record mapped with its link, or the user errors. */
function payload<T, N, K extends string>(key: K, outcome: WithLink<T>, map: (row: T, link: VictimLinkRow) => N) {
  return (outcome.ok ? { [key]: map(outcome.value.row, outcome.value.link), userErrors: [] } : { [key]: null, userErrors: outcome.errors }) as {
    [P in K]: N | null;
  } & { userErrors: UserError[] };
}

@Resolver()
export class RiskMutationResolver {
  @Mutation(() => RiskAssessmentPayload, { description: "Records a DASH checklist for a link; the level is computed, and judgement may only raise it." })
  async recordRiskAssessment(@Arg("input", () => RecordRiskAssessmentInput, { description: "The link, the day and the 24 answers, with any professional judgement." }) input: RecordRiskAssessmentInput, @Ctx() ctx: RequestContext) {
    return payload("assessment", await ctx.services.risk.recordAssessment(ctx, input), toRiskAssessment);
  }

  @Mutation(() => SafetyIncidentPayload, { description: "Records an incident between the pair: it counts towards MARAC escalation." })
  async recordSafetyIncident(@Arg("input", () => RecordSafetyIncidentInput, { description: "The link, the day and any police reference." }) input: RecordSafetyIncidentInput, @Ctx() ctx: RequestContext) {
    return payload("incident", await ctx.services.risk.recordIncident(ctx, input), toSafetyIncident);
  }

  @Mutation(() => MaracReferralPayload, { description: "Refers the pair to MARAC; a referral within 12 months of the last is flagged a repeat." })
  async referToMarac(@Arg("input", () => ReferToMaracInput, { description: "The link, the day and the grounds." }) input: ReferToMaracInput, @Ctx() ctx: RequestContext) {
    return payload("maracReferral", await ctx.services.risk.referToMarac(ctx, input), toMaracReferral);
  }

  @Mutation(() => MaracReferralPayload, { description: "Sets or moves the MARAC hearing date." })
  async setMaracHearing(@Arg("input", () => SetMaracHearingInput, { description: "The MARAC referral and the hearing date." }) input: SetMaracHearingInput, @Ctx() ctx: RequestContext) {
    return payload("maracReferral", await ctx.services.risk.setHearing(ctx, input), toMaracReferral);
  }
}
