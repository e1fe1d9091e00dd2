import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { isoDate } from "../../shared/clock.js";
import { toReferral } from "../referrals/index.js";
import { Enforcement } from "./attendance.type.js";
import {
  EnforcementAction,
  OutstandingEnforcement,
  RecordEnforcementActionInput,
  RecordEnforcementActionPayload,
  toEnforcementAction,
  toOutstandingEnforcement,
} from "./enforcement-action.type.js";

/** What was recorded as done, beside what the register says is required. */
@Resolver(() => Enforcement)
export class EnforcementActionResolver {
  @FieldResolver(() => [EnforcementAction], { description: "Actions recorded as done, oldest first (bounded: at most 50 per referral)." })
  async actions(@Root() enforcement: Enforcement, @Ctx() ctx: RequestContext): Promise<EnforcementAction[]> {
    return (await ctx.services.attendance.enforcementActions.actionsOf(ctx, enforcement.referralId)).map(toEnforcementAction);
  }

  @FieldResolver(() => Int, { description: "Warning letters recorded as issued, ever (not only in the last 12 months)." })
  async warningLettersIssued(@Root() enforcement: Enforcement, @Ctx() ctx: RequestContext): Promise<number> {
    const actions = await ctx.services.attendance.enforcementActions.actionsOf(ctx, enforcement.referralId);
    return actions.filter((action) => action.kind === "WARNING_LETTER_ISSUED").length;
  }

  @FieldResolver(() => Boolean, { description: "Breach proceedings have been recorded as started." })
  async breachProceedingsStarted(@Root() enforcement: Enforcement, @Ctx() ctx: RequestContext): Promise<boolean> {
    const actions = await ctx.services.attendance.enforcementActions.actionsOf(ctx, enforcement.referralId);
    return actions.some((action) => action.kind === "BREACH_PROCEEDINGS_STARTED");
  }

  @FieldResolver(() => [OutstandingEnforcement], {
    description:
      "What the register says is required but no recorded action answers yet: a warning letter per required warning (one naming its session, or naming none and taken on or after the failure), and breach proceedings when breach is required.",
  })
  async outstanding(@Root() enforcement: Enforcement, @Ctx() ctx: RequestContext): Promise<OutstandingEnforcement[]> {
    const items = await ctx.services.attendance.enforcementActions.outstanding(ctx, {
      referralId: enforcement.referralId,
      assessment: enforcement.assessment,
      failures: enforcement.failureList,
    });
    return items.map((item) => toOutstandingEnforcement(item, isoDate(item.failureAt)));
  }

  @Mutation(() => RecordEnforcementActionPayload, {
    description:
      "Records an enforcement action taken for a mandated referral (a warning letter, breach proceedings). ADMIN, or PROBATION as the person's allocated practitioner.",
  })
  async recordEnforcementAction(
    @Arg("input", () => RecordEnforcementActionInput, { description: "The referral, what was done, when, and the session it answers to." }) input: RecordEnforcementActionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecordEnforcementActionPayload> {
    const outcome = await ctx.services.attendance.enforcementActions.record(ctx, input);
    if (!outcome.ok) return { enforcementAction: null, referral: null, userErrors: outcome.errors };
    return { enforcementAction: toEnforcementAction(outcome.value.action), referral: toReferral(outcome.value.referral), userErrors: [] };
  }
}
