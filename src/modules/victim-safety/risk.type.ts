import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar } from "../../shared/scalars.js";
import type { AuditedEntity } from "../../shared/audit/index.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import { DashAnswerEnum, DashLevelEnum, MaracGroundEnum } from "./victim-safety.enums.js";
import type { DashAnswer, DashLevel, MaracGround } from "./victim-safety.model.js";
import type { MaracReferralRow, RiskAssessmentRow, SafetyIncidentRow } from "./victim-safety.table.js";

type LinkPeople = { victimId: string; perpetratorId: string };

@ObjectType({ implements: Node, description: "A DASH risk checklist for a link, with its 24 answers as given." })
export class RiskAssessment extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  linkId!: string;

  @Field(() => DateScalar, { description: "The day of the assessment (a calendar date)." })
  assessedOn!: string;

  @Field(() => [DashAnswerEnum], { description: "The 24 answers, in the checklist's order." })
  answers!: DashAnswer[];

  @Field(() => Int, { description: "How many of the 24 answers are YES: 14 or more is visible high risk, 10 to 13 medium." })
  yesCount!: number;

  @Field(() => DashLevelEnum, { description: "The level the score gives by itself." })
  scoreLevel!: DashLevel;

  @Field(() => DashLevelEnum, { nullable: true, description: "Set when professional judgement raised the level." })
  judgementLevel!: DashLevel | null;

  @Field(() => String, { nullable: true, description: "Why professional judgement raised the level; null when it did not." })
  judgementReason!: string | null;

  @Field(() => DashLevelEnum, { description: "The level in force: the score's, or judgement's where higher." })
  level!: DashLevel;

  @Field({ description: "Subject of whoever recorded it." })
  assessedBy!: string;

  @Field(() => String, { nullable: true, description: "Name of who recorded it, from their token; null when the token had none." })
  assessedByName!: string | null;
}

@ObjectType({ implements: Node, description: "A domestic abuse incident between the pair: escalation to MARAC is counted from these." })
export class SafetyIncident extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  linkId!: string;

  @Field(() => DateScalar, { description: "The day the incident happened (a calendar date)." })
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: "The police incident or crime reference; null when none." })
  policeReference!: string | null;

  @Field({ description: "JWT subject of who recorded the incident." })
  recordedBy!: string;
}

@ObjectType({ description: "Escalation: N incidents between the pair within a window (configurable; commonly 3 in 12 months)." })
export class MaracEscalation {
  @Field(() => Int, { description: "Incidents between the pair recorded in the window before the date in question." })
  incidentsInWindow!: number;

  @Field(() => Int, { description: "How many incidents in the window count as escalation (configured; 3 by default)." })
  threshold!: number;

  @Field(() => Int, { description: "The window's length in months (configured; 12 by default)." })
  windowMonths!: number;

  @Field({ description: "incidentsInWindow has reached the threshold." })
  met!: boolean;
}

@ObjectType({ implements: Node, description: "A referral of the pair to a Multi-Agency Risk Assessment Conference." })
export class MaracReferral extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  linkId!: string;
  previousReferralId!: string | null;

  @Field(() => DateScalar, { description: "The day of the referral (a calendar date)." })
  referredOn!: string;

  @Field(() => [MaracGroundEnum], { description: "The grounds the referral was made on; REPEAT is added by the system." })
  grounds!: MaracGround[];

  @Field(() => String, { nullable: true, description: "Why professional judgement was the ground; null otherwise." })
  judgementReason!: string | null;

  @Field({ description: "True when the pair had a MARAC referral in the 12 months before this one." })
  isRepeat!: boolean;

  @Field(() => MaracEscalation, { description: "Escalation as it stood on the referral date." })
  escalation!: MaracEscalation;

  @Field(() => DateScalar, { nullable: true, description: "The day of the MARAC hearing (a calendar date); null until set." })
  hearingOn!: string | null;

  @Field(() => String, { nullable: true, description: "The agency that referred, as recorded; null when not recorded." })
  referringAgency!: string | null;

  @Field({ description: "JWT subject of who recorded the referral." })
  referredBy!: string;
}


export function toRiskAssessment(row: RiskAssessmentRow, link: LinkPeople): RiskAssessment {
  return Object.assign(new RiskAssessment(), {
    id: toGlobalId("RiskAssessment", row.id),
    dbId: row.id,
    auditEntity: auditEntityOf.ofLink("RiskAssessment", row.id, link),
    linkId: row.linkId,
    assessedOn: row.assessedOn,
    answers: row.answers as DashAnswer[],
    yesCount: row.yesCount,
    scoreLevel: row.scoreLevel as DashLevel,
    judgementLevel: row.judgementLevel as DashLevel | null,
    judgementReason: row.judgementReason,
    level: row.level as DashLevel,
    assessedBy: row.assessedBy,
    assessedByName: row.assessedByName,
  });
}

export function toSafetyIncident(row: SafetyIncidentRow, link: LinkPeople): SafetyIncident {
  return Object.assign(new SafetyIncident(), {
    id: toGlobalId("SafetyIncident", row.id),
    dbId: row.id,
    auditEntity: auditEntityOf.ofLink("SafetyIncident", row.id, link),
    linkId: row.linkId,
    occurredOn: row.occurredOn,
    policeReference: row.policeReference,
    recordedBy: row.recordedBy,
  });
}

export function toMaracReferral(row: MaracReferralRow, link: LinkPeople): MaracReferral {
  return Object.assign(new MaracReferral(), {
    id: toGlobalId("MaracReferral", row.id),
    dbId: row.id,
    auditEntity: auditEntityOf.ofLink("MaracReferral", row.id, link),
    linkId: row.linkId,
    previousReferralId: row.previousReferralId,
    referredOn: row.referredOn,
    grounds: row.grounds as MaracGround[],
    judgementReason: row.judgementReason,
    isRepeat: row.isRepeat,
    escalation: Object.assign(new MaracEscalation(), {
      incidentsInWindow: row.incidentsInWindow,
      threshold: row.escalationThreshold,
      windowMonths: row.escalationWindowMonths,
      met: row.incidentsInWindow >= row.escalationThreshold,
    }),
    hearingOn: row.hearingOn,
    referringAgency: row.referringAgency,
    referredBy: row.referredBy,
  });
}
