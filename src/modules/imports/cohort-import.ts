import type { Executor } from "../../db/client.js";
import { isoDate } from "../../shared/clock.js";
import { checkAdultOn, checkDeselection, checkOffenderManagerKind, checkSelection, type CohortRepository, type IomRefusal, type MembershipPeriod, type StaffKind } from "../iom/index.js";
import { identifierParsersAt } from "../perpetrators/index.js";
import type { CsvRecord } from "./csv.rules.js";
import { rowValues, type Header } from "./import-columns.rules.js";
import { readCohortRow, type CohortRowValues } from "./activity-rows.rules.js";
import type { ActivityImportRepository, HeldStaff } from "./activity-import.repository.js";
import type { ImportActor, ImportProblem } from "./import.model.js";
import type { HeldPerson, ImportRepository } from "./import.repository.js";
import { Outcomes, type ImportPlan, type PlanOptions, type WrittenRecord } from "./import-plan.js";
import { resolvePeople } from "./person-reference.js";

interface Planned {
  values: CohortRowValues;
  person: HeldPerson;
  staff: HeldStaff | null;
}

export interface CohortPlanDependencies {
  repository: ImportRepository;
  activity: ActivityImportRepository;
  cohort: CohortRepository;
}

/** An IOM rule's input field → the CSV column. */
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  startedOn: "started_on",
  endedOn: "ended_on",
  rfgScore: "rfg_score",
  note: "deselection_note",
  reason: "deselection_reason",
};

/**
 * An IOM cohort file: current and past memberships. A membership is the person and the day they
 * joined: held already, the row is unchanged (or matched when its details differ; the membership is
 * kept as held). New ones are checked by the rules selectForIomCohort and deselectFromIomCohort apply,
 * against the person's held history and the file's earlier rows for them (taken in start order): one
 * open membership, no overlap, an adult on the day, a named offender manager who is a police offender
 * manager (active, for a current membership).
 */
export async function planCohort(executor: Executor, deps: CohortPlanDependencies, header: Header, records: CsvRecord[], options: PlanOptions): Promise<ImportPlan> {
  const outcomes = new Outcomes(records.map((record) => record.line));
  const parsers = identifierParsersAt(options.now);
  const today = isoDate(options.now);
  const valid: CohortRowValues[] = [];
  for (const record of records) {
    const { values, problems } = rowValues(header, record.line, record.fields);
    const read = readCohortRow(record.line, values, today, parsers);
    outcomes.refuse(problems);
    if (read.ok && !problems.length) valid.push(read.value);
    else if (!read.ok) outcomes.refuse(read.problems);
  }

  const people = await resolvePeople(executor, deps.repository, valid);
  outcomes.refuse(people.problems);
  const personIds = [...new Set(people.found.map(({ person }) => person.id))];
  const collars = [...new Set(people.found.flatMap(({ row }) => row.offenderManagerCollar ?? []))];
  const [memberships, staff] = await Promise.all([deps.activity.membershipsOf(executor, personIds), deps.activity.staffByCollar(executor, collars)]);

  // Each person's memberships as the rules see them: what is held, then the file's rows planned so far.
  const historyOf = new Map<string, MembershipPeriod[]>();
  const plannedStarts = new Set<string>();
  for (const m of memberships) historyOf.set(m.perpetratorId, [...(historyOf.get(m.perpetratorId) ?? []), m]);
  const toCreate: Planned[] = [];
  const inStartOrder = [...people.found].sort((a, b) => a.row.startedOn.localeCompare(b.row.startedOn) || a.row.row - b.row.row);
  inStartOrder.forEach(({ row: values, person }, index) => {
    options.onProgress?.("checking", index + 1, inStartOrder.length);
    const refuse = (problems: ImportProblem[]) => outcomes.refuse(problems);
    const at = (column: string, code: ImportProblem["code"], message: string): ImportProblem => ({ row: values.row, column, code, message });
    const personColumn = values.crn ? "crn" : "pnc";
    const history = historyOf.get(person.id) ?? [];
    if (plannedStarts.has(`${person.id}|${values.startedOn}`)) return refuse([at("started_on", "DUPLICATE", "An earlier row of the file starts this person's membership on the same day")]);
    const same = memberships.find((m) => m.perpetratorId === person.id && m.startedOn === values.startedOn);
    if (same) {
      const unchanged = same.selectionSource === values.selectionSource && same.cohortType === values.cohortType && same.endedOn === values.endedOn && same.deselectionReason === values.deselectionReason;
      return outcomes.set(values.row, unchanged ? "unchanged" : "matched", same.id);
    }

    const refusals: IomRefusal[] = [...checkSelection(history, { startedOn: values.startedOn, rfgScore: values.rfgScore }, today)];
    if (values.endedOn !== null && values.deselectionReason !== null) {
      refusals.push(...checkDeselection({ startedOn: values.startedOn, endedOn: null }, { endedOn: values.endedOn, reason: values.deselectionReason, note: values.deselectionNote }, today));
    }
    const adult = checkAdultOn(person.dateOfBirth, values.startedOn);
    if (adult) refusals.push(adult);
    const problems = refusals.map((r) => at(COLUMN_OF_FIELD[r.field] ?? personColumn, r.code, r.message));
    const manager = findManager(values, staff);
    if ("problem" in manager) problems.push(at(manager.column, manager.code, manager.problem));
    if (problems.length) return refuse(problems);

    // Later rows for this person are checked against this one, as if it were held.
    historyOf.set(person.id, [...history, { startedOn: values.startedOn, endedOn: values.endedOn }]);
    plannedStarts.add(`${person.id}|${values.startedOn}`);
    toCreate.push({ values, person, staff: "staff" in manager ? manager.staff : null });
    outcomes.set(values.row, "created", null);
  });

  return {
    outcomes,
    async write(tx: Executor, actor: ImportActor): Promise<WrittenRecord[]> {
      const written: WrittenRecord[] = [];
      for (const { values, person, staff: manager } of toCreate) {
        const membership = await deps.cohort.insertMembership(tx, {
          perpetratorId: person.id,
          selectionSource: values.selectionSource,
          cohortType: values.cohortType,
          rfgScore: values.rfgScore === null ? null : Math.round(values.rfgScore * 100) / 100,
          startedOn: values.startedOn,
          endedOn: values.endedOn,
          deselectionReason: values.deselectionReason,
          deselectionNote: values.deselectionNote,
          selectedBy: actor.sub,
          deselectedBy: values.endedOn === null ? null : actor.sub,
        });
        if (manager) {
          await deps.cohort.insertAssignment(tx, { membershipId: membership.id, staffId: manager.id, startedOn: values.startedOn, endedOn: values.endedOn, reason: `Imported from a CSV file (row ${values.row})`, assignedBy: actor.sub });
        }
        written.push({ id: membership.id, perpetratorId: person.id });
        outcomes.set(values.row, "created", membership.id);
        options.onProgress?.("writing", written.length, toCreate.length);
      }
      return written;
    },
  };
}

type ManagerFound = { staff: HeldStaff | null } | { problem: string; column: string; code: ImportProblem["code"] };

/** The offender manager a row names by collar number (and force, when the number is held in more than one). */
export function findManager(values: CohortRowValues, staff: readonly HeldStaff[]): ManagerFound {
  if (values.offenderManagerCollar === null) return { staff: null };
  const collar = values.offenderManagerCollar.toLowerCase();
  const force = values.force?.toLowerCase() ?? null;
  const matching = staff.filter((s) => s.collarNumber?.toLowerCase() === collar && (force === null || s.force?.toLowerCase() === force));
  const active = matching.filter((s) => s.active);
  const candidates = active.length ? active : matching;
  if (candidates.length === 0) return { problem: "No IOM staff member is held with this collar number", column: force ? "force" : "offender_manager_collar", code: "NOT_FOUND" };
  if (candidates.length > 1) return { problem: "This collar number is held in more than one force: name the force", column: "force", code: "INVALID" };
  const manager = candidates[0]!;
  const kind = checkOffenderManagerKind(manager.kind as StaffKind, "offender_manager_collar");
  if (kind) return { problem: kind.message, column: "offender_manager_collar", code: kind.code };
  if (!manager.active && values.endedOn === null) return { problem: "This offender manager is no longer active; a current member needs an active one", column: "offender_manager_collar", code: "STAFF_INACTIVE" };
  return { staff: manager };
}
