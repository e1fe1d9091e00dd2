import type { SeededRandom } from "../../src/seed/random.js";
import { ACCEPTABLE_ABSENCE_NOTES, BEHAVIOUR_CONCERN_NOTES, EXCLUSION_NOTES, UNACCEPTABLE_ABSENCE_NOTES } from "../../src/seed/names.js";
import type { AttendanceOutcome } from "../../src/modules/attendance/index.js";
import type { GeneratorContext } from "./context.js";
import type { CopyValue } from "./copy.js";
import { sessionIndex, submittedAt, submitterOf } from "./groups.js";
import { STREAMS, rngFor } from "./ids.js";
import type { Plans } from "./plan.js";
import { ROLE } from "./referral-plan.js";
import { DAY, HOUR, between, isoTime } from "./time.js";

/**
 * Registers: one submission per held session with a row per member attending the group then, and now and
 * then a correction a few days later that supersedes one row. Made group by group from pure functions, so
 * the submissions and (in a second pass) their rows come out the same without keeping either.
 */
const ATTENDING: readonly AttendanceOutcome[] = ["ATTENDED", "LATE"];
const FAILURES: readonly AttendanceOutcome[] = ["ABSENT_UNACCEPTABLE", "EXCLUDED"];
const CORRECTION_CHANCE = 0.025;

/**
 * One referral's outcomes over its sessions. The first is attended (attending starts the programme); then
 * as its role needs: completers reach the threshold, people still attending a voluntary programme can still
 * complete, mandated ones have at most one unacceptable failure unless their story is a breach.
 */
export function outcomesOf(ctx: GeneratorContext, plans: Plans, r: number): AttendanceOutcome[] {
  const plan = plans.referrals;
  const count = plan.last[r]! - plan.first[r]! + 1;
  if (count <= 0) return [];
  const rng = rngFor(ctx.seed, STREAMS.outcomes, r);
  const programme = ctx.programmes[plan.programme[r]!]!;
  const role = plan.role[r]!;
  const base = (): AttendanceOutcome => rng.weighted([["ATTENDED", 73], ["LATE", 9], ["ABSENT_ACCEPTABLE", 10], ["ABSENT_UNACCEPTABLE", 6], ["EXCLUDED", 0.6]] as const);
  const compliant = (): AttendanceOutcome => rng.weighted([["ATTENDED", 86], ["LATE", 8], ["ABSENT_ACCEPTABLE", 6]] as const);
  const outcomes: AttendanceOutcome[] = ["ATTENDED"];
  switch (role) {
    case ROLE.bench:
      for (let i = 1; i < count; i++) outcomes.push(compliant());
      return outcomes;
    case ROLE.breach:
    case ROLE.breachPending: {
      for (let i = 1; i < count; i++) outcomes.push(compliant());
      const warnedAt = rng.int(1, count - 2);
      outcomes[warnedAt] = "ABSENT_UNACCEPTABLE";
      outcomes[role === ROLE.breach ? count - 1 : rng.int(warnedAt + 1, count - 1)] = "ABSENT_UNACCEPTABLE";
      return outcomes;
    }
    case ROLE.drop:
      for (let i = 1; i < count; i++) outcomes.push(i >= count - 2 ? "ABSENT_UNACCEPTABLE" : base());
      return outcomes;
    default: {
      for (let i = 1; i < count; i++) outcomes.push(base());
      const total = programme.rules.sessionsTotal;
      if (role === ROLE.complete) raiseAttendance(rng, outcomes, programme.threshold);
      if (!programme.mandated && (role === ROLE.ongoing || role === ROLE.lateJoiner)) raiseAttendance(rng, outcomes, programme.threshold - (total - count));
      if (programme.mandated) {
        let failures = 0;
        for (let i = 0; i < outcomes.length; i++) if (FAILURES.includes(outcomes[i]!) && ++failures > 1) outcomes[i] = "ATTENDED";
      }
      return outcomes;
    }
  }
}

function raiseAttendance(rng: SeededRandom, outcomes: AttendanceOutcome[], target: number): void {
  let attended = outcomes.filter((o) => ATTENDING.includes(o)).length;
  const misses = rng.shuffle(outcomes.map((o, i) => (ATTENDING.includes(o) ? -1 : i)).filter((i) => i > 0));
  while (attended < target && misses.length) {
    outcomes[misses.pop()!] = "ATTENDED";
    attended++;
  }
}

function detail(rng: SeededRandom, outcome: AttendanceOutcome): { concern: boolean; note: string | null } {
  switch (outcome) {
    case "ATTENDED":
      return rng.chance(0.03) ? { concern: true, note: rng.pick(BEHAVIOUR_CONCERN_NOTES) } : { concern: false, note: null };
    case "LATE":
      return { concern: false, note: `Arrived ${rng.pick([10, 15, 20, 25, 30])} minutes late` };
    case "ABSENT_ACCEPTABLE":
      return { concern: false, note: rng.pick(ACCEPTABLE_ABSENCE_NOTES) };
    case "ABSENT_UNACCEPTABLE":
      return { concern: false, note: rng.chance(0.6) ? rng.pick(UNACCEPTABLE_ABSENCE_NOTES) : null };
    case "EXCLUDED":
      return { concern: true, note: rng.pick(EXCLUSION_NOTES) };
  }
}

export interface SessionRegister {
  submissions: CopyValue[][];
  records: CopyValue[][];
}

/** Submission s of group g: index g * 64 + s * 2 (+1 for a correction). Row of referral r at session s: (r * 32 + s) * 2 (+1). */
export function* groupRegisters(ctx: GeneratorContext, plans: Plans, g: number): Generator<SessionRegister> {
  const { groups, referrals: plan } = plans;
  const ids = ctx.ids;
  const members: number[] = [];
  for (let r = groups.memberStart[g]!; r < groups.memberStart[g + 1]!; r++) if (plan.person[r]! >= 0 && plan.last[r]! >= plan.first[r]!) members.push(r);
  const outcomes = new Map(members.map((r) => [r, outcomesOf(ctx, plans, r)]));
  const rng = rngFor(ctx.seed, STREAMS.registers, g);
  for (let s = 1; s <= groups.held[g]!; s++) {
    const present = members.filter((r) => plan.first[r]! <= s && s <= plan.last[r]!);
    if (!present.length) continue;
    const sessionId = ids.session.id(sessionIndex(g, s));
    const at = submittedAt(ctx, groups, g, s);
    const by = submitterOf(groups, g, s);
    const submissionId = ids.submission.id(g * 64 + s * 2);
    const candidates = present.filter((r) => s > plan.first[r]! && (outcomes.get(r)![s - plan.first[r]!] === "ATTENDED" || outcomes.get(r)![s - plan.first[r]!] === "ABSENT_ACCEPTABLE"));
    const corrected = candidates.length && rng.chance(CORRECTION_CHANCE) ? rng.pick(candidates) : -1;
    const correctionId = ids.submission.id(g * 64 + s * 2 + 1);
    const correctedAt = corrected >= 0 ? between(() => rng.next(), at + DAY, Math.min(at + 6 * DAY, ctx.now - HOUR)) : NaN;
    const records: CopyValue[][] = [];
    const recordIds: string[] = [];
    let correction: CopyValue[] | null = null;
    for (const r of present) {
      const final = outcomes.get(r)![s - plan.first[r]!]!;
      const id = ids.record.id((r * 32 + s) * 2);
      recordIds.push(id);
      const referralId = ids.referral.id(r);
      if (r === corrected) {
        const fixedId = ids.record.id((r * 32 + s) * 2 + 1);
        const note = final === "ATTENDED" ? "Marked absent in error; the sign-in sheet shows they attended" : "Reason given after the session and accepted";
        records.push([id, sessionId, referralId, submissionId, "ABSENT_UNACCEPTABLE", false, rng.pick(UNACCEPTABLE_ABSENCE_NOTES), by, isoTime(at), isoTime(correctedAt), correctionId]);
        records.push([fixedId, sessionId, referralId, correctionId, final, false, note, by, isoTime(correctedAt), null, null]);
        correction = [correctionId, `bench-${sessionId}-correction`, sessionId, by, isoTime(correctedAt), [fixedId]];
      } else {
        const { concern, note } = detail(rng, final);
        records.push([id, sessionId, referralId, submissionId, final, concern, note, by, isoTime(at), null, null]);
      }
    }
    const submissions: CopyValue[][] = [[submissionId, `bench-${sessionId}`, sessionId, by, isoTime(at), recordIds]];
    if (correction) submissions.push(correction);
    yield { submissions, records };
  }
}

export const SUBMISSION_COLUMNS = ["id", "idempotency_key", "session_id", "submitted_by", "created_at", "record_ids"] as const;
export const RECORD_COLUMNS = ["id", "session_id", "referral_id", "submission_id", "outcome", "behaviour_concern", "note", "recorded_by", "created_at", "superseded_at", "superseded_by"] as const;

export function* submissionRows(ctx: GeneratorContext, plans: Plans): Generator<CopyValue[]> {
  for (let g = 0; g < plans.groups.count; g++) for (const register of groupRegisters(ctx, plans, g)) yield* register.submissions;
}

export function* recordRows(ctx: GeneratorContext, plans: Plans): Generator<CopyValue[]> {
  for (let g = 0; g < plans.groups.count; g++) for (const register of groupRegisters(ctx, plans, g)) yield* register.records;
}
