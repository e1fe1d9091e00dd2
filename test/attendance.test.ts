import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GroupRegisterViewDocument,
  RecordSessionAttendanceDocument,
  ReferralDetailDocument,
  SessionRegisterHistoryDocument,
  TransitionReferralDocument,
  type AttendanceOutcome,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
let fx: Fixtures;
let facilitator: string;
let otherFacilitator: string;
beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  facilitator = await server.token(Role.FACILITATOR, "fac-1");
  otherFacilitator = await server.token(Role.FACILITATOR, "fac-2");
});
afterAll(() => server.close());

let keys = 0;
const key = () => `test-key-${++keys}-${Date.now()}`;

function record(sessionId: string, entries: { referralId: string; outcome: AttendanceOutcome; note?: string; behaviourConcern?: boolean }[], token = facilitator, idempotencyKey = key()) {
  return server.request(RecordSessionAttendanceDocument, { input: { sessionId, idempotencyKey, entries } }, token);
}

async function attendanceOf(referralId: string) {
  return (await server.query(ReferralDetailDocument, { id: referralId }, fx.probation)).referral!;
}

describe("recordSessionAttendance", () => {
  it("lets a group's facilitator record its register, and nobody else's facilitator", async () => {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
    const a = await fx.participant("CHOICES", group.id);
    const b = await fx.participant("CHOICES", group.id);
    const entries = [
      { referralId: a.referral.id, outcome: "ATTENDED" as const },
      { referralId: b.referral.id, outcome: "ABSENT_ACCEPTABLE" as const, note: "Hospital appointment" },
    ];

    const refused = await record(session!.id, entries, otherFacilitator);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const result = await record(session!.id, entries);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.recordSessionAttendance;
    expect(payload.userErrors).toEqual([]);
    expect(payload.replayed).toBe(false);
    expect(payload.records.map((r) => [r.referral.id, r.outcome, r.note])).toEqual([
      [a.referral.id, "ATTENDED", null],
      [b.referral.id, "ABSENT_ACCEPTABLE", "Hospital appointment"],
    ]);

    // Attending a first session starts the programme.
    expect((await attendanceOf(a.referral.id)).status).toBe("ON_PROGRAMME");
    expect((await attendanceOf(b.referral.id)).status).toBe("ALLOCATED");

    const view = await server.query(GroupRegisterViewDocument, { id: group.id, first: 10 }, facilitator);
    expect(view.programmeGroup?.sessions.edges[0]?.node.register).toHaveLength(2);
    // Another group's facilitator: not theirs reads as not there.
    const hidden = await server.request(GroupRegisterViewDocument, { id: group.id, first: 10 }, otherFacilitator);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data?.programmeGroup ?? null).toBeNull();
  });

  it("writes nothing new when the same idempotency key is sent again", async () => {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
    const a = await fx.participant("CHOICES", group.id);
    const sameKey = key();
    const first = await record(session!.id, [{ referralId: a.referral.id, outcome: "LATE" }], facilitator, sameKey);
    const again = await record(session!.id, [{ referralId: a.referral.id, outcome: "EXCLUDED" }], facilitator, sameKey);
    expect(again.data!.recordSessionAttendance.replayed).toBe(true);
    expect(again.data!.recordSessionAttendance.records).toEqual(first.data!.recordSessionAttendance.records);

    const history = await server.query(SessionRegisterHistoryDocument, { id: session!.id, first: 10 }, facilitator);
    expect(history.programmeSession?.registerHistory.totalCount).toBe(1);
    expect(history.programmeSession?.register.map((r) => r.outcome)).toEqual(["LATE"]);

    const concurrentKey = key();
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => record(session!.id, [{ referralId: a.referral.id, outcome: "ATTENDED" }], facilitator, concurrentKey)),
    );
    expect(racing.filter((r) => r.data!.recordSessionAttendance.replayed === false)).toHaveLength(1);
    const after = await server.query(SessionRegisterHistoryDocument, { id: session!.id, first: 10 }, facilitator);
    expect(after.programmeSession?.registerHistory.totalCount).toBe(2);
  });

  it("refuses a key already used for another session", async () => {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const a = await fx.participant("CHOICES", group.id);
    const [s1, s2] = await fx.sessions(group.id, 2, "2026-05-13T18:00:00Z");
    const shared = key();
    await record(s1!.id, [{ referralId: a.referral.id, outcome: "ATTENDED" }], facilitator, shared);
    const reused = await record(s2!.id, [{ referralId: a.referral.id, outcome: "ATTENDED" }], facilitator, shared);
    expect(reused.data!.recordSessionAttendance.userErrors[0]?.code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("refuses a session that has not started", async () => {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const [session] = await fx.sessions(group.id, 1, "2026-06-08T18:00:00Z");
    const a = await fx.participant("CHOICES", group.id);
    const result = await record(session!.id, [{ referralId: a.referral.id, outcome: "ATTENDED" }]);
    expect(result.data!.recordSessionAttendance.userErrors[0]?.code).toBe("SESSION_NOT_STARTED");
  });

  it("writes nothing of a register that names someone outside the group", async () => {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const elsewhere = await fx.group("CHOICES", ["fac-2"]);
    const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
    const member = await fx.participant("CHOICES", group.id);
    const outsider = await fx.participant("CHOICES", elsewhere.id);
    const result = await record(session!.id, [
      { referralId: member.referral.id, outcome: "ATTENDED" },
      { referralId: outsider.referral.id, outcome: "ATTENDED" },
    ]);
    expect(result.data!.recordSessionAttendance.userErrors).toEqual([
      expect.objectContaining({ code: "NOT_IN_GROUP", field: ["input", "entries", "1", "referralId"] }),
    ]);
    const history = await server.query(SessionRegisterHistoryDocument, { id: session!.id, first: 10 }, facilitator);
    expect(history.programmeSession?.registerHistory.totalCount).toBe(0);
    expect((await attendanceOf(member.referral.id)).status).toBe("ALLOCATED");
  });

  it("keeps the earlier value as history when a register is corrected", async () => {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
    const a = await fx.participant("CHOICES", group.id);
    await record(session!.id, [{ referralId: a.referral.id, outcome: "ABSENT_UNACCEPTABLE" }]);
    server.clock.set("2026-06-01T12:30:00Z");
    const corrected = await record(session!.id, [{ referralId: a.referral.id, outcome: "ABSENT_ACCEPTABLE", note: "Sick note arrived" }]);
    expect(corrected.data!.recordSessionAttendance.records[0]).toMatchObject({ outcome: "ABSENT_ACCEPTABLE", superseded: false });

    const history = await server.query(SessionRegisterHistoryDocument, { id: session!.id, first: 10 }, facilitator);
    expect(history.programmeSession?.registerHistory.edges.map((e) => [e.node.outcome, e.node.superseded])).toEqual([
      ["ABSENT_UNACCEPTABLE", true],
      ["ABSENT_ACCEPTABLE", false],
    ]);
    server.clock.set("2026-06-01T12:00:00Z");
    const summary = (await attendanceOf(a.referral.id)).attendance;
    expect(summary).toMatchObject({ absentAcceptable: 1, absentUnacceptable: 0, sessionsRecorded: 1 });
  });

  it("answers malformed registers with user errors", async () => {
    const group = await fx.group("CHOICES", ["fac-1"]);
    const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
    const a = await fx.participant("CHOICES", group.id);
    const duplicate = await record(session!.id, [
      { referralId: a.referral.id, outcome: "ATTENDED" },
      { referralId: a.referral.id, outcome: "LATE" },
    ]);
    expect(duplicate.data!.recordSessionAttendance.userErrors[0]?.code).toBe("INVALID");
    const empty = await record(session!.id, []);
    expect(empty.data!.recordSessionAttendance.userErrors[0]?.field).toEqual(["input", "entries"]);
    const shortKey = await server.request(RecordSessionAttendanceDocument, { input: { sessionId: session!.id, idempotencyKey: "abc", entries: [] } }, facilitator);
    expect(shortKey.data!.recordSessionAttendance.userErrors[0]?.field).toEqual(["input", "idempotencyKey"]);
  });
});

describe("completion and enforcement", () => {
  it("gives completionThresholdMet when 13 of 17 Caring Dads sessions are attended", async () => {
    // A 17-week group that ran from January: all its sessions are past by 1 June.
    const group = await fx.group("CARING_DADS", ["fac-1"], "2026-01-05");
    const { referral } = await fx.participant("CARING_DADS", group.id);
    const openSessions = await fx.sessions(group.id, 17, "2026-01-05T18:00:00Z");
    const referralId = referral.id;
    const outcomes: AttendanceOutcome[] = [
      ...Array<AttendanceOutcome>(11).fill("ATTENDED"),
      "LATE",
      "ABSENT_ACCEPTABLE",
      "ABSENT_UNACCEPTABLE",
      "ABSENT_ACCEPTABLE",
    ];
    for (const [index, outcome] of outcomes.entries()) await record(openSessions[index]!.id, [{ referralId, outcome }]);

    let detail = await attendanceOf(referralId);
    expect(detail.attendance).toMatchObject({ attended: 12, late: 1, sessionsRecorded: 15, sessionsRemaining: 2, completionThresholdMet: false, completionStillPossible: true });
    expect(detail.enforcement).toBeNull(); // voluntary

    const early = await server.query(TransitionReferralDocument, { input: { referralId, toStatus: "COMPLETED", expectedVersion: detail.version } }, fx.probation);
    expect(early.transitionReferral.userErrors[0]?.code).toBe("COMPLETION_NOT_MET");

    await record(openSessions[15]!.id, [{ referralId, outcome: "ATTENDED" }]);
    detail = await attendanceOf(referralId);
    expect(detail.attendance).toMatchObject({ attended: 13, completionThreshold: 13, completionThresholdMet: true });
    const completed = await fx.transition(referralId, "COMPLETED", detail.version);
    expect(completed.status).toBe("COMPLETED");
  });

  it("requires breach on a second unacceptable BBR absence within 12 months of a warning", async () => {
    const group = await fx.group("BBR", ["fac-1"], "2026-02-02");
    const sessions = await fx.sessions(group.id, 10, "2026-02-02T18:00:00Z");
    const { referral } = await fx.participant("BBR", group.id);
    await record(sessions[0]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }]);
    await record(sessions[1]!.id, [{ referralId: referral.id, outcome: "ABSENT_UNACCEPTABLE" }]);

    let detail = await attendanceOf(referral.id);
    expect(detail.enforcement).toEqual({ warningsInLast12Months: 1, breachRequired: false, unacceptableFailures: 1 });

    await record(sessions[2]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }]);
    await record(sessions[5]!.id, [{ referralId: referral.id, outcome: "ABSENT_UNACCEPTABLE" }]);
    detail = await attendanceOf(referral.id);
    expect(detail.enforcement).toEqual({ warningsInLast12Months: 1, breachRequired: true, unacceptableFailures: 2 });
    const breached = await fx.transition(referral.id, "BREACHED", detail.version);
    expect(breached.status).toBe("BREACHED");
  });
});
