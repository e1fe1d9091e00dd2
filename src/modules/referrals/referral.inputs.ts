import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeCodeEnum, RiskLevelEnum } from "../programmes/index.js";
import type { ProgrammeCode, RiskLevel } from "../programmes/index.js";
import { LegalBasisEnum, Referral, ReferralSourceEnum, ReferralStatusEnum, WithdrawalReasonEnum } from "./referral.type.js";
import type { LegalBasis, ReferralSource, ReferralStatus, WithdrawalReason } from "./referral.model.js";
import { ReferralSentenceInput } from "./referral-sentence.inputs.js";

@InputType()
export class ReferToProgrammeInput {
  @Field(() => ID)
  perpetratorId!: string;

  @Field(() => ProgrammeCodeEnum)
  programme!: ProgrammeCode;

  @Field(() => ReferralSourceEnum)
  source!: ReferralSource;

  @Field(() => LegalBasisEnum, { nullable: true, description: "Required for mandated programmes (BBR); refused for voluntary ones." })
  legalBasis?: LegalBasis | null;

  @Field(() => RiskLevelEnum, { nullable: true, description: "Assessed risk (e.g. SARA); BBR needs MEDIUM or above." })
  riskLevel?: RiskLevel | null;

  @Field(() => ReferralSentenceInput, {
    nullable: true,
    description: "The sentence or order a mandated referral enforces, when known (recordReferralSentence records it later); refused for a voluntary one.",
  })
  sentence?: ReferralSentenceInput | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class TransitionReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ReferralStatusEnum)
  toStatus!: ReferralStatus;

  @Field(() => Int, { description: "The version the caller last saw; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => WithdrawalReasonEnum, { nullable: true, description: "Required when withdrawing." })
  withdrawalReason?: WithdrawalReason | null;

  @Field(() => String, {
    nullable: true,
    description: "Why; required for withdrawal reason OTHER, for taking someone out of a group and for re-opening a breached referral on a court's order.",
  })
  note?: string | null;
}

@InputType()
export class AllocateToGroupInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class TransferToGroupInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ID, { description: "A group of the referral's programme, open for allocation and with a place." })
  groupId!: string;

  @Field(() => Int, { description: "The version the caller last saw; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field({ description: "Why the person moves (1 to 500 characters); kept in the referral's history." })
  reason!: string;
}

@ObjectType()
export class ReferralPayload {
  @Field(() => Referral, { nullable: true })
  referral!: Referral | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class ReferralFilter {
  @Field(() => ProgrammeCodeEnum, { nullable: true })
  programme?: ProgrammeCode | null;

  @Field(() => [ReferralStatusEnum], { nullable: true, description: "Any of these statuses." })
  status?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => ID, { nullable: true })
  perpetratorId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only the referrals of people whose probation case is allocated to you today (a probation practitioner's caseload).",
  })
  allocatedToMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only the referrals of people whose probation case is allocated to you today.",
    deprecationReason: "Use allocatedToMe: relationship filters are named for the relationship (allocatedToMe, facilitatedByMe).",
  })
  mine?: boolean | null;
}
