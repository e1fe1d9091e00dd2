import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddCatchUpSessionDocument,
  CancelSessionDocument,
  RecordSessionAttendanceDocument,
  RescheduleSessionDocument,
  SessionChangesDocument,
  type AttendanceOutcome,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * Running a group after setup (issue 15): cancelling a session (it counts neither as attended nor as
 * missed, and completion counts delivered sessions only), each session's history of changes, and
 * catch-up sessions for an acceptable absence — which BBR requires before the next module.
 */
const NOW = "2026-06-01T12:00:00Z";
let server: TestServer;
let fx: Fixtures;
let analyst: string;
beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  analyst = await server.token(Role.ANALYST, "analyst-cancel");
}, 60_000);
afterAll(() => server.close());

let keys = 0;
const tokens = new Map<string, string>();
async function facilitator(sub: string) {
  if (!tokens.has(sub)) tokens.set(sub, await server.token(Role.FACILITATOR, sub));
  return tokens.get(sub)!;
}

function record(sessionId: string, entries: { referralId: string; outcome: AttendanceOutcome }[], token: string) {
  return server.query(RecordSessionAttendanceDocument, { input: { sessionId, idempotencyKey: `cancel-catch-up-${++keys}`, entries } }, token);
}
const cancel = (sessionId: string, token: string, reason = "Facilitator ill; no cover available") => server.request(CancelSessionDocument, { input: { sessionId, reason } }, token);
const catchUp = (referralId: string, missedSessionId: string, scheduledStart: string, token: string, durationMinutes?: number) =>
  server.request(AddCatchUpSessionDocument, { input: { referralId, missedSessionId, scheduledStart, ...(durationMinutes ? { durationMinutes } : {}) } }, token);
const changesOf = async (sessionId: string) => (await server.query(SessionChangesDocument, { id: sessionId, first: 10 }, fx.admin)).programmeSession!;

const ATTENDANCE = `query Attendance($id: ID!) {
  referral(id: $id) {
    attendance {
      attended absentAcceptable absentUnacceptable sessionsRecorded sessionsCancelled sessionsRemaining attendanceRate
      completionThreshold completionThresholdMet completionStillPossible
    }
  }
}`;
async function attendanceOf(referralId: string) {
  return ((await server.query(ATTENDANCE, { id: referralId }, fx.probation)) as { referral: { attendance: Record<string, unknown> } }).referral.attendance;
}

const GROUP_SESSIONS = `query GroupSessionList($id: ID!) {
  programmeGroup(id: $id) { sessions(first: 50) { totalCount edges { node { id sessionNumber status } } } }
}`;

describe("cancelSession", () => {
  it("cancels a session with no register: it shows who, when and why, takes no register and counts neither as attended nor as missed", async () => {
    const group = await fx.group("BBR", ["fac-cancel"], "2026-05-01");
    const token = await facilitator("fac-cancel");
    // Sessions 1 and 2 held (a week ago and two), 3 this evening, 4 next week.
    const sessions = await fx.sessions(group.id, 4, "2026-05-18T18:00:00Z");
    const { referral } = await fx.participant("BBR", group.id);
    await record(sessions[0]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], token);
    await record(sessions[1]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], token);
    const before = await attendanceOf(referral.id);
    expect(before).toEqual({
      attended: 2,
      absentAcceptable: 0,
      absentUnacceptable: 0,
      sessionsRecorded: 2,
      sessionsCancelled: 0,
      sessionsRemaining: 27,
      attendanceRate: 1,
      completionThreshold: 29,
      completionThresholdMet: false,
      completionStillPossible: true,
    });

    const cancelled = await cancel(sessions[2]!.id, token, "Venue flooded");
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelSession).toEqual({
      session: {
        id: sessions[2]!.id,
        sessionNumber: 3,
        status: "CANCELLED",
        cancelledAt: "2026-06-01T12:00:00.000Z",
        cancelledBy: "fac-cancel",
        cancellationReason: "Venue flooded",
      },
      userErrors: [],
    });
    // BBR's "all sessions" is now all 28 that can be delivered; the cancelled one is neither attended nor missed.
    expect(await attendanceOf(referral.id)).toEqual({ ...before, sessionsCancelled: 1, sessionsRemaining: 26, completionThreshold: 28 });

    // A cancelled session takes no register: refused with a typed error, nothing written.
    server.clock.set("2026-06-01T19:00:00Z");
    try {
      const refused = await record(sessions[2]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], token);
      expect(refused.recordSessionAttendance).toMatchObject({ session: null, records: [], userErrors: [{ code: "SESSION_CANCELLED", field: ["input", "sessionId"] }] });
    } finally {
      server.clock.set(NOW);
    }
    const list = (await server.query(GROUP_SESSIONS, { id: group.id }, fx.admin)) as { programmeGroup: { sessions: { edges: { node: { sessionNumber: number; status: string } }[] } } };
    expect(list.programmeGroup.sessions.edges.map(({ node }) => [node.sessionNumber, node.status])).toEqual([
      [1, "DELIVERED"],
      [2, "DELIVERED"],
      [3, "CANCELLED"],
      [4, "SCHEDULED"],
    ]);
    expect(await attendanceOf(referral.id)).toMatchObject({ attended: 2, sessionsRecorded: 2, sessionsCancelled: 1 });
  });

  it("keeps a count threshold and lowers a percentage one: Caring Dads still needs 13, Choices 75% of what is delivered", async () => {
    const dads = await fx.group("CARING_DADS", ["fac-count"]);
    const dadsSessions = await fx.sessions(dads.id, 3, "2026-06-08T18:00:00Z");
    const dad = await fx.participant("CARING_DADS", dads.id);
    const choices = await fx.group("CHOICES", ["fac-count"]);
    const choicesSessions = await fx.sessions(choices.id, 5, "2026-06-08T18:00:00Z");
    const adult = await fx.participant("CHOICES", choices.id);
    for (const session of [...dadsSessions.slice(0, 2), ...choicesSessions]) expect((await cancel(session.id, fx.admin)).data!.cancelSession.userErrors).toEqual([]);
    expect(await attendanceOf(dad.referral.id)).toMatchObject({ sessionsCancelled: 2, sessionsRemaining: 15, completionThreshold: 13 });
    // 75% of the 7 sessions left, rounded up: 6 (of 12 it was 9).
    expect(await attendanceOf(adult.referral.id)).toMatchObject({ sessionsCancelled: 5, sessionsRemaining: 7, completionThreshold: 6, completionStillPossible: true });
  });

  it("refuses, writing nothing, a session with a register, one already cancelled, and a missing reason; a cancelled session is not moved", async () => {
    const group = await fx.group("CHOICES", ["fac-cancel-refuse"]);
    const token = await facilitator("fac-cancel-refuse");
    const sessions = await fx.sessions(group.id, 3, "2026-05-25T18:00:00Z");
    const { referral } = await fx.participant("CHOICES", group.id);
    await record(sessions[0]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], token);
    expect((await cancel(sessions[2]!.id, token)).data!.cancelSession.userErrors).toEqual([]);

    const cases: [string, string, string, { field: string[]; code: string }][] = [
      ["a register recorded", sessions[0]!.id, "Too late", { field: ["input", "sessionId"], code: "SESSION_DELIVERED" }],
      ["already cancelled", sessions[2]!.id, "Twice", { field: ["input", "sessionId"], code: "SESSION_CANCELLED" }],
      ["a blank reason", sessions[1]!.id, "  ", { field: ["input", "reason"], code: "REASON_REQUIRED" }],
      ["a reason of 501 characters", sessions[1]!.id, "x".repeat(501), { field: ["input", "reason"], code: "INVALID" }],
    ];
    for (const [label, sessionId, reason, expected] of cases) {
      const result = await cancel(sessionId, token, reason);
      expect(result.errors, label).toBeUndefined();
      expect(result.data!.cancelSession, label).toEqual({ session: null, userErrors: [expect.objectContaining(expected)] });
    }
    const moved = await server.request(RescheduleSessionDocument, { input: { sessionId: sessions[2]!.id, scheduledStart: "2026-06-09T18:00:00Z", reason: "Back on" } }, token);
    expect(moved.data!.rescheduleSession.userErrors).toEqual([expect.objectContaining({ code: "SESSION_CANCELLED", field: ["input", "sessionId"] })]);
    expect((await changesOf(sessions[0]!.id)).changes.totalCount).toBe(0);
    expect((await changesOf(sessions[1]!.id))).toMatchObject({ status: "SCHEDULED", cancelledAt: null, changes: { totalCount: 0 } });
    expect((await changesOf(sessions[2]!.id)).changes.totalCount).toBe(1);
  });

  it("refuses a facilitator of another group, probation and an analyst with FORBIDDEN", async () => {
    const group = await fx.group("CHOICES", ["fac-cancel-owner"]);
    const [session] = await fx.sessions(group.id, 1, "2026-06-08T18:00:00Z");
    for (const token of [await facilitator("fac-cancel-other"), fx.probation, analyst]) {
      const result = await cancel(session!.id, token);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await changesOf(session!.id)).toMatchObject({ status: "SCHEDULED", cancelledAt: null, changes: { totalCount: 0 } });
  });
});

describe("a session's history of changes", () => {
  it("keeps each move (previous and new start, reason, who, when) and the cancellation, oldest first", async () => {
    const group = await fx.group("CHOICES", ["fac-history"]);
    const token = await facilitator("fac-history");
    const [session] = await fx.sessions(group.id, 1, "2026-06-08T18:00:00Z");
    const move = (scheduledStart: string, reason: string, who: string) =>
      server.query(RescheduleSessionDocument, { input: { sessionId: session!.id, scheduledStart, reason } }, who);
    expect((await move("2026-06-09T18:00:00Z", "Venue double-booked", token)).rescheduleSession.userErrors).toEqual([]);
    server.clock.set("2026-06-02T09:00:00Z");
    try {
      expect((await move("2026-06-10T17:00:00Z", "Bank holiday week", fx.admin)).rescheduleSession.userErrors).toEqual([]);
      expect((await cancel(session!.id, token, "Too few participants this week")).data!.cancelSession.userErrors).toEqual([]);
    } finally {
      server.clock.set(NOW);
    }
    const changed = await changesOf(session!.id);
    expect(changed).toMatchObject({ status: "CANCELLED", scheduledStart: "2026-06-10T17:00:00.000Z", cancellationReason: "Too few participants this week" });
    expect(changed.changes.totalCount).toBe(3);
    expect(changed.changes.edges.map(({ node }) => node)).toEqual([
      {
        kind: "RESCHEDULED",
        previousStart: "2026-06-08T18:00:00.000Z",
        newStart: "2026-06-09T18:00:00.000Z",
        previousDurationMinutes: 120,
        newDurationMinutes: 120,
        reason: "Venue double-booked",
        changedBy: "fac-history",
        changedAt: "2026-06-01T12:00:00.000Z",
      },
      {
        kind: "RESCHEDULED",
        previousStart: "2026-06-09T18:00:00.000Z",
        newStart: "2026-06-10T17:00:00.000Z",
        previousDurationMinutes: 120,
        newDurationMinutes: 120,
        reason: "Bank holiday week",
        changedBy: "admin-1",
        changedAt: "2026-06-02T09:00:00.000Z",
      },
      {
        kind: "CANCELLED",
        previousStart: "2026-06-10T17:00:00.000Z",
        newStart: null,
        previousDurationMinutes: 120,
        newDurationMinutes: null,
        reason: "Too few participants this week",
        changedBy: "fac-history",
        changedAt: "2026-06-02T09:00:00.000Z",
      },
    ]);
    // A refused move writes no history.
    await move("2026-05-01T18:00:00Z", "Into the past", token);
    expect((await changesOf(session!.id)).changes.totalCount).toBe(3);
  });
});

describe("catch-up sessions", () => {
  /** A BBR group with sessions 1-8 held weekly up to a week ago (module 2 starts at session 8), and two participants. */
  async function bbrGroup(sub: string) {
    const group = await fx.group("BBR", [sub], "2026-04-01");
    const sessions = await fx.sessions(group.id, 8, "2026-04-06T18:00:00Z");
    const first = await fx.participant("BBR", group.id);
    const second = await fx.participant("BBR", group.id);
    return { group, sessions, first: first.referral, second: second.referral, token: await facilitator(sub) };
  }

  it("BBR: a session missed with a reason must be caught up before the next module; the catch-up attended counts once", async () => {
    const { group, sessions, first, second, token } = await bbrGroup("fac-catch-up");
    // Module 1 (sessions 1-7): the first participant misses session 2 with a reason, the second without.
    for (const [index, session] of sessions.slice(0, 7).entries()) {
      await record(
        session.id,
        [
          { referralId: first.id, outcome: index === 1 ? "ABSENT_ACCEPTABLE" : "ATTENDED" },
          { referralId: second.id, outcome: index === 1 ? "ABSENT_UNACCEPTABLE" : "ATTENDED" },
        ],
        token,
      );
    }
    // Session 8 opens module 2: the first participant may not be recorded attending it yet; the register is refused whole.
    const blocked = await record(sessions[7]!.id, [{ referralId: second.id, outcome: "ATTENDED" }, { referralId: first.id, outcome: "ATTENDED" }], token);
    expect(blocked.recordSessionAttendance).toMatchObject({ session: null, records: [] });
    expect(blocked.recordSessionAttendance.userErrors).toEqual([
      { field: ["input", "entries", "1", "referralId"], code: "CATCH_UP_REQUIRED", message: expect.stringContaining("session 2 (no catch-up arranged yet)") },
    ]);

    const arranged = await catchUp(first.id, sessions[1]!.id, "2026-06-02T10:00:00Z", token);
    expect(arranged.errors).toBeUndefined();
    const session = arranged.data!.addCatchUpSession.session!;
    expect(arranged.data!.addCatchUpSession).toEqual({
      session: {
        id: session.id,
        sessionNumber: 2,
        format: "INDIVIDUAL",
        scheduledStart: "2026-06-02T10:00:00.000Z",
        durationMinutes: 60,
        status: "SCHEDULED",
        catchUpFor: { id: sessions[1]!.id, sessionNumber: 2 },
        catchUpParticipant: { id: first.id },
      },
      userErrors: [],
    });
    // Not one of the group's numbered sessions; listed with the session it catches up.
    const list = (await server.query(GROUP_SESSIONS, { id: group.id }, fx.admin)) as { programmeGroup: { sessions: { totalCount: number } } };
    expect(list.programmeGroup.sessions.totalCount).toBe(8);
    const listed = (await server.query(`query CatchUpsOf($id: ID!) { programmeSession(id: $id) { catchUps(first: 5) { totalCount edges { node { id } } } } }`, { id: sessions[1]!.id }, token)) as {
      programmeSession: { catchUps: { totalCount: number; edges: { node: { id: string } }[] } };
    };
    expect(listed.programmeSession.catchUps).toEqual({ totalCount: 1, edges: [{ node: { id: session.id } }] });

    // Still refused while the catch-up has not been attended, now naming it.
    const stillBlocked = await record(sessions[7]!.id, [{ referralId: first.id, outcome: "LATE" }], token);
    expect(stillBlocked.recordSessionAttendance.userErrors).toEqual([
      expect.objectContaining({ code: "CATCH_UP_REQUIRED", message: expect.stringContaining("session 2 (catch-up arranged for 2026-06-02)") }),
    ]);
    server.clock.set("2026-06-02T11:30:00Z");
    try {
      // The catch-up's register records only its participant.
      const someoneElse = await record(session.id, [{ referralId: second.id, outcome: "ATTENDED" }], token);
      expect(someoneElse.recordSessionAttendance.userErrors).toEqual([expect.objectContaining({ code: "NOT_CATCH_UP_PARTICIPANT", field: ["input", "entries", "0", "referralId"] })]);
      expect((await record(session.id, [{ referralId: first.id, outcome: "ATTENDED" }], token)).recordSessionAttendance.userErrors).toEqual([]);
      // Caught up: now they may attend module 2.
      const allowed = await record(sessions[7]!.id, [{ referralId: second.id, outcome: "ATTENDED" }, { referralId: first.id, outcome: "ATTENDED" }], token);
      expect(allowed.recordSessionAttendance.userErrors).toEqual([]);
    } finally {
      server.clock.set(NOW);
    }
    // Session 2 counts once, as attended: 8 sessions recorded, not 9; no acceptable absence left.
    expect(await attendanceOf(first.id)).toMatchObject({ attended: 8, absentAcceptable: 0, sessionsRecorded: 8, sessionsRemaining: 21, attendanceRate: 1 });
    // An unacceptable absence is for enforcement, not catch-up: it does not hold the second participant back.
    expect(await attendanceOf(second.id)).toMatchObject({ attended: 7, absentUnacceptable: 1, sessionsRecorded: 8 });
    const status = (await server.query(`query CatchUpStatus($id: ID!) { programmeSession(id: $id) { status } }`, { id: session.id }, fx.admin)) as { programmeSession: { status: string } };
    expect(status.programmeSession.status).toBe("DELIVERED");
    // And once attended, no second catch-up for the same session.
    expect((await catchUp(first.id, sessions[1]!.id, "2026-06-09T10:00:00Z", token)).data!.addCatchUpSession.userErrors).toEqual([
      expect.objectContaining({ code: "DUPLICATE", field: ["input", "missedSessionId"] }),
    ]);
  });

  it("refuses, writing nothing, a session not missed with a reason, a second catch-up while one stands, a start in the past; a cancelled one makes room", async () => {
    const { sessions, first, second, token } = await bbrGroup("fac-catch-up-refuse");
    await record(sessions[0]!.id, [{ referralId: first.id, outcome: "ABSENT_ACCEPTABLE" }, { referralId: second.id, outcome: "ABSENT_UNACCEPTABLE" }], token);
    await record(sessions[1]!.id, [{ referralId: first.id, outcome: "ATTENDED" }], token);
    const ok = await catchUp(first.id, sessions[0]!.id, "2026-06-03T10:00:00Z", token, 90);
    expect(ok.data!.addCatchUpSession.session).toMatchObject({ sessionNumber: 1, durationMinutes: 90 });

    const cases: [string, ReturnType<typeof catchUp>, { field: string[]; code: string }][] = [
      ["absent without a reason", catchUp(second.id, sessions[0]!.id, "2026-06-03T10:00:00Z", token), { field: ["input", "missedSessionId"], code: "NO_ACCEPTABLE_ABSENCE" }],
      ["attended", catchUp(first.id, sessions[1]!.id, "2026-06-03T10:00:00Z", token), { field: ["input", "missedSessionId"], code: "NO_ACCEPTABLE_ABSENCE" }],
      ["not recorded", catchUp(first.id, sessions[2]!.id, "2026-06-03T10:00:00Z", token), { field: ["input", "missedSessionId"], code: "NO_ACCEPTABLE_ABSENCE" }],
      ["one already arranged", catchUp(first.id, sessions[0]!.id, "2026-06-04T10:00:00Z", token), { field: ["input", "missedSessionId"], code: "DUPLICATE" }],
      ["a catch-up of a catch-up", catchUp(first.id, ok.data!.addCatchUpSession.session!.id, "2026-06-04T10:00:00Z", token), { field: ["input", "missedSessionId"], code: "INVALID" }],
    ];
    for (const [label, pending, expected] of cases) {
      const result = await pending;
      expect(result.errors, label).toBeUndefined();
      expect(result.data!.addCatchUpSession, label).toEqual({ session: null, userErrors: [expect.objectContaining(expected)] });
    }
    const past = await catchUp(second.id, sessions[0]!.id, "2026-05-31T10:00:00Z", token);
    expect(past.data!.addCatchUpSession.userErrors.map((e) => e.code).sort()).toEqual(["INVALID", "NO_ACCEPTABLE_ABSENCE"]);

    // Cancelling the arranged catch-up (a session like any other) makes room for another.
    expect((await cancel(ok.data!.addCatchUpSession.session!.id, token, "Participant in hospital")).data!.cancelSession.userErrors).toEqual([]);
    expect((await catchUp(first.id, sessions[0]!.id, "2026-06-10T10:00:00Z", token)).data!.addCatchUpSession.userErrors).toEqual([]);
    const listed = (await server.query(`query CatchUpsOfFirst($id: ID!) { programmeSession(id: $id) { catchUps(first: 5) { totalCount edges { node { status } } } } }`, { id: sessions[0]!.id }, fx.admin)) as {
      programmeSession: { catchUps: { totalCount: number; edges: { node: { status: string } }[] } };
    };
    expect(listed.programmeSession.catchUps.edges.map(({ node }) => node.status)).toEqual(["CANCELLED", "SCHEDULED"]);
  });

  it("refuses a catch-up for a participant no longer on the programme", async () => {
    const { sessions, first, token } = await bbrGroup("fac-catch-up-left");
    await record(sessions[0]!.id, [{ referralId: first.id, outcome: "ABSENT_ACCEPTABLE" }], token);
    await fx.transition(first.id, "WITHDRAWN", first.version, { withdrawalReason: "MOVED_AREA" });
    const refused = await catchUp(first.id, sessions[0]!.id, "2026-06-03T10:00:00Z", token);
    expect(refused.data!.addCatchUpSession).toEqual({
      session: null,
      userErrors: [expect.objectContaining({ field: ["input", "referralId"], code: "INVALID", message: expect.stringContaining("WITHDRAWN") })],
    });
  });

  it("refuses a facilitator of another group, probation and an analyst with FORBIDDEN", async () => {
    const { sessions, first, token } = await bbrGroup("fac-catch-up-owner");
    await record(sessions[0]!.id, [{ referralId: first.id, outcome: "ABSENT_ACCEPTABLE" }], token);
    for (const who of [await facilitator("fac-catch-up-stranger"), fx.probation, analyst]) {
      const result = await catchUp(first.id, sessions[0]!.id, "2026-06-03T10:00:00Z", who);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const listed = (await server.query(`query NoCatchUps($id: ID!) { programmeSession(id: $id) { catchUps(first: 5) { totalCount } } }`, { id: sessions[0]!.id }, fx.admin)) as {
      programmeSession: { catchUps: { totalCount: number } };
    };
    expect(listed.programmeSession.catchUps.totalCount).toBe(0);
  });
});
