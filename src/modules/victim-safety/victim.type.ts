import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { ConnectionType } from "../../shared/pagination.js";
import { DateScalar } from "../../shared/scalars.js";
import type { AuditedEntity } from "../../shared/audit/index.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import { RelationshipEnum, SafeContactMethodEnum, SupportKindEnum } from "./victim-safety.enums.js";
import type { Relationship, SafeContactMethod, SupportKind } from "./victim-safety.model.js";
import type { SupportAllocationRow, VictimLinkRow, VictimRow } from "./victim-safety.table.js";

@ObjectType({ description: "How to reach the victim safely. For police safeguarding, police and the victim's own current support workers only (CONTACT_DETAILS_ACCESS); never for probation, IOM officers or facilitators." })
export class ContactSafety {
  @Field(() => SafeContactMethodEnum, { nullable: true, description: "How the victim may safely be contacted; null when not recorded." })
  safeContactMethod!: SafeContactMethod | null;

  @Field(() => String, { nullable: true, description: "When contact is safe, e.g. \"weekdays 10-2, never evenings\"." })
  safeContactTimes!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the perpetrator knows where the victim lives; null when not known." })
  addressKnownToPerpetrator!: boolean | null;

  @Field(() => String, { nullable: true, description: "Anything else about contacting the victim safely; null when none." })
  notes!: string | null;
}

@ObjectType({ implements: Node, description: "A person at risk from one or more perpetrators. Every read is logged (DPA 2018 s.62)." })
export class Victim extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  contact!: ContactSafety;

  @Field({ description: "The victim's given name(s)." })
  givenName!: string;

  @Field({ description: "The victim's family name." })
  familyName!: string;

  @Field(() => DateScalar, { nullable: true, description: "The victim's date of birth (a calendar date); null when not known." })
  dateOfBirth!: string | null;

  @Field(() => Int, { description: "For updateVictim's expectedVersion." })
  version!: number;
}

@ObjectType({ implements: Node, description: "Ties a victim to a perpetrator: the relationship, its dates, and the risk and MARAC history of the pair." })
export class VictimLink extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  victimId!: string;
  perpetratorId!: string;

  @Field(() => RelationshipEnum, { description: "What the victim is to the perpetrator." })
  relationship!: Relationship;

  @Field(() => DateScalar, { description: "The day the relationship or risk began, as recorded (a calendar date)." })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "The day the link ended, e.g. on separation (a calendar date); null while it is current." })
  endedOn!: string | null;
}

@ObjectType({ implements: Node, description: "An IDVA or other support worker allocated to a victim. Safety alerts go to the current ones." })
export class SupportAllocation extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  victimId!: string;

  @Field(() => SupportKindEnum, { description: "What kind of support the worker gives (IDVA, partner support...)." })
  kind!: SupportKind;

  @Field({ description: "The support worker's name." })
  workerName!: string;

  @Field(() => String, { nullable: true, description: "The JWT subject the worker signs in with; alerts reach only workers who have one." })
  workerSub!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The JWT subject the worker signs in with.",
    deprecationReason: "Use workerSub: a person's JWT subject is named …Sub, like the JWT claim and Viewer.sub.",
  })
  workerSubject!: string | null;

  @Field({ description: "The organisation the support worker works for." })
  organisation!: string;

  @Field(() => DateScalar, { description: "The first day of the allocation (a calendar date)." })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "The first day the worker no longer supports the victim (a calendar date); null while current." })
  endedOn!: string | null;
}

export const VictimConnection = ConnectionType(Victim, "Victim");

export function toVictim(row: VictimRow): Victim {
  return Object.assign(new Victim(), {
    id: toGlobalId("Victim", row.id),
    dbId: row.id,
    auditEntity: auditEntityOf.victim(row),
    givenName: row.firstName,
    familyName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    version: row.version,
    contact: Object.assign(new ContactSafety(), {
      safeContactMethod: row.safeContactMethod as SafeContactMethod | null,
      safeContactTimes: row.safeContactTimes,
      addressKnownToPerpetrator: row.addressKnownToPerpetrator,
      notes: row.contactNotes,
    }),
  });
}

export function toVictimLink(row: VictimLinkRow): VictimLink {
  return Object.assign(new VictimLink(), {
    id: toGlobalId("VictimLink", row.id),
    dbId: row.id,
    auditEntity: auditEntityOf.link(row),
    victimId: row.victimId,
    perpetratorId: row.perpetratorId,
    relationship: row.relationship as Relationship,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
  });
}

export function toSupportAllocation(row: SupportAllocationRow): SupportAllocation {
  return Object.assign(new SupportAllocation(), {
    id: toGlobalId("SupportAllocation", row.id),
    dbId: row.id,
    auditEntity: auditEntityOf.allocation(row),
    victimId: row.victimId,
    kind: row.kind as SupportKind,
    workerName: row.workerName,
    workerSub: row.workerSubject,
    workerSubject: row.workerSubject,
    organisation: row.organisation,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
  });
}
