import type { Executor } from "../../db/client.js";

/** Open work both records hold that the survivor cannot hold twice (a unique rule forbids it). */
export interface MergeConflict {
  /** What conflicts, e.g. `referrals` or `caseAllocation`: the userError's field path after `input`. */
  field: string;
  message: string;
}

/** What a feature needs to move one person's rows to another. */
export interface PersonMove {
  survivorId: string;
  duplicateId: string;
  /** The merge day (YYYY-MM-DD) and who merges, for rows a move has to end. */
  today: string;
  actorSub: string;
}

/**
 * A feature holding rows about a person (a foreign key to `perpetrators.id`). The merge calls every
 * holder, in its one transaction, after locking both people: first `mergeConflicts` of all of them
 * (any conflict refuses the merge with nothing written), then `movePerson`. Each feature keeps its
 * own SQL; the composition root lists the holders, and a test fails if a table referencing a person
 * is left behind.
 */
export interface PersonRecordsHolder {
  mergeConflicts(tx: Executor, move: PersonMove): Promise<MergeConflict[]>;
  /** Re-points the duplicate's rows to the survivor: the number of rows moved, by table name. */
  movePerson(tx: Executor, move: PersonMove): Promise<Record<string, number>>;
}
