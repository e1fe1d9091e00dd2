import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { toGlobalId } from "../../shared/global-id.js";
import { UserError } from "../../shared/user-errors.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { RECTIFIABLE_FIELDS } from "./perpetrator.model.js";
import type { PerpetratorMergeRow } from "./perpetrator.table.js";
import { Perpetrator } from "./perpetrator.type.js";
import { PerpetratorFieldValue } from "./perpetrator-change.type.js";
import { mayReadField } from "./perpetrator.readers.js";
import { displayValue } from "./rectification.rules.js";

@InputType({ description: "Two records of the same person to make one: the duplicate's rows move to the survivor." })
export class MergePerpetratorsInput {
  @Field(() => ID, { description: "The record that stays." })
  survivorId!: string;

  @Field(() => Int, { description: "The survivor's version the caller last read; a stale one is refused with CONFLICT." })
  survivorExpectedVersion!: number;

  @Field(() => ID, { description: "The record merged into the survivor: it stays, marked merged, and its id resolves to the survivor." })
  duplicateId!: string;

  @Field(() => Int, { description: "The duplicate's version the caller last read; a stale one is refused with CONFLICT." })
  duplicateExpectedVersion!: number;

  @Field({ description: "Why the two records are the same person (1 to 500 characters); kept in the merge record." })
  reason!: string;
}

@ObjectType({ description: "How many rows of one table moved from the duplicate to the survivor." })
export class MovedRows {
  @Field({ description: "The table, e.g. referrals, victim_links." })
  table!: string;

  @Field(() => Int, { description: "Rows re-pointed to the survivor (their own history, registers, plans and assessments move with them)." })
  count!: number;
}

@ObjectType({ description: "Two records of one person made one: who, when, why, what moved, and the duplicate's own values." })
export class PerpetratorMerge {
  @Field(() => ID, { description: "The record merged into (the survivor at the time; it may since have been merged on)." })
  survivorId!: string;

  @Field(() => ID, { description: "The merged record's id; `node(id:)` of it answers the survivor." })
  duplicateId!: string;

  @Field({ description: "Why the records were merged." })
  reason!: string;

  @Field(() => [String], { description: "The identifiers that moved from the duplicate to the survivor (e.g. pncId)." })
  movedIdentifiers!: string[];

  @Field(() => [MovedRows], { description: "Rows moved, by table (0 for tables that had none)." })
  movedRows!: MovedRows[];

  @Field(() => [PerpetratorFieldValue], {
    description: "The duplicate's fields as they stood before the merge, leaving out fields the caller may not read on a person (equality data but to probation and admins).",
  })
  duplicateValues!: PerpetratorFieldValue[];

  @Field({ description: "JWT subject of who merged." })
  actorSub!: string;

  @Field(() => String, { nullable: true, description: "Display name of who merged, if their token had one." })
  actorName!: string | null;

  @Field(() => DateTimeScalar, { description: "When the merge was made." })
  occurredAt!: Date;
}

export const PerpetratorMergeConnection = ConnectionType(PerpetratorMerge, "PerpetratorMerge");

@ObjectType({ description: "The answer to mergePerpetrators." })
export class MergePerpetratorsPayload {
  @Field(() => Perpetrator, { nullable: true, description: "The survivor, with the duplicate's rows; null when refused." })
  survivor!: Perpetrator | null;

  @Field(() => PerpetratorMerge, { nullable: true, description: "The merge record; null when refused." })
  merge!: PerpetratorMerge | null;

  @Field(() => [UserError], { description: "Why the merge was refused (nothing is written then)." })
  userErrors!: UserError[];
}

/** A merge as `viewer` may see it: the duplicate's values only of the fields they may read on a person. */
export function toPerpetratorMerge(row: PerpetratorMergeRow, viewer: Viewer): PerpetratorMerge {
  return Object.assign(new PerpetratorMerge(), {
    survivorId: toGlobalId("Perpetrator", row.survivorId),
    duplicateId: toGlobalId("Perpetrator", row.duplicateId),
    reason: row.reason,
    movedIdentifiers: row.movedIdentifiers,
    movedRows: Object.entries(row.movedRows).map(([table, count]) => Object.assign(new MovedRows(), { table, count })),
    duplicateValues: RECTIFIABLE_FIELDS.filter((field) => field in row.duplicateValues && mayReadField(viewer, field)).map((field) =>
      Object.assign(new PerpetratorFieldValue(), { field, previousValue: displayValue(row.duplicateValues[field]) }),
    ),
    actorSub: row.actorSub,
    actorName: row.actorName,
    occurredAt: row.occurredAt,
  });
}
