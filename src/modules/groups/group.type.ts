import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { GROUP_STATUSES, statusOf, type GroupStatus } from "./group-admin.rules.js";
import { SESSION_FORMATS, type ProgrammeGroupRow, type ProgrammeSessionRow, type SessionFormat } from "./group.table.js";

export const SessionFormatEnum = graphqlEnum(SESSION_FORMATS, "SessionFormat", {
  description: "How a session is delivered.",
  valuesConfig: {
    GROUP: { description: "A group session with the group's participants and facilitators." },
    INDIVIDUAL: { description: "A one-to-one session with a participant (e.g. Caring Dads' two individual sessions)." },
  },
});
export const GroupStatusEnum = graphqlEnum(GROUP_STATUSES, "ProgrammeGroupStatus", {
  description: "Whether a group is running its programme or has been closed by an admin.",
  valuesConfig: { OPEN: { description: "Takes allocations, sessions and facilitators within its programme's rules." }, CLOSED: { description: "Closed by an admin: takes nothing new." } },
});

@ObjectType({ implements: Node, description: "A cohort running one programme together, with its facilitators and sessions." })
export class ProgrammeGroup extends Node {
  dbId!: string;
  programmeId!: string;

  @Field({ description: "The group's name, unique within its programme." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Where the group meets; null when not recorded." })
  location!: string | null;

  @Field(() => DateScalar, { description: "The day the group starts (a Europe/London calendar date)." })
  startsOn!: string;

  @Field(() => Int, { description: "Moves on with every update and with closing; updateGroup and closeGroup name the version they read (compare-and-set)." })
  version!: number;

  @Field(() => GroupStatusEnum, { description: "OPEN until an admin closes the group (closeGroup); a CLOSED group takes no new allocations, transfers in, sessions or facilitators." })
  status!: GroupStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the group was closed; null while open." })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "JWT subject of the admin who closed the group; null while open." })
  closedBy!: string | null;

  @Field(() => String, { nullable: true, description: "Why the group was closed; null while open." })
  closeReason!: string | null;
}

@ObjectType({ implements: Node, description: "A numbered, scheduled session of a group." })
export class ProgrammeSession extends Node {
  dbId!: string;
  groupId!: string;

  @Field(() => Int, { description: "The session's place in the programme, from 1 to the programme's sessionsTotal; unique within the group." })
  sessionNumber!: number;

  @Field(() => SessionFormatEnum, { description: "Whether this is a group session or a one-to-one." })
  format!: SessionFormat;

  @Field(() => DateTimeScalar, { description: "When the session starts (UTC instant)." })
  scheduledStart!: Date;

  @Field(() => Int, { description: "How long the session lasts, in minutes (15 to 480)." })
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
    version: row.version,
    status: statusOf(row),
    closedAt: row.closedAt,
    closedBy: row.closedBy,
    closeReason: row.closeReason,
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
