import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeSession } from "../groups/index.js";

@InputType({ description: "An individual catch-up for one participant's missed session." })
export class AddCatchUpSessionInput {
  @Field(() => ID, { description: "The participant's referral; the catch-up is held in their current group." })
  referralId!: string;

  @Field(() => ID, { description: "The group session they missed with an acceptable reason (ABSENT_ACCEPTABLE on its register)." })
  missedSessionId!: string;

  @Field(() => DateTimeScalar, { description: "When the catch-up starts: in the future." })
  scheduledStart!: Date;

  @Field(() => Int, { nullable: true, description: "15 to 480 minutes; 60 when omitted." })
  durationMinutes?: number | null;
}

@ObjectType({ description: "The answer to addCatchUpSession." })
export class AddCatchUpSessionPayload {
  @Field(() => ProgrammeSession, { nullable: true, description: "The catch-up session (INDIVIDUAL, numbered as the missed session); null when refused." })
  session!: ProgrammeSession | null;

  @Field(() => [UserError], { description: "Why the catch-up was refused (nothing was written); empty on success." })
  userErrors!: UserError[];
}
