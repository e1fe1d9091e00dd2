import type { Executor } from "../../db/client.js";
import type { ImportActor, ImportCounts, ImportProblem, ImportProgress } from "./import.model.js";

export interface PlanOptions {
  now: Date;
  onProgress?: ImportProgress;
}

type RowOutcome = "created" | "matched" | "unchanged" | "refused";

/** Each data row's one outcome, and every problem found (a row may have several; it is refused once). */
export class Outcomes {
  private readonly byRow = new Map<number, { outcome: RowOutcome; id: string | null }>();
  readonly problems: ImportProblem[] = [];

  constructor(readonly rows: readonly number[]) {}

  refuse(problems: readonly ImportProblem[]): void {
    for (const problem of problems) {
      this.problems.push(problem);
      if (problem.row !== null) this.byRow.set(problem.row, { outcome: "refused", id: null });
    }
  }

  isRefused(row: number): boolean {
    return this.byRow.get(row)?.outcome === "refused";
  }

  set(row: number, outcome: Exclude<RowOutcome, "refused">, id: string | null): void {
    if (!this.isRefused(row)) this.byRow.set(row, { outcome, id });
  }

  counts(): ImportCounts {
    const counts: ImportCounts = { created: 0, matched: 0, unchanged: 0, refused: 0 };
    for (const { outcome } of this.byRow.values()) counts[outcome]++;
    return counts;
  }

  /** Problems in row order, the header's and the file's first. */
  sortedProblems(): ImportProblem[] {
    return [...this.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
}

/** A record an import created, and the person it is about (for the audit log). */
export interface WrittenRecord {
  id: string;
  perpetratorId: string;
}

/** What a file would do, found by reading the database; `write` does it, in the caller's transaction. */
export interface ImportPlan {
  outcomes: Outcomes;
  /** Writes the created rows; answers what it wrote. */
  write(tx: Executor, actor: ImportActor): Promise<WrittenRecord[]>;
}
