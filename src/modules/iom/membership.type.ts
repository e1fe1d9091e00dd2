import { Field, Float, Int, ObjectType } from "type-graphql";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { CohortTypeEnum, DeselectionReasonEnum, SelectionSourceEnum } from "./iom.enums.js";
import type { CohortType, DeselectionReason, SelectionSource } from "./iom.model.js";
import type { IomMembershipRow, IomStaffRow, OffenderManagerAssignmentRow } from "./iom.table.js";
import type { PerpetratorRow } from "../perpetrators/index.js";

/**
 * The person and current offender manager a cohort page read with each member, with only the columns
 * the operation selects on them. They answer this member's `perpetrator` and `offenderManager` and are
 * never kept in a loader, where another part of the operation could read a column they lack.
 */
export interface MembershipPageJoins {
  perpetrator: PerpetratorRow;
  offenderManager: IomStaffRow | null;
}

@ObjectType({ implements: Node, description: "A person's time in the IOM cohort, from selection to deselection." })
export class IomMembership extends Node {
  dbId!: string;
  perpetratorId!: string;
  joined?: MembershipPageJoins;

  @Field(() => SelectionSourceEnum, { description: "Who put the person forward for the cohort." })
  selectionSource!: SelectionSource;

  @Field(() => CohortTypeEnum, { description: "Which national IOM cohort the person is managed in (domestic abuse is usually FLEX)." })
  cohortType!: CohortType;

  @Field(() => Float, { nullable: true, description: "Recency-Frequency-Gravity score at selection." })
  rfgScore!: number | null;

  @Field(() => DateScalar, { description: "The day the person joined the cohort (a calendar date)." })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "The day the person left the cohort (a calendar date); null while they are in it." })
  endedOn!: string | null;

  @Field({ description: "Still in the cohort." })
  open!: boolean;

  @Field(() => DeselectionReasonEnum, { nullable: true, description: "Why the person left the cohort; null while they are in it." })
  deselectionReason!: DeselectionReason | null;

  @Field(() => String, { nullable: true, description: "Note given on leaving (required for reason OTHER); null when none." })
  deselectionNote!: string | null;

  @Field({ description: "JWT subject of who selected the person." })
  selectedBy!: string;

  @Field(() => String, { nullable: true, description: "JWT subject of who took the person off the cohort; null while they are in it." })
  deselectedBy!: string | null;
}

@ObjectType({ description: "A period in which one officer was a member's offender manager." })
export class OffenderManagerAssignment {
  staffId!: string;

  @Field(() => DateScalar, { description: "The day this officer became the member's offender manager (a calendar date)." })
  startedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "Null while this is the current assignment." })
  endedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Why the officer was assigned, e.g. \"Selected onto the cohort\" or a handover reason; null when none was given." })
  reason!: string | null;

  @Field({ description: "JWT subject of who made the assignment." })
  assignedBy!: string;

  @Field(() => DateTimeScalar, { description: "When the assignment was recorded (UTC instant)." })
  assignedAt!: Date;
}

@ObjectType({
  description:
    "Open members and overdue work for a team (or one offender manager). For analysts, counts from 1 to 4 are withheld (null) so that nobody can be singled out.",
})
export class IomWorkload {
  staffId!: string | null;

  @Field(() => String, { nullable: true, description: "Null for members with no current offender manager." })
  team!: string | null;

  @Field(() => Int, { nullable: true, description: "Members in the cohort now; null when withheld from an analyst (1 to 4)." })
  openMembers!: number | null;

  @Field(() => Int, { nullable: true, description: "Open members with no live plan." })
  withoutLivePlan!: number | null;

  @Field(() => Int, { nullable: true, description: "Live plans whose review date has passed." })
  reviewsOverdue!: number | null;

  @Field(() => Int, { nullable: true, description: "Open actions in live plans that are past their due date." })
  actionsOverdue!: number | null;

  @Field(() => Int, { nullable: true, description: "Open members with at least one overdue action in their live plan; null when withheld from an analyst (1 to 4)." })
  membersWithOverdueActions!: number | null;

  @Field({ description: "True when small counts were withheld." })
  suppressed!: boolean;
}

export const IomMembershipConnection = ConnectionType(IomMembership, "IomMembership");

export function toIomMembership(row: IomMembershipRow & { joined?: MembershipPageJoins }): IomMembership {
  return Object.assign(new IomMembership(), {
    joined: row.joined,
    id: toGlobalId("IomMembership", row.id),
    dbId: row.id,
    perpetratorId: row.perpetratorId,
    selectionSource: row.selectionSource as SelectionSource,
    cohortType: row.cohortType as CohortType,
    rfgScore: row.rfgScore === null ? null : Number(row.rfgScore),
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    open: row.endedOn === null,
    deselectionReason: row.deselectionReason as DeselectionReason | null,
    deselectionNote: row.deselectionNote,
    selectedBy: row.selectedBy,
    deselectedBy: row.deselectedBy,
  });
}

export function toOffenderManagerAssignment(row: OffenderManagerAssignmentRow): OffenderManagerAssignment {
  return Object.assign(new OffenderManagerAssignment(), {
    staffId: row.staffId,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    reason: row.reason,
    assignedBy: row.assignedBy,
    assignedAt: row.assignedAt,
  });
}
