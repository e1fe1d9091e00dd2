import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { SentenceOrderTypeEnum } from "./referral-sentence.type.js";
import type { SentenceOrderType } from "./referral.model.js";

@InputType({ description: "The sentence or order a mandated referral enforces." })
export class ReferralSentenceInput {
  @Field(() => SentenceOrderTypeEnum, { description: "Must belong to the referral's legal basis (e.g. LICENCE or POST_SENTENCE_SUPERVISION for LICENCE)." })
  orderType!: SentenceOrderType;

  @Field(() => DateScalar, { description: "The day the order started (may be in the future, e.g. a licence starting on release)." })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: "The order's last day, after startDate; required except for a family court order." })
  endDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The requirement's reference in the case-management system: 1 to 30 letters and digits, in parts joined by single - or / (e.g. nDelius's 2500012345 or X123456/2/1); stored in upper case.",
  })
  requirementReference?: string | null;
}

@InputType({ description: "Records a referral's sentence or order, or corrects the one recorded." })
export class RecordReferralSentenceInput {
  @Field(() => ID, { description: "A mandated referral (one with a legal basis)." })
  referralId!: string;

  @Field(() => Int, { description: "The version the caller last saw; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => ReferralSentenceInput, { description: "The order as it now stands; replaces any recorded before." })
  sentence!: ReferralSentenceInput;

  @Field(() => String, { nullable: true, description: "Why (up to 500 characters); kept in the referral's history with the order before and after." })
  reason?: string | null;
}
