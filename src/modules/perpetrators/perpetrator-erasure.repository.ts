import { and, eq, or, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { perpetratorChanges, perpetratorChildren, perpetratorMerges, perpetrators, type PerpetratorRow } from "./perpetrator.table.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "./person-erasure.port.js";

/** What an erased person's names read: the columns are required, the names are gone. */
export const ERASED_NAME = "ERASED";
/** What an erased merge record's reason reads (the reason may describe the person). */
export const ERASED_REASON = "(erased)";

/**
 * The person's own tables in an erasure: runs last, after every other feature has read what it needs
 * (reporting keeps the age bands derived from the date of birth). The record stays, with the fields
 * reports count (sex, disability) and without names, date of birth, identifiers, the other equality
 * data, needs and children; their corrections (which hold earlier values) go, and so do the values
 * kept by merges. Records merged into the person are the same person: they are erased with them.
 */
export class PerpetratorErasureRepository implements PersonalDataHolder {
  /** The person locked for an erasure or restriction; null when there is none. */
  async lock(tx: Executor, id: string): Promise<PerpetratorRow | null> {
    const [row] = await tx.select().from(perpetrators).where(eq(perpetrators.id, id)).for("update");
    return row ?? null;
  }

  async restrict(tx: Executor, id: string, version: number, at: Date): Promise<boolean> {
    const rows = await tx
      .update(perpetrators)
      .set({ restrictedAt: at, version: sql`${perpetrators.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(perpetrators.id, id), eq(perpetrators.version, version)))
      .returning({ id: perpetrators.id });
    return rows.length === 1;
  }

  async openWork(): Promise<OpenWork[]> {
    return [];
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    if (subject.kind !== "PERPETRATOR") return {};
    const samePerson = or(eq(perpetrators.id, subject.id), eq(perpetrators.mergedIntoId, subject.id));
    const people = sql`(select ${perpetrators.id} from ${perpetrators} where ${samePerson})`;
    const children = await tx.delete(perpetratorChildren).where(sql`${perpetratorChildren.perpetratorId} in ${people}`).returning({ id: perpetratorChildren.id });
    const changes = await tx.delete(perpetratorChanges).where(sql`${perpetratorChanges.perpetratorId} in ${people}`).returning({ id: perpetratorChanges.id });
    const merges = await tx
      .update(perpetratorMerges)
      .set({ reason: ERASED_REASON, duplicateValues: {} })
      .where(sql`${perpetratorMerges.survivorId} in ${people} or ${perpetratorMerges.duplicateId} in ${people}`)
      .returning({ id: perpetratorMerges.id });
    const erased = await tx
      .update(perpetrators)
      .set({
        givenName: ERASED_NAME,
        familyName: ERASED_NAME,
        dateOfBirth: sql`null`,
        crn: null,
        pncId: null,
        prisonNumber: null,
        croNumber: null,
        genderIdentity: null,
        ethnicity: null,
        firstLanguage: null,
        interpreterRequired: false,
        sexualOrientation: null,
        needs: [],
        erasedAt: subject.at,
        version: sql`${perpetrators.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(samePerson)
      .returning({ id: perpetrators.id });
    return { perpetrator_children: children.length, perpetrator_changes: changes.length, perpetrator_merges: merges.length, perpetrators: erased.length };
  }
}
