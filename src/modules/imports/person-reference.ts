import type { Executor } from "../../db/client.js";
import type { ImportProblem } from "./import.model.js";
import type { HeldPerson, ImportRepository } from "./import.repository.js";

/** A row that names a person already held, by CRN and/or PNC ID. */
export interface PersonReference {
  row: number;
  crn: string | null;
  pncId: string | null;
}

/**
 * Finds the people the rows name, with one statement for the file (and one for the survivors of
 * merged records, whose identifiers lead to the record they were merged into). Each row gets its
 * person, or the one problem that stops it: nobody held, or the CRN and PNC naming two people.
 */
export async function resolvePeople<T extends PersonReference>(
  executor: Executor,
  repository: ImportRepository,
  rows: readonly T[],
): Promise<{ found: { row: T; person: HeldPerson }[]; problems: ImportProblem[] }> {
  const held = await repository.peopleByIdentifiers(executor, {
    crn: rows.map((row) => row.crn).filter((v): v is string => v !== null),
    pncId: rows.map((row) => row.pncId).filter((v): v is string => v !== null),
    prisonNumber: [],
    croNumber: [],
  });
  const survivors = await repository.peopleByIds(executor, [...new Set(held.flatMap((p) => (p.mergedIntoId ? [p.mergedIntoId] : [])))]);
  const current = (p: HeldPerson) => (p.mergedIntoId ? (survivors.find((s) => s.id === p.mergedIntoId) ?? p) : p);

  const found: { row: T; person: HeldPerson }[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const byCrn = row.crn ? held.find((p) => p.crn === row.crn) : undefined;
    const byPnc = row.pncId ? held.find((p) => p.pncId === row.pncId) : undefined;
    if (byCrn && byPnc && current(byCrn).id !== current(byPnc).id) {
      problems.push({ row: row.row, column: "pnc", code: "CONFLICT", message: "The CRN and the PNC ID belong to two different people held" });
    } else if (!byCrn && !byPnc) {
      problems.push({ row: row.row, column: row.crn ? "crn" : "pnc", code: "NOT_FOUND", message: "No person is held with this identifier: import them first (--kind people)" });
    } else {
      found.push({ row, person: current((byCrn ?? byPnc)!) });
    }
  }
  return { found, problems };
}
