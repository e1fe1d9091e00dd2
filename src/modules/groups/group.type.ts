import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { SESSION_FORMATS, type ProgrammeGroupRow, type ProgrammeSessionRow, type SessionFormat } from "./group.table.js";

export const SessionFormatEnum = graphqlEnum(SESSION_FORMATS, "SessionFormat");

@ObjectType({ implements: Node, description: "A cohort running one programme together, with its facilitators and sessions." })
export class ProgrammeGroup extends Node {
  dbId!: string;
  programmeId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => DateScalar)
  startsOn!: string;
}

@ObjectType({ implements: Node, description: "A numbered, scheduled session of a group." })
export class ProgrammeSession extends Node {
  dbId!: string;
  groupId!: string;

  @Field(() => Int)
  sessionNumber!: number;

  @Field(() => SessionFormatEnum)
  format!: SessionFormat;

  @Field(() => DateTimeScalar)
  scheduledStart!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  /** For a catch-up session: the group session it catches up. */
  catchUpOfSessionId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the session was cancelled; null unless cancelled." })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: "JWT subject of whoever cancelled the session; null unless cancelled." })
  cancelledBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why the session was cancelled; null unless cancelled." })
  cancellationReason!: string | null;
}

export const ProgrammeGroupConnection = ConnectionType(ProgrammeGroup, "ProgrammeGroup");
export const ProgrammeSessionConnection = ConnectionType(ProgrammeSession, "ProgrammeSession");

export function toProgrammeGroup(row: ProgrammeGroupRow): ProgrammeGroup {
  return Object.assign(new ProgrammeGroup(), {
    id: toGlobalId("ProgrammeGroup", row.id),
    dbId: row.id,
    programmeId: row.programmeId,
    name: row.name,
    location: row.location,
    startsOn: row.startsOn,
  });
}

export function toProgrammeSession(row: ProgrammeSessionRow): ProgrammeSession {
  return Object.assign(new ProgrammeSession(), {
    id: toGlobalId("ProgrammeSession", row.id),
    dbId: row.id,
    groupId: row.groupId,
    sessionNumber: row.sessionNumber,
    format: row.format as SessionFormat,
    scheduledStart: row.scheduledStart,
    durationMinutes: row.durationMinutes,
    catchUpOfSessionId: row.catchUpOfSessionId,
    cancelledAt: row.cancelledAt,
    cancelledBy: row.cancelledBy,
    cancellationReason: row.cancellationReason,
  });
}
