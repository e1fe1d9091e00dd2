import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { RequestContext } from "../../context.js";
import { toGlobalId } from "../../shared/global-id.js";
import { mapConnection, PageArgs, pageQuery } from "../../shared/pagination.js";
import { RetentionKindEnum } from "./retention.enums.js";
import { EraseRecordInput, ErasurePayload, RetentionDueRecord, RetentionDueRecordConnection, toErasure } from "./retention.type.js";
import type { ErasureSubjectKind } from "./retention.model.js";

@Resolver()
export class RetentionResolver {
  @Query(() => RetentionDueRecordConnection, {
    description: "Records past their retention date (ADMIN only; FORBIDDEN for others), earliest due first. Records with open work are not listed; erased ones are gone.",
  })
  async retentionReview(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg("kinds", () => [RetentionKindEnum], { nullable: true, description: "Only these kinds of record (all when omitted)." }) kinds?: RetentionKindEnum[] | null,
  ) {
    const due = await ctx.services.retention.due(ctx, kinds, pageQuery(page, info));
    return mapConnection(due, (row) =>
      Object.assign(new RetentionDueRecord(), { ...row, recordId: toGlobalId(row.kind === "VICTIM" ? "Victim" : "Perpetrator", row.id) }),
    );
  }

  @Mutation(() => ErasurePayload, {
    description:
      "Erases (ERASE) or restricts (RESTRICT) a person's records across every feature, in one transaction (ADMIN only). ERASE removes names, date of birth, identifiers, equality data but sex and disability, needs, children, corrections and free text; referrals, history, registers, memberships, DASH levels, MARAC dates, orders and alerts stay, for the reports. Refused with NOT_FOUND, ALREADY_ERASED, CONFLICT (stale version, or open work unless overridden).",
  })
  erasePerpetrator(@Arg("input", () => EraseRecordInput, { description: "The person, the version read, the mode and the reason." }) input: EraseRecordInput, @Ctx() ctx: RequestContext) {
    return this.run(ctx, "PERPETRATOR", input);
  }

  @Mutation(() => ErasurePayload, {
    description:
      "Erases (ERASE) or restricts (RESTRICT) a victim's records (ADMIN only): names, date of birth, contact details, DASH answers and free text go; links, DASH levels, MARAC dates and alerts stay, for the figures. Refused like erasePerpetrator.",
  })
  eraseVictim(@Arg("input", () => EraseRecordInput, { description: "The victim, the version read, the mode and the reason." }) input: EraseRecordInput, @Ctx() ctx: RequestContext) {
    return this.run(ctx, "VICTIM", input);
  }

  private async run(ctx: RequestContext, kind: ErasureSubjectKind, input: EraseRecordInput): Promise<ErasurePayload> {
    const outcome = await ctx.services.erasures.erase(ctx, kind, input);
    return outcome.ok ? { erasure: toErasure(outcome.value), userErrors: [] } : { erasure: null, userErrors: outcome.errors };
  }
}
