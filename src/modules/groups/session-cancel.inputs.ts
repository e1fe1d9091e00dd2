import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeSession } from "./group.type.js";

@InputType({ description: "A session to cancel, and why." })
export class CancelSessionInput {
  @Field(() => ID, { description: "The session: one with no register yet, not already cancelled." })
  sessionId!: string;

  @Field({ description: "Why the session is cancelled (1 to 500 characters); kept with the session and in its history." })
  reason!: string;
}

@ObjectType({ description: "The answer to cancelSession." })
export class CancelSessionPayload {
  @Field(() => ProgrammeSession, { nullable: true, description: "The cancelled session; null when refused." })
  session!: ProgrammeSession | null;

  @Field(() => [UserError], { description: "Why the cancellation was refused (nothing was written); empty on success." })
  userErrors!: UserError[];
}
