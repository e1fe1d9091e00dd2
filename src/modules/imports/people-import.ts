import type { Executor } from "../../db/client.js";
import { identifierParsersAt, type IdentifierParsers, type PerpetratorRepository } from "../perpetrators/index.js";
import type { CsvRecord } from "./csv.rules.js";
import { rowValues, type Header, type RowValues } from "./import-columns.rules.js";
import { duplicatesWithinFile, readPersonRow, type PersonRow } from "./import-rows.rules.js";
import type { ImportActor, ImportProblem } from "./import.model.js";
import type { HeldPerson, ImportRepository } from "./import.repository.js";
import type { ImportPlan, PlanOptions, WrittenRecord } from "./import-plan.js";
import { Outcomes } from "./import-plan.js";

const IDENTIFIERS = [
  { field: "crn", column: "crn", what: "CRN" },
  { field: "pncId", column: "pnc", what: "PNC ID" },
  { field: "prisonNumber", column: "prison_number", what: "prison number" },
  { field: "croNumber", column: "cro_number", what: "CRO number" },
] as const;

/**
 * A people file: each row is matched to a person already held by CRN, then by PNC ID; a matched
 * person is never overwritten (a correction is updatePerpetrator's, with its reason and history).
 * The rest are new people, checked by createPerpetrator's rules, their identifiers unique.
 */
export async function planPeople(
  executor: Executor,
  deps: { repository: ImportRepository; perpetrators: PerpetratorRepository },
  header: Header,
  records: CsvRecord[],
  options: PlanOptions,
): Promise<ImportPlan> {
  const outcomes = new Outcomes(records.map((record) => record.line));
  const parsers = identifierParsersAt(options.now);
  const valid: PersonRow[] = [];
  // Each row's identifiers in canonical form, whatever else is wrong with it: a person twice in the file is named on both rows' account.
  const identifiersOf: { row: number; ids: Record<string, string | null> }[] = [];
  records.forEach((record, index) => {
    const { values, problems } = rowValues(header, record.line, record.fields);
    const read = readPersonRow(record.line, values, options.now, parsers);
    outcomes.refuse(problems);
    if (read.ok && !problems.length) valid.push(read.value);
    else if (!read.ok) outcomes.refuse(read.problems);
    identifiersOf.push({ row: record.line, ids: canonicalIdentifiers(values, parsers) });
    options.onProgress?.("checking", index + 1, records.length);
  });
  outcomes.refuse(duplicatesWithinFile(identifiersOf, IDENTIFIERS.map(({ column, what }) => ({ column, what, of: (row: (typeof identifiersOf)[number]) => row.ids[column] ?? null }))));

  const values = (field: (typeof IDENTIFIERS)[number]["field"]) => valid.map((row) => row.person[field]).filter((v): v is string => Boolean(v));
  const held = await deps.repository.peopleByIdentifiers(executor, { crn: values("crn"), pncId: values("pncId"), prisonNumber: values("prisonNumber"), croNumber: values("croNumber") });

  const toCreate: PersonRow[] = [];
  for (const row of valid) {
    if (outcomes.isRefused(row.row)) continue;
    const outcome = matchPerson(row, held);
    if ("problem" in outcome) outcomes.refuse([outcome.problem]);
    else if (outcome.kind === "created") toCreate.push(row);
    else outcomes.set(row.row, outcome.kind, outcome.personId);
  }
  for (const row of toCreate) outcomes.set(row.row, "created", null);

  return {
    outcomes,
    async write(tx: Executor, actor: ImportActor): Promise<WrittenRecord[]> {
      const ids: WrittenRecord[] = [];
      for (const row of toCreate) {
        const { person } = await deps.perpetrators.insert(tx, { ...row.person, createdBy: actor.sub }, []);
        ids.push({ id: person.id, perpetratorId: person.id });
        outcomes.set(row.row, "created", person.id);
        options.onProgress?.("writing", ids.length, toCreate.length);
      }
      return ids;
    },
  };
}

function canonicalIdentifiers(values: RowValues, parsers: IdentifierParsers): Record<string, string | null> {
  const ids: Record<string, string | null> = {};
  for (const { field, column } of IDENTIFIERS) {
    const text = values[column];
    const parsed = text === undefined ? null : parsers[field](text);
    ids[column] = parsed?.ok ? parsed.value : null;
  }
  return ids;
}

type PersonOutcome = { kind: "created" } | { kind: "matched" | "unchanged"; personId: string } | { problem: ImportProblem };

/** The person a row names (CRN first, then PNC ID), whether their details are the file's, or why the row cannot be taken. */
export function matchPerson(row: PersonRow, held: readonly HeldPerson[]): PersonOutcome {
  const { person } = row;
  const conflict = (column: string, message: string): PersonOutcome => ({ problem: { row: row.row, column, code: "CONFLICT", message } });
  const byCrn = person.crn ? held.find((p) => p.crn === person.crn) : undefined;
  const byPnc = person.pncId ? held.find((p) => p.pncId === person.pncId) : undefined;
  const personOf = (p: HeldPerson) => p.mergedIntoId ?? p.id;
  if (byCrn && byPnc && personOf(byCrn) !== personOf(byPnc)) return conflict("pnc", "The CRN and the PNC ID belong to two different people held");
  const holder = byCrn ?? byPnc;
  if (holder) {
    if (!byCrn && person.crn && holder.crn) return conflict("crn", "The person held with this PNC ID has a different CRN");
    if (!byPnc && person.pncId && holder.pncId) return conflict("pnc", "The person held with this CRN has a different PNC ID");
    const same =
      !holder.mergedIntoId &&
      holder.givenName === person.givenName &&
      holder.familyName === person.familyName &&
      holder.dateOfBirth === person.dateOfBirth &&
      holder.sex === person.sex;
    return { kind: same ? "unchanged" : "matched", personId: personOf(holder) };
  }
  // A new person: the other identifiers must be nobody else's, as createPerpetrator requires.
  for (const { field, column, what } of IDENTIFIERS) {
    const value = person[field];
    if (value && held.some((p) => p[field] === value)) {
      return { problem: { row: row.row, column, code: "DUPLICATE", message: `Another person already has this ${what}` } };
    }
  }
  return { kind: "created" };
}
