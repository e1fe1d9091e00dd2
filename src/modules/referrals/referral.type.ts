import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { RiskLevelEnum } from "../programmes/index.js";
import type { RiskLevel } from "../programmes/index.js";
import type { ReferralRow, ReferralTransitionRow } from "./referral.table.js";
import type { PerpetratorRow } from "../perpetrators/index.js";
import type { ProgrammeGroupRow } from "../groups/index.js";
import { LEGAL_BASES, REFERRAL_SOURCES, REFERRAL_STATUSES, WITHDRAWAL_REASONS } from "./referral.model.js";
import type { LegalBasis, ReferralSource, ReferralStatus, WithdrawalReason } from "./referral.model.js";
import { FieldRoles } from "../../shared/auth/field-roles.js";
import { CASE_READERS } from "../../shared/auth/roles.js";
import { ReferralSentence, toReferralSentence } from "./referral-sentence.type.js";

export const ReferralStatusEnum = graphqlEnum(REFERRAL_STATUSES, "ReferralStatus");

export const LegalBasisEnum = graphqlEnum(LEGAL_BASES, "LegalBasis", { description: "Why attendance is mandated." });

export const WithdrawalReasonEnum = graphqlEnum(WITHDRAWAL_REASONS, "WithdrawalReason");

export const ReferralSourceEnum = graphqlEnum(REFERRAL_SOURCES, "ReferralSource");

@ObjectType({ description: "One step in a referral's life: who moved it, when and why." })
export class ReferralTransition {
  @Field(() => ReferralStatusEnum, { nullable: true })
  fromStatus!: ReferralStatus | null;

  @Field(() => ReferralStatusEnum)
  toStatus!: ReferralStatus;

  @Field(() => Int, { description: "The referral's version after this step." })
  version!: number;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: "JWT subject of who made the change." })
  actorSub!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;
}

/**
 * The person and group a referral page read with each referral, with only the columns the operation
 * selects on them. They answer this referral's `perpetrator` and `group` and are never kept in a
 * loader, where another part of the operation could read a column they lack.
 */
export interface ReferralPageJoins {
  perpetrator: PerpetratorRow;
  group: ProgrammeGroupRow | null;
}

@ObjectType({ implements: Node, description: "A referral of a person to a programme, from referral to outcome." })
export class Referral extends Node {
  dbId!: string;
  perpetratorId!: string;
  programmeId!: string;
  groupId!: string | null;
  joined?: ReferralPageJoins;

  @Field(() => ReferralStatusEnum)
  status!: ReferralStatus;

  @Field(() => Int, { description: "Increments on every change; send it back as expectedVersion." })
  version!: number;

  @Field({ description: "Attendance is mandated (and enforced) rather than voluntary." })
  mandated!: boolean;

  @Field(() => LegalBasisEnum, { nullable: true })
  legalBasis!: LegalBasis | null;

  @Field(() => ReferralSourceEnum)
  source!: ReferralSource;

  @Field(() => RiskLevelEnum, { nullable: true })
  riskLevel!: RiskLevel | null;

  @Field(() => WithdrawalReasonEnum, { nullable: true })
  withdrawalReason!: WithdrawalReason | null;

  @Field()
  referredBy!: string;

  @Field(() => String, { nullable: true })
  referredByOrg!: string | null;

  @Field(() => DateTimeScalar)
  referredAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  allocatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: Date | null;

  // Sentence details are the case holder's (README "Who sees what"): case readers, not facilitators.
  @FieldRoles(...CASE_READERS)
  @Field(() => ReferralSentence, {
    nullable: true,
    description: "The sentence or order the referral enforces; null for a voluntary referral or until recorded. Case readers only (not facilitators).",
  })
  sentence!: ReferralSentence | null;
}

export const ReferralConnection = ConnectionType(Referral, "Referral");

/** Mandated programmes require a legal basis and voluntary ones refuse one, so the basis marks a mandated referral. */
export function toReferral(row: ReferralRow & { joined?: ReferralPageJoins }): Referral {
  return Object.assign(new Referral(), {
    joined: row.joined,
    id: toGlobalId("Referral", row.id),
    dbId: row.id,
    perpetratorId: row.perpetratorId,
    programmeId: row.programmeId,
    groupId: row.groupId,
    status: row.status as ReferralStatus,
    version: row.version,
    mandated: row.legalBasis !== null,
    legalBasis: row.legalBasis as LegalBasis | null,
    source: row.source as ReferralSource,
    riskLevel: row.riskLevel as RiskLevel | null,
    withdrawalReason: row.withdrawalReason as WithdrawalReason | null,
    referredBy: row.referredBy,
    referredByOrg: row.referredByOrg,
    referredAt: row.referredAt,
    allocatedAt: row.allocatedAt,
    closedAt: row.closedAt,
    sentence: toReferralSentence(row),
  });
}

export function toReferralTransition(row: ReferralTransitionRow): ReferralTransition {
  return Object.assign(new ReferralTransition(), {
    fromStatus: row.fromStatus as ReferralStatus | null,
    toStatus: row.toStatus as ReferralStatus,
    version: row.version,
    reason: row.reason,
    note: row.note,
    actorSub: row.actorSub,
    actorName: row.actorName,
    occurredAt: row.occurredAt,
  });
}
