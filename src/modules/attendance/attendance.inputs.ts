import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeSession } from "../groups/index.js";
import { AttendanceOutcomeEnum, AttendanceRecord } from "./attendance.type.js";
import type { AttendanceOutcome } from "./attendance.model.js";

@InputType({ description: "One participant's outcome for the session." })
export class RegisterEntryInput {
  @Field(() => ID, { description: "The participant's referral (global id); they must be allocated to the session's group." })
  referralId!: string;

  @Field(() => AttendanceOutcomeEnum, { description: "Whether they attended, were late, absent (with or without an acceptable reason) or excluded." })
  outcome!: AttendanceOutcome;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "A concern about their behaviour at this session; false when left out." })
  behaviourConcern?: boolean;

  @Field(() => String, { nullable: true, description: "A note on this participant, up to 2000 characters; blank is none." })
  note?: string | null;
}

@InputType({ description: "A session's register: up to 50 entries, written together or not at all." })
export class RecordSessionAttendanceInput {
  @Field(() => ID, { description: "The session's global id; the session must have started." })
  sessionId!: string;

  @Field({ description: "A client-generated key (e.g. a UUID) for this submission: resending it returns the first result and writes nothing." })
  idempotencyKey!: string;

  @Field(() => [RegisterEntryInput], { description: "The register: one entry per participant. Re-sending a participant corrects their entry." })
  entries!: RegisterEntryInput[];
}

@ObjectType({ description: "The answer to recordSessionAttendance: the session and its register rows, or why nothing was written." })
export class RecordSessionAttendancePayload {
  @Field(() => ProgrammeSession, { nullable: true, description: "The session whose register was recorded; null when userErrors is not empty." })
  session!: ProgrammeSession | null;

  @Field(() => [AttendanceRecord], { description: "The register rows for the submitted entries, as this submission left them." })
  records!: AttendanceRecord[];

  @Field({ description: "True when this idempotency key had already been used: nothing new was written." })
  replayed!: boolean;

  @Field(() => [UserError], { description: "Why nothing was written; empty on success." })
  userErrors!: UserError[];
}
