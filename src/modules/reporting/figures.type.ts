import { Field, InputType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
export { ReportCategoryCount } from "./performance.type.js";

@InputType({ description: "A period to report on: any range of days, both ends included. Both may be left out." })
export class ReportPeriodInput {
  @Field(() => DateScalar, { nullable: true, description: "The period's first day; by default the first day of the quarter `to` is in (January, April, July, October)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The period's last day, included; by default today. At most ten years after from." })
  to?: string | null;
}
