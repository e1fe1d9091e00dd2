import { Field, ID, InputType, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { Referral } from "../referrals/index.js";
import { ENFORCEMENT_ACTION_KINDS, type EnforcementActionKind } from "./enforcement-action.model.js";
import type { EnforcementActionRow } from "./enforcement-action.table.js";
import type { OutstandingAction } from "./enforcement-actions.rules.js";

export const EnforcementActionKindEnum = graphqlEnum(ENFORCEMENT_ACTION_KINDS, "EnforcementActionKind", {
  description: "What the responsible officer did about non-compliance.",
  valuesConfig: {
    WARNING_LETTER_ISSUED: { description: "A warning letter was issued for an unacceptable failure." },
    BREACH_PROCEEDINGS_STARTED: { description: "The case was returned to court (or the licence enforced) for breach." },
  },
});

@ObjectType({ description: "An enforcement action recorded as done for a mandated referral. Append-only." })
export class EnforcementAction {
  dbId!: string;
  referralId!: string;
  sessionId!: string | null;

  @Field(() => ID, { description: "The action's own id (not a Node: it is read through its referral's enforcement)." })
  id!: string;

  @Field(() => EnforcementActionKindEnum, { description: "What was done: a warning letter issued or breach proceedings started." })
  kind!: EnforcementActionKind;

  @Field(() => DateScalar, { description: "The day the action was taken." })
  takenOn!: string;

  @Field(() => String, { nullable: true, description: "The officer's note, up to 2000 characters; null when none was given." })
  note!: string | null;

  @Field({ description: "JWT subject of who recorded it." })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: "Name of who recorded it, from their token; null when the token had none." })
  recordedByName!: string | null;

  @Field(() => DateTimeScalar, { description: "When it was recorded (UTC instant)." })
  recordedAt!: Date;
}

@ObjectType({ description: "Something the register says enforcement requires that no recorded action answers yet." })
export class OutstandingEnforcement {
  sessionId!: string;

  @Field(() => EnforcementActionKindEnum, { description: "The action required." })
  kind!: EnforcementActionKind;

  @Field(() => DateTimeScalar, { description: "When the session of the unacceptable failure it answers to was held." })
  failureAt!: Date;

  @Field({ description: "What is required, in words." })
  description!: string;
}

@InputType({ description: "An enforcement action taken for a mandated referral, recorded by the person's allocated probation practitioner (or an admin)." })
export class RecordEnforcementActionInput {
  @Field(() => ID, { description: "The referral's global id; it must be mandated." })
  referralId!: string;

  @Field(() => EnforcementActionKindEnum, { description: "What was done." })
  kind!: EnforcementActionKind;

  @Field(() => DateScalar, { description: "The day it was done: not in the future, not before the referral was made." })
  takenOn!: string;

  @Field(() => ID, { nullable: true, description: "The session whose unacceptable absence or exclusion this answers to (a session of the referral's group)." })
  sessionId?: string | null;

  @Field(() => String, { nullable: true, description: "At most 2000 characters." })
  note?: string | null;
}

@ObjectType({ description: "The answer to recordEnforcementAction: the action recorded, or why it was refused." })
export class RecordEnforcementActionPayload {
  @Field(() => EnforcementAction, { nullable: true, description: "The action recorded; null when userErrors is not empty." })
  enforcementAction!: EnforcementAction | null;

  @Field(() => Referral, { nullable: true, description: "The referral, whose enforcement now includes the action." })
  referral!: Referral | null;

  @Field(() => [UserError], { description: "Why nothing was recorded; empty on success." })
  userErrors!: UserError[];
}

export function toEnforcementAction(row: EnforcementActionRow): EnforcementAction {
  return Object.assign(new EnforcementAction(), {
    id: row.id,
    dbId: row.id,
    referralId: row.referralId,
    sessionId: row.sessionId,
    kind: row.kind as EnforcementActionKind,
    takenOn: row.takenOn,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedByName: row.recordedByName,
    recordedAt: row.recordedAt,
  });
}

const DESCRIPTIONS: Record<EnforcementActionKind, (day: string) => string> = {
  WARNING_LETTER_ISSUED: (day) => `A warning letter is required for the unacceptable failure on ${day}`,
  BREACH_PROCEEDINGS_STARTED: (day) => `Breach proceedings are required: the unacceptable failure on ${day} came within 12 months of a warning`,
};

export function toOutstandingEnforcement(item: OutstandingAction, day: string): OutstandingEnforcement {
  return Object.assign(new OutstandingEnforcement(), { ...item, description: DESCRIPTIONS[item.kind](day) });
}
