import { randomUUID } from "node:crypto";
import { print } from "graphql";
import { RecordSessionAttendanceDocument } from "../client/generated/graphql.js";
import type { DatabaseHandle } from "../src/db/client.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { load, type LoadResult } from "./measure.js";
import type { BenchTargets } from "./targets.js";

const REGISTER = print(RecordSessionAttendanceDocument);

/** The body of one register submission: 12 people, a fresh idempotency key, and an outcome that differs from the last. */
export function registerBody(register: BenchTargets["registers"][number], attendedThisTime: boolean): string {
  return JSON.stringify({
    query: REGISTER,
    variables: {
      input: {
        sessionId: toGlobalId("ProgrammeSession", register.sessionId),
        idempotencyKey: `bench-${randomUUID()}`,
        entries: register.referralIds.map((id) => ({ referralId: toGlobalId("Referral", id), outcome: attendedThisTime ? "ATTENDED" : "LATE" })),
      },
    },
  });
}

export interface RegisterLoad extends LoadResult {
  facilitators: number;
  durationSeconds: number;
  since: Date;
  /** Submissions the server answered without errors or user errors. */
  acknowledged: number;
}

export interface RegisterCheck {
  rowsWritten: number;
  rowsPerSecond: number;
  /** Submissions stored: every acknowledged one, plus at most one per connection still in flight when the load stopped. */
  stored: number;
  /** People with more than one current row in a session: must be 0. */
  duplicates: number;
  /** Rows a stored submission answered with that are not in the database: must be 0. */
  missing: number;
}

/**
 * Many facilitators at once, each submitting their own session's 12-person register again and again
 * with a fresh key, alternating ATTENDED and LATE so every submission writes 12 rows.
 */
export async function registerLoad(url: string, targets: BenchTargets, tokens: string[], facilitators: number, durationSeconds: number): Promise<RegisterLoad> {
  const since = new Date(Date.now() - 1000);
  // autocannon resets a connection's context after each pass over its requests, so the rotation is
  // kept here: registers in turn (no two in flight for one session while there are more sessions
  // than connections), each flipping between ATTENDED and LATE so every submission writes its rows.
  const registers = targets.registers.slice(0, Math.max(facilitators, Math.min(targets.registers.length, facilitators + 10)));
  const attendedLast = registers.map(() => true);
  let next = 0;
  let acknowledged = 0;
  const result = await load({
    url,
    connections: facilitators,
    durationSeconds,
    headers: {},
    body: "",
    onAnswer: (body) => {
      if (!body.includes('"errors"') && body.includes('"userErrors":[]')) acknowledged++;
    },
    setup: (request) => {
      const index = next++ % registers.length;
      attendedLast[index] = !attendedLast[index];
      return {
        ...request,
        headers: { ...request.headers, authorization: `Bearer ${tokens[index]}` },
        body: registerBody(registers[index]!, attendedLast[index]!),
      };
    },
  });
  return { ...result, facilitators, durationSeconds, since, acknowledged };
}

/** Checks in SQL, after the run, that every acknowledged register row is there exactly once. */
export async function registerCheck(database: DatabaseHandle, run: RegisterLoad): Promise<RegisterCheck> {
  const [written] = await database.query<{ rows: number; submissions: number }>(
    `select (select count(*)::int from attendance_records where recorded_by like 'bench-fac-%' and created_at >= $1) as rows,
            (select count(*)::int from register_submissions where submitted_by like 'bench-fac-%' and created_at >= $1) as submissions`,
    [run.since.toISOString()],
  );
  const [checks] = await database.query<{ duplicates: number; missing: number }>(
    `select (select count(*)::int from (select 1 from attendance_records where superseded_at is null
               group by session_id, referral_id having count(*) > 1) d) as duplicates,
            (select count(*)::int from register_submissions s cross join lateral unnest(s.record_ids) as rid
               where s.submitted_by like 'bench-fac-%' and s.created_at >= $1
                 and not exists (select 1 from attendance_records a where a.id = rid)) as missing`,
    [run.since.toISOString()],
  );
  return {
    rowsWritten: written!.rows,
    rowsPerSecond: Math.round(written!.rows / run.durationSeconds),
    stored: written!.submissions,
    duplicates: checks!.duplicates,
    missing: checks!.missing,
  };
}
