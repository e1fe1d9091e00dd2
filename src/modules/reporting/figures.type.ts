import { Field, InputType, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { ReportCount } from "./performance.type.js";

@ObjectType({ description: "One category of a figure (e.g. HIGH of DASH assessments by level) and its published count. Every category is listed, zero included, and the categories add up to the figure." })
export class ReportCategoryCount {
  @Field({ description: "The category: a value of the enum the figure's description names." })
  key!: string;

  @Field(() => ReportCount, { description: "The count of the category; null when withheld, with the reason." })
  count!: ReportCount;
}

@InputType({ description: "A period to report on: any range of days, both ends included. Both may be left out." })
export class ReportPeriodInput {
  @Field(() => DateScalar, { nullable: true, description: "The period's first day; by default the first day of the quarter `to` is in (January, April, July, October)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The period's last day, included; by default today. At most ten years after from." })
  to?: string | null;
}
