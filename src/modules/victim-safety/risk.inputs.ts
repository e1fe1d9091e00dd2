import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { DashAnswerEnum, DashLevelEnum, MaracGroundEnum } from "./victim-safety.enums.js";
import type { DashAnswer, DashLevel, MaracGround } from "./victim-safety.model.js";
import { MaracReferral, RiskAssessment, SafetyIncident } from "./risk.type.js";

@InputType({ description: "A DASH checklist for a victim link (police safeguarding or police). The level is computed from the answers." })
export class RecordRiskAssessmentInput {
  @Field(() => ID, { description: "The victim link's global id." })
  linkId!: string;

  @Field(() => DateScalar, { description: "The day of the assessment: not in the future, not before the link started." })
  assessedOn!: string;

  @Field(() => [DashAnswerEnum], { description: "All 24 answers, in the checklist's order." })
  answers!: DashAnswer[];

  @Field(() => DashLevelEnum, { nullable: true, description: "Professional judgement: may raise the score's level, never lower it." })
  judgementLevel?: DashLevel | null;

  @Field(() => String, { nullable: true, description: "Required with judgementLevel." })
  judgementReason?: string | null;
}

@InputType({ description: "An incident between the pair of a victim link." })
export class RecordSafetyIncidentInput {
  @Field(() => ID, { description: "The victim link's global id." })
  linkId!: string;

  @Field(() => DateScalar, { description: "The day it happened (a calendar date, not in the future)." })
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: "The police incident or crime reference, up to 100 characters; optional." })
  policeReference?: string | null;
}

@InputType({ description: "A MARAC referral for the pair of a victim link." })
export class ReferToMaracInput {
  @Field(() => ID, { description: "The victim link's global id." })
  linkId!: string;

  @Field(() => DateScalar, { description: "The day of the referral: not before the link started." })
  referredOn!: string;

  @Field(() => [MaracGroundEnum], { description: "The grounds claimed; each is checked against what is recorded. REPEAT is added automatically." })
  grounds!: MaracGround[];

  @Field(() => String, { nullable: true, description: "Required for PROFESSIONAL_JUDGEMENT." })
  judgementReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The hearing date if already known (a calendar date); optional." })
  hearingOn?: string | null;

  @Field(() => String, { nullable: true, description: "The referring agency, up to 100 characters; optional." })
  referringAgency?: string | null;
}

@InputType({ description: "Sets or moves a MARAC referral's hearing date." })
export class SetMaracHearingInput {
  @Field(() => ID, { description: "The MARAC referral's global id." })
  maracReferralId!: string;

  @Field(() => DateScalar, { description: "The hearing date (a calendar date), not before the referral." })
  hearingOn!: string;
}

@ObjectType({ description: "The answer to recordRiskAssessment: the assessment, or why it was refused." })
export class RiskAssessmentPayload {
  @Field(() => RiskAssessment, { nullable: true, description: "The assessment with its computed level; null when userErrors is not empty." })
  assessment!: RiskAssessment | null;

  @Field(() => [UserError], { description: "Why nothing was recorded; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The answer to recordSafetyIncident: the incident, or why it was refused." })
export class SafetyIncidentPayload {
  @Field(() => SafetyIncident, { nullable: true, description: "The incident recorded; null when userErrors is not empty." })
  incident!: SafetyIncident | null;

  @Field(() => [UserError], { description: "Why nothing was recorded; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The answer to a MARAC mutation: the referral as it now is, or why nothing changed." })
export class MaracReferralPayload {
  @Field(() => MaracReferral, { nullable: true, description: "The MARAC referral; null when userErrors is not empty." })
  maracReferral!: MaracReferral | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}
