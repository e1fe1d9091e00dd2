import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeSession } from "../groups/index.js";
import { AttendanceOutcomeEnum, AttendanceRecord } from "./attendance.type.js";
import type { AttendanceOutcome } from "./attendance.model.js";

@InputType()
export class RegisterEntryInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => AttendanceOutcomeEnum)
  outcome!: AttendanceOutcome;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  behaviourConcern?: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class RecordSessionAttendanceInput {
  @Field(() => ID)
  sessionId!: string;

  @Field({ description: "A client-generated key (e.g. a UUID) for this submission: resending it returns the first result and writes nothing." })
  idempotencyKey!: string;

  @Field(() => [RegisterEntryInput], { description: "The register: one entry per participant. Re-sending a participant corrects their entry." })
  entries!: RegisterEntryInput[];
}

@ObjectType()
export class RecordSessionAttendancePayload {
  @Field(() => ProgrammeSession, { nullable: true })
  session!: ProgrammeSession | null;

  @Field(() => [AttendanceRecord], { description: "The register rows for the submitted entries, as this submission left them." })
  records!: AttendanceRecord[];

  @Field({ description: "True when this idempotency key had already been used: nothing new was written." })
  replayed!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
