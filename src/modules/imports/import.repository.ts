import { inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { perpetratorChildren, perpetrators } from "../perpetrators/index.js";
import { referrals } from "../referrals/index.js";

export interface HeldPerson {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: string;
  crn: string | null;
  pncId: string | null;
  prisonNumber: string | null;
  croNumber: string | null;
  mergedIntoId: string | null;
}

export interface HeldReferral {
  id: string;
  perpetratorId: string;
  programmeId: string;
  status: string;
  source: string;
  legalBasis: string | null;
  riskLevel: string | null;
  /** The UTC calendar date of referredAt, YYYY-MM-DD. */
  referredDate: string;
}

const HELD_PERSON = {
  id: perpetrators.id,
  givenName: perpetrators.givenName,
  familyName: perpetrators.familyName,
  dateOfBirth: perpetrators.dateOfBirth,
  sex: perpetrators.sex,
  crn: perpetrators.crn,
  pncId: perpetrators.pncId,
  prisonNumber: perpetrators.prisonNumber,
  croNumber: perpetrators.croNumber,
  mergedIntoId: perpetrators.mergedIntoId,
};

/**
 * The lookups an import matches its rows against: one statement per kind of record for the whole file,
 * whatever its length. Writes go through the people and referral repositories' own inserts.
 */
export class ImportRepository {
  /** Everyone holding any of these identifiers, merged records included (their identifiers stay taken). */
  async peopleByIdentifiers(executor: Executor, ids: { crn: string[]; pncId: string[]; prisonNumber: string[]; croNumber: string[] }): Promise<HeldPerson[]> {
    const conditions: SQL[] = [];
    if (ids.crn.length) conditions.push(inArray(perpetrators.crn, ids.crn));
    if (ids.pncId.length) conditions.push(inArray(perpetrators.pncId, ids.pncId));
    if (ids.prisonNumber.length) conditions.push(inArray(perpetrators.prisonNumber, ids.prisonNumber));
    if (ids.croNumber.length) conditions.push(inArray(perpetrators.croNumber, ids.croNumber));
    if (!conditions.length) return [];
    return executor.select(HELD_PERSON).from(perpetrators)
      .where(or(...conditions));
  }

  /** The people with these ids (the survivors a merged record's identifiers lead to). */
  async peopleByIds(executor: Executor, ids: string[]): Promise<HeldPerson[]> {
    if (!ids.length) return [];
    return executor.select(HELD_PERSON).from(perpetrators).where(inArray(perpetrators.id, ids));
  }

  async childrenOf(executor: Executor, personIds: string[]): Promise<{ perpetratorId: string; dateOfBirth: string; regularContact: boolean }[]> {
    if (!personIds.length) return [];
    return executor
      .select({ perpetratorId: perpetratorChildren.perpetratorId, dateOfBirth: perpetratorChildren.dateOfBirth, regularContact: perpetratorChildren.regularContact })
      .from(perpetratorChildren)
      .where(inArray(perpetratorChildren.perpetratorId, personIds));
  }

  async referralsOf(executor: Executor, personIds: string[]): Promise<HeldReferral[]> {
    if (!personIds.length) return [];
    return executor
      .select({
        id: referrals.id,
        perpetratorId: referrals.perpetratorId,
        programmeId: referrals.programmeId,
        status: referrals.status,
        source: referrals.source,
        legalBasis: referrals.legalBasis,
        riskLevel: referrals.riskLevel,
        referredDate: sql<string>`to_char(${referrals.referredAt} at time zone 'UTC', 'YYYY-MM-DD')`,
      })
      .from(referrals)
      .where(inArray(referrals.perpetratorId, personIds));
  }
}
