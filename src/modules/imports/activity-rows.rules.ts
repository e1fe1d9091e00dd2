import { checkNotInFuture } from "../../shared/field-checks.js";
import type { IdentifierParsers } from "../perpetrators/index.js";
import type { ProgrammeCode } from "../programmes/index.js";
import { COHORT_TYPES, DESELECTION_REASONS, SELECTION_SOURCES, type CohortType, type DeselectionReason, type SelectionSource } from "../iom/index.js";
import { ATTENDANCE_OUTCOMES, type AttendanceOutcome } from "../attendance/index.js";
import type { RowValues } from "./import-columns.rules.js";
import { choice, dateIn, problem, readPersonReference, readProgramme, readYesNo, required, type Problems } from "./import-rows.rules.js";

/**
 * Attendance and IOM cohort rows to values, read as the register and the cohort mutations read their
 * input. Who the person is, which group and session, and what is already held are the planners' to
 * find (attendance-import.ts, cohort-import.ts).
 */

type Read<T> = { ok: true; value: T } | { ok: false; problems: Problems };

export interface AttendanceRowValues {
  row: number;
  crn: string | null;
  pncId: string | null;
  programme: ProgrammeCode;
  /** The group's name, as the programme's groups are named (unique within a programme). */
  group: string;
  sessionNumber: number;
  outcome: AttendanceOutcome;
  behaviourConcern: boolean;
}

export function readAttendanceRow(row: number, values: RowValues, parsers: IdentifierParsers): Read<AttendanceRowValues> {
  const problems: Problems = [];
  const { crn, pncId } = readPersonReference(row, values, parsers, problems);
  const programme = readProgramme(row, values, problems);
  const group = required(values, "group", row, problems);
  const sessionText = required(values, "session_number", row, problems);
  const sessionNumber = sessionText === null ? null : wholeNumber(sessionText);
  if (sessionText !== null && (sessionNumber === null || sessionNumber < 1)) problem(problems, row, "session_number", "INVALID", "session_number must be a whole number from 1");
  const outcome = choice<AttendanceOutcome>(values, "outcome", ATTENDANCE_OUTCOMES, row, problems, true);
  const behaviourConcern = readYesNo(values, "behaviour_concern", row, problems);
  if (problems.length || programme === null || group === null || sessionNumber === null || outcome === null) return { ok: false, problems };
  return { ok: true, value: { row, crn, pncId, programme, group, sessionNumber, outcome, behaviourConcern } };
}

export interface CohortRowValues {
  row: number;
  crn: string | null;
  pncId: string | null;
  selectionSource: SelectionSource;
  cohortType: CohortType;
  rfgScore: number | null;
  startedOn: string;
  endedOn: string | null;
  deselectionReason: DeselectionReason | null;
  deselectionNote: string | null;
  /** The offender manager's collar number, and their force when the number alone is not enough. */
  offenderManagerCollar: string | null;
  force: string | null;
}

const MAX_NOTE = 2000;

export function readCohortRow(row: number, values: RowValues, today: string, parsers: IdentifierParsers): Read<CohortRowValues> {
  const problems: Problems = [];
  const { crn, pncId } = readPersonReference(row, values, parsers, problems);
  const selectionSource = choice<SelectionSource>(values, "selection_source", SELECTION_SOURCES, row, problems, true);
  const cohortType = choice<CohortType>(values, "cohort_type", COHORT_TYPES, row, problems, true);
  const rfgText = values.rfg_score;
  const rfgScore = rfgText === undefined ? null : Number(rfgText);
  if (rfgScore !== null && !Number.isFinite(rfgScore)) problem(problems, row, "rfg_score", "INVALID", "rfg_score must be a number");
  const startedOn = dateIn(values, "started_on", row, problems);
  const endedOn = values.ended_on === undefined ? null : dateIn(values, "ended_on", row, problems);
  for (const [column, date] of [["started_on", startedOn], ["ended_on", endedOn]] as const) {
    const future = date ? checkNotInFuture(column, date, today) : null;
    if (future) problem(problems, row, column, future.code, future.message);
  }
  const deselectionReason = choice<DeselectionReason>(values, "deselection_reason", DESELECTION_REASONS, row, problems, false);
  if ((endedOn === null) !== (deselectionReason === null)) {
    problem(problems, row, endedOn === null ? "ended_on" : "deselection_reason", "INVALID", "ended_on and deselection_reason go together: give both for a past membership, neither for a current one");
  }
  const deselectionNote = values.deselection_note ?? null;
  if (deselectionNote !== null && deselectionNote.length > MAX_NOTE) problem(problems, row, "deselection_note", "INVALID", `deselection_note must be at most ${MAX_NOTE} characters`);
  const offenderManagerCollar = values.offender_manager_collar ?? null;
  const force = values.force ?? null;
  if (force !== null && offenderManagerCollar === null) problem(problems, row, "force", "INVALID", "force names the offender manager's force: give offender_manager_collar too");
  if (problems.length || selectionSource === null || cohortType === null || startedOn === null || (values.ended_on !== undefined && endedOn === null)) return { ok: false, problems };
  return { ok: true, value: { row, crn, pncId, selectionSource, cohortType, rfgScore, startedOn, endedOn, deselectionReason, deselectionNote, offenderManagerCollar, force } };
}

function wholeNumber(text: string): number | null {
  return /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null;
}
