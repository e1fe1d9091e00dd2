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

  @Field(() => DateScalar)
  assessedOn!: string;

  @Field(() => [DashAnswerEnum], { description: "The 24 answers, in the checklist's order." })
  answers!: DashAnswer[];

  @Field(() => Int)
  yesCount!: number;

  @Field(() => DashLevelEnum, { description: "The level the score gives by itself." })
  scoreLevel!: DashLevel;

  @Field(() => DashLevelEnum, { nullable: true, description: "Set when professional judgement raised the level." })
  judgementLevel!: DashLevel | null;

  @Field(() => String, { nullable: true })
  judgementReason!: string | null;

  @Field(() => DashLevelEnum, { description: "The level in force: the score's, or judgement's where higher." })
  level!: DashLevel;

  @Field({ description: "Subject of whoever recorded it." })
  assessedBy!: string;

  @Field(() => String, { nullable: true })
  assessedByName!: string | null;
}

@ObjectType({ implements: Node, description: "A domestic abuse incident between the pair: escalation to MARAC is counted from these." })
export class SafetyIncident extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  linkId!: string;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  policeReference!: string | null;

  @Field()
  recordedBy!: string;
}

@ObjectType({ description: "Escalation: N incidents between the pair within a window (configurable; commonly 3 in 12 months)." })
export class MaracEscalation {
  @Field(() => Int)
  incidentsInWindow!: number;

  @Field(() => Int)
  threshold!: number;

  @Field(() => Int)
  windowMonths!: number;

  @Field()
  met!: boolean;
}

@ObjectType({ implements: Node, description: "A referral of the pair to a Multi-Agency Risk Assessment Conference." })
export class MaracReferral extends Node {
  dbId!: string;
  auditEntity!: AuditedEntity;
  linkId!: string;
  previousReferralId!: string | null;

  @Field(() => DateScalar)
  referredOn!: string;

  @Field(() => [MaracGroundEnum])
  grounds!: MaracGround[];

  @Field(() => String, { nullable: true })
  judgementReason!: string | null;

  @Field({ description: "True when the pair had a MARAC referral in the 12 months before this one." })
  isRepeat!: boolean;

  @Field(() => MaracEscalation, { description: "Escalation as it stood on the referral date." })
  escalation!: MaracEscalation;

  @Field(() => DateScalar, { nullable: true })
  hearingOn!: string | null;

  @Field(() => String, { nullable: true })
  referringAgency!: string | null;

  @Field()
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
