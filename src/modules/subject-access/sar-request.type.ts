import { Field, ID, InputType, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { toGlobalId } from "../../shared/global-id.js";
import { ConnectionType } from "../../shared/pagination.js";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { SAR_DECISIONS, SAR_REQUEST_STATUSES, type SarDecision, type SarRequestStatus } from "./sar-request.rules.js";
import type { SubjectAccessRequestRow } from "./sar-request.table.js";

export const SarRequestStatusEnum = graphqlEnum(SAR_REQUEST_STATUSES, "SubjectAccessRequestStatus", {
  description: "Where a subject access request stands.",
  valuesConfig: {
    REQUESTED: { description: "Waiting for an auditor's decision." },
    APPROVED: { description: "Approved: the requester may export the person's record until expiresOn." },
    REFUSED: { description: "Refused by an auditor (decisionNote says why); it cannot be used to export." },
  },
});

export const SarDecisionEnum = graphqlEnum(SAR_DECISIONS, "SubjectAccessDecision", {
  description: "An auditor's decision on a subject access request.",
  valuesConfig: {
    APPROVE: { description: "Let the requester export the person's record, for one month." },
    REFUSE: { description: "Refuse the request; a note saying why is required." },
  },
});

@ObjectType({ description: "A subject access request made by staff on a person's behalf, approved or refused by an auditor (never its requester)." })
export class SubjectAccessRequest {
  @Field(() => ID, { description: "Opaque global id of the request: pass it as requestId to subjectAccessExport or GET /subject-access-request." })
  id!: string;

  @Field(() => ID, { description: "The global id of the person whose record is asked for (a Perpetrator)." })
  perpetratorId!: string;

  @Field({ description: "The controller's own reference for the request, e.g. its disclosure case number." })
  reference!: string;

  @Field({ description: "Who asked and on what basis, as the requester gave it." })
  reason!: string;

  @Field(() => SarRequestStatusEnum, { description: "Waiting, approved or refused." })
  status!: SarRequestStatus;

  @Field({ description: "The subject (`sub`) of the staff member who made the request." })
  requestedBy!: string;

  @Field({ description: "When the request was made (UTC instant)." })
  requestedAt!: Date;

  @Field(() => String, { nullable: true, description: "The auditor who decided; null while waiting." })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true, description: "When it was decided; null while waiting." })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The auditor's note: why a request was refused, or any condition of an approval." })
  decisionNote!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The last day an approved request may be used to export (included); null unless approved." })
  expiresOn!: string | null;

  @Field(() => Date, { nullable: true, description: "When the requester last exported with it; null if never." })
  lastExportedAt!: Date | null;
}

export const SubjectAccessRequestConnection = ConnectionType(SubjectAccessRequest, "SubjectAccessRequest");

export function toSubjectAccessRequest(row: SubjectAccessRequestRow): SubjectAccessRequest {
  return Object.assign(new SubjectAccessRequest(), {
    ...row,
    id: toGlobalId("SubjectAccessRequest", row.id),
    perpetratorId: toGlobalId("Perpetrator", row.perpetratorId),
  });
}

@InputType({ description: "A subject access request for one person, to be decided by an auditor." })
export class RequestSubjectAccessInput {
  @Field(() => ID, { description: "The person's global id: someone you may see." })
  perpetratorId!: string;

  @Field({ description: "Your organisation's reference for the request, 1 to 100 characters." })
  reference!: string;

  @Field({ description: "Who asked and on what basis (e.g. the data subject in writing, identity checked), 10 to 2000 characters." })
  reason!: string;
}

@InputType({ description: "An auditor's decision on a waiting subject access request." })
export class DecideSubjectAccessRequestInput {
  @Field(() => ID, { description: "The request's global id." })
  requestId!: string;

  @Field(() => SarDecisionEnum, { description: "APPROVE or REFUSE." })
  decision!: SarDecision;

  @Field(() => String, { nullable: true, description: "Why (required to refuse), up to 2000 characters." })
  note?: string | null;
}

@ObjectType({ description: "The answer to requestSubjectAccess or decideSubjectAccessRequest." })
export class SubjectAccessRequestPayload {
  @Field(() => SubjectAccessRequest, { nullable: true, description: "The request as it now stands; null when refused." })
  request!: SubjectAccessRequest | null;

  @Field(() => [UserError], { description: "Why nothing was written." })
  userErrors!: UserError[];
}
