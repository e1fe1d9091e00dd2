import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { instantIn, type Period } from "../../shared/period.js";
import { perpetratorChanges, perpetratorChildren, perpetratorMerges, perpetrators, type PerpetratorChangeRow, type PerpetratorChildRow, type PerpetratorMergeRow, type PerpetratorRow } from "./perpetrator.table.js";

/** What a subject access export reads of a person's own record: the record, its corrections and merges. */
export class PerpetratorSarReader {
  constructor(private readonly db: Executor) {}

  /**
   * The live record a CRN or prison number names. Identifiers move to the survivor on a merge, so a
   * merged-away record holds none and is never the one found; nor does an erased one (nothing is held:
   * 204). A restricted record is found: the export is the admin's explicit read a restriction allows.
   */
  async held(identifiers: { crn: string | null; prisonNumber: string | null }): Promise<PerpetratorRow | null> {
    const matches = [identifiers.crn ? eq(perpetrators.crn, identifiers.crn) : null, identifiers.prisonNumber ? eq(perpetrators.prisonNumber, identifiers.prisonNumber) : null].filter(
      (match) => match !== null,
    );
    if (matches.length === 0) return null;
    const rows = await this.db
      .select()
      .from(perpetrators)
      .where(and(or(...matches), isNull(perpetrators.mergedIntoId), isNull(perpetrators.erasedAt)));
    // When the two identifiers name two records, the CRN's is the one asked about.
    return rows.find((row) => identifiers.crn !== null && row.crn === identifiers.crn) ?? rows[0] ?? null;
  }

  children(perpetratorId: string): Promise<PerpetratorChildRow[]> {
    return this.db.select().from(perpetratorChildren).where(eq(perpetratorChildren.perpetratorId, perpetratorId)).orderBy(asc(perpetratorChildren.createdAt));
  }

  /** Corrections of the record made in the period, oldest first. */
  changes(perpetratorId: string, period: Period): Promise<PerpetratorChangeRow[]> {
    return this.db
      .select()
      .from(perpetratorChanges)
      .where(and(eq(perpetratorChanges.perpetratorId, perpetratorId), instantIn(perpetratorChanges.occurredAt, period)))
      .orderBy(asc(perpetratorChanges.version));
  }

  /** Other records of the person merged into this one in the period. */
  merges(perpetratorId: string, period: Period): Promise<PerpetratorMergeRow[]> {
    return this.db
      .select()
      .from(perpetratorMerges)
      .where(and(eq(perpetratorMerges.survivorId, perpetratorId), instantIn(perpetratorMerges.occurredAt, period)))
      .orderBy(asc(perpetratorMerges.occurredAt));
  }
}
