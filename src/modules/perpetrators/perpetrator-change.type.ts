import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import type { PerpetratorChangeRow } from "./perpetrator.table.js";
import type { RectifiableField } from "./perpetrator.model.js";
import { mayReadField } from "./perpetrator.readers.js";
import { displayValue } from "./rectification.rules.js";

@ObjectType({ description: "A field's value before a correction." })
export class PerpetratorFieldValue {
  @Field({ description: "The Perpetrator field, e.g. familyName." })
  field!: string;

  @Field(() => String, { nullable: true, description: "Its value before the change as text (dates YYYY-MM-DD, needs comma-separated); null when it had none." })
  previousValue!: string | null;
}

@ObjectType({ description: "One correction of a person's record (DPA 2018 s.46): who, when, why, and what the fields held before." })
export class PerpetratorChange {
  @Field(() => Int, { description: "The person's version after this change." })
  version!: number;

  @Field(() => [String], { description: "The fields this change corrected." })
  changedFields!: string[];

  @Field(() => [PerpetratorFieldValue], {
    description: "The previous values of the changed fields, leaving out fields the caller may not read on the person (equality data but to probation and admins).",
  })
  previous!: PerpetratorFieldValue[];

  @Field({ description: "Why the record was corrected, as the person who corrected it wrote it." })
  reason!: string;

  @Field({ description: "JWT subject of who made the change." })
  actorSub!: string;

  @Field(() => String, { nullable: true, description: "Name of who made the change, from their token; null when the token had none." })
  actorName!: string | null;

  @Field(() => DateTimeScalar, { description: "When the change was made (UTC instant)." })
  occurredAt!: Date;
}

export const PerpetratorChangeConnection = ConnectionType(PerpetratorChange, "PerpetratorChange");

/** A change as `viewer` may see it: old values only of the fields they may read on the person today. */
export function toPerpetratorChange(row: PerpetratorChangeRow, viewer: Viewer): PerpetratorChange {
  const changedFields = row.changedFields as RectifiableField[];
  return Object.assign(new PerpetratorChange(), {
    version: row.version,
    changedFields,
    previous: changedFields
      .filter((field) => mayReadField(viewer, field))
      .map((field) => Object.assign(new PerpetratorFieldValue(), { field, previousValue: displayValue(row.previous[field]) })),
    reason: row.reason,
    actorSub: row.actorSub,
    actorName: row.actorName,
    occurredAt: row.occurredAt,
  });
}
