import { Field, Float, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import type { AttendanceRecordRow } from "./attendance.table.js";
import { ATTENDANCE_OUTCOMES, type AttendanceOutcome } from "./attendance.model.js";
import type { AttendanceSummary as Summary } from "./attendance.rules.js";
import type { EnforcementAssessment, UnacceptableFailure } from "./enforcement.rules.js";

export const AttendanceOutcomeEnum = graphqlEnum(ATTENDANCE_OUTCOMES, "AttendanceOutcome", {
  description: "A participant's outcome for one session, as the facilitator records it on the register.",
  valuesConfig: {
    ATTENDED: { description: "Attended the session." },
    ABSENT_UNACCEPTABLE: { description: "Absent without an acceptable reason; on a mandated programme this counts towards warning and breach." },
    LATE: { description: "Arrived late; counts as attended." },
    ABSENT_ACCEPTABLE: { description: "Absent with a reason given and accepted." },
    EXCLUDED: { description: "Asked to leave the session." },
  },
});

@ObjectType({ implements: Node, description: "One participant's outcome for one session. Corrections keep the earlier row, superseded." })
export class AttendanceRecord extends Node {
  dbId!: string;
  sessionId!: string;
  referralId!: string;

  @Field(() => AttendanceOutcomeEnum, { description: "Whether the participant attended, was late, absent (with or without an acceptable reason) or excluded." })
  outcome!: AttendanceOutcome;

  @Field({ description: "The facilitator noted a concern about the participant's behaviour at this session." })
  behaviourConcern!: boolean;

  @Field(() => String, { nullable: true, description: "The facilitator's note on this participant for this session; null when none was given." })
  note!: string | null;

  @Field({ description: "JWT subject of the facilitator who recorded it." })
  recordedBy!: string;

  @Field(() => DateTimeScalar, { description: "When this row was recorded (UTC instant)." })
  recordedAt!: Date;

  @Field({ description: "True when a later correction replaced this row." })
  superseded!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When a later correction replaced this row (UTC instant); null while it is the current row." })
  supersededAt!: Date | null;
}

export const AttendanceRecordConnection = ConnectionType(AttendanceRecord, "AttendanceRecord");

@ObjectType({
  description:
    "A referral's attendance so far, from its current register rows, counted once per session number (a catch-up attended for a missed session, or a session attended in two groups either side of a transfer, counts once). Cancelled sessions count neither as attended nor as missed: the figures count delivered sessions only.",
})
export class AttendanceSummary {
  @Field(() => Int, { description: "Sessions attended; LATE counts as attended, and so does a missed session's catch-up attended." })
  attended!: number;

  @Field(() => Int, { description: "Sessions attended late (included in attended)." })
  late!: number;

  @Field(() => Int, { description: "Sessions missed with an acceptable reason and not (yet) caught up." })
  absentAcceptable!: number;

  @Field(() => Int, { description: "Sessions missed without an acceptable reason." })
  absentUnacceptable!: number;

  @Field(() => Int, { description: "Sessions the person was asked to leave." })
  excluded!: number;

  @Field(() => Int, { description: "Session numbers with a register entry for this person (each number once)." })
  sessionsRecorded!: number;

  @Field(() => Int, { description: "Session numbers cancelled in the person's group and not recorded for them elsewhere: never delivered to them, so counted nowhere else." })
  sessionsCancelled!: number;

  @Field(() => Int, { description: "Programme sessions still to be delivered to this person: sessionsTotal - sessionsCancelled - sessionsRecorded." })
  sessionsRemaining!: number;

  @Field(() => Float, { nullable: true, description: "attended / sessionsRecorded (delivered sessions only; cancelled ones are in neither); null before the first register." })
  attendanceRate!: number | null;

  @Field(() => Int, {
    description:
      "Sessions to attend to complete, over the sessions that can still be delivered (sessionsTotal - sessionsCancelled). PERCENTAGE: that percentage of them, rounded up (BBR 100% of 29 with one cancelled: 28). SESSION_COUNT: the count stands (Leeds: 13 of 17), capped at the sessions that can still be delivered. At least 1.",
  })
  completionThreshold!: number;

  @Field({ description: "attended >= completionThreshold." })
  completionThresholdMet!: boolean;

  @Field({ description: "Attending every remaining session, and catching up every acceptable absence, would still reach the threshold." })
  completionStillPossible!: boolean;
}

@ObjectType({ description: "A warning given for an unacceptable failure to attend." })
export class EnforcementWarning {
  @Field(() => DateTimeScalar, { description: "When the warning was due: the start of the session whose unacceptable failure earned it (UTC instant)." })
  issuedAt!: Date;

  sessionId!: string;
}

@ObjectType({
  description:
    "Enforcement of a mandated referral, Sentencing Act 2020 Sch. 10 para 6: an unacceptable failure within 12 months of a warning requires breach.",
})
export class Enforcement {
  referralId!: string;
  assessment!: EnforcementAssessment;
  /** The unacceptable failures the assessment was made from, in the order their sessions were held. */
  failureList!: UnacceptableFailure[];

  @Field(() => Int, { description: "Warnings due in the rolling 12 months up to now: 0 or 1, as at most one warning is given in 12 months." })
  warningsInLast12Months!: number;

  @Field({ description: "An unacceptable failure came within 12 months of a warning, so the case must go back to court (or the licence be enforced)." })
  breachRequired!: boolean;

  @Field(() => [EnforcementWarning], { description: "Warnings in date order." })
  warnings!: EnforcementWarning[];

  @Field(() => Int, { description: "Unacceptable absences and exclusions recorded so far." })
  unacceptableFailures!: number;
}

export function toAttendanceRecord(row: AttendanceRecordRow): AttendanceRecord {
  return Object.assign(new AttendanceRecord(), {
    id: toGlobalId("AttendanceRecord", row.id),
    dbId: row.id,
    sessionId: row.sessionId,
    referralId: row.referralId,
    outcome: row.outcome as AttendanceOutcome,
    behaviourConcern: row.behaviourConcern,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
    superseded: row.supersededAt !== null,
    supersededAt: row.supersededAt,
  });
}

export const toAttendanceSummary = (summary: Summary): AttendanceSummary => Object.assign(new AttendanceSummary(), summary);

export function toEnforcement(referralId: string, assessment: EnforcementAssessment, failureList: UnacceptableFailure[]): Enforcement {
  return Object.assign(new Enforcement(), {
    referralId,
    assessment,
    failureList,
    warningsInLast12Months: assessment.warningsInLast12Months,
    breachRequired: assessment.breachRequired,
    warnings: assessment.warnings.map((w) => Object.assign(new EnforcementWarning(), w)),
    unacceptableFailures: failureList.length,
  });
}
