import { and, desc, eq, gt, gte, inArray, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { currentOn } from "../../db/columns.js";
import { maracReferrals, protectiveOrders, riskAssessments, supportAllocations, victimLinks } from "./victim-safety.table.js";

/** Counts for analysts, in one statement: links by latest DASH level, MARAC referrals since a date, current IDVAs. */
export async function safetyStatistics(db: Executor, today: string, since: string): Promise<{ byLevel: Record<string, number>; marac: number; repeatMarac: number; victimsWithIdva: number }> {
  const latestLevel = latestLevelOfLink(db);
  const current = or(isNull(victimLinks.endedOn), gt(victimLinks.endedOn, today));
  const [levels, [marac], [idva]] = await Promise.all([
    db
      .select({ level: sql<string>`coalesce((${latestLevel}), 'NOT_ASSESSED')`, count: sql<number>`count(*)::int` })
      .from(victimLinks)
      .where(current)
      .groupBy(sql`1`),
    db
      .select({ all: sql<number>`count(*)::int`, repeats: sql<number>`count(*) filter (where ${maracReferrals.isRepeat})::int` })
      .from(maracReferrals)
      .where(and(gte(maracReferrals.referredOn, since), lte(maracReferrals.referredOn, today))),
    db
      .select({ count: sql<number>`count(distinct ${supportAllocations.victimId})::int` })
      .from(supportAllocations)
      .where(and(eq(supportAllocations.kind, "IDVA"), currentOn(supportAllocations.startedOn, supportAllocations.endedOn, today))),
  ]);
  return {
    byLevel: Object.fromEntries(levels.map((row) => [row.level, row.count])),
    marac: marac!.all,
    repeatMarac: marac!.repeats,
    victimsWithIdva: idva!.count,
  };
}

/**
 * "Active safety concerns", the one thing a facilitator may know: a current link whose latest DASH is
 * MEDIUM or HIGH, or a protective order in force against the perpetrator.
 */
export async function perpetratorsWithActiveConcerns(db: Executor, perpetratorIds: readonly string[], today: string): Promise<Set<string>> {
  const latestLevel = latestLevelOfLink(db);
  const ids = [...perpetratorIds];
  const [fromLinks, fromOrders] = await Promise.all([
    db
      .selectDistinct({ perpetratorId: victimLinks.perpetratorId })
      .from(victimLinks)
      .where(and(inArray(victimLinks.perpetratorId, ids), or(isNull(victimLinks.endedOn), gt(victimLinks.endedOn, today)), sql`(${latestLevel}) in ('MEDIUM', 'HIGH')`)),
    db
      .selectDistinct({ perpetratorId: protectiveOrders.perpetratorId })
      .from(protectiveOrders)
      .where(and(inArray(protectiveOrders.perpetratorId, ids), inForceOn(today))),
  ]);
  return new Set([...fromLinks, ...fromOrders].map((r) => r.perpetratorId));
}

/** A correlated subquery: the level of the latest assessment of the outer query's link. */
function latestLevelOfLink(db: Executor) {
  return db
    .select({ level: riskAssessments.level })
    .from(riskAssessments)
    .where(eq(riskAssessments.linkId, victimLinks.id))
    .orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt), desc(riskAssessments.id))
    .limit(1);
}

/** SQL twin of `orderInForce` (order.rules.ts). */
export const inForceOn = (today: string): SQL =>
  and(
    ne(protectiveOrders.type, "DVDS_DISCLOSURE"),
    lte(protectiveOrders.startsOn, today),
    or(isNull(protectiveOrders.endsOn), gte(protectiveOrders.endsOn, today)),
  )!;
