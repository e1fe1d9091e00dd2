import { aliased } from "../db/aliases.js";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { Role } from "../shared/auth/roles.js";
import { personManagedBy } from "../modules/iom/index.js";
import { isAllocatedPractitioner } from "../modules/cases/index.js";
import { personInGroupFacilitatedBy } from "../modules/referrals/index.js";
import {
  maracReferrals,
  protectedPeople,
  protectiveOrders,
  riskAssessments,
  safetyAlerts,
  safetyIncidents,
  supportAllocations,
  victimLinks,
  victims,
  personLinkedToVictimSupportedBy,
  victimSupportedBy,
} from "../modules/victim-safety/index.js";
import { perpetrators } from "../modules/perpetrators/index.js";
import type { AccessTable, Relationship } from "./relationships.js";
import type { RelationshipContext } from "./visibility.types.js";

/**
 * Victim safety, the most sensitive data held. Police safeguarding and police read every victim; a
 * support worker (IDVA, ISS, partner support) the victims allocated to them now; an IOM officer the
 * victims of the people they manage now; a probation practitioner those of the people whose case is
 * allocated to them now. Facilitators, admins, supervisors, analysts and auditors see no victim.
 */
export const VICTIM_SAFETY_ACCESS: AccessTable = {
  [Role.SAFEGUARDING]: ["ANY"],
  [Role.POLICE]: ["ANY"],
  [Role.SUPPORT_WORKER]: ["SUPPORT_WORKER"],
  [Role.IOM_OFFICER]: ["OFFENDER_MANAGER"],
  [Role.PROBATION]: ["ALLOCATED_PRACTITIONER"],
  [Role.FACILITATOR]: [],
  [Role.IOM_SUPERVISOR]: [],
  [Role.ADMIN]: [],
  [Role.ANALYST]: [],
  [Role.AUDITOR]: [],
  [Role.SAR_DATA_ACCESS]: [],
};

/** How to reach a victim safely (contact method, times, notes): for those who must contact them. */
export const CONTACT_DETAILS_ACCESS: AccessTable = {
  ...VICTIM_SAFETY_ACCESS,
  [Role.IOM_OFFICER]: [],
  [Role.PROBATION]: [],
};

/**
 * Whether a person has active safety concerns (a yes or no, no victim detail): whoever reads their
 * victim-safety data, and the facilitators of a group the person is in (all a facilitator is told).
 * A relationship of its own so that a caller with several roles is told only through one of them: a
 * token that is FACILITATOR and PROBATION reads the flag of its allocated cases and its groups'
 * people, not of everyone probation can see.
 */
export const SAFETY_FLAG_ACCESS: AccessTable = {
  ...VICTIM_SAFETY_ACCESS,
  [Role.FACILITATOR]: ["FACILITATES_GROUP"],
};

/** Safety alerts: the safeguarding queue, and each support worker's own alerts about their victims. */
export const SAFETY_ALERT_ACCESS: AccessTable = {
  ...VICTIM_SAFETY_ACCESS,
  [Role.IOM_OFFICER]: [],
  [Role.PROBATION]: [],
};

const { columns: link, from: linkFrom } = aliased(victimLinks, "rel_vs_link");
const { columns: protectedPerson, from: protectedPersonFrom } = aliased(protectedPeople, "rel_vs_protected");

/** The case relationship to a perpetrator that a scoped reader holds, as a condition on a perpetrator id. */
function onPerpetrator(rel: Relationship, { sub, today }: RelationshipContext): ((perpetratorId: SQLWrapper) => SQL) | null {
  if (rel === "OFFENDER_MANAGER") return (person) => personManagedBy(sub, person);
  if (rel === "ALLOCATED_PRACTITIONER") return (person) => isAllocatedPractitioner(sub, person, today);
  return null;
}

/** Rows reached through a victim link: by the link's perpetrator (case holders) or its victim (support workers). */
function throughLink(rel: Relationship, ctx: RelationshipContext, linkId: SQLWrapper): SQL | null {
  const person = onPerpetrator(rel, ctx);
  if (person) return sql`exists (select 1 from ${linkFrom} where ${link.id} = ${linkId} and ${person(link.perpetratorId)})`;
  if (rel === "SUPPORT_WORKER") return sql`exists (select 1 from ${linkFrom} where ${link.id} = ${linkId} and ${victimSupportedBy(ctx.sub, link.victimId, ctx.today)})`;
  return null;
}

/** A victim reached by the relationship: linked to a case the caller holds, or supported by them. */
function victimCondition(rel: Relationship, ctx: RelationshipContext, victimId: SQLWrapper): SQL | null {
  const person = onPerpetrator(rel, ctx);
  if (person) return sql`exists (select 1 from ${linkFrom} where ${link.victimId} = ${victimId} and ${person(link.perpetratorId)})`;
  if (rel === "SUPPORT_WORKER") return victimSupportedBy(ctx.sub, victimId, ctx.today);
  return null;
}

/** A perpetrator whose victim-safety data the relationship reaches (rows of the perpetrators table). */
function safetyOfPerson(rel: Relationship, ctx: RelationshipContext): SQL | null {
  const person = onPerpetrator(rel, ctx);
  if (person) return person(perpetrators.id);
  return rel === "SUPPORT_WORKER" ? personLinkedToVictimSupportedBy(ctx.sub, perpetrators.id, ctx.today) : null;
}

export const VICTIM_SAFETY_ROWS = {
  SafetyOfPerson: safetyOfPerson,
  /** A perpetrator whose safety flag the relationship reaches: as SafetyOfPerson, and a facilitator's group members. */
  SafetyFlagOfPerson: (rel: Relationship, ctx: RelationshipContext) =>
    rel === "FACILITATES_GROUP" ? personInGroupFacilitatedBy(ctx.sub, perpetrators.id, ctx.today) : safetyOfPerson(rel, ctx),
  Victim: (rel: Relationship, ctx: RelationshipContext) => victimCondition(rel, ctx, victims.id),
  VictimLink: (rel: Relationship, ctx: RelationshipContext) => {
    const person = onPerpetrator(rel, ctx);
    if (person) return person(victimLinks.perpetratorId);
    return rel === "SUPPORT_WORKER" ? victimSupportedBy(ctx.sub, victimLinks.victimId, ctx.today) : null;
  },
  RiskAssessment: (rel: Relationship, ctx: RelationshipContext) => throughLink(rel, ctx, riskAssessments.linkId),
  SafetyIncident: (rel: Relationship, ctx: RelationshipContext) => throughLink(rel, ctx, safetyIncidents.linkId),
  MaracReferral: (rel: Relationship, ctx: RelationshipContext) => throughLink(rel, ctx, maracReferrals.linkId),
  SupportAllocation: (rel: Relationship, ctx: RelationshipContext) => victimCondition(rel, ctx, supportAllocations.victimId),
  ProtectiveOrder: (rel: Relationship, ctx: RelationshipContext) => {
    const person = onPerpetrator(rel, ctx);
    if (person) return person(protectiveOrders.perpetratorId);
    return rel === "SUPPORT_WORKER"
      ? sql`exists (select 1 from ${protectedPersonFrom} where ${protectedPerson.orderId} = ${protectiveOrders.id} and ${victimSupportedBy(ctx.sub, protectedPerson.victimId, ctx.today)})`
      : null;
  },
  /** A support worker's own alerts, about victims they still support. */
  SafetyAlert: (rel: Relationship, ctx: RelationshipContext) =>
    rel === "SUPPORT_WORKER" ? sql`${safetyAlerts.recipientSubject} = ${ctx.sub} and ${victimSupportedBy(ctx.sub, safetyAlerts.victimId, ctx.today)}` : null,
};

export const VICTIM_SAFETY_TABLES = {
  Victim: victims,
  VictimLink: victimLinks,
  RiskAssessment: riskAssessments,
  SafetyIncident: safetyIncidents,
  MaracReferral: maracReferrals,
  SupportAllocation: supportAllocations,
  ProtectiveOrder: protectiveOrders,
  SafetyAlert: safetyAlerts,
};
