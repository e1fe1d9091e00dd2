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
import { LEGAL_BASES, REFERRAL_SOURCES, REFERRAL_STATUSES, UNSUITABILITY_REASONS, WITHDRAWAL_REASONS } from "./referral.model.js";
import type { LegalBasis, ReferralSource, ReferralStatus, WithdrawalReason } from "./referral.model.js";
import { FieldRoles } from "../../shared/auth/field-roles.js";
import { CASE_READERS } from "../../shared/auth/roles.js";
import { ReferralSentence, toReferralSentence } from "./referral-sentence.type.js";

export const ReferralStatusEnum = graphqlEnum(REFERRAL_STATUSES, "ReferralStatus", {
  description: "Where a referral is in its life, from referral to outcome. Closed statuses: ASSESSED_UNSUITABLE, COMPLETED, BREACHED, DROPPED_OUT, WITHDRAWN.",
  valuesConfig: {
    REFERRED: { description: "Referred and not yet booked for assessment." },
    AWAITING_ASSESSMENT: { description: "Waiting for the provider's suitability assessment." },
    ASSESSED_SUITABLE: { description: "Assessed as suitable for the programme." },
    ASSESSED_UNSUITABLE: { description: "Assessed as unsuitable for the programme. Closed." },
    DID_NOT_ATTEND_ASSESSMENT: { description: "Did not attend the assessment; it may be re-booked (back to AWAITING_ASSESSMENT)." },
    DEFERRED: { description: "Assessment put off for now; goes back to AWAITING_ASSESSMENT later." },
    SUITABLE_NOT_READY: { description: "Suitable, but not ready to start a group yet; goes back to AWAITING_ALLOCATION when ready." },
    AWAITING_ALLOCATION: { description: "Suitable and waiting for a place in a group." },
    ALLOCATED: { description: "Has a place in a group that they have not started yet." },
    ON_PROGRAMME: { description: "Attending their group." },
    COMPLETED: { description: "Finished the programme, meeting its completion threshold. Closed." },
    BREACHED: { description: "A mandated referral returned to court for non-compliance. Closed, unless the court orders the order to continue (re-opened ON_PROGRAMME)." },
    DROPPED_OUT: { description: "A voluntary participant stopped attending. Closed." },
    WITHDRAWN: { description: "Withdrawn before completion, with a withdrawal reason. Closed." },
  },
});

export const LegalBasisEnum = graphqlEnum(LEGAL_BASES, "LegalBasis", {
  description: "Why attendance is mandated.",
  valuesConfig: {
    COMMUNITY_ORDER: { description: "A community order with an Accredited Programme Requirement." },
    SUSPENDED_SENTENCE: { description: "A suspended sentence order with an Accredited Programme Requirement." },
    LICENCE: { description: "A licence condition on release from prison (enforced by recall)." },
    FAMILY_COURT: { description: "An order of the family court." },
  },
});

export const WithdrawalReasonEnum = graphqlEnum(WITHDRAWAL_REASONS, "WithdrawalReason", {
  description: "Why a referral was withdrawn.",
  valuesConfig: {
    MOVED_AREA: { description: "The person moved out of the programme's area." },
    CUSTODY: { description: "The person went into custody." },
    REFERRER_WITHDREW: { description: "The referrer withdrew the referral." },
    DECLINED: { description: "The person declined to take part." },
    DECEASED: { description: "The person died." },
    OTHER: { description: "Another reason, given in the transition's note." },
  },
});

export const UnsuitabilityReasonEnum = graphqlEnum(UNSUITABILITY_REASONS, "UnsuitabilityReason", {
  description: "Why an assessment found a person unsuitable for the programme (recorded with the move to ASSESSED_UNSUITABLE).",
  valuesConfig: {
    DENIES_ABUSE: { description: "Denies the abuse altogether, so there is nothing the programme can work on." },
    NOT_MOTIVATED: { description: "Not motivated to change or to take part." },
    MENTAL_HEALTH: { description: "A mental health need that would stop them taking part safely; referred on." },
    SUBSTANCE_MISUSE: { description: "Drug or alcohol use that would stop them taking part; referred on." },
    LEARNING_OR_LANGUAGE_NEEDS: { description: "Learning, literacy or language needs the programme cannot meet." },
    RISK_NOT_MANAGEABLE: { description: "The risk they pose cannot be managed in a group programme." },
    OTHER: { description: "Another reason, given in the transition's note." },
  },
});

export const ReferralSourceEnum = graphqlEnum(REFERRAL_SOURCES, "ReferralSource", {
  description: "Who referred the person to the programme.",
  valuesConfig: {
    PROBATION: { description: "Probation (e.g. on a licence or community order)." },
    POLICE: { description: "The police." },
    FRONT_DOOR_SAFEGUARDING_HUB: { description: "The Front Door Safeguarding Hub (police, children's services and partners' joint triage)." },
    CHILDRENS_SERVICES: { description: "Children's social care." },
    YOUTH_JUSTICE_SERVICE: { description: "The Youth Justice (Offending) Service, e.g. for PACT." },
    SCHOOL: { description: "A school." },
    FAMILY_COURT: { description: "The family court." },
    SELF: { description: "The person referred themselves." },
    OTHER: { description: "Another agency." },
  },
});

@ObjectType({ description: "One step in a referral's life: who moved it, when and why." })
export class ReferralTransition {
  @Field(() => ReferralStatusEnum, { nullable: true, description: "The status before this step; null for the first step, when the referral was made." })
  fromStatus!: ReferralStatus | null;

  @Field(() => ReferralStatusEnum, { description: "The status after this step (the same as fromStatus for a move to another group)." })
  toStatus!: ReferralStatus;

  @Field(() => Int, { description: "The referral's version after this step." })
  version!: number;

  @Field(() => String, { nullable: true, description: "The withdrawal reason when the referral was withdrawn, or the reason for a move to another group; null otherwise." })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: "Free-text note given with the step, e.g. the court's order when a breach is re-opened; null when none was given." })
  note!: string | null;

  @Field({ description: "JWT subject of who made the change." })
  actorSub!: string;

  @Field(() => String, { nullable: true, description: "Name of who made the change, from their token; null when the token had none." })
  actorName!: string | null;

  @Field(() => DateTimeScalar, { description: "When the step was taken (UTC instant)." })
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

  @Field(() => ReferralStatusEnum, { description: "Where the referral is in its life (see ReferralStatus)." })
  status!: ReferralStatus;

  @Field(() => Int, { description: "Increments on every change; send it back as expectedVersion." })
  version!: number;

  @Field({ description: "Attendance is mandated (and enforced) rather than voluntary." })
  mandated!: boolean;

  @Field(() => LegalBasisEnum, { nullable: true, description: "The order or licence that mandates attendance; null for a voluntary referral." })
  legalBasis!: LegalBasis | null;

  @Field(() => ReferralSourceEnum, { description: "Who referred the person." })
  source!: ReferralSource;

  @Field(() => RiskLevelEnum, { nullable: true, description: "The risk assessed at referral (e.g. SARA for BBR); null when none was given." })
  riskLevel!: RiskLevel | null;

  @Field(() => WithdrawalReasonEnum, { nullable: true, description: "Why the referral was withdrawn; null unless its status is WITHDRAWN." })
  withdrawalReason!: WithdrawalReason | null;

  @Field({ description: "JWT subject of who made the referral." })
  referredBy!: string;

  @Field(() => String, { nullable: true, description: "The organisation of who made the referral, from their token; null when the token had none." })
  referredByOrg!: string | null;

  @Field(() => DateTimeScalar, { description: "When the referral was made (UTC instant)." })
  referredAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the person was given their current group place (UTC instant); null while not allocated to a group." })
  allocatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the referral reached a closed status (ASSESSED_UNSUITABLE, COMPLETED, BREACHED, DROPPED_OUT or WITHDRAWN), as a UTC instant; null while it is open." })
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
