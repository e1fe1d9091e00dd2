import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CancelSessionDocument,
  CloseGroupDocument,
  RecordSessionAttendanceDocument,
  ReferralDetailDocument,
  RescheduleSessionDocument,
  TransferToGroupDocument,
  TransitionReferralDocument,
  type AttendanceOutcome,
  type CreatePerpetratorInput,
  type ProgrammeCode,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * Running groups after they start (issue 15): moving a session, moving a participant to another group
 * of the programme, and re-opening a breach when the court orders the order to continue.
 */
const NOW = "2026-06-01T12:00:00Z";
let server: TestServer;
let fx: Fixtures;
let police: string;
beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  police = await server.token(Role.POLICE, "police-run");
}, 60_000);
afterAll(() => server.close());

let keys = 0;
const facilitatorTokens = new Map<string, string>();
async function facilitator(sub: string) {
  if (!facilitatorTokens.has(sub)) facilitatorTokens.set(sub, await server.token(Role.FACILITATOR, sub));
  return facilitatorTokens.get(sub)!;
}

function record(sessionId: string, entries: { referralId: string; outcome: AttendanceOutcome }[], token: string) {
  return server.query(RecordSessionAttendanceDocument, { input: { sessionId, idempotencyKey: `group-running-${++keys}`, entries } }, token);
}

const SESSIONS_OF = `query GroupSessions($id: ID!) {
  programmeGroup(id: $id) { sessions(first: 50) { edges { node { id sessionNumber scheduledStart durationMinutes } } } }
}`;
async function sessionsOf(groupId: string) {
  const data = (await server.query(SESSIONS_OF, { id: groupId }, fx.admin)) as {
    programmeGroup: { sessions: { edges: { node: { id: string; sessionNumber: number; scheduledStart: string; durationMinutes: number } }[] } };
  };
  return data.programmeGroup.sessions.edges.map((edge) => edge.node);
}

function reschedule(sessionId: string, scheduledStart: string, token: string, extra: { durationMinutes?: number; reason?: string } = {}) {
  return server.request(RescheduleSessionDocument, { input: { sessionId, scheduledStart, reason: "Venue double-booked", ...extra } }, token);
}

describe("rescheduleSession", () => {
  it("lets the group's facilitator and an admin move a session that has not happened, answering what was written", async () => {
    const group = await fx.group("CHOICES", ["fac-move"]);
    const sessions = await fx.sessions(group.id, 3, "2026-06-08T18:00:00Z");
    const moved = await reschedule(sessions[1]!.id, "2026-06-16T17:30:00Z", await facilitator("fac-move"), { durationMinutes: 90, reason: "Bank holiday week" });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleSession).toEqual({
      session: { id: sessions[1]!.id, sessionNumber: 2, scheduledStart: "2026-06-16T17:30:00.000Z", durationMinutes: 90 },
      userErrors: [],
    });
    // Without a duration, it keeps the one it had.
    const byAdmin = await reschedule(sessions[2]!.id, "2026-06-23T18:00:00Z", fx.admin);
    expect(byAdmin.data!.rescheduleSession.session).toMatchObject({ scheduledStart: "2026-06-23T18:00:00.000Z", durationMinutes: 120 });
    expect((await sessionsOf(group.id)).map((s) => [s.sessionNumber, s.scheduledStart, s.durationMinutes])).toEqual([
      [1, "2026-06-08T18:00:00.000Z", 120],
      [2, "2026-06-16T17:30:00.000Z", 90],
      [3, "2026-06-23T18:00:00.000Z", 120],
    ]);
  });

  it("refuses, writing nothing, a session with a register, a start in the past or out of number order, and a reason outside 1 to 500 characters", async () => {
    const group = await fx.group("CHOICES", ["fac-refuse"]);
    const token = await facilitator("fac-refuse");
    // Sessions 1 (a week ago), 2 (this evening) and 3 (next week).
    const sessions = await fx.sessions(group.id, 3, "2026-05-25T18:00:00Z");
    const { referral } = await fx.participant("CHOICES", group.id);
    await record(sessions[0]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], token);
    const before = await sessionsOf(group.id);

    const cases: [string, string, { durationMinutes?: number; reason?: string }, string, { field: string[]; code: string; message?: unknown }][] = [
      ["a register recorded", sessions[0]!.id, {}, "2026-06-01T13:00:00Z", { field: ["input", "sessionId"], code: "INVALID", message: expect.stringContaining("register") }],
      ["a start in the past", sessions[1]!.id, {}, "2026-05-31T18:00:00Z", { field: ["input", "scheduledStart"], code: "INVALID", message: expect.stringContaining("future") }],
      ["after the next session", sessions[1]!.id, {}, "2026-06-09T18:00:00Z", { field: ["input", "scheduledStart"], code: "INVALID", message: expect.stringContaining("before session 3") }],
      ["before the previous session", sessions[2]!.id, {}, "2026-06-01T17:00:00Z", { field: ["input", "scheduledStart"], code: "INVALID", message: expect.stringContaining("after session 2") }],
      ["an empty reason", sessions[1]!.id, { reason: " " }, "2026-06-02T18:00:00Z", { field: ["input", "reason"], code: "REASON_REQUIRED" }],
      ["a reason of 501 characters", sessions[1]!.id, { reason: "x".repeat(501) }, "2026-06-02T18:00:00Z", { field: ["input", "reason"], code: "INVALID" }],
      ["a duration of 500 minutes", sessions[1]!.id, { durationMinutes: 500 }, "2026-06-02T18:00:00Z", { field: ["input", "durationMinutes"], code: "INVALID" }],
    ];
    for (const [label, sessionId, extra, start, expected] of cases) {
      const result = await reschedule(sessionId, start, token, extra);
      expect(result.errors, label).toBeUndefined();
      expect(result.data!.rescheduleSession.session, label).toBeNull();
      expect(result.data!.rescheduleSession.userErrors, label).toEqual([expect.objectContaining(expected)]);
    }
    expect(await sessionsOf(group.id)).toEqual(before);
    // Within the rules, the same session moves.
    expect((await reschedule(sessions[1]!.id, "2026-06-02T18:00:00Z", token)).data!.rescheduleSession.userErrors).toEqual([]);
  });

  it("refuses another group's facilitator and probation with FORBIDDEN, and an unknown session with NOT_FOUND", async () => {
    const group = await fx.group("CHOICES", ["fac-owner"]);
    const [session] = await fx.sessions(group.id, 1, "2026-06-08T18:00:00Z");
    const other = await reschedule(session!.id, "2026-06-09T18:00:00Z", await facilitator("fac-not-owner"));
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const probation = await reschedule(session!.id, "2026-06-09T18:00:00Z", fx.probation);
    expect(probation.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const unknown = await reschedule("UHJvZ3JhbW1lU2Vzc2lvbjowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA", "2026-06-09T18:00:00Z", fx.admin);
    expect(unknown.data!.rescheduleSession.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "sessionId"] })]);
    expect((await sessionsOf(group.id))[0]!.scheduledStart).toBe("2026-06-08T18:00:00.000Z");
  });
});

function transfer(referralId: string, groupId: string, expectedVersion: number, token = fx.probation, reason = "Moved to night shifts; the Tuesday group fits") {
  return server.request(TransferToGroupDocument, { input: { referralId, groupId, expectedVersion, reason } }, token);
}

const AS_FACILITATOR = `query ParticipantView($referralId: ID!, $personId: ID!) {
  referral(id: $referralId) { id group { id name } }
  perpetrator(id: $personId) { id familyName }
}`;
async function seenBy(token: string, referralId: string, personId: string) {
  const result = await server.request(AS_FACILITATOR, { referralId, personId }, token);
  expect(result.errors).toBeUndefined();
  const data = result.data as { referral: { group: { id: string } | null } | null; perpetrator: { id: string } | null };
  return { referral: data.referral !== null, person: data.perpetrator !== null };
}

async function detail(referralId: string) {
  return (await server.query(ReferralDetailDocument, { id: referralId }, fx.probation)).referral!;
}

async function memberCount(groupId: string) {
  const data = (await server.query(`query($id: ID!) { programmeGroup(id: $id) { memberCount } }`, { id: groupId }, fx.admin)) as { programmeGroup: { memberCount: number } };
  return data.programmeGroup.memberCount;
}

describe("transferToGroup", () => {
  it("moves a participant with their attendance, and moves which facilitators see them", async () => {
    const groupA = await fx.group("CHOICES", ["fac-from"]);
    const groupB = await fx.group("CHOICES", ["fac-to"]);
    const { person, referral } = await fx.participant("CHOICES", groupA.id);
    const sessionsA = await fx.sessions(groupA.id, 2, "2026-05-18T18:00:00Z");
    const [sessionB] = await fx.sessions(groupB.id, 1, "2026-05-26T18:00:00Z");
    const from = await facilitator("fac-from");
    const to = await facilitator("fac-to");
    await record(sessionsA[0]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], from);
    const started = await detail(referral.id);
    expect(started).toMatchObject({ status: "ON_PROGRAMME", attendance: { attended: 1, sessionsRecorded: 1 } });
    expect(await seenBy(from, referral.id, person.id)).toEqual({ referral: true, person: true });
    expect(await seenBy(to, referral.id, person.id)).toEqual({ referral: false, person: false });

    const moved = await transfer(referral.id, groupB.id, started.version);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.transferToGroup).toEqual({
      referral: { id: referral.id, status: "ON_PROGRAMME", version: started.version + 1, mandated: false, legalBasis: null },
      userErrors: [],
    });

    const after = await detail(referral.id);
    expect(after.attendance).toMatchObject({ attended: 1, sessionsRecorded: 1 });
    expect(after.history.at(-1)).toEqual({
      fromStatus: "ON_PROGRAMME",
      toStatus: "ON_PROGRAMME",
      version: started.version + 1,
      reason: "Moved to night shifts; the Tuesday group fits",
      note: `Transferred from group ${groupA.name} to group ${groupB.name}: Moved to night shifts; the Tuesday group fits`,
      actorSub: "prob-1",
    });
    expect([await memberCount(groupA.id), await memberCount(groupB.id)]).toEqual([0, 1]);

    // The old group's facilitators no longer see the person; the new group's do, and register them.
    expect(await seenBy(from, referral.id, person.id)).toEqual({ referral: false, person: false });
    expect(await seenBy(to, referral.id, person.id)).toEqual({ referral: true, person: true });
    const oldRegister = await server.query(RecordSessionAttendanceDocument, { input: { sessionId: sessionsA[1]!.id, idempotencyKey: `group-running-${++keys}`, entries: [{ referralId: referral.id, outcome: "ATTENDED" }] } }, from);
    expect(oldRegister.recordSessionAttendance.userErrors.map((e) => e.code)).toEqual(["NOT_IN_GROUP"]);
    const newRegister = await record(sessionB!.id, [{ referralId: referral.id, outcome: "LATE" }], to);
    expect(newRegister.recordSessionAttendance.userErrors).toEqual([]);
    // Session 1 in both groups counts once (the later, LATE, stands; LATE counts as attended).
    expect((await detail(referral.id)).attendance).toMatchObject({ attended: 1, late: 1, sessionsRecorded: 1, sessionsRemaining: 11 });
  });

  it("moves an ALLOCATED referral too, keeping its status", async () => {
    const groupA = await fx.group("CARING_DADS", ["fac-dads-a"]);
    const groupB = await fx.group("CARING_DADS", ["fac-dads-b"]);
    const { referral } = await fx.participant("CARING_DADS", groupA.id);
    const moved = await transfer(referral.id, groupB.id, referral.version, fx.admin);
    expect(moved.data!.transferToGroup.referral).toMatchObject({ status: "ALLOCATED", version: referral.version + 1 });
  });

  it("refuses, writing nothing, another programme's group, a closed or full group, a stale version, the wrong status and no reason", async () => {
    const groupA = await fx.group("PACT", ["fac-pact"]);
    const young = { dateOfBirth: "2010-06-01", children: [] } satisfies Partial<CreatePerpetratorInput>;
    const { referral } = await fx.participant("PACT", groupA.id, young);
    const otherProgramme = await fx.group("CHOICES", ["fac-pact"]);
    const closed = await fx.group("PACT", ["fac-pact"]);
    await fx.sessions(closed.id, 2, "2026-05-18T18:00:00Z"); // PACT closes to new members once session 2 has started
    const full = await fx.group("PACT", ["fac-pact"]); // PACT groups take 10
    for (let i = 0; i < 10; i++) await fx.participant("PACT", full.id, young);
    const open = await fx.group("PACT", ["fac-pact"]);
    const waiting = await fx.readyForAllocation("PACT", young);

    const cases: [string, Promise<Awaited<ReturnType<typeof transfer>>>, { field: string[]; code: string }][] = [
      ["another programme's group", transfer(referral.id, otherProgramme.id, referral.version), { field: ["input", "groupId"], code: "WRONG_PROGRAMME" }],
      ["a closed group", transfer(referral.id, closed.id, referral.version), { field: ["input", "groupId"], code: "GROUP_CLOSED" }],
      ["a full group", transfer(referral.id, full.id, referral.version), { field: ["input", "groupId"], code: "GROUP_FULL" }],
      ["the group it is in", transfer(referral.id, groupA.id, referral.version), { field: ["input", "groupId"], code: "INVALID" }],
      ["a stale version", transfer(referral.id, open.id, referral.version - 1), { field: ["input", "expectedVersion"], code: "CONFLICT" }],
      ["no reason", transfer(referral.id, open.id, referral.version, fx.probation, "  "), { field: ["input", "reason"], code: "REASON_REQUIRED" }],
      ["a referral waiting for allocation", transfer(waiting.referral.id, open.id, waiting.referral.version), { field: ["input", "referralId"], code: "INVALID_TRANSITION" }],
    ];
    for (const [label, pending, expected] of cases) {
      const result = await pending;
      expect(result.errors, label).toBeUndefined();
      expect(result.data!.transferToGroup.referral, label).toBeNull();
      expect(result.data!.transferToGroup.userErrors, label).toEqual([expect.objectContaining(expected)]);
    }
    const unchanged = (await server.query(`query($id: ID!) { referral(id: $id) { version status group { id } } }`, { id: referral.id }, fx.probation)) as {
      referral: { version: number; status: string; group: { id: string } };
    };
    expect(unchanged.referral).toEqual({ version: referral.version, status: "ALLOCATED", group: { id: groupA.id } });
    expect((await detail(waiting.referral.id)).version).toBe(waiting.referral.version);
    expect([await memberCount(full.id), await memberCount(open.id)]).toEqual([10, 0]);
  });

  it("is for probation and admins: a facilitator of either group, or police, is refused with FORBIDDEN", async () => {
    const groupA = await fx.group("CHOICES", ["fac-x"]);
    const groupB = await fx.group("CHOICES", ["fac-x"]);
    const { referral } = await fx.participant("CHOICES", groupA.id);
    for (const token of [await facilitator("fac-x"), police]) {
      const result = await transfer(referral.id, groupB.id, referral.version, token);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await detail(referral.id)).version).toBe(referral.version);
  });
});

describe("re-opening a breached referral on the court's order", () => {
  async function breachedParticipant(programme: ProgrammeCode = "BBR") {
    const group = await fx.group(programme, ["fac-bbr"], "2026-05-04");
    const sessions = await fx.sessions(group.id, 5, "2026-05-04T18:00:00Z");
    const { person, referral } = await fx.participant(programme, group.id);
    await record(sessions[0]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], await facilitator("fac-bbr"));
    const started = await detail(referral.id);
    const breached = await fx.transition(referral.id, "BREACHED", started.version);
    return { group, sessions, person, referral: breached };
  }

  const reopen = (referralId: string, expectedVersion: number, token: string, note?: string) =>
    server.request(TransitionReferralDocument, { input: { referralId, toStatus: "ON_PROGRAMME", expectedVersion, ...(note === undefined ? {} : { note }) } }, token);

  it("lets probation re-open it ON_PROGRAMME with a note, recorded in the history, back in its group", async () => {
    const { sessions, referral } = await breachedParticipant();
    const withoutNote = await reopen(referral.id, referral.version, fx.probation);
    expect(withoutNote.data!.transitionReferral.userErrors).toEqual([expect.objectContaining({ code: "REASON_REQUIRED", field: ["input", "note"] })]);
    expect(await detail(referral.id)).toMatchObject({ status: "BREACHED", version: referral.version });

    const order = "Leeds Magistrates, 1 June 2026: order to continue, attendance to resume";
    const reopened = await reopen(referral.id, referral.version, fx.probation, order);
    expect(reopened.data!.transitionReferral).toEqual({
      referral: { id: referral.id, status: "ON_PROGRAMME", version: referral.version + 1, mandated: true, legalBasis: "COMMUNITY_ORDER" },
      userErrors: [],
    });
    const after = await detail(referral.id);
    expect(after.history.at(-1)).toMatchObject({ fromStatus: "BREACHED", toStatus: "ON_PROGRAMME", note: order, actorSub: "prob-1" });
    expect(after.attendance.attended).toBe(1);
    const open = (await server.query(`query($id: ID!) { referral(id: $id) { closedAt group { id } } }`, { id: referral.id }, fx.probation)) as { referral: { closedAt: string | null; group: { id: string } } };
    expect(open.referral.closedAt).toBeNull();
    // Back on the group's registers.
    const register = await record(sessions[1]!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], await facilitator("fac-bbr"));
    expect(register.recordSessionAttendance.userErrors).toEqual([]);
    // Stale versions still conflict.
    const again = await reopen(referral.id, referral.version, fx.probation, order);
    expect(again.data!.transitionReferral.userErrors.map((e) => e.code)).toEqual(["CONFLICT"]);
  });

  it("refuses the group's facilitator and police with FORBIDDEN", async () => {
    const { referral } = await breachedParticipant();
    for (const token of [await facilitator("fac-bbr"), police]) {
      const result = await reopen(referral.id, referral.version, token, "Court ordered the order to continue");
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await detail(referral.id)).toMatchObject({ status: "BREACHED", version: referral.version });
  });

  it("lets an admin re-open it, but not while the person has another open referral to the programme", async () => {
    const { person, referral } = await breachedParticipant();
    const second = await fx.refer(person.id, "BBR");
    const refused = await reopen(referral.id, referral.version, fx.admin, "Court ordered the order to continue");
    expect(refused.data!.transitionReferral.userErrors).toEqual([expect.objectContaining({ code: "DUPLICATE", field: ["input", "referralId"] })]);
    expect(await detail(referral.id)).toMatchObject({ status: "BREACHED", version: referral.version });
    await fx.transition(second.id, "WITHDRAWN", second.version, { withdrawalReason: "OTHER", note: "Superseded by the court order" });
    const reopened = await reopen(referral.id, referral.version, fx.admin, "Court ordered the order to continue");
    expect(reopened.data!.transitionReferral.referral?.status).toBe("ON_PROGRAMME");
  });

  it("when its group has closed since, re-opens it to wait for a place in another group, not back into the closed one", async () => {
    const { group, sessions, referral } = await breachedParticipant();
    const cancelled = await server.query(CancelSessionDocument, { input: { sessionId: sessions[4]!.id, reason: "Group ended early" } }, fx.admin);
    expect(cancelled.cancelSession.userErrors).toEqual([]);
    const closed = await server.query(CloseGroupDocument, { input: { groupId: group.id, expectedVersion: 1, reason: "Ended early" } }, fx.admin);
    expect(closed.closeGroup.userErrors).toEqual([]);

    const order = "Leeds Magistrates, 1 June 2026: order to continue";
    const intoClosed = await reopen(referral.id, referral.version, fx.probation, order);
    expect(intoClosed.data!.transitionReferral.userErrors).toEqual([
      expect.objectContaining({ code: "GROUP_CLOSED", field: ["input", "toStatus"], message: expect.stringContaining("AWAITING_ALLOCATION") }),
    ]);
    expect(await detail(referral.id)).toMatchObject({ status: "BREACHED", version: referral.version });

    const waiting = await server.request(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "AWAITING_ALLOCATION", expectedVersion: referral.version, note: order } }, fx.probation);
    expect(waiting.data!.transitionReferral.userErrors).toEqual([]);
    expect(waiting.data!.transitionReferral.referral).toMatchObject({ status: "AWAITING_ALLOCATION", version: referral.version + 1 });
    const other = await fx.group("BBR", ["fac-bbr-2"], "2026-06-08");
    const allocated = await fx.allocate(referral.id, other.id, referral.version + 1);
    expect(allocated.userErrors).toEqual([]);
    expect(allocated.referral).toMatchObject({ status: "ALLOCATED" });
    expect((await detail(referral.id)).attendance.attended).toBe(1);
  });

  it("keeps every other closed status closed", async () => {
    const { referral } = await breachedParticipant();
    const completedTry = await server.request(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "COMPLETED", expectedVersion: referral.version, note: "court" } }, fx.probation);
    expect(completedTry.data!.transitionReferral.userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringMatching(/closed/) });
    const person = await fx.person();
    const withdrawn = await fx.transition((await fx.refer(person.id, "CHOICES")).id, "WITHDRAWN", 1, { withdrawalReason: "MOVED_AREA" });
    const result = await reopen(withdrawn.id, withdrawn.version, fx.probation, "Came back");
    expect(result.data!.transitionReferral.userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringMatching(/closed/) });
  });
});
