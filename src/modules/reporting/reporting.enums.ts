import { graphqlEnum } from "../../shared/enums.js";
import { PERFORMANCE_BREAKDOWNS } from "./performance.model.js";

export const PerformanceBreakdownEnum = graphqlEnum(PERFORMANCE_BREAKDOWNS, "PerformanceBreakdown", {
  description: "A way to break the programme performance report down. Each category of a breakdown is a line; the lines of one breakdown add up to the period's total, count by count.",
  valuesConfig: {
    REFERRAL_SOURCE: { description: "By the referral's source (who referred)." },
    GROUP: { description: "By the group the referral is in now (key: the group's global id; NO_GROUP when not in one). Attendance counts under the referral's current group." },
    SEX: { description: "By the person's sex as recorded (equality monitoring)." },
    AGE_BAND: { description: "By the person's age on the day of referral: UNDER_18, AGED_18_TO_24, AGED_25_TO_34, AGED_35_TO_44, AGED_45_TO_54, AGED_55_AND_OVER (equality monitoring)." },
    DISABILITY: { description: "By whether the person has a disability as they describe it: YES, NO or NOT_RECORDED (equality monitoring)." },
    ETHNICITY_GROUP: { description: "By the person's ethnicity as recorded, in the ONS's five high-level groups: ASIAN, BLACK, MIXED, WHITE, OTHER; NOT_RECORDED when empty or not stated, UNCLASSIFIED when the text names no group (equality monitoring; the rule is reporting/equality.rules.ts)." },
    FIRST_LANGUAGE: { description: "By the person's first language as recorded: ENGLISH, NOT_ENGLISH or NOT_RECORDED (equality monitoring)." },
  },
});

export const SuppressionReasonEnum = graphqlEnum(["SMALL_COUNT", "SECONDARY", "DERIVED_FROM_WITHHELD"] as const, "SuppressionReason", {
  description: "Why a published figure is withheld (its value null).",
  valuesConfig: {
    SMALL_COUNT: { description: "A count from 1 to 4, which could single a person out." },
    SECONDARY: { description: "Withheld so that a withheld count cannot be worked out from a total it is part of (the smallest other count of that total, or the total itself)." },
    DERIVED_FROM_WITHHELD: { description: "A rate or median worked out from a withheld count." },
  },
});
