import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeCodeEnum, RiskLevelEnum } from "../programmes/index.js";
import type { ProgrammeCode, RiskLevel } from "../programmes/index.js";
import { LegalBasisEnum, Referral, ReferralSourceEnum, ReferralStatusEnum, UnsuitabilityReasonEnum, WithdrawalReasonEnum } from "./referral.type.js";
import type { LegalBasis, ReferralSource, ReferralStatus, UnsuitabilityReason, WithdrawalReason } from "./referral.model.js";
import { REFERRAL_ORDERS } from "./referral.model.js";
import { graphqlEnum } from "../../shared/enums.js";
import { ReferralSentenceInput } from "./referral-sentence.inputs.js";

@InputType({ description: "A referral of a person to a programme. The programme's eligibility rules are checked; a person may have one open referral per programme." })
export class ReferToProgrammeInput {
  @Field(() => ID, { description: "The person's global id." })
  perpetratorId!: string;

  @Field(() => ProgrammeCodeEnum, { description: "The programme to refer to." })
  programme!: ProgrammeCode;

  @Field(() => ReferralSourceEnum, { description: "Who is referring the person." })
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

  @Field(() => String, { nullable: true, description: "Anything the provider should know, up to 2000 characters; kept in the referral's history." })
  note?: string | null;
}

@InputType({ description: "A move of a referral to another status. Allocation to a group has its own mutation (allocateToGroup)." })
export class TransitionReferralInput {
  @Field(() => ID, { description: "The referral's global id." })
  referralId!: string;

  @Field(() => ReferralStatusEnum, { description: "The status to move to; it must be allowed from the current one." })
  toStatus!: ReferralStatus;

  @Field(() => Int, { description: "The version the caller last saw; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => WithdrawalReasonEnum, { nullable: true, description: "Required when withdrawing." })
  withdrawalReason?: WithdrawalReason | null;

  @Field(() => UnsuitabilityReasonEnum, { nullable: true, description: "Why the assessment found the person unsuitable: only with toStatus ASSESSED_UNSUITABLE (refused otherwise), and counted by reason in the programme performance report (NOT_RECORDED when left out)." })
  unsuitabilityReason?: UnsuitabilityReason | null;

  @Field(() => String, {
    nullable: true,
    description: "Why; required for withdrawal reason OTHER, for taking someone out of a group and for re-opening a breached referral on a court's order.",
  })
  note?: string | null;
}

@InputType({ description: "A place for an AWAITING_ALLOCATION referral in a group of its programme." })
export class AllocateToGroupInput {
  @Field(() => ID, { description: "The referral's global id." })
  referralId!: string;

  @Field(() => ID, { description: "The group's global id: a group of the referral's programme that is still open to new members and has a place." })
  groupId!: string;

  @Field(() => Int, { description: "The referral's version the caller last saw; a stale one is refused with CONFLICT." })
  expectedVersion!: number;
}

@InputType({ description: "A move of an ALLOCATED or ON_PROGRAMME participant to another group of the same programme; their attendance goes with them." })
export class TransferToGroupInput {
  @Field(() => ID, { description: "The referral's global id." })
  referralId!: string;

  @Field(() => ID, { description: "A group of the referral's programme, open for allocation and with a place." })
  groupId!: string;

  @Field(() => Int, { description: "The version the caller last saw; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field({ description: "Why the person moves (1 to 500 characters); kept in the referral's history." })
  reason!: string;
}

@ObjectType({ description: "The answer to a referral mutation: the referral as it now is, or why nothing changed." })
export class ReferralPayload {
  @Field(() => Referral, { nullable: true, description: "The referral after the change; null when userErrors is not empty." })
  referral!: Referral | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}

@InputType({ description: "Narrows a list of referrals; every field given must match (fields left out or null do not filter)." })
export class ReferralFilter {
  @Field(() => ProgrammeCodeEnum, { nullable: true, description: "Only referrals to this programme." })
  programme?: ProgrammeCode | null;

  @Field(() => [ReferralStatusEnum], { nullable: true, description: "Any of these statuses." })
  status?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only referrals whose group is this one (a group's global id), including closed referrals whose last group it was." })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this person's referrals (a person's global id)." })
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

export const ReferralOrderEnum = graphqlEnum(REFERRAL_ORDERS, "ReferralOrder", {
  description: "The order a list of referrals is read in. Each order ends with the referral's id, so paging never skips or repeats one.",
  valuesConfig: {
    NEWEST_FIRST: { description: "Most recently referred first (the default)." },
    OLDEST_FIRST: { description: "Longest since referral first: who has waited longest." },
    STATUS: { description: "By stage of the lifecycle (REFERRED first, WITHDRAWN last, in the order of ReferralStatus), the longest since referral first within each." },
    FAMILY_NAME: { description: "By the person's family name, then given name (case ignored)." },
  },
});
