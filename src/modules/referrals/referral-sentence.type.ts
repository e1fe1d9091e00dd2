import { Field, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { DateScalar } from "../../shared/scalars.js";
import { ENFORCEMENT_ROUTES, SENTENCE_ORDER_TYPES } from "./referral.model.js";
import type { EnforcementRoute, SentenceOrderType } from "./referral.model.js";
import type { ReferralRow } from "./referral.table.js";
import { enforcementRouteOf } from "./sentence.rules.js";

export const SentenceOrderTypeEnum = graphqlEnum(SENTENCE_ORDER_TYPES, "SentenceOrderType", {
  description: "The kind of sentence or order a mandated referral enforces; each belongs to one legal basis.",
  valuesConfig: {
    COMMUNITY_ORDER: { description: "A community order with a programme requirement (legal basis COMMUNITY_ORDER)." },
    SUSPENDED_SENTENCE_ORDER: { description: "A suspended sentence order with a programme requirement (legal basis SUSPENDED_SENTENCE)." },
    LICENCE: { description: "A licence condition after release from custody (legal basis LICENCE); enforced by recall." },
    POST_SENTENCE_SUPERVISION: { description: "Post-sentence supervision after a licence ends (legal basis LICENCE); enforced by the magistrates' court." },
    FAMILY_COURT_ORDER: { description: "A family court order or direction (legal basis FAMILY_COURT); may have no end date." },
  },
});

export const EnforcementRouteEnum = graphqlEnum(ENFORCEMENT_ROUTES, "EnforcementRoute", {
  description: "How failing to comply with the order is enforced.",
  valuesConfig: {
    BREACH: { description: "Breach proceedings: the case goes back to the court (community and suspended sentence orders, post-sentence supervision)." },
    RECALL: { description: "Recall to custody (a licence): not breach." },
    FAMILY_COURT: { description: "Non-compliance is reported to the family court that made the order." },
  },
});

@ObjectType({ description: "The sentence or order a mandated referral enforces, as the case-management system records it." })
export class ReferralSentence {
  @Field(() => SentenceOrderTypeEnum, { description: "The kind of order; consistent with the referral's legal basis." })
  orderType!: SentenceOrderType;

  @Field(() => DateScalar, { description: "The day the order (or licence) started." })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: "The order's last day; null only for a family court order with no end." })
  endDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The requirement's reference in the case-management system (nDelius), e.g. 2500012345; null until known.",
  })
  requirementReference!: string | null;

  @Field(() => EnforcementRouteEnum, { description: "How non-compliance is enforced: a licence by recall, not breach." })
  enforcedBy!: EnforcementRoute;
}

export function toReferralSentence(row: Pick<ReferralRow, "sentenceOrderType" | "sentenceStartDate" | "sentenceEndDate" | "sentenceRequirementReference">): ReferralSentence | null {
  if (!row.sentenceOrderType || !row.sentenceStartDate) return null;
  const orderType = row.sentenceOrderType as SentenceOrderType;
  return Object.assign(new ReferralSentence(), {
    orderType,
    startDate: row.sentenceStartDate,
    endDate: row.sentenceEndDate,
    requirementReference: row.sentenceRequirementReference,
    enforcedBy: enforcementRouteOf(orderType),
  });
}
