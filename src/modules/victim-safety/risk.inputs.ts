import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { DashAnswerEnum, DashLevelEnum, MaracGroundEnum } from "./victim-safety.enums.js";
import type { DashAnswer, DashLevel, MaracGround } from "./victim-safety.model.js";
import { MaracReferral, RiskAssessment, SafetyIncident } from "./risk.type.js";

@InputType()
export class RecordRiskAssessmentInput {
  @Field(() => ID)
  linkId!: string;

  @Field(() => DateScalar)
  assessedOn!: string;

  @Field(() => [DashAnswerEnum], { description: "All 24 answers, in the checklist's order." })
  answers!: DashAnswer[];

  @Field(() => DashLevelEnum, { nullable: true, description: "Professional judgement: may raise the score's level, never lower it." })
  judgementLevel?: DashLevel | null;

  @Field(() => String, { nullable: true, description: "Required with judgementLevel." })
  judgementReason?: string | null;
}

@InputType()
export class RecordSafetyIncidentInput {
  @Field(() => ID)
  linkId!: string;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  policeReference?: string | null;
}

@InputType()
export class ReferToMaracInput {
  @Field(() => ID)
  linkId!: string;

  @Field(() => DateScalar)
  referredOn!: string;

  @Field(() => [MaracGroundEnum], { description: "The grounds claimed; each is checked against what is recorded. REPEAT is added automatically." })
  grounds!: MaracGround[];

  @Field(() => String, { nullable: true, description: "Required for PROFESSIONAL_JUDGEMENT." })
  judgementReason?: string | null;

  @Field(() => DateScalar, { nullable: true })
  hearingOn?: string | null;

  @Field(() => String, { nullable: true })
  referringAgency?: string | null;
}

@InputType()
export class SetMaracHearingInput {
  @Field(() => ID)
  maracReferralId!: string;

  @Field(() => DateScalar)
  hearingOn!: string;
}

@ObjectType()
export class RiskAssessmentPayload {
  @Field(() => RiskAssessment, { nullable: true })
  assessment!: RiskAssessment | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SafetyIncidentPayload {
  @Field(() => SafetyIncident, { nullable: true })
  incident!: SafetyIncident | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class MaracReferralPayload {
  @Field(() => MaracReferral, { nullable: true })
  maracReferral!: MaracReferral | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
