import type { Executor } from "../../db/client.js";

/** Whose personal data is erased: a person (perpetrator) or a victim. */
export interface ErasureSubject {
  kind: "PERPETRATOR" | "VICTIM";
  id: string;
  /** The erasure day (YYYY-MM-DD, England): what "open" and "in force" mean. */
  today: string;
  /** The erasure's moment, written as the subject's `erasedAt`. */
  at: Date;
}

/** Work still open about the subject (an open referral, a current membership, link or order): erasing it needs an override. */
export interface OpenWork {
  /** What is open, e.g. `referrals`: the userError's field path after `input`. */
  field: string;
  message: string;
}

/**
 * A feature holding personal data about a person or a victim. The erasure calls every holder, in its
 * one transaction, after locking the subject: first `openWork` of all of them (any open work refuses
 * the erasure, with nothing written, unless the caller overrides it), then `erase`, in the composition
 * root's order. `erase` removes the personal data of the feature's own rows (names, dates of birth,
 * identifiers, contact details, free text) and keeps what reports count (statuses, dates, outcomes,
 * levels, types). Each feature keeps its own SQL; a test fails if a table referencing a person or
 * victim is left out. The events outbox plugs in here as one more holder ("erase this person's events").
 */
export interface PersonalDataHolder {
  openWork(tx: Executor, subject: ErasureSubject): Promise<OpenWork[]>;
  /** Removes the subject's personal data from the feature's rows: rows changed, by table name. */
  erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>>;
}
