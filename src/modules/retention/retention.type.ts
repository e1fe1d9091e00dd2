import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { toGlobalId } from "../../shared/global-id.js";
import { UserError } from "../../shared/user-errors.js";
import { ErasureModeEnum, ErasureSubjectKindEnum, RetentionActivityEnum, RetentionKindEnum } from "./retention.enums.js";
import type { ErasureRow } from "./erasure.table.js";

@ObjectType({ description: "A record past its retention date: review it, then erase or restrict it (erasePerpetrator, eraseVictim) or keep it with a reason." })
export class RetentionDueRecord {
  @Field(() => RetentionKindEnum, { description: "The kind of record, which sets its retention period." })
  kind!: RetentionKindEnum;

  @Field(() => ID, { description: "The Perpetrator's or Victim's global id (what erasePerpetrator or eraseVictim takes)." })
  recordId!: string;

  @Field(() => DateScalar, { description: "The date retention runs from: the record's latest activity." })
  retainedFrom!: string;

  @Field(() => RetentionActivityEnum, { description: "The activity that set retainedFrom." })
  setBy!: RetentionActivityEnum;

  @Field(() => DateScalar, { description: "retainedFrom plus the kind's retention period: the day the record fell due." })
  dueOn!: string;
}

export const RetentionDueRecordConnection = ConnectionType(RetentionDueRecord, "RetentionDueRecord");

@ObjectType({ description: "How many rows of one table had personal data removed." })
export class ErasedRows {
  @Field({ description: "The table, e.g. referrals, attendance_records." })
  table!: string;

  @Field(() => Int, { description: "Rows changed (or, for children and corrections, deleted)." })
  count!: number;
}

@ObjectType({ description: "An erasure or restriction: who, when, why and how many rows; never what was erased." })
export class Erasure {
  @Field(() => ID, { description: "The erasure record's id." })
  id!: string;

  @Field(() => ErasureSubjectKindEnum, { description: "A person or a victim." })
  subjectKind!: ErasureSubjectKindEnum;

  @Field(() => ID, { description: "The erased or restricted Perpetrator's or Victim's global id; queries answer it as not found from now on." })
  subjectId!: string;

  @Field(() => ErasureModeEnum, { description: "ERASE or RESTRICT." })
  mode!: ErasureModeEnum;

  @Field({ description: "Why (the retention review, a right-to-erasure request, a court order...)." })
  reason!: string;

  @Field({ description: "True when open work (an open referral, an active membership, a current link or order) was overridden." })
  openWorkOverridden!: boolean;

  @Field(() => [ErasedRows], { description: "Rows whose personal data was removed, by table (empty for a restriction)." })
  erasedRows!: ErasedRows[];

  @Field({ description: "JWT subject of the admin who erased." })
  actorSub!: string;

  @Field(() => DateTimeScalar, { description: "When." })
  occurredAt!: Date;
}

@InputType({ description: "Erase or restrict one person's or victim's records." })
export class EraseRecordInput {
  @Field(() => ID, { description: "The Perpetrator's (erasePerpetrator) or Victim's (eraseVictim) global id." })
  id!: string;

  @Field(() => Int, { description: "The record's version the caller last read; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => ErasureModeEnum, { description: "ERASE removes the personal data for good; RESTRICT keeps it hidden." })
  mode!: ErasureModeEnum;

  @Field({ description: "Why (1 to 500 characters); kept in the erasure record, never in the audit log." })
  reason!: string;

  @Field({ nullable: true, defaultValue: false, description: "Erase or restrict even though work is open (each open item is otherwise refused with CONFLICT); the reason must say why." })
  overrideOpenWork?: boolean;
}

@ObjectType({ description: "The answer to erasePerpetrator or eraseVictim." })
export class ErasurePayload {
  @Field(() => Erasure, { nullable: true, description: "The erasure record; null when refused." })
  erasure!: Erasure | null;

  @Field(() => [UserError], { description: "Why the erasure was refused (nothing is written then)." })
  userErrors!: UserError[];
}

export function toErasure(row: ErasureRow): Erasure {
  return Object.assign(new Erasure(), {
    id: row.id,
    subjectKind: row.subjectKind as ErasureSubjectKindEnum,
    subjectId: toGlobalId(row.subjectKind === "VICTIM" ? "Victim" : "Perpetrator", row.subjectId),
    mode: row.mode as ErasureModeEnum,
    reason: row.reason,
    openWorkOverridden: row.openWorkOverridden,
    erasedRows: Object.entries(row.erasedRows).map(([table, count]) => Object.assign(new ErasedRows(), { table, count })),
    actorSub: row.actorSub,
    occurredAt: row.occurredAt,
  });
}
