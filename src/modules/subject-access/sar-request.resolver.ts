import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { mapConnection, PageArgs, type Connection } from "../../shared/pagination.js";
import type { Outcome } from "../../shared/user-errors.js";
import type { SarRequestStatus } from "./sar-request.rules.js";
import type { SubjectAccessRequestRow } from "./sar-request.table.js";
import {
  DecideSubjectAccessRequestInput,
  RequestSubjectAccessInput,
  SarRequestStatusEnum,
  SubjectAccessRequest,
  SubjectAccessRequestConnection,
  SubjectAccessRequestPayload,
  toSubjectAccessRequest,
} from "./sar-request.type.js";

const payload = (outcome: Outcome<SubjectAccessRequestRow>): SubjectAccessRequestPayload =>
  outcome.ok ? { request: toSubjectAccessRequest(outcome.value), userErrors: [] } : { request: null, userErrors: outcome.errors };

@Resolver()
export class SarRequestResolver {
  @Mutation(() => SubjectAccessRequestPayload, {
    description:
      "Asks for a person's subject access export on their behalf (case staff: PROBATION, POLICE, SAFEGUARDING, IOM_OFFICER, IOM_SUPERVISOR, ADMIN; a person you may see). An auditor other than you approves or refuses it (decideSubjectAccessRequest); approved, you may export that person's record with subjectAccessExport(requestId:) or GET /subject-access-request?requestId= for one month.",
  })
  requestSubjectAccess(@Arg("input", () => RequestSubjectAccessInput, { description: "The person, your reference and the reason." }) input: RequestSubjectAccessInput, @Ctx() ctx: RequestContext): Promise<SubjectAccessRequestPayload> {
    return ctx.services.sarRequests.request(ctx, input).then(payload);
  }

  @Mutation(() => SubjectAccessRequestPayload, {
    description: "AUDITOR only, and never on a request you made: approves (for one month) or refuses (with a note) a waiting subject access request.",
  })
  decideSubjectAccessRequest(@Arg("input", () => DecideSubjectAccessRequestInput, { description: "The request and the decision." }) input: DecideSubjectAccessRequestInput, @Ctx() ctx: RequestContext): Promise<SubjectAccessRequestPayload> {
    return ctx.services.sarRequests.decide(ctx, input).then(payload);
  }

  @Query(() => SubjectAccessRequestConnection, {
    description: "Subject access requests, newest first: every request for auditors and admins, your own for case staff.",
  })
  async subjectAccessRequests(
    @Args(() => PageArgs) args: PageArgs,
    @Arg("status", () => SarRequestStatusEnum, { nullable: true, description: "Only requests in this state; all when left out." }) status: SarRequestStatus | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<SubjectAccessRequest>> {
    return mapConnection(await ctx.services.sarRequests.page(ctx, args, status ?? null), toSubjectAccessRequest);
  }
}
