import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeCodeEnum } from "../programmes/index.js";
import type { ProgrammeCode } from "../programmes/index.js";
import { ProgrammeGroup, ProgrammeSession, SessionFormatEnum } from "./group.type.js";
import type { SessionFormat } from "./group.table.js";

@InputType()
export class CreateProgrammeGroupInput {
  @Field(() => ProgrammeCodeEnum)
  programme!: ProgrammeCode;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => [String], { description: "JWT subjects of the facilitators who run the group and record its registers." })
  facilitatorSubs!: string[];
}

@ObjectType()
export class CreateProgrammeGroupPayload {
  @Field(() => ProgrammeGroup, { nullable: true })
  group!: ProgrammeGroup | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class ScheduleSessionInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => Int, { description: "1 to the programme's sessionsTotal; one session per number per group." })
  sessionNumber!: number;

  @Field(() => DateTimeScalar)
  scheduledStart!: Date;

  @Field(() => Int, { nullable: true, defaultValue: 120 })
  durationMinutes?: number;

  @Field(() => SessionFormatEnum, { nullable: true, defaultValue: "GROUP" })
  format?: SessionFormat;
}

@ObjectType()
export class ScheduleSessionPayload {
  @Field(() => ProgrammeSession, { nullable: true })
  session!: ProgrammeSession | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class RescheduleSessionInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => DateTimeScalar, { description: "In the future, after the group's previous session and before its next." })
  scheduledStart!: Date;

  @Field(() => Int, { nullable: true, description: "15 to 480; unchanged when omitted." })
  durationMinutes?: number | null;

  @Field({ description: "Why the session moves (1 to 500 characters)." })
  reason!: string;
}

@ObjectType()
export class RescheduleSessionPayload {
  @Field(() => ProgrammeSession, { nullable: true })
  session!: ProgrammeSession | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class ProgrammeGroupFilter {
  @Field(() => ProgrammeCodeEnum, { nullable: true })
  programme?: ProgrammeCode | null;

  @Field(() => Boolean, { nullable: true, description: "Only groups the caller facilitates." })
  facilitatedByMe?: boolean | null;
}
