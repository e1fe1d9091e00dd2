import { randomUUID } from "node:crypto";
import type { Executor } from "../../db/client.js";
import type { AttendanceRepository } from "../attendance/index.js";
import { identifierParsersAt } from "../perpetrators/index.js";
import type { ProgrammeRow } from "../programmes/index.js";
import type { ReferralRepository } from "../referrals/index.js";
import type { CsvRecord } from "./csv.rules.js";
import { rowValues, type Header } from "./import-columns.rules.js";
import { readAttendanceRow, type AttendanceRowValues } from "./activity-rows.rules.js";
import type { ActivityImportRepository, HeldGroupReferral, HeldSession } from "./activity-import.repository.js";
import type { ImportActor, ImportProblem } from "./import.model.js";
import type { ImportRepository } from "./import.repository.js";
import { Outcomes, type ImportPlan, type PlanOptions, type WrittenRecord } from "./import-plan.js";
import { resolvePeople } from "./person-reference.js";

interface Planned {
  values: AttendanceRowValues;
  session: HeldSession;
  referral: HeldGroupReferral;
}

export interface AttendancePlanDependencies {
  repository: ImportRepository;
  activity: ActivityImportRepository;
  attendance: AttendanceRepository;
  referrals: ReferralRepository;
  programmes: ReadonlyMap<string, ProgrammeRow>;
}

/**
 * An attendance file: registers kept in a spreadsheet before the API. Each row names a person held, a
 * programme, one of its groups by name and the group's session number. The session must have started
 * and not been cancelled, and the person must be placed in the group, as recordSessionAttendance
 * requires. A session already registered for the person is unchanged (same outcome) or matched (the
 * register is kept as held: a correction is recordSessionAttendance's, with its history). New rows are
 * written as one register submission per session; a participant's first attendance starts them on the
 * programme, as a live register does. Imported history raises no safety alerts: it was acted on when
 * it happened.
 */
export async function planAttendance(executor: Executor, deps: AttendancePlanDependencies, header: Header, records: CsvRecord[], options: PlanOptions): Promise<ImportPlan> {
  const outcomes = new Outcomes(records.map((record) => record.line));
  const parsers = identifierParsersAt(options.now);
  const valid: AttendanceRowValues[] = [];
  for (const record of records) {
    const { values, problems } = rowValues(header, record.line, record.fields);
    const read = readAttendanceRow(record.line, values, parsers);
    outcomes.refuse(problems);
    if (read.ok && !problems.length) valid.push(read.value);
    else if (!read.ok) outcomes.refuse(read.problems);
  }

  const people = await resolvePeople(executor, deps.repository, valid);
  outcomes.refuse(people.problems);
  const programmeIds = [...new Set(people.found.flatMap(({ row }) => deps.programmes.get(row.programme)?.id ?? []))];
  const groups = await deps.activity.groupsByName(executor, programmeIds, [...new Set(people.found.map(({ row }) => row.group))]);
  const groupIds = groups.map((g) => g.id);
  const personIds = [...new Set(people.found.map(({ person }) => person.id))];
  const [sessions, placed] = await Promise.all([deps.activity.sessionsOf(executor, groupIds), deps.activity.referralsInGroups(executor, personIds, groupIds)]);
  const held = await deps.activity.currentAttendance(executor, sessions.map((s) => s.id), placed.map((r) => r.id));

  const firstRowOf = new Map<string, number>();
  const toCreate: Planned[] = [];
  people.found.forEach(({ row: values, person }, index) => {
    options.onProgress?.("checking", index + 1, people.found.length);
    const refuse = (column: string, code: ImportProblem["code"], message: string) => outcomes.refuse([{ row: values.row, column, code, message }]);
    const programme = deps.programmes.get(values.programme);
    const group = groups.find((g) => g.programmeId === programme?.id && g.name.toLowerCase() === values.group.toLowerCase());
    if (!programme || !group) return refuse("group", "NOT_FOUND", `No ${values.programme} group is named "${values.group}"`);
    const session = sessions.find((s) => s.groupId === group.id && s.sessionNumber === values.sessionNumber);
    if (!session) return refuse("session_number", "NOT_FOUND", `The group has no session ${values.sessionNumber}`);
    if (session.cancelledAt) return refuse("session_number", "SESSION_CANCELLED", `Session ${values.sessionNumber} was cancelled; a cancelled session takes no register`);
    if (session.scheduledStart > options.now) return refuse("session_number", "SESSION_NOT_STARTED", `Session ${values.sessionNumber} has not started yet`);
    // A person placed in the group more than once (a restart) is registered on the latest placement.
    const referral = placed.filter((r) => r.perpetratorId === person.id && r.groupId === group.id).at(-1);
    if (!referral) return refuse(values.crn ? "crn" : "pnc", "NOT_IN_GROUP", "This person is not placed in the group");

    const key = `${referral.id}|${session.id}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) return refuse("session_number", "DUPLICATE", `Row ${earlier} registers the same person for the same session`);
    firstRowOf.set(key, values.row);
    const current = held.find((a) => a.referralId === referral.id && a.sessionId === session.id);
    if (current) return outcomes.set(values.row, current.outcome === values.outcome && current.behaviourConcern === values.behaviourConcern ? "unchanged" : "matched", current.id);
    toCreate.push({ values, session, referral });
    outcomes.set(values.row, "created", null);
  });

  return {
    outcomes,
    async write(tx: Executor, actor: ImportActor): Promise<WrittenRecord[]> {
      const written: WrittenRecord[] = [];
      const bySession = new Map<string, Planned[]>();
      for (const planned of toCreate) bySession.set(planned.session.id, [...(bySession.get(planned.session.id) ?? []), planned]);
      for (const [sessionId, rows] of bySession) {
        const ids = rows.map(() => randomUUID());
        const submission = await deps.attendance.claimSubmission(tx, { idempotencyKey: `csv-import:${randomUUID()}`, sessionId, submittedBy: actor.sub, recordIds: ids, submittedAt: options.now });
        await deps.attendance.insertRecords(
          tx,
          rows.map(({ values, referral }, index) => ({
            id: ids[index],
            sessionId,
            referralId: referral.id,
            submissionId: submission!.id,
            outcome: values.outcome,
            behaviourConcern: values.behaviourConcern,
            recordedBy: actor.sub,
            recordedAt: options.now,
          })),
        );
        rows.forEach(({ values, referral }, index) => {
          written.push({ id: ids[index]!, perpetratorId: referral.perpetratorId });
          outcomes.set(values.row, "created", ids[index]!);
        });
        options.onProgress?.("writing", written.length, toCreate.length);
      }
      const attended = toCreate.filter(({ values }) => values.outcome === "ATTENDED" || values.outcome === "LATE").map(({ referral }) => referral.id);
      await deps.referrals.startAllocated(tx, [...new Set(attended)], {
        fromStatus: "ALLOCATED",
        toStatus: "ON_PROGRAMME",
        note: "First session attended (imported register)",
        actorSub: actor.sub,
        actorName: actor.name,
        occurredAt: options.now,
      });
      return written;
    },
  };
}
