import { Field, ID, InputType, ObjectType } from "type-graphql";
import { graphqlEnum } from "../enums.js";
import { toGlobalId } from "../global-id.js";
import { ConnectionType } from "../pagination.js";
import { AUDIT_ACTIONS, type AuditAction } from "./audit.model.js";
import type { AuditEventRow } from "./audit.table.js";

export const AuditActionEnum = graphqlEnum(AUDIT_ACTIONS, "AuditAction", {
  description: "The DPA 2018 s.62 processing operations: CONSULTATION is a read, DISCLOSURE a sending to others.",
});

@ObjectType({ description: "Who did it: from their verified token at the time." })
export class AuditActor {
  @Field()
  sub!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => [String])
  roles!: string[];

  @Field(() => String, { nullable: true })
  org!: string | null;
}

@ObjectType({ description: "One entry of the append-only s.62 audit log." })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field(() => AuditActor)
  actor!: AuditActor;

  @Field({ description: "The GraphQL type of the record, e.g. Victim." })
  entityType!: string;

  @Field(() => ID, { description: "The record's global id (it may since have been erased)." })
  entityId!: string;

  @Field(() => [String], { description: "The fields read or written." })
  fields!: string[];

  @Field(() => String, { nullable: true, description: "The purpose the caller stated." })
  purpose!: string | null;

  @Field(() => [ID], { description: "The victims the record is about (several for an order protecting several people)." })
  victimIds!: string[];

  @Field(() => ID, { nullable: true, description: "The perpetrator the record is about, if any." })
  perpetratorId!: string | null;

  @Field(() => [String], { nullable: true, description: "For a disclosure: the subjects it went to." })
  recipients!: string[] | null;

  @Field({ description: "The id the server gave the request (its X-Request-Id response header); never chosen by the client." })
  requestId!: string;

  @Field(() => String, { nullable: true, description: "The X-Request-Id the client sent, if any, kept beside the server's own for correlation." })
  clientRequestId!: string | null;

  @Field(() => String, { nullable: true })
  operationName!: string | null;
}

export const AuditEventConnection = ConnectionType(AuditEvent, "AuditEvent");

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: "A Victim or Perpetrator global id: every event about that person." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "The JWT subject of whoever acted." })
  actorSub?: string | null;

  @Field(() => Date, { nullable: true, description: "From this instant (inclusive)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Before this instant." })
  to?: Date | null;

  @Field(() => AuditActionEnum, { nullable: true })
  action?: AuditAction | null;

  @Field(() => String, { nullable: true })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  requestId?: string | null;
}

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return Object.assign(new AuditEvent(), {
    id: toGlobalId("AuditEvent", row.id),
    occurredAt: row.occurredAt,
    action: row.action as AuditAction,
    actor: Object.assign(new AuditActor(), { sub: row.actorSub, name: row.actorName, roles: row.actorRoles, org: row.actorOrg }),
    entityType: row.entityType,
    entityId: toGlobalId(row.entityType, row.entityId),
    fields: row.fields,
    purpose: row.purpose,
    victimIds: row.victimIds.map((id) => toGlobalId("Victim", id)),
    perpetratorId: row.perpetratorId && toGlobalId("Perpetrator", row.perpetratorId),
    recipients: row.recipients,
    requestId: row.requestId,
    clientRequestId: row.clientRequestId,
    operationName: row.operationName,
  });
}
