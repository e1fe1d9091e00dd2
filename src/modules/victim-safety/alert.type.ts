import { Field, ObjectType } from "type-graphql";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { ConnectionType } from "../../shared/pagination.js";
import type { AuditedEntity } from "../../shared/audit/index.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import { AlertKindEnum } from "./victim-safety.enums.js";
import type { AlertKind } from "./victim-safety.model.js";
import type { SafetyAlertRow } from "./victim-safety.table.js";

@ObjectType({
  implements: Node,
  description: "Tells a victim's support worker at once that something happened with the perpetrator. Holds no contact details.",
})
export class SafetyAlert extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  victimId!: string;
  perpetratorId!: string;
  referralId!: string | null;
  orderId!: string | null;

  @Field(() => AlertKindEnum, { description: "What happened." })
  kind!: AlertKind;

  @Field({ description: "What happened, in a sentence." })
  summary!: string;

  @Field({ description: "When the event happened." })
  occurredAt!: Date;

  @Field({ description: "When the alert was raised (UTC instant)." })
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "JWT subject of the worker it is for; null when the victim has no support worker (the safeguarding team's queue).",
  })
  recipientSub!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The worker it is for; null when the victim has no support worker.",
    deprecationReason: "Use recipientSub: a person's JWT subject is named …Sub, like the JWT claim and Viewer.sub.",
  })
  recipientSubject!: string | null;

  @Field({ description: "Someone has marked the alert as seen and acted on." })
  acknowledged!: boolean;

  @Field(() => Date, { nullable: true, description: "When it was acknowledged (UTC instant); null while open." })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "JWT subject of who acknowledged it; null while open." })
  acknowledgedBy!: string | null;

  @Field(() => String, { nullable: true, description: "What was done, as the acknowledger wrote it; null when none." })
  acknowledgementNote!: string | null;
}

export const SafetyAlertConnection = ConnectionType(SafetyAlert, "SafetyAlert");

export function toSafetyAlert(row: SafetyAlertRow): SafetyAlert {
  return Object.assign(new SafetyAlert(), {
    id: toGlobalId("SafetyAlert", row.id),
    dbId: row.id,
    auditEntity: auditEntityOf.alert(row),
    victimId: row.victimId,
    perpetratorId: row.perpetratorId,
    referralId: row.referralId,
    orderId: row.orderId,
    kind: row.kind as AlertKind,
    summary: row.summary,
    occurredAt: row.occurredAt,
    createdAt: row.createdAt,
    recipientSub: row.recipientSubject,
    recipientSubject: row.recipientSubject,
    acknowledged: row.acknowledgedAt !== null,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgedBy: row.acknowledgedBy,
    acknowledgementNote: row.acknowledgementNote,
  });
}
