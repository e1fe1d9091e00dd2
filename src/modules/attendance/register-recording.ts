import { randomUUID } from "node:crypto";
import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { idOfType } from "../../shared/global-id.js";
import type { SafetyEventSink } from "../../shared/safety-events.js";
import type { DomainEventSink } from "../../shared/domain-events.js";
import { recordRegisterEvents } from "./register-events.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { GroupService, ProgrammeSessionRow } from "../groups/index.js";
import type { ReferralService } from "../referrals/index.js";
import type { AttendanceRepository } from "./attendance.repository.js";
import type { AttendanceRecordRow } from "./attendance.table.js";
import type { CatchUpService } from "./catch-up.service.js";
import type { RecordSessionAttendanceInput, RegisterEntryInput } from "./attendance.inputs.js";

const MAX_ENTRIES = 50;
const MAX_NOTE = 2000;
const KEY = /^[\x21-\x7e]{8,200}$/;

export interface RegisterResult {
  session: ProgrammeSessionRow;
  records: AttendanceRecordRow[];
  replayed: boolean;
}

export interface RegisterDependencies {
  db: Database;
  repository: AttendanceRepository;
  groups: GroupService;
  referrals: ReferralService;
  catchUps: CatchUpService;
  safetyEvents: () => SafetyEventSink;
  domainEvents: DomainEventSink;
}

/** Thrown inside the register transaction to roll it back and answer with user errors. */
class RegisterRefused extends Error {
  constructor(readonly errors: UserError[]) {
    super("register refused");
  }
}

const sameEntry = (row: AttendanceRecordRow, entry: RegisterEntryInput, note: string | null) =>
  row.outcome === entry.outcome && row.behaviourConcern === (entry.behaviourConcern ?? false) && row.note === note;

/**
 * Records one session's register in one transaction. The idempotency key is claimed in the same
 * transaction, so a retry (even a concurrent one) writes nothing and gets the first answer.
 */
export async function recordRegister(deps: RegisterDependencies, ctx: RequestContext, input: RecordSessionAttendanceInput): Promise<Outcome<RegisterResult>> {
  const sessionId = idOfType(input.sessionId, "ProgrammeSession");
  if (!sessionId) return refused(userError("sessionId", "NOT_FOUND", "No such session"));
  const key = input.idempotencyKey.trim();
  if (!KEY.test(key)) return refused(userError("idempotencyKey", "INVALID", "idempotencyKey must be 8 to 200 printable characters"));

  const previous = await deps.repository.submissionByKey(deps.db, key);
  if (previous) return replay(deps, ctx, previous.id, previous.sessionId, previous.submittedBy, previous.recordIds, sessionId);

  const checked = checkEntries(input.entries);
  if (!checked.ok) return checked;
  const entries = checked.value;
  const now = ctx.clock.now();

  try {
    const result = await deps.db.transaction(async (tx) => {
      const session = await deps.groups.lockSession(tx, sessionId);
      if (!session) throw new RegisterRefused([userError("sessionId", "NOT_FOUND", "No such session")]);
      await deps.groups.assertCanManageGroup(ctx, tx, session.groupId);
      if (session.cancelledAt) {
        throw new RegisterRefused([userError("sessionId", "SESSION_CANCELLED", `Session ${session.sessionNumber} was cancelled; a cancelled session takes no register`)]);
      }
      if (session.scheduledStart > now) {
        throw new RegisterRefused([userError("sessionId", "SESSION_NOT_STARTED", `Session ${session.sessionNumber} has not started yet`)]);
      }
      // Which rows stay and which are new is known before the key is claimed, so the submission is
      // written once, with the ids of every row it leaves current, in the register's order.
      const plan = planEntries(await deps.repository.currentRecordsFor(tx, session.id, entries.map((e) => e.referralId)), entries);
      const submission = await deps.repository.claimSubmission(tx, {
        idempotencyKey: key,
        sessionId,
        submittedBy: ctx.viewer.sub,
        recordIds: plan.map((step) => step.keep?.id ?? step.newId),
      });
      if (!submission) return null; // a concurrent retry with this key committed first

      const referralIds = entries.map((e) => e.referralId);
      const referrals = await deps.referrals.lockForRegister(tx, referralIds);
      const notInGroup = entries
        .map((entry, index) => ({ entry, index }))
        .filter(({ entry }) => referrals.find((r) => r.id === entry.referralId)?.groupId !== session.groupId)
        .map(({ index }) =>
          userError(["input", "entries", String(index), "referralId"], "NOT_IN_GROUP", "This person is not allocated to the session's group"),
        );
      if (notInGroup.length) throw new RegisterRefused(notInGroup);
      const catchUpRefusals = await deps.catchUps.registerRefusals(tx, session, entries, referrals);
      if (catchUpRefusals.length) throw new RegisterRefused(catchUpRefusals);

      const { records, written } = await writeEntries(deps, ctx, tx, session, submission.id, plan, now);
      const referralById = new Map(referrals.map((r) => [r.id, r]));
      await deps.safetyEvents().attendanceRecorded(
        tx,
        ctx,
        written.map((record) => ({
          recordId: record.id,
          referralId: record.referralId,
          perpetratorId: referralById.get(record.referralId)!.perpetratorId,
          programmeId: referralById.get(record.referralId)!.programmeId,
          sessionId: session.id,
          sessionNumber: session.sessionNumber,
          outcome: record.outcome,
          at: now,
        })),
      );
      await recordRegisterEvents(deps, tx, { sessionId: session.id, previous: plan.flatMap((step) => step.current ?? []), written, referralById, now });
      const attendedIds = new Set(entries.filter((e) => e.outcome === "ATTENDED" || e.outcome === "LATE").map((e) => e.referralId));
      const started = await deps.referrals.startOnProgramme(ctx, tx, referrals.filter((r) => attendedIds.has(r.id)), now);
      for (const referral of started) referralById.set(referral.id, referral);
      return { session, records, replayed: false, referrals: [...referralById.values()] };
    });
    if (result) {
      // The answer is made from what was written: a read after the commit could fail (the database
      // going away) and leave the facilitator with an error for a register that was in fact recorded.
      ctx.loaders.groups.sessionById.clear(result.session.id).prime(result.session.id, result.session);
      for (const referral of result.referrals) ctx.loaders.referrals.referralById.clear(referral.id).prime(referral.id, referral);
      // The transaction proved the caller runs this group and every row's participant is in it now:
      // what the answer shows is theirs to see, without a read after the commit to say so.
      ctx.visibility.prime("ProgrammeSession", [result.session.id]);
      ctx.visibility.prime("ProgrammeGroup", [result.session.groupId]);
      ctx.visibility.prime("AttendanceRecord", result.records.map((record) => record.id));
      ctx.visibility.prime("Referral", result.referrals.map((referral) => referral.id));
      ctx.visibility.prime("Perpetrator", result.referrals.map((referral) => referral.perpetratorId));
      return succeeded({ session: result.session, records: result.records, replayed: false });
    }
  } catch (error) {
    if (error instanceof RegisterRefused) return refused(...error.errors);
    throw error;
  }
  const winner = (await deps.repository.submissionByKey(deps.db, key))!;
  return replay(deps, ctx, winner.id, winner.sessionId, winner.submittedBy, winner.recordIds, sessionId);
}

/** Writes the plan: superseded rows are closed and their replacements inserted (`written`); kept rows are returned as they are. */
async function writeEntries(
  deps: RegisterDependencies,
  ctx: RequestContext,
  tx: Executor,
  session: ProgrammeSessionRow,
  submissionId: string,
  plan: PlannedEntry[],
  now: Date,
): Promise<{ records: AttendanceRecordRow[]; written: AttendanceRecordRow[] }> {
  const changed = plan.filter((step) => !step.keep);
  await deps.repository.supersede(
    tx,
    changed.flatMap((step) => step.current?.id ?? []),
    now,
    submissionId,
  );
  const inserted = await deps.repository.insertRecords(
    tx,
    changed.map(({ entry, newId }) => ({
      id: newId,
      sessionId: session.id,
      referralId: entry.referralId,
      submissionId,
      outcome: entry.outcome,
      behaviourConcern: entry.behaviourConcern ?? false,
      note: entry.note,
      recordedBy: ctx.viewer.sub,
      recordedAt: now,
    })),
  );
  const insertedById = new Map(inserted.map((row) => [row.id, row]));
  return { records: plan.map((step) => step.keep ?? insertedById.get(step.newId)!), written: inserted };
}

function checkEntries(entries: RegisterEntryInput[]): Outcome<CheckedEntry[]> {
  const errors: UserError[] = [];
  if (entries.length === 0) errors.push(userError("entries", "INVALID", "A register needs at least one entry"));
  if (entries.length > MAX_ENTRIES) errors.push(userError("entries", "INVALID", `A register has at most ${MAX_ENTRIES} entries`));
  const seen = new Set<string>();
  const parsed = entries.map((entry, index) => {
    const path = (field: string) => ["input", "entries", String(index), field];
    const referralId = idOfType(entry.referralId, "Referral");
    if (!referralId) errors.push(userError(path("referralId"), "NOT_FOUND", "No such referral"));
    else if (seen.has(referralId)) errors.push(userError(path("referralId"), "INVALID", "This person appears twice in the register"));
    else seen.add(referralId);
    const note = entry.note?.trim() || null;
    errors.push(...fieldErrors(checkLength(`entries.${index}.note`, note, MAX_NOTE)));
    return { ...entry, referralId: referralId ?? "", note };
  });
  return errors.length ? refused(...errors) : succeeded(parsed);
}

async function replay(
  deps: RegisterDependencies,
  ctx: RequestContext,
  submissionId: string,
  submittedSessionId: string,
  submittedBy: string,
  recordIds: string[],
  requestedSessionId: string,
): Promise<Outcome<RegisterResult>> {
  if (submittedSessionId !== requestedSessionId || submittedBy !== ctx.viewer.sub) {
    return refused(userError("idempotencyKey", "IDEMPOTENCY_KEY_REUSED", "This idempotency key was already used for a different register"));
  }
  const session = await deps.groups.getSession(ctx, submittedSessionId);
  const records = recordIds.length ? await deps.repository.recordsByIds(deps.db, recordIds) : [];
  const order = new Map(recordIds.map((id, index) => [id, index]));
  records.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  void submissionId;
  return succeeded({ session: session!, records, replayed: true });
}

type CheckedEntry = RegisterEntryInput & { referralId: string; note: string | null };

interface PlannedEntry {
  entry: CheckedEntry;
  /** The person's current row for the session, if any. */
  current: AttendanceRecordRow | undefined;
  /** The current row, when it already says the same and stays. */
  keep: AttendanceRecordRow | null;
  /** The id the new row will have, when it does not. */
  newId: string;
}

/** For each entry: keep the current row if it already says the same, else a new row (with its id chosen now). */
function planEntries(current: AttendanceRecordRow[], entries: CheckedEntry[]): PlannedEntry[] {
  const currentByReferral = new Map(current.map((row) => [row.referralId, row]));
  return entries.map((entry) => {
    const existing = currentByReferral.get(entry.referralId);
    const keep = existing && sameEntry(existing, entry, entry.note) ? existing : null;
    return { entry, current: existing, keep, newId: randomUUID() };
  });
}
