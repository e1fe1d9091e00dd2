import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { SESSION_CHANGE_KINDS, type SessionChangeKind, type SessionChangeRow } from "./session-history.table.js";
import { SESSION_STATUSES } from "./session-cancel.rules.js";

export const SessionChangeKindEnum = graphqlEnum(SESSION_CHANGE_KINDS, "SessionChangeKind", {
  description: "What changed about a session.",
  valuesConfig: {
    RESCHEDULED: { description: "Moved to a new start (and perhaps length)." },
    CANCELLED: { description: "Cancelled: it will not take place and takes no register." },
  },
});

export const SessionStatusEnum = graphqlEnum(SESSION_STATUSES, "SessionStatus", {
  description: "Where a session stands.",
  valuesConfig: {
    SCHEDULED: { description: "Going ahead; no register recorded yet." },
    CANCELLED: { description: "Cancelled: counts neither as attended nor as missed, and takes no register." },
    DELIVERED: { description: "Took place: a register has been recorded for it." },
  },
});

@ObjectType({ description: "One change to a session after it was scheduled: a move or its cancellation, with who, when and why." })
export class SessionChange {
  @Field(() => SessionChangeKindEnum, { description: "A move or a cancellation." })
  kind!: SessionChangeKind;

  @Field(() => DateTimeScalar, { description: "The start the session had before this change." })
  previousStart!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "The start it moved to; null for a cancellation." })
  newStart!: Date | null;

  @Field(() => Int, { description: "The length it had before this change, in minutes." })
  previousDurationMinutes!: number;

  @Field(() => Int, { nullable: true, description: "The length it moved to, in minutes; null for a cancellation." })
  newDurationMinutes!: number | null;

  @Field({ description: "Why, as given by whoever made the change." })
  reason!: string;

  @Field({ description: "JWT subject of whoever made the change." })
  changedBy!: string;

  @Field(() => DateTimeScalar, { description: "When the change was made." })
  changedAt!: Date;
}

export const SessionChangeConnection = ConnectionType(SessionChange, "SessionChange");

export function toSessionChange(row: SessionChangeRow): SessionChange {
  return Object.assign(new SessionChange(), {
    kind: row.kind as SessionChangeKind,
    previousStart: row.previousStart,
    newStart: row.newStart,
    previousDurationMinutes: row.previousDurationMinutes,
    newDurationMinutes: row.newDurationMinutes,
    reason: row.reason,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
  });
}
