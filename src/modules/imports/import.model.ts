import type { UserErrorCode } from "../../shared/user-errors.js";

export const IMPORT_KINDS = ["PEOPLE", "REFERRALS", "ATTENDANCE", "IOM_COHORT"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A problem with one row (or the header, row 1): the CSV line, the column at fault when there is one. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: UserErrorCode | `${UserErrorCode}`;
  message: string;
}

/** What happened, or would happen on a dry run, to each data row of the file. */
export interface ImportCounts {
  /** New records written (or to be written). */
  created: number;
  /** Rows naming a record already held whose details differ from the file's: the record is kept as held, not overwritten. */
  matched: number;
  /** Rows naming a record already held with the same details. */
  unchanged: number;
  /** Rows with at least one problem. */
  refused: number;
}

export interface ImportSummary {
  kind: ImportKind;
  dryRun: boolean;
  /** Whether anything was written: false on a dry run, and on a real run with any problem (all or nothing). */
  written: boolean;
  rows: number;
  counts: ImportCounts;
  problems: ImportProblem[];
  /** Ids of the records created (empty when nothing was written). */
  createdIds: string[];
}

/** Who runs the import: the token's subject, or the command line's operator. */
export interface ImportActor {
  sub: string;
  name: string | null;
  org: string | null;
}

export type ImportProgress = (phase: "checking" | "writing", done: number, total: number) => void;
