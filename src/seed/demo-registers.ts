/**
 * Attendance: each member's outcomes over their sessions, the registers submitted for each held session,
 * and the later corrections that supersede some of their rows.
 */
import type { AttendanceOutcome } from "../modules/attendance/index.js";
import { addDays } from "../shared/dates.js";
import { HOUR } from "./calendar.js";
import { ATTENDING, FAILURES, type DemoDraft, type GroupDraft, type ProgrammeInfo, type RecordDraft, type SubmissionDraft } from "./demo-drafts.js";
import type { MemberRole } from "./demo-plan.js";
import { ACCEPTABLE_ABSENCE_NOTES, BEHAVIOUR_CONCERN_NOTES, EXCLUSION_NOTES, UNACCEPTABLE_ABSENCE_NOTES } from "./names.js";

/**
 * One person's outcomes over their sessions. The first is always attended (attending starts the
 * programme); the rest follow the role: completers reach the threshold, people still on the
 * programme can still complete, mandated ones have at most one unacceptable failure unless their
 * story is a breach.
 */
export function outcomesFor(demo: DemoDraft, role: MemberRole, count: number, programme: ProgrammeInfo, mandated: boolean): AttendanceOutcome[] {
  const rng = demo.rng;
  const base = (): AttendanceOutcome =>
    rng.weighted([["ATTENDED", 71], ["LATE", 9], ["ABSENT_ACCEPTABLE", 10.5], ["ABSENT_UNACCEPTABLE", 6], ["EXCLUDED", 2.5]] as const);
  const compliant = (): AttendanceOutcome => rng.weighted([["ATTENDED", 85], ["LATE", 8], ["ABSENT_ACCEPTABLE", 7]] as const);
  const total = programme.rules.sessionsTotal;
  const attendedCount = (o: AttendanceOutcome[]) => o.filter((x) => ATTENDING.includes(x)).length;
  const raiseAttendanceTo = (o: AttendanceOutcome[], target: number) => {
    const misses = rng.shuffle(o.map((x, i) => (ATTENDING.includes(x) ? -1 : i)).filter((i) => i > 0));
    while (attendedCount(o) < target && misses.length) o[misses.pop()!] = "ATTENDED";
  };
  const atMostOneFailure = (o: AttendanceOutcome[]) => {
    let seen = 0;
    for (let i = 0; i < o.length; i++) if (FAILURES.includes(o[i]!) && ++seen > 1) o[i] = "ATTENDED";
  };

  const outcomes: AttendanceOutcome[] = ["ATTENDED"];
  switch (role) {
    case "COMPLETE":
    case "ONGOING":
    case "LATE_JOINER":
    case "WITHDRAW": {
      for (let i = 1; i < count; i++) outcomes.push(base());
      if (role === "COMPLETE") raiseAttendanceTo(outcomes, programme.threshold);
      // Voluntary: still able to complete (attended so far plus every session left reaches the
      // threshold), or they would have dropped out. BBR's missed sessions are caught up instead.
      if (!mandated && (role === "ONGOING" || role === "LATE_JOINER")) raiseAttendanceTo(outcomes, programme.threshold - (total - count));
      if (mandated) atMostOneFailure(outcomes);
      return outcomes;
    }
    case "BREACH_PENDING":
    case "BREACH": {
      for (let i = 1; i < count; i++) outcomes.push(compliant());
      const warnedAt = rng.int(1, count - 2);
      outcomes[warnedAt] = "ABSENT_UNACCEPTABLE";
      outcomes[role === "BREACH" ? count - 1 : rng.int(warnedAt + 1, count - 1)] = "ABSENT_UNACCEPTABLE";
      return outcomes;
    }
    case "DROP": {
      for (let i = 1; i < count; i++) outcomes.push(i >= count - 2 ? "ABSENT_UNACCEPTABLE" : base());
      return outcomes;
    }
    default:
      return [];
  }
}

export function buildRegisters(demo: DemoDraft, group: GroupDraft): void {
  const rng = demo.rng;
  for (const session of group.sessions) {
    if (!session.submittedAt) continue;
    const submission: SubmissionDraft = {
      id: rng.uuid(),
      idempotencyKey: `seed-${session.id}`,
      session,
      submittedBy: session.submittedBy,
      submittedAt: session.submittedAt,
      records: [],
    };
    for (const referral of group.members) {
      const member = referral.member!;
      if (session.number < member.first || session.number > member.last) continue;
      const outcome = member.outcomes[session.number - member.first]!;
      const { behaviourConcern, note } = recordDetail(demo, outcome);
      submission.records.push({
        id: rng.uuid(),
        session,
        referral,
        submissionId: submission.id,
        outcome,
        behaviourConcern,
        note,
        recordedBy: submission.submittedBy,
        recordedAt: submission.submittedAt,
        supersededAt: null,
        supersededBy: null,
      });
    }
    if (submission.records.length) demo.submissions.push(submission);
  }
}

function recordDetail(demo: DemoDraft, outcome: AttendanceOutcome): { behaviourConcern: boolean; note: string | null } {
  const rng = demo.rng;
  switch (outcome) {
    case "ATTENDED":
      return rng.chance(0.03) ? { behaviourConcern: true, note: rng.pick(BEHAVIOUR_CONCERN_NOTES) } : { behaviourConcern: false, note: null };
    case "LATE":
      return rng.chance(0.05)
        ? { behaviourConcern: true, note: rng.pick(BEHAVIOUR_CONCERN_NOTES) }
        : { behaviourConcern: false, note: `Arrived ${rng.pick([10, 15, 20, 25, 30])} minutes late` };
    case "ABSENT_ACCEPTABLE":
      return { behaviourConcern: false, note: rng.pick(ACCEPTABLE_ABSENCE_NOTES) };
    case "ABSENT_UNACCEPTABLE":
      return { behaviourConcern: false, note: rng.chance(0.6) ? rng.pick(UNACCEPTABLE_ABSENCE_NOTES) : null };
    case "EXCLUDED":
      return { behaviourConcern: true, note: rng.pick(EXCLUSION_NOTES) };
  }
}

/**
 * Registers get corrected: a row first recorded as an unacceptable absence is superseded a few days
 * later by a correcting submission (the reason arrived late, or the person was marked absent in error).
 * The person's first session is left alone, since attending it is what started their programme.
 */
export function correctRegisters(demo: DemoDraft): void {
  const rng = demo.rng;
  const candidates = demo.submissions.flatMap((submission) =>
    submission.records.filter(
      (r) => (r.outcome === "ATTENDED" || r.outcome === "ABSENT_ACCEPTABLE") && r.session.number > r.referral.member!.first,
    ),
  );
  const mandated = candidates.filter((r) => r.referral.legalBasis !== null);
  const chosen = new Set<RecordDraft>(rng.shuffle(mandated).slice(0, 2));
  for (const record of rng.shuffle(candidates)) {
    if (chosen.size >= 8) break;
    chosen.add(record);
  }

  const bySession = new Map<string, RecordDraft[]>();
  for (const record of chosen) bySession.set(record.session.id, [...(bySession.get(record.session.id) ?? []), record]);
  for (const [sessionId, records] of bySession) {
    const original = demo.submissions.find((s) => s.session.id === sessionId && s.idempotencyKey === `seed-${sessionId}`)!;
    const submittedAt = demo.clockBetween(addDays(original.submittedAt, 1), new Date(Math.min(addDays(original.submittedAt, 6).getTime(), demo.now.getTime() - HOUR)));
    const correction: SubmissionDraft = {
      id: rng.uuid(),
      idempotencyKey: `seed-${sessionId}-correction`,
      session: original.session,
      submittedBy: original.submittedBy,
      submittedAt,
      records: [],
    };
    for (const record of records) {
      // The row as first recorded, now history; the current row carries the final outcome.
      const finalOutcome = record.outcome;
      const finalNote =
        finalOutcome === "ATTENDED"
          ? "Marked absent in error; the sign-in sheet shows they attended"
          : `Reason given after the session and accepted: ${record.note ?? "absence explained"}`;
      correction.records.push({
        ...record,
        id: rng.uuid(),
        submissionId: correction.id,
        behaviourConcern: false,
        note: finalNote,
        recordedBy: correction.submittedBy,
        recordedAt: submittedAt,
      });
      record.outcome = "ABSENT_UNACCEPTABLE";
      record.behaviourConcern = false;
      record.note = rng.pick(UNACCEPTABLE_ABSENCE_NOTES);
      record.supersededAt = submittedAt;
      record.supersededBy = correction.id;
    }
    demo.submissions.push(correction);
  }
}
