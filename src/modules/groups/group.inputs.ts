import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { ProgrammeCodeEnum } from "../programmes/index.js";
import type { ProgrammeCode } from "../programmes/index.js";
import { ProgrammeGroup, ProgrammeSession, SessionFormatEnum } from "./group.type.js";
import type { SessionFormat } from "./group.table.js";

@InputType({ description: "A new group of a programme (admins only)." })
export class CreateProgrammeGroupInput {
  @Field(() => ProgrammeCodeEnum, { description: "The programme the group runs." })
  programme!: ProgrammeCode;

  @Field({ description: "The group's name, 1 to 120 characters, unique within the programme." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Where the group meets; blank or null for not recorded." })
  location?: string | null;

  @Field(() => DateScalar, { description: "The day the group starts (a calendar date)." })
  startsOn!: string;

  @Field(() => [String], { description: "JWT subjects of the facilitators who run the group and record its registers." })
  facilitatorSubs!: string[];
}

@ObjectType({ description: "The answer to createProgrammeGroup: the new group, or why it was not created." })
export class CreateProgrammeGroupPayload {
  @Field(() => ProgrammeGroup, { nullable: true, description: "The group created; null when userErrors is not empty." })
  group!: ProgrammeGroup | null;

  @Field(() => [UserError], { description: "Why the group was not created; empty on success." })
  userErrors!: UserError[];
}

@InputType({ description: "A session to add to a group's timetable." })
export class ScheduleSessionInput {
  @Field(() => ID, { description: "The group's global id." })
  groupId!: string;

  @Field(() => Int, { description: "1 to the programme's sessionsTotal; one session per number per group." })
  sessionNumber!: number;

  @Field(() => DateTimeScalar, { description: "When the session starts (an ISO 8601 date-time with offset; stored as a UTC instant)." })
  scheduledStart!: Date;

  @Field(() => Int, { nullable: true, defaultValue: 120, description: "How long the session lasts, in minutes, 15 to 480; 120 when left out." })
  durationMinutes?: number;

  @Field(() => SessionFormatEnum, { nullable: true, defaultValue: "GROUP", description: "Group session or one-to-one; GROUP when left out." })
  format?: SessionFormat;
}

@ObjectType({ description: "The answer to scheduleSession: the new session, or why it was not scheduled." })
export class ScheduleSessionPayload {
  @Field(() => ProgrammeSession, { nullable: true, description: "The session scheduled; null when userErrors is not empty." })
  session!: ProgrammeSession | null;

  @Field(() => [UserError], { description: "Why the session was not scheduled; empty on success." })
  userErrors!: UserError[];
}

@InputType({ description: "A new start (and optionally length) for a session that has no register yet." })
export class RescheduleSessionInput {
  @Field(() => ID, { description: "The session's global id." })
  sessionId!: string;

  @Field(() => DateTimeScalar, { description: "In the future, after the group's previous session and before its next." })
  scheduledStart!: Date;

  @Field(() => Int, { nullable: true, description: "15 to 480; unchanged when omitted." })
  durationMinutes?: number | null;

  @Field({ description: "Why the session moves (1 to 500 characters)." })
  reason!: string;
}

@ObjectType({ description: "The answer to rescheduleSession: the session as moved, or why it was not moved." })
export class RescheduleSessionPayload {
  @Field(() => ProgrammeSession, { nullable: true, description: "The session with its new start; null when userErrors is not empty." })
  session!: ProgrammeSession | null;

  @Field(() => [UserError], { description: "Why the session was not moved; empty on success." })
  userErrors!: UserError[];
}

@InputType({ description: "Narrows a list of groups; every field given must match (fields left out or null do not filter)." })
export class ProgrammeGroupFilter {
  @Field(() => ProgrammeCodeEnum, { nullable: true, description: "Only groups of this programme." })
  programme?: ProgrammeCode | null;

  @Field(() => Boolean, { nullable: true, description: "Only groups the caller facilitates." })
  facilitatedByMe?: boolean | null;
}
