import { Field, ID, InputType, ObjectType } from "type-graphql";
import { graphqlEnum } from "../enums.js";
import { toGlobalId } from "../global-id.js";
import { ConnectionType } from "../pagination.js";
import { AUDIT_ACTIONS, type AuditAction } from "./audit.model.js";
import type { AuditEventRow } from "./audit.table.js";

export const AuditActionEnum = graphqlEnum(AUDIT_ACTIONS, "AuditAction", {
  description: "The DPA 2018 s.62 processing operations: CONSULTATION is a read, DISCLOSURE a sending to others.",
  valuesConfig: {
    COLLECTION: { description: "A record was created: data about a person was first recorded." },
    ALTERATION: { description: "A record was changed." },
    CONSULTATION: { description: "A record was read: returned to the caller, whatever was selected of it." },
    DISCLOSURE: { description: "A record was disclosed to others by the system (the recipients field says to whom), e.g. a safety alert raised for support workers." },
    COMBINATION: { description: "Records were combined with other data (an s.62 operation, listed for completeness)." },
    ERASURE: { description: "A record was erased; the log keeps metadata only, never the erased content." },
  },
});

@ObjectType({ description: "Who did it: from their verified token at the time." })
export class AuditActor {
  @Field({ description: "The subject (`sub` claim) of the caller's token." })
  sub!: string;

  @Field(() => String, { nullable: true, description: "The caller's name from the token's `name` claim; null when the token had none." })
  name!: string | null;

  @Field(() => [String], { description: "The roles the caller's token carried, e.g. [\"SAFEGUARDING\"]." })
  roles!: string[];

  @Field(() => String, { nullable: true, description: "The caller's organisation from the token's `org` claim; null when the token had none." })
  org!: string | null;
}

@ObjectType({ description: "One entry of the append-only s.62 audit log." })
export class AuditEvent {
  @Field(() => ID, { description: "Opaque global id of this log entry." })
  id!: string;

  @Field({ description: "When the processing happened (UTC instant)." })
  occurredAt!: Date;

  @Field(() => AuditActionEnum, { description: "Which s.62 processing operation this was (a read, a write, a disclosure...)." })
  action!: AuditAction;

  @Field(() => AuditActor, { description: "Who did it, as their verified token said at the time." })
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

  @Field(() => String, { nullable: true, description: "The GraphQL operation name the client gave; null for an anonymous operation." })
  operationName!: string | null;
}

export const AuditEventConnection = ConnectionType(AuditEvent, "AuditEvent");

@InputType({ description: "Narrows the audit log; every field given must match (fields left out or null do not filter)." })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: "A Victim or Perpetrator global id: every event about that person." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "The JWT subject of whoever acted." })
  actorSub?: string | null;

  @Field(() => Date, { nullable: true, description: "From this instant (inclusive)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Before this instant." })
  to?: Date | null;

  @Field(() => AuditActionEnum, { nullable: true, description: "Only events of this processing operation." })
  action?: AuditAction | null;

  @Field(() => String, { nullable: true, description: "Only events about records of this GraphQL type, exactly as written, e.g. \"Victim\"." })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "Only events of the request the server gave this id (its X-Request-Id response header)." })
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
