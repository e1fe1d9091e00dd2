import { builtOnce } from "../../db/prepared.js";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { jsonRowOf, qualified, rowFromJson } from "../../db/json-rows.js";
import {
  maracReferrals,
  riskAssessments,
  safetyIncidents,
  victimLinks,
  type MaracReferralRow,
  type RiskAssessmentRow,
  type SafetyIncidentRow,
} from "./victim-safety.table.js";

// Built once: the same JSON shapes serve every batch.
const ASSESSMENT_JSON = jsonRowOf(riskAssessments);
const MARAC_JSON = jsonRowOf(maracReferrals);
const INCIDENT_JSON = jsonRowOf(safetyIncidents);

/** A link's latest assessment, MARAC referrals and incidents, read together. */
export interface LinkDetails {
  linkId: string;
  latest: RiskAssessmentRow | null;
  maracs: MaracReferralRow[];
  incidents: SafetyIncidentRow[];
}

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

  /**
   * What a safeguarding view shows of each link, in one statement however many links: the latest
   * DASH assessment, the MARAC referrals (latest first) and the incidents (latest first), as JSON
   * built by PostgreSQL.
   */
  /** Built once: the statement's text never changes, only the ids it is given. */
  private readonly detailsStatement = builtOnce(() =>
    this.db
      .select({
        linkId: sql<string>`l.id`,
        latest: sql<Record<string, unknown> | null>`(select ${ASSESSMENT_JSON} from ${riskAssessments} where ${qualified(riskAssessments.linkId)} = l.id
          order by ${qualified(riskAssessments.assessedOn)} desc, ${qualified(riskAssessments.createdAt)} desc, ${qualified(riskAssessments.id)} desc limit 1)`,
        maracs: sql<Record<string, unknown>[]>`(select coalesce(json_agg(${MARAC_JSON} order by ${qualified(maracReferrals.referredOn)} desc, ${qualified(maracReferrals.createdAt)} desc), '[]'::json)
          from ${maracReferrals} where ${qualified(maracReferrals.linkId)} = l.id)`,
        incidents: sql<Record<string, unknown>[]>`(select coalesce(json_agg(${INCIDENT_JSON} order by ${qualified(safetyIncidents.occurredOn)} desc, ${qualified(safetyIncidents.id)} desc), '[]'::json)
          from ${safetyIncidents} where ${qualified(safetyIncidents.linkId)} = l.id)`,
      })
      .from(sql`unnest(${sql.placeholder("ids")}::uuid[]) as l(id)`)
      .prepare("details_of_links"),
  );

  async detailsOfLinks(linkIds: readonly string[]): Promise<LinkDetails[]> {
    const rows = await this.detailsStatement().execute({ ids: [...linkIds] });
    return rows.map((row) => ({
      linkId: row.linkId,
      latest: row.latest ? rowFromJson<RiskAssessmentRow>(riskAssessments, row.latest) : null,
      maracs: row.maracs.map((json) => rowFromJson<MaracReferralRow>(maracReferrals, json)),
      incidents: row.incidents.map((json) => rowFromJson<SafetyIncidentRow>(safetyIncidents, json)),
    }));
  }

  async setMaracHearing(tx: Executor, id: string, hearingOn: string): Promise<MaracReferralRow | null> {
    const [row] = await tx.update(maracReferrals).set({ hearingOn }).where(eq(maracReferrals.id, id)).returning();
    return row ?? null;
  }
}
