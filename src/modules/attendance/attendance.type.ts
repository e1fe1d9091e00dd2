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
  valuesConfig: {
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

  @Field(() => AttendanceOutcomeEnum)
  outcome!: AttendanceOutcome;

  @Field()
  behaviourConcern!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: "JWT subject of the facilitator who recorded it." })
  recordedBy!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;

  @Field({ description: "True when a later correction replaced this row." })
  superseded!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  supersededAt!: Date | null;
}

export const AttendanceRecordConnection = ConnectionType(AttendanceRecord, "AttendanceRecord");

@ObjectType({ description: "A referral's attendance so far, from its current register rows." })
export class AttendanceSummary {
  @Field(() => Int, { description: "Sessions attended; LATE counts as attended." })
  attended!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Int)
  absentAcceptable!: number;

  @Field(() => Int)
  absentUnacceptable!: number;

  @Field(() => Int)
  excluded!: number;

  @Field(() => Int, { description: "Sessions with a register entry for this person." })
  sessionsRecorded!: number;

  @Field(() => Int, { description: "Programme sessions not yet recorded for this person." })
  sessionsRemaining!: number;

  @Field(() => Float, { nullable: true, description: "attended / sessionsRecorded; null before the first register." })
  attendanceRate!: number | null;

  @Field(() => Int)
  completionThreshold!: number;

  @Field()
  completionThresholdMet!: boolean;

  @Field({ description: "Attending every remaining session would still reach the threshold." })
  completionStillPossible!: boolean;
}

@ObjectType({ description: "A warning given for an unacceptable failure to attend." })
export class EnforcementWarning {
  @Field(() => DateTimeScalar)
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

  @Field(() => Int)
  warningsInLast12Months!: number;

  @Field()
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
