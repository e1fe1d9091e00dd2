import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AddGroupFacilitatorDocument,
  CloseGroupDocument,
  GroupFacilitatorsDocument,
  RecordSessionAttendanceDocument,
  RemoveGroupFacilitatorDocument,
  type AddGroupFacilitatorInput,
  type RemoveGroupFacilitatorInput,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * Facilitators with dates (issue 15, item 2): an admin adds and removes a group's facilitators from a
 * date; a removed facilitator has, from the start of that day in England, exactly what someone who
 * never facilitated the group has; one added from a later date has nothing until then; the history
 * of periods is kept.
 */
const NOW = "2026-06-01T12:00:00Z";
let server: TestServer;
let fx: Fixtures;
beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
}, 60_000);
afterAll(() => server.close());
afterEach(() => server.clock.set(NOW));

const tokens = new Map<string, string>();
async function facilitator(sub: string) {
  if (!tokens.has(sub)) tokens.set(sub, await server.token(Role.FACILITATOR, sub));
  return tokens.get(sub)!;
}

function add(input: AddGroupFacilitatorInput, token = fx.admin) {
  return server.request(AddGroupFacilitatorDocument, { input }, token);
}
function remove(input: RemoveGroupFacilitatorInput, token = fx.admin) {
  return server.request(RemoveGroupFacilitatorDocument, { input }, token);
}
async function periods(groupId: string, includeEnded = true) {
  return (await server.query(GroupFacilitatorsDocument, { id: groupId, includeEnded }, fx.admin)).programmeGroup!.facilitators;
}

let keys = 0;
function record(sessionId: string, referralId: string, token: string) {
  return server.request(RecordSessionAttendanceDocument, { input: { sessionId, idempotencyKey: `group-facilitators-${++keys}`, entries: [{ referralId, outcome: "ATTENDED" }] } }, token);
}

/** Everything a facilitator reaches of one group: the group, its sessions and register, the person, their referral, node(id) and the lists. */
const PROBE = `query FacilitatorProbe($group: ID!, $session: ID!, $person: ID!, $referral: ID!, $record: ID!) {
  programmeGroup(id: $group) { id name sessions(first: 10) { totalCount } }
  programmeSession(id: $session) { id register { outcome referral { id } } }
  perpetrator(id: $person) { id familyName }
  referral(id: $referral) { id status }
  groupNode: node(id: $group) { id }
  sessionNode: node(id: $session) { id }
  personNode: node(id: $person) { id }
  recordNode: node(id: $record) { id }
  mine: programmeGroups(first: 10, filter: { facilitatedByMe: true }) { totalCount edges { node { id } } }
  groups: programmeGroups(first: 10) { totalCount }
  people: perpetrators(first: 10) { totalCount edges { node { id } } }
  referrals(first: 10) { totalCount }
}`;

/** A Choices group run by `subs`: last week's session (with a register) and next week's, and one participant. */
async function runningGroup(subs: string[]) {
  const group = await fx.group("CHOICES", subs, "2026-05-25");
  const sessions = await fx.sessions(group.id, 2, "2026-05-25T18:00:00Z");
  const { person, referral } = await fx.participant("CHOICES", group.id);
  const recorded = await record(sessions[0]!.id, referral.id, fx.admin);
  const recordId = (recorded.data as { recordSessionAttendance: { records: { id: string }[] } }).recordSessionAttendance.records[0]!.id;
  const variables = { group: group.id, session: sessions[0]!.id, person: person.id, referral: referral.id, record: recordId };
  return { group, sessions, person, referral, variables };
}

async function probe(variables: Record<string, string>, sub: string) {
  const result = await server.request(PROBE, variables, await facilitator(sub));
  return { data: result.data, errors: result.errors?.map((e) => ({ path: e.path, code: e.extensions?.["code"], message: e.message })) };
}

describe("removing a facilitator from a date", () => {
  it("keeps their access until that day and, from its start in England, gives them exactly what a never-facilitator gets", async () => {
    const world = await runningGroup(["fac-stays", "fac-leaves"]);
    const removed = await remove({ groupId: world.group.id, facilitatorSub: "fac-leaves", endedOn: "2026-06-05", reason: "Moving to another provider" });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeGroupFacilitator).toEqual({
      facilitator: { facilitatorSub: "fac-leaves", startedOn: "2026-06-01", endedOn: "2026-06-05", current: true, endedBy: "admin-1", endReason: "Moving to another provider" },
      group: { id: world.group.id, facilitatorSubs: ["fac-leaves", "fac-stays"] },
      userErrors: [],
    });

    // Before the date: the group, its session and register, the person, their referral, node(id), the lists; and they record.
    const before = await probe(world.variables, "fac-leaves");
    expect(before.errors).toBeUndefined();
    expect(before.data).toMatchObject({
      programmeGroup: { id: world.group.id, sessions: { totalCount: 2 } },
      programmeSession: { id: world.variables.session, register: [{ outcome: "ATTENDED", referral: { id: world.referral.id } }] },
      perpetrator: { id: world.person.id },
      referral: { id: world.referral.id },
      groupNode: { id: world.group.id },
      sessionNode: { id: world.variables.session },
      personNode: { id: world.person.id },
      recordNode: { id: world.variables.record },
      mine: { totalCount: 1 },
      people: { totalCount: 1 },
    });
    // 23:59 on 4 June in England (22:59 UTC, summer time): still theirs.
    server.clock.set("2026-06-04T22:59:00Z");
    expect((await record(world.sessions[0]!.id, world.referral.id, await facilitator("fac-leaves"))).data!.recordSessionAttendance.userErrors).toEqual([]);
    expect((await probe(world.variables, "fac-leaves")).data).toMatchObject({ programmeGroup: { id: world.group.id }, mine: { totalCount: 1 } });

    // 00:00 on 5 June in England (23:00 UTC on the 4th): gone, and indistinguishable from someone who never ran it.
    server.clock.set("2026-06-04T23:00:00Z");
    const after = await probe(world.variables, "fac-leaves");
    const never = await probe(world.variables, "fac-never");
    expect(after).toEqual(never);
    expect(after.data).toMatchObject({
      programmeGroup: null,
      programmeSession: null,
      perpetrator: null,
      referral: null,
      groupNode: null,
      sessionNode: null,
      personNode: null,
      recordNode: null,
      mine: { totalCount: 0, edges: [] },
      groups: { totalCount: 0 },
      people: { totalCount: 0, edges: [] },
      referrals: { totalCount: 0 },
    });
    // Nor may they move their former participant on (a facilitator's transition): refused as for a stranger.
    const dropOut = `mutation DropOut($input: TransitionReferralInput!) { transitionReferral(input: $input) { referral { id } userErrors { code } } }`;
    const dropInput = { input: { referralId: world.referral.id, toStatus: "DROPPED_OUT", expectedVersion: 3, note: "Stopped coming" } };
    const leftDrop = await server.request(dropOut, dropInput, await facilitator("fac-leaves"));
    const neverDrop = await server.request(dropOut, dropInput, await facilitator("fac-never"));
    expect(leftDrop.errors?.map((e) => [e.extensions?.["code"], e.message])).toEqual(neverDrop.errors?.map((e) => [e.extensions?.["code"], e.message]));
    expect(leftDrop.data).toEqual(neverDrop.data);
    const refusedRecord = await record(world.sessions[0]!.id, world.referral.id, await facilitator("fac-leaves"));
    const neverRecord = await record(world.sessions[0]!.id, world.referral.id, await facilitator("fac-never"));
    expect(refusedRecord.errors?.map((e) => e.extensions?.["code"])).toEqual(["FORBIDDEN"]);
    expect(refusedRecord.errors?.map((e) => e.message)).toEqual(neverRecord.errors?.map((e) => e.message));
    // The facilitator who stays keeps everything.
    expect((await probe(world.variables, "fac-stays")).data).toMatchObject({ programmeGroup: { id: world.group.id }, perpetrator: { id: world.person.id }, mine: { totalCount: 1 } });
    // The group shows only its current facilitator now; its history shows both.
    expect((await periods(world.group.id, false)).map((p) => p.facilitatorSub)).toEqual(["fac-stays"]);
    expect((await periods(world.group.id)).map((p) => [p.facilitatorSub, p.endedOn, p.current])).toEqual([
      ["fac-leaves", "2026-06-05", false],
      ["fac-stays", null, true],
    ]);
  });

  it("from today (the default): access ends at once", async () => {
    const world = await runningGroup(["fac-today-a", "fac-today-b"]);
    const removed = await remove({ groupId: world.group.id, facilitatorSub: "fac-today-a", reason: "Off sick long-term" });
    expect(removed.data!.removeGroupFacilitator.facilitator).toMatchObject({ endedOn: "2026-06-01", current: false });
    expect(await probe(world.variables, "fac-today-a")).toEqual(await probe(world.variables, "fac-never"));
  });
});

describe("adding a facilitator from a later date", () => {
  it("gives nothing until that day in England, then everything", async () => {
    const world = await runningGroup(["fac-first"]);
    const added = await add({ groupId: world.group.id, facilitatorSub: "fac-soon", startedOn: "2026-06-03", reason: "Covering the summer" });
    expect(added.data!.addGroupFacilitator).toEqual({
      facilitator: { facilitatorSub: "fac-soon", startedOn: "2026-06-03", endedOn: null, current: false, addedBy: "admin-1" },
      group: { id: world.group.id, facilitatorSubs: ["fac-first"] },
      userErrors: [],
    });
    expect(await probe(world.variables, "fac-soon")).toEqual(await probe(world.variables, "fac-never"));
    expect((await record(world.sessions[0]!.id, world.referral.id, await facilitator("fac-soon"))).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    // Listed (not current) among the group's facilitators by default.
    expect((await periods(world.group.id, false)).map((p) => [p.facilitatorSub, p.startedOn, p.current])).toEqual([
      ["fac-first", "2026-06-01", true],
      ["fac-soon", "2026-06-03", false],
    ]);

    server.clock.set("2026-06-02T22:59:00Z"); // 23:59 on 2 June in England
    expect((await probe(world.variables, "fac-soon")).data!).toMatchObject({ programmeGroup: null, mine: { totalCount: 0 } });
    server.clock.set("2026-06-02T23:00:00Z"); // 00:00 on 3 June in England
    const from = await probe(world.variables, "fac-soon");
    expect(from.errors).toBeUndefined();
    expect(from.data).toMatchObject({ programmeGroup: { id: world.group.id }, perpetrator: { id: world.person.id }, recordNode: { id: world.variables.record }, mine: { totalCount: 1 } });
    expect((await record(world.sessions[0]!.id, world.referral.id, await facilitator("fac-soon"))).data!.recordSessionAttendance.userErrors).toEqual([]);
  });
});

describe("removing and adding again", () => {
  it("keeps each period in the group's history, with who and why", async () => {
    const world = await runningGroup(["fac-back", "fac-cover"]);
    await remove({ groupId: world.group.id, facilitatorSub: "fac-back", reason: "Parental leave" });
    const again = await add({ groupId: world.group.id, facilitatorSub: "fac-back", startedOn: "2026-06-10", reason: "Back from leave" });
    expect(again.data!.addGroupFacilitator.userErrors).toEqual([]);
    const history = await periods(world.group.id);
    expect(history.map((p) => [p.facilitatorSub, p.startedOn, p.endedOn, p.addedBy, p.addReason, p.endedBy, p.endReason])).toEqual([
      ["fac-back", "2026-06-01", "2026-06-01", "admin-1", null, "admin-1", "Parental leave"],
      ["fac-back", "2026-06-10", null, "admin-1", "Back from leave", null, null],
      ["fac-cover", "2026-06-01", null, "admin-1", null, null, null],
    ]);
    // Not yet back: nothing. From the 10th: the group again.
    expect((await probe(world.variables, "fac-back")).data).toMatchObject({ programmeGroup: null });
    server.clock.set("2026-06-10T08:00:00Z");
    expect((await probe(world.variables, "fac-back")).data).toMatchObject({ programmeGroup: { id: world.group.id } });
  });
});

describe("refusals write nothing", () => {
  it("refuses someone already on the list, someone not on it, dates out of order or past, no reason, a closed group, and the last facilitator while sessions are to run", async () => {
    const world = await runningGroup(["fac-only"]);
    await add({ groupId: world.group.id, facilitatorSub: "fac-later", startedOn: "2026-06-10" });
    const before = await periods(world.group.id);
    type Answer = { errors: unknown; payload: { facilitator: unknown; userErrors: unknown[] } | undefined };
    const adding = async (input: AddGroupFacilitatorInput): Promise<Answer> => {
      const result = await add(input);
      return { errors: result.errors, payload: result.data?.addGroupFacilitator };
    };
    const removing = async (input: RemoveGroupFacilitatorInput): Promise<Answer> => {
      const result = await remove(input);
      return { errors: result.errors, payload: result.data?.removeGroupFacilitator };
    };
    const cases: [string, () => Promise<Answer>, { field: string[]; code: string; message?: unknown }][] = [
      ["adding someone current", () => adding({ groupId: world.group.id, facilitatorSub: "fac-only" }), { field: ["input", "facilitatorSub"], code: "DUPLICATE" }],
      ["adding someone added from a later date", () => adding({ groupId: world.group.id, facilitatorSub: "fac-later" }), { field: ["input", "facilitatorSub"], code: "DUPLICATE" }],
      ["adding from yesterday", () => adding({ groupId: world.group.id, facilitatorSub: "fac-new", startedOn: "2026-05-31" }), { field: ["input", "startedOn"], code: "INVALID" }],
      ["removing someone never on the list", () => removing({ groupId: world.group.id, facilitatorSub: "fac-never", reason: "Mistake" }), { field: ["input", "facilitatorSub"], code: "NOT_FOUND" }],
      [
        "an end before the start",
        () => removing({ groupId: world.group.id, facilitatorSub: "fac-later", endedOn: "2026-06-05", reason: "Changed plans" }),
        { field: ["input", "endedOn"], code: "INVALID", message: expect.stringContaining("period started, 2026-06-10") },
      ],
      ["an end before today", () => removing({ groupId: world.group.id, facilitatorSub: "fac-only", endedOn: "2026-05-31", reason: "Left" }), { field: ["input", "endedOn"], code: "INVALID" }],
      ["no reason", () => removing({ groupId: world.group.id, facilitatorSub: "fac-only", reason: "  " }), { field: ["input", "reason"], code: "REASON_REQUIRED" }],
      [
        "the last facilitator before next week's session",
        () => removing({ groupId: world.group.id, facilitatorSub: "fac-only", reason: "Left the provider" }),
        { field: ["input", "facilitatorSub"], code: "INVALID", message: expect.stringContaining("Session 2 (2026-06-01) would have no facilitator") },
      ],
      ["an unknown group", () => adding({ groupId: "UHJvZ3JhbW1lR3JvdXA6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw", facilitatorSub: "fac-new" }), { field: ["input", "groupId"], code: "NOT_FOUND" }],
    ];
    for (const [label, run, expected] of cases) {
      const { errors, payload } = await run();
      expect(errors, label).toBeUndefined();
      expect(payload!.facilitator, label).toBeNull();
      expect(payload!.userErrors, label).toEqual([expect.objectContaining(expected)]);
    }
    expect(await periods(world.group.id)).toEqual(before);
    // fac-later (from the 10th) does not cover next week's session (the 8th); from the 8th they would.
    expect((await remove({ groupId: world.group.id, facilitatorSub: "fac-later", reason: "Not needed" })).data!.removeGroupFacilitator.facilitator).toMatchObject({ endedOn: "2026-06-10" });
  });

  it("refuses a new facilitator for a closed group, but lets an admin remove one from it", async () => {
    const group = await fx.group("CHOICES", ["fac-closed-a", "fac-closed-b"], "2026-03-02");
    await fx.sessions(group.id, 1, "2026-03-02T18:00:00Z");
    const closed = await server.query(CloseGroupDocument, { input: { groupId: group.id, expectedVersion: 1, reason: "Programme delivered" } }, fx.admin);
    expect(closed.closeGroup.userErrors).toEqual([]);
    const refused = (await add({ groupId: group.id, facilitatorSub: "fac-new" })).data!.addGroupFacilitator;
    expect(refused).toMatchObject({ facilitator: null, userErrors: [expect.objectContaining({ code: "GROUP_CLOSED", field: ["input", "groupId"] })] });
    const removed = (await remove({ groupId: group.id, facilitatorSub: "fac-closed-a", reason: "Group finished" })).data!.removeGroupFacilitator;
    expect(removed.userErrors).toEqual([]);
    expect((await periods(group.id, false)).map((p) => p.facilitatorSub)).toEqual(["fac-closed-b"]);
  });
});

describe("who may change a group's facilitators", () => {
  it("is an admin only: the group's own facilitator, probation and an analyst are refused with FORBIDDEN and nothing is written", async () => {
    const world = await runningGroup(["fac-owner-x", "fac-owner-y"]);
    const before = await periods(world.group.id);
    const callers = [await facilitator("fac-owner-x"), fx.probation, await server.token(Role.ANALYST, "analyst-1")];
    for (const token of callers) {
      expect((await add({ groupId: world.group.id, facilitatorSub: "fac-friend" }, token)).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
      expect((await add({ groupId: world.group.id, facilitatorSub: "fac-owner-x", startedOn: "2026-06-02" }, token)).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
      expect((await remove({ groupId: world.group.id, facilitatorSub: "fac-owner-y", reason: "Falling out" }, token)).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    }
    expect(await periods(world.group.id)).toEqual(before);
  });
});
