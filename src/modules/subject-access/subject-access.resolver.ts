import { JSONObjectResolver } from "graphql-scalars";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { badInput } from "../../shared/errors.js";
import { DateScalar } from "../../shared/scalars.js";
import { parseSubjectAccessQuery } from "./subject-access.rules.js";

/** The subject access export over GraphQL: the same content, rules, refusals and audit event as GET /subject-access-request. */
@Resolver()
export class SubjectAccessResolver {
  @Query(() => JSONObjectResolver, {
    nullable: true,
    description:
      "ADMIN, HMPPS's subject access service (SAR_DATA_ACCESS), or the maker of an approved subject access request for this person (requestId). Everything held about one person across every feature (UK GDPR art. 15, DPA 2018 s.45), as the `content` object GET /subject-access-request answers: the record, corrections and merges, referrals with their history, order, own register rows and enforcement, case allocations, IOM memberships with offender managers, plans, actions and reviews, and the protective orders binding them (never whom they protect). Nothing of a victim. Null when no one is held under the identifiers, or none is given. Each export is logged as a DISCLOSURE.",
  })
  async subjectAccessExport(
    @Ctx() ctx: RequestContext,
    @Arg("crn", () => String, { nullable: true, description: "The person's case reference number (nDelius CRN), e.g. X123456." }) crn?: string | null,
    @Arg("prn", () => String, { nullable: true, description: "The person's prison number (NOMIS), e.g. A1234BC; used when no CRN is given or none matches." }) prn?: string | null,
    @Arg("fromDate", () => DateScalar, { nullable: true, description: "The first day of the period (included); null for the start of the record." }) fromDate?: string | null,
    @Arg("toDate", () => DateScalar, { nullable: true, description: "The last day of the period (included); null for today." }) toDate?: string | null,
    @Arg("requestId", () => ID, { nullable: true, description: "Your approved subject access request for this person (requestSubjectAccess); not needed by an admin." }) requestId?: string | null,
  ): Promise<Record<string, unknown> | null> {
    if (!crn && !prn) return null;
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries({ crn, prn, fromDate, toDate })) if (value) params.set(name, value);
    const parsed = parseSubjectAccessQuery(params);
    if ("problem" in parsed) throw badInput(parsed.problem);
    return ctx.services.subjectAccess.export(ctx, parsed.query, requestId ?? null);
  }
}
