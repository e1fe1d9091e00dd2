import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import {
  maracReferrals,
  riskAssessments,
  safetyIncidents,
  victimLinks,
  type MaracReferralRow,
  type RiskAssessmentRow,
  type SafetyIncidentRow,
} from "./victim-safety.table.js";

/** The risk history of a victim-perpetrator pair: DASH assessments, incidents and MARAC referrals. */
export class RiskRepository {
  constructor(private readonly db: Executor) {}

  async insertAssessment(tx: Executor, row: typeof riskAssessments.$inferInsert): Promise<RiskAssessmentRow> {
    const [inserted] = await tx.insert(riskAssessments).values(row).returning();
    return inserted!;
  }

  assessmentsByIds(ids: readonly string[]): Promise<RiskAssessmentRow[]> {
    return this.db.select().from(riskAssessments).where(inArray(riskAssessments.id, [...ids]));
  }

  /** Newest first. */
  assessmentsOfLinks(linkIds: readonly string[]): Promise<RiskAssessmentRow[]> {
    return this.db
      .select()
      .from(riskAssessments)
      .where(inArray(riskAssessments.linkId, [...linkIds]))
      .orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt), desc(riskAssessments.id));
  }

  /** The assessment in force for each link, in one statement for any number of links. */
  latestAssessments(linkIds: readonly string[], executor: Executor = this.db): Promise<RiskAssessmentRow[]> {
    return executor
      .selectDistinctOn([riskAssessments.linkId])
      .from(riskAssessments)
      .where(inArray(riskAssessments.linkId, [...linkIds]))
      .orderBy(riskAssessments.linkId, desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt), desc(riskAssessments.id));
  }

  async insertIncident(tx: Executor, row: typeof safetyIncidents.$inferInsert): Promise<SafetyIncidentRow> {
    const [inserted] = await tx.insert(safetyIncidents).values(row).returning();
    return inserted!;
  }

  incidentsByIds(ids: readonly string[]): Promise<SafetyIncidentRow[]> {
    return this.db.select().from(safetyIncidents).where(inArray(safetyIncidents.id, [...ids]));
  }

  /** Newest first. */
  incidentsOfLinks(linkIds: readonly string[], executor: Executor = this.db): Promise<SafetyIncidentRow[]> {
    return executor
      .select()
      .from(safetyIncidents)
      .where(inArray(safetyIncidents.linkId, [...linkIds]))
      .orderBy(desc(safetyIncidents.occurredOn), desc(safetyIncidents.id));
  }

  /** Incidents and MARAC referrals between a victim and a perpetrator, over all their links. */
  async historyOfPair(tx: Executor, victimId: string, perpetratorId: string): Promise<{ incidentDates: string[]; referrals: MaracReferralRow[] }> {
    const pairLinks = this.db
      .select({ id: victimLinks.id })
      .from(victimLinks)
      .where(and(eq(victimLinks.victimId, victimId), eq(victimLinks.perpetratorId, perpetratorId)));
    const [incidents, previous] = await Promise.all([
      tx.select({ occurredOn: safetyIncidents.occurredOn }).from(safetyIncidents).where(inArray(safetyIncidents.linkId, pairLinks)),
      tx.select().from(maracReferrals).where(inArray(maracReferrals.linkId, pairLinks)),
    ]);
    return { incidentDates: incidents.map((i) => i.occurredOn), referrals: previous };
  }

  async insertMaracReferral(tx: Executor, row: typeof maracReferrals.$inferInsert): Promise<MaracReferralRow> {
    const [inserted] = await tx.insert(maracReferrals).values(row).returning();
    return inserted!;
  }

  maracReferralsByIds(ids: readonly string[]): Promise<MaracReferralRow[]> {
    return this.db.select().from(maracReferrals).where(inArray(maracReferrals.id, [...ids]));
  }

  /** Newest first. */
  maracReferralsOfLinks(linkIds: readonly string[]): Promise<MaracReferralRow[]> {
    return this.db
      .select()
      .from(maracReferrals)
      .where(inArray(maracReferrals.linkId, [...linkIds]))
      .orderBy(desc(maracReferrals.referredOn), desc(maracReferrals.createdAt));
  }

  async setMaracHearing(tx: Executor, id: string, hearingOn: string): Promise<MaracReferralRow | null> {
    const [row] = await tx.update(maracReferrals).set({ hearingOn }).where(eq(maracReferrals.id, id)).returning();
    return row ?? null;
  }
}
