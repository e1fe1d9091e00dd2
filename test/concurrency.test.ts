import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AllocateToGroupDocument,
  RecordSessionAttendanceDocument,
  ReferralDetailDocument,
  TransitionReferralDocument,
  type AttendanceOutcome,
  type RecordSessionAttendanceMutation,
  type ReferralStatus,
} from "../client/generated/graphql.js";
import { idOfType } from "../src/shared/global-id.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type GraphQLResponse, type TestServer } from "./support/server.js";

/*
 * Many clients at once against the real server. On PGlite every statement runs on one connection, so
 * this checks the logic of retries and corrections; with TEST_DATABASE_URL the pool of 10
 * connections makes the transactions really overlap, which is what the row locks, the version checks
 * and the idempotency key's unique index are there for.
 */

let server: TestServer;
let fx: Fixtures;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createFixtures(server);
}, 60_000);
afterAll(() => server?.close());

/** A small seeded generator, so a failing run can be repeated exactly. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    shuffle: <T,>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

const dbId = (globalId: string, typeName: string) => {
  const id = idOfType(globalId, typeName);
  if (!id) throw new Error(`${globalId} is not a ${typeName} id`);
  return id;
};

describe("registers submitted concurrently", () => {
  const FACILITATORS = 50;
  const SESSIONS_PER_GROUP = 3;
  const RETRY_RATE = 0.2;
  const SEED = Number(process.env.CONCURRENCY_SEED ?? 20260601);

  interface Entry {
    referralId: string;
    outcome: AttendanceOutcome;
    note?: string;
  }
  interface Submission {
    key: string;
    sessionId: string;
    entries: Entry[];
    /** How many identical requests the client sends at once: more than one is a retry racing the first. */
    copies: number;
    correction: boolean;
  }
  interface Facilitator {
    sub: string;
    token: string;
    groupId: string;
    referralIds: string[];
    sessionIds: string[];
    /** Sent one wave after another; the submissions in a wave (all for different sessions) at once. */
    waves: Submission[][];
  }

  /** An absence that a sick note excuses carries the note, so a correction can also change only the note. */
  const NOTES: Partial<Record<AttendanceOutcome, string>> = { ABSENT_ACCEPTABLE: "GP appointment" };
  const OUTCOMES: AttendanceOutcome[] = ["ATTENDED", "ATTENDED", "ATTENDED", "LATE", "ABSENT_ACCEPTABLE", "ABSENT_UNACCEPTABLE", "EXCLUDED"];
  const entryFor = (referralId: string, outcome: AttendanceOutcome): Entry => (NOTES[outcome] ? { referralId, outcome, note: NOTES[outcome] } : { referralId, outcome });

  /**
   * Each session gets its register, then up to two corrections (new keys) that change some people and
   * send others again unchanged. Session n's k-th submission goes in wave n + k, so a correction of one
   * session races the next session's register for the same people.
   */
  function planSubmissions(random: ReturnType<typeof seededRandom>, sub: string, referralIds: string[], sessionIds: string[]): Submission[][] {
    const waves: Submission[][] = [];
    let serial = 0;
    const copies = () => (random.chance(RETRY_RATE) ? random.pick([2, 2, 3]) : 1);
    sessionIds.forEach((sessionId, sessionIndex) => {
      const latest = new Map<string, AttendanceOutcome>();
      const chain: Submission[] = [];
      const register = referralIds.map((referralId) => entryFor(referralId, random.pick(OUTCOMES)));
      register.forEach((entry) => latest.set(entry.referralId, entry.outcome));
      chain.push({ key: `${sub}-s${sessionIndex + 1}-${++serial}-register`, sessionId, entries: register, copies: copies(), correction: false });

      const corrections = random.chance(0.5) ? random.pick([1, 1, 2]) : 0;
      for (let c = 0; c < corrections; c++) {
        const people = random.shuffle(referralIds).slice(0, random.int(1, 3));
        const entries = people.map((referralId, index) => {
          const before = latest.get(referralId)!;
          // The first person always changes (or it is no correction); the others half the time.
          const outcome = index === 0 || random.chance(0.5) ? random.pick(OUTCOMES.filter((o) => o !== before)) : before;
          latest.set(referralId, outcome);
          return entryFor(referralId, outcome);
        });
        chain.push({ key: `${sub}-s${sessionIndex + 1}-${++serial}-correction`, sessionId, entries, copies: copies(), correction: true });
      }
      chain.forEach((submission, k) => (waves[sessionIndex + k] ??= []).push(submission));
    });
    return waves;
  }

  let facilitators: Facilitator[];

  beforeAll(async () => {
    const random = seededRandom(SEED);
    // Groups are built at once too: it is quicker on PostgreSQL and harmless on PGlite.
    facilitators = await Promise.all(
      Array.from({ length: FACILITATORS }, async (_, g): Promise<Facilitator> => {
        const sub = `fac-conc-${String(g + 1).padStart(2, "0")}`;
        const group = await fx.group("CHOICES", [sub]);
        const size = 4 + (g % 3);
        // Allocated before the sessions exist: a Choices group closes to new members once session 2 has started.
        const participants = await Promise.all(Array.from({ length: size }, () => fx.participant("CHOICES", group.id)));
        // Weekly from 4 May: all three have started by the server's clock (1 June).
        const sessions = await fx.sessions(group.id, SESSIONS_PER_GROUP, "2026-05-04T18:00:00Z");
        const referralIds = participants.map((p) => p.referral.id);
        const sessionIds = sessions.map((s) => s.id);
        return {
          sub,
          token: await server.token(Role.FACILITATOR, sub),
          groupId: group.id,
          referralIds,
          sessionIds,
          waves: [],
        };
      }),
    );
    // Planned after the groups exist, in a fixed order, so the same seed gives the same plan.
    for (const facilitator of facilitators) facilitator.waves = planSubmissions(random, facilitator.sub, facilitator.referralIds, facilitator.sessionIds);
  }, 180_000);

  it("50 facilitators submitting registers at once, with retries and corrections", async () => {
    type Answer = GraphQLResponse<RecordSessionAttendanceMutation>;
    /** What the register should say for one person at one session, and the keys that changed it, oldest first. */
    interface Expected {
      outcome: AttendanceOutcome;
      note: string | null;
      recordId: string;
      changedBy: string[];
    }
    const expected = new Map<string, Expected>();
    const pairKey = (sessionId: string, referralId: string) => `${sessionId}|${referralId}`;
    const answersByKey = new Map<string, string[]>();
    const tally = { submissions: 0, requests: 0, retried: 0, extraRequests: 0, replayed: 0, corrections: 0, rowsWritten: 0, entriesKeptUnchanged: 0, correctionsSentAlongsideAnotherRegister: 0 };
    const problems: string[] = [];

    const send = (facilitator: Facilitator, submission: Submission) =>
      server.request(RecordSessionAttendanceDocument, { input: { sessionId: submission.sessionId, idempotencyKey: submission.key, entries: submission.entries } }, facilitator.token);

    /** Checks the answers to one submission (and its retries) and moves the expected register on. */
    function settle(submission: Submission, answers: Answer[]) {
      tally.submissions++;
      tally.requests += answers.length;
      if (submission.copies > 1) {
        tally.retried++;
        tally.extraRequests += submission.copies - 1;
      }
      if (submission.correction) tally.corrections++;
      for (const answer of answers) {
        if (answer.status !== 200 || answer.errors?.length || answer.data?.recordSessionAttendance.userErrors.length) {
          problems.push(`${submission.key}: HTTP ${answer.status} ${JSON.stringify(answer.errors ?? answer.data?.recordSessionAttendance.userErrors)} (request ${answer.requestId})`);
        }
      }
      if (problems.length) return;
      const payloads = answers.map((answer) => answer.data!.recordSessionAttendance);
      // A retry must look to the client exactly like the first answer: same rows, and only one of them written.
      const firsts = payloads.filter((p) => !p.replayed);
      if (firsts.length !== 1) problems.push(`${submission.key}: ${firsts.length} of ${payloads.length} answers say they wrote the register`);
      tally.replayed += payloads.length - firsts.length;
      const ids = payloads.map((p) => p.records.map((r) => r.id).join(","));
      if (new Set(ids).size !== 1) problems.push(`${submission.key}: retries answered with different rows: ${JSON.stringify(ids)}`);
      const records = payloads[0]!.records;
      answersByKey.set(submission.key, records.map((r) => r.id));

      expect(records.map((r) => [r.referral.id, r.outcome, r.note, r.superseded])).toEqual(
        submission.entries.map((e) => [e.referralId, e.outcome, e.note ?? null, false]),
      );
      submission.entries.forEach((entry, index) => {
        const pair = pairKey(submission.sessionId, entry.referralId);
        const before = expected.get(pair);
        const note = entry.note ?? null;
        const recordId = records[index]!.id;
        if (before && before.outcome === entry.outcome && before.note === note) {
          // Sent again unchanged: the current row stays, and nothing is written for this person.
          tally.entriesKeptUnchanged++;
          if (recordId !== before.recordId) problems.push(`${submission.key}: an unchanged entry got a new row ${recordId} (was ${before.recordId})`);
          return;
        }
        if (before && recordId === before.recordId) problems.push(`${submission.key}: a changed entry kept its old row ${recordId}`);
        tally.rowsWritten++;
        expected.set(pair, { outcome: entry.outcome, note, recordId, changedBy: [...(before?.changedBy ?? []), submission.key] });
      });
    }

    const started = Date.now();
    await Promise.all(
      facilitators.map(async (facilitator) => {
        for (const wave of facilitator.waves) {
          if (wave.length > 1 && wave.some((s) => s.correction)) tally.correctionsSentAlongsideAnotherRegister += wave.filter((s) => s.correction).length;
          const answered = await Promise.all(
            wave.map(async (submission) => ({ submission, answers: await Promise.all(Array.from({ length: submission.copies }, () => send(facilitator, submission))) })),
          );
          for (const { submission, answers } of answered) settle(submission, answers);
        }
      }),
    );
    const elapsedMs = Date.now() - started;
    expect(problems).toEqual([]);

    const sessionDbIds = facilitators.flatMap((f) => f.sessionIds.map((id) => dbId(id, "ProgrammeSession")));
    const sessionGlobalId = new Map(facilitators.flatMap((f) => f.sessionIds.map((id) => [dbId(id, "ProgrammeSession"), id] as const)));
    const referralGlobalId = new Map(facilitators.flatMap((f) => f.referralIds.map((id) => [dbId(id, "Referral"), id] as const)));

    // Every row of these sessions' registers, with the submission that wrote it and the one that replaced it.
    const rows = await server.database.query<{
      id: string;
      sessionId: string;
      referralId: string;
      outcome: AttendanceOutcome;
      note: string | null;
      current: boolean;
      writtenBy: string;
      supersededBy: string | null;
      supersededByKey: string | null;
      supersededBySameSession: boolean | null;
      supersededAtSet: boolean;
    }>(
      `select r.id::text as "id", r.session_id::text as "sessionId", r.referral_id::text as "referralId", r.outcome, r.note,
              r.superseded_at is null as "current", written.idempotency_key as "writtenBy",
              r.superseded_by::text as "supersededBy", replacing.idempotency_key as "supersededByKey",
              replacing.session_id = r.session_id as "supersededBySameSession", r.superseded_at is not null as "supersededAtSet"
         from attendance_records r
         join register_submissions written on written.id = r.submission_id
         left join register_submissions replacing on replacing.id = r.superseded_by
        where r.session_id = any($1::uuid[])`,
      [sessionDbIds],
    );

    const rowsByPair = new Map<string, typeof rows>();
    for (const row of rows) {
      const pair = pairKey(sessionGlobalId.get(row.sessionId)!, referralGlobalId.get(row.referralId) ?? `unknown referral ${row.referralId}`);
      rowsByPair.set(pair, [...(rowsByPair.get(pair) ?? []), row]);
    }
    expect([...rowsByPair.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [pair, want] of expected) {
      const history = rowsByPair.get(pair)!;
      const current = history.filter((row) => row.current);
      // One current row, saying what was submitted last, and one row per submission that changed it.
      expect(current, pair).toHaveLength(1);
      expect({ id: current[0]!.id, outcome: current[0]!.outcome, note: current[0]!.note }, pair).toEqual({
        id: dbId(want.recordId, "AttendanceRecord"),
        outcome: want.outcome,
        note: want.note,
      });
      expect(history, pair).toHaveLength(want.changedBy.length);
      // Each earlier row was closed by the very next submission that changed this person, for the same session.
      expect(
        history.map((row) => [row.writtenBy, row.supersededByKey, row.supersededAtSet, row.supersededBy === null]).sort(),
        pair,
      ).toEqual(want.changedBy.map((key, i) => [key, want.changedBy[i + 1] ?? null, i + 1 < want.changedBy.length, i + 1 === want.changedBy.length]).sort());
      for (const row of history) if (!row.current) expect(row.supersededBySameSession, pair).toBe(true);
    }

    const submissions = await server.database.query<{ key: string; rows: number; recordIds: string }>(
      `select idempotency_key as "key", count(*)::int as "rows", string_agg(array_to_string(record_ids, ','), ';') as "recordIds"
         from register_submissions where session_id = any($1::uuid[]) group by idempotency_key`,
      [sessionDbIds],
    );
    const keysSent = facilitators.flatMap((f) => f.waves.flat().map((s) => s.key));
    expect(submissions.map((s) => s.key).sort()).toEqual([...keysSent].sort());
    for (const submission of submissions) {
      expect(submission.rows, submission.key).toBe(1);
      // What a later retry is answered with is what the first answer said.
      expect(submission.recordIds.split(",").filter(Boolean), submission.key).toEqual(answersByKey.get(submission.key)!.map((id) => dbId(id, "AttendanceRecord")));
    }

    const currentRows = rows.filter((row) => row.current).length;
    expect(rows).toHaveLength(tally.rowsWritten);
    expect(currentRows).toBe(expected.size);
    expect(rows.length - currentRows).toBe(tally.rowsWritten - expected.size);

    // A first attended session starts the programme, once, even when two sessions' registers race for it.
    const everAttended = new Set(
      facilitators.flatMap((f) => f.waves.flat().flatMap((s) => s.entries.filter((e) => e.outcome === "ATTENDED" || e.outcome === "LATE").map((e) => dbId(e.referralId, "Referral")))),
    );
    const starts = await server.database.query<{ referralId: string; starts: number; version: number; status: string; latestTransition: number }>(
      `select r.id::text as "referralId", r.version, r.status,
              (select count(*)::int from referral_transitions t where t.referral_id = r.id and t.to_status = 'ON_PROGRAMME') as "starts",
              (select max(t.version) from referral_transitions t where t.referral_id = r.id) as "latestTransition"
         from referrals r where r.id = any($1::uuid[])`,
      [[...referralGlobalId.keys()]],
    );
    expect(starts).toHaveLength(referralGlobalId.size);
    for (const referral of starts) {
      const attended = everAttended.has(referral.referralId);
      expect({ status: referral.status, starts: referral.starts, versionMatchesHistory: referral.version === referral.latestTransition }, referral.referralId).toEqual({
        status: attended ? "ON_PROGRAMME" : "ALLOCATED",
        starts: attended ? 1 : 0,
        versionMatchesHistory: true,
      });
    }

    const participants = facilitators.reduce((sum, f) => sum + f.referralIds.length, 0);
    console.info(
      `concurrent registers (seed ${SEED}, ${server.database.kind}): ${facilitators.length} facilitators, ${participants} participants, ${sessionDbIds.length} sessions; ` +
        `${tally.submissions} submissions (${tally.submissions - tally.corrections} registers, ${tally.corrections} corrections, ` +
        `${tally.correctionsSentAlongsideAnotherRegister} of them racing another session's register) in ${tally.requests} requests; ` +
        `${tally.retried} submissions retried concurrently (${tally.extraRequests} extra requests, ${tally.replayed} answered replayed: true); ` +
        `${rows.length} rows written = ${currentRows} current + ${rows.length - currentRows} superseded; ` +
        `${tally.entriesKeptUnchanged} entries re-sent unchanged wrote nothing; ${everAttended.size} referrals started on the programme once each; ${elapsedMs} ms`,
    );
  }, 120_000);
});

describe("racing changes to one referral", () => {
  it("20 concurrent transitions of one referral with the same expectedVersion: exactly one wins", async () => {
    const who = await fx.person();
    const referred = await fx.refer(who.id, "CHOICES");
    const waiting = await fx.transition(referred.id, "AWAITING_ASSESSMENT", referred.version);
    // Twenty people each deciding the assessment from the same screen, with different decisions.
    const decisions: ReferralStatus[] = ["ASSESSED_SUITABLE", "ASSESSED_UNSUITABLE", "DEFERRED", "DID_NOT_ATTEND_ASSESSMENT"];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.request(TransitionReferralDocument, { input: { referralId: waiting.id, toStatus: decisions[i % decisions.length]!, expectedVersion: waiting.version } }, fx.probation),
      ),
    );

    expect(answers.map((a) => [a.status, a.errors])).toEqual(answers.map(() => [200, undefined]));
    const payloads = answers.map((a) => a.data!.transitionReferral);
    const winners = payloads.filter((p) => p.userErrors.length === 0);
    const losers = payloads.filter((p) => p.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.referral!;
    expect(winner.version).toBe(waiting.version + 1);
    // A stale write is refused as a user error the client can act on (reload), not a GraphQL error.
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.referral).toBeNull();
      expect(loser.userErrors).toEqual([{ field: ["input", "expectedVersion"], code: "CONFLICT", message: expect.stringMatching(/has changed since you read it/) }]);
    }

    const detail = (await server.query(ReferralDetailDocument, { id: waiting.id }, fx.probation)).referral!;
    expect(detail.status).toBe(winner.status);
    expect(detail.version).toBe(waiting.version + 1);
    expect(detail.history.map((h) => [h.fromStatus, h.toStatus, h.version])).toEqual([
      [null, "REFERRED", 1],
      ["REFERRED", "AWAITING_ASSESSMENT", 2],
      ["AWAITING_ASSESSMENT", winner.status, 3],
    ]);
    const [stored] = await server.database.query<{ transitions: number }>(`select count(*)::int as "transitions" from referral_transitions where referral_id = $1`, [
      dbId(waiting.id, "Referral"),
    ]);
    expect(stored!.transitions).toBe(3);
    console.info(`racing transitions (${server.database.kind}): 20 sent with expectedVersion ${waiting.version}; 1 moved it to ${winner.status}, ${losers.length} refused with CONFLICT`);
  });

  it("20 concurrent allocations into a group with fewer places never overfill it", async () => {
    const { programmes } = await server.query<{ programmes: { code: string; maxGroupSize: number }[] }, Record<string, never>>(
      "{ programmes { code maxGroupSize } }",
      {},
      fx.admin,
    );
    const places = programmes.find((p) => p.code === "CHOICES")!.maxGroupSize;
    const applicants = places + 8;
    // No sessions yet, so the group is open and the only limit is its size.
    const group = await fx.group("CHOICES", ["fac-alloc"]);
    const ready = await Promise.all(Array.from({ length: applicants }, () => fx.readyForAllocation("CHOICES")));

    const answers = await Promise.all(
      ready.map(({ referral }) => server.request(AllocateToGroupDocument, { input: { referralId: referral.id, groupId: group.id, expectedVersion: referral.version } }, fx.probation)),
    );
    expect(answers.map((a) => [a.status, a.errors])).toEqual(answers.map(() => [200, undefined]));
    const payloads = answers.map((a) => a.data!.allocateToGroup);
    const allocated = payloads.filter((p) => p.userErrors.length === 0);
    const refused = payloads.filter((p) => p.userErrors.length > 0);
    expect(allocated).toHaveLength(places);
    expect(allocated.every((p) => p.referral?.status === "ALLOCATED")).toBe(true);
    expect(refused.map((p) => p.userErrors.map((e) => [e.code, e.field]))).toEqual(refused.map(() => [["GROUP_FULL", ["input", "groupId"]]]));

    const [members] = await server.database.query<{ members: number; allocations: number }>(
      `select (select count(*)::int from referrals where group_id = $1 and status in ('ALLOCATED', 'ON_PROGRAMME')) as "members",
              (select count(*)::int from referral_transitions t join referrals r on r.id = t.referral_id
                where r.id = any($2::uuid[]) and t.to_status = 'ALLOCATED') as "allocations"`,
      [dbId(group.id, "ProgrammeGroup"), ready.map(({ referral }) => dbId(referral.id, "Referral"))],
    );
    expect(members).toEqual({ members: places, allocations: places });
    console.info(`racing allocations (${server.database.kind}): ${applicants} people for ${places} places; ${allocated.length} allocated, ${refused.length} refused GROUP_FULL`);
  });
});
