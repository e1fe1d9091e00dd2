import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AllocateToGroupDocument,
  CancelSessionDocument,
  CloseGroupDocument,
  ScheduleSessionDocument,
  TransferToGroupDocument,
  UpdateGroupDocument,
  type UpdateGroupInput,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * Updating and closing a group (issue 15, item 2): compare-and-set on the group's version; closing only
 * a group with nobody left in it and nothing still to run; a closed group takes nothing new.
 */
const NOW = "2026-06-01T12:00:00Z";
let server: TestServer;
let fx: Fixtures;
beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
}, 60_000);
afterAll(() => server.close());

const GROUP = `query GroupState($id: ID!) {
  programmeGroup(id: $id) { name location startsOn version status closedAt closedBy closeReason memberCount sessions(first: 20) { totalCount } }
}`;
type GroupState = { name: string; location: string | null; startsOn: string; version: number; status: string; closedAt: string | null; closedBy: string | null; closeReason: string | null };
async function state(id: string) {
  return ((await server.query(GROUP, { id }, fx.admin)) as { programmeGroup: GroupState }).programmeGroup;
}
function update(input: UpdateGroupInput, token = fx.admin) {
  return server.request(UpdateGroupDocument, { input }, token);
}
function close(groupId: string, expectedVersion: number, reason = "Programme delivered", token = fx.admin) {
  return server.request(CloseGroupDocument, { input: { groupId, expectedVersion, reason } }, token);
}

describe("updateGroup", () => {
  it("changes the name, location and start date, moving the version on; a stale version is refused with CONFLICT", async () => {
    const group = await fx.group("CARING_DADS", ["fac-upd"], "2026-06-08");
    const first = await update({ groupId: group.id, expectedVersion: 1, name: "Caring Dads — Seacroft, Summer 2026", location: "Seacroft Hub", startsOn: "2026-06-15" });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateGroup).toEqual({
      group: { id: group.id, name: "Caring Dads — Seacroft, Summer 2026", location: "Seacroft Hub", startsOn: "2026-06-15", version: 2 },
      userErrors: [],
    });
    // Someone else's edit, made from version 1, is refused; nothing of it is written.
    const stale = await update({ groupId: group.id, expectedVersion: 1, location: "Harehills Hub" });
    expect(stale.data!.updateGroup).toEqual({ group: null, userErrors: [expect.objectContaining({ field: ["input", "expectedVersion"], code: "CONFLICT", message: expect.stringContaining("version 2") })] });
    expect(await state(group.id)).toMatchObject({ location: "Seacroft Hub", version: 2, status: "OPEN" });
    // An explicit null clears the location; leaving a field out keeps it.
    const cleared = await update({ groupId: group.id, expectedVersion: 2, location: null });
    expect(cleared.data!.updateGroup.group).toMatchObject({ name: "Caring Dads — Seacroft, Summer 2026", location: null, version: 3 });
  });

  it("refuses, writing nothing, another group's name, an empty name, nothing changed, and a new start once a session has started", async () => {
    const taken = await fx.group("CARING_DADS", ["fac-upd"]);
    const group = await fx.group("CARING_DADS", ["fac-upd"], "2026-05-25");
    await fx.sessions(group.id, 1, "2026-05-25T18:00:00Z");
    const before = await state(group.id);
    const takenName = (await state(taken.id)).name;
    const cases: [string, UpdateGroupInput, { field: string[]; code: string }][] = [
      ["another group's name", { groupId: group.id, expectedVersion: 1, name: takenName }, { field: ["input", "name"], code: "DUPLICATE" }],
      ["an empty name", { groupId: group.id, expectedVersion: 1, name: "  " }, { field: ["input", "name"], code: "INVALID" }],
      ["nothing changed", { groupId: group.id, expectedVersion: 1, location: before.location }, { field: ["input", "groupId"], code: "INVALID" }],
      ["a new start after session 1 started", { groupId: group.id, expectedVersion: 1, startsOn: "2026-06-08" }, { field: ["input", "startsOn"], code: "INVALID" }],
      ["an unknown group", { groupId: "UHJvZ3JhbW1lR3JvdXA6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw", expectedVersion: 1, name: "X" }, { field: ["input", "groupId"], code: "NOT_FOUND" }],
    ];
    for (const [label, input, expected] of cases) {
      const result = await update(input);
      expect(result.errors, label).toBeUndefined();
      expect(result.data!.updateGroup, label).toEqual({ group: null, userErrors: [expect.objectContaining(expected)] });
    }
    expect(await state(group.id)).toEqual(before);
  });
});

describe("closeGroup", () => {
  it("refuses, saying which, while participants are allocated or on the programme and while sessions are still to run; closes once neither", async () => {
    const group = await fx.group("CHOICES", ["fac-close"], "2026-05-18");
    const { referral } = await fx.participant("CHOICES", group.id);
    const sessions = await fx.sessions(group.id, 2, "2026-05-18T18:00:00Z");
    const future = (await server.query(ScheduleSessionDocument, { input: { groupId: group.id, sessionNumber: 3, scheduledStart: "2026-06-08T18:00:00Z" } }, fx.admin)).scheduleSession;
    expect(future.userErrors).toEqual([]);
    expect(sessions).toHaveLength(2);

    const refused = await close(group.id, 1);
    expect(refused.data!.closeGroup).toEqual({
      group: null,
      userErrors: [
        expect.objectContaining({ field: ["input", "groupId"], code: "INVALID", message: expect.stringContaining("1 participant is still ALLOCATED to the group or ON_PROGRAMME") }),
        expect.objectContaining({ field: ["input", "groupId"], code: "INVALID", message: "Session 3 still to run (the next on 2026-06-08)" }),
      ],
    });
    const noReason = await close(group.id, 1, " ");
    expect(noReason.data!.closeGroup.userErrors).toContainEqual(expect.objectContaining({ field: ["input", "reason"], code: "REASON_REQUIRED" }));
    expect(await state(group.id)).toMatchObject({ status: "OPEN", version: 1, closedAt: null });

    // The participant withdraws and session 3 takes place: now it closes.
    await fx.transition(referral.id, "WITHDRAWN", referral.version, { withdrawalReason: "MOVED_AREA" });
    server.clock.set("2026-06-09T09:00:00Z");
    try {
      const closed = await close(group.id, 1, "All sessions delivered");
      expect(closed.errors).toBeUndefined();
      expect(closed.data!.closeGroup).toEqual({
        group: { id: group.id, status: "CLOSED", version: 2, closedAt: "2026-06-09T09:00:00.000Z", closedBy: "admin-1", closeReason: "All sessions delivered" },
        userErrors: [],
      });
      expect((await close(group.id, 2)).data!.closeGroup.userErrors).toEqual([expect.objectContaining({ code: "GROUP_CLOSED", message: expect.stringContaining("already closed") })]);
    } finally {
      server.clock.set(NOW);
    }
  });

  it("does not wait for a session that was cancelled: a group whose only session still to come is cancelled closes", async () => {
    const group = await fx.group("CHOICES", ["fac-close-c"], "2026-05-18");
    await fx.sessions(group.id, 1, "2026-05-18T18:00:00Z");
    const later = (await server.query(ScheduleSessionDocument, { input: { groupId: group.id, sessionNumber: 2, scheduledStart: "2026-06-08T18:00:00Z" } }, fx.admin)).scheduleSession;
    expect((await close(group.id, 1)).data!.closeGroup.userErrors).toEqual([expect.objectContaining({ message: "Session 2 still to run (the next on 2026-06-08)" })]);
    const cancelled = await server.query(CancelSessionDocument, { input: { sessionId: later.session!.id, reason: "Programme ended early" } }, fx.admin);
    expect(cancelled.cancelSession.userErrors).toEqual([]);
    const closed = await close(group.id, 1, "Ended after session 1");
    expect(closed.data!.closeGroup.userErrors).toEqual([]);
    expect(closed.data!.closeGroup.group).toMatchObject({ status: "CLOSED", version: 2 });
  });

  it("leaves a closed group taking no allocation, transfer in, session or update (no facilitator: group-facilitators.test.ts); nothing is written", async () => {
    const group = await fx.group("CHOICES", ["fac-shut"], "2026-03-02");
    await fx.sessions(group.id, 1, "2026-03-02T18:00:00Z");
    expect((await close(group.id, 1)).data!.closeGroup.userErrors).toEqual([]);
    const before = await state(group.id);

    const waiting = await fx.readyForAllocation("CHOICES");
    const allocation = (await server.query(AllocateToGroupDocument, { input: { referralId: waiting.referral.id, groupId: group.id, expectedVersion: waiting.referral.version } }, fx.probation)).allocateToGroup;
    expect(allocation).toMatchObject({ referral: null, userErrors: [expect.objectContaining({ field: ["input", "groupId"], code: "GROUP_CLOSED", message: expect.stringContaining("was closed on") })] });

    const open = await fx.group("CHOICES", ["fac-open"], "2026-06-08");
    const { referral } = await fx.participant("CHOICES", open.id);
    const transfer = (
      await server.query(TransferToGroupDocument, { input: { referralId: referral.id, groupId: group.id, expectedVersion: referral.version, reason: "Closer to home" } }, fx.probation)
    ).transferToGroup;
    expect(transfer).toMatchObject({ referral: null, userErrors: [expect.objectContaining({ field: ["input", "groupId"], code: "GROUP_CLOSED", message: expect.stringContaining("was closed on") })] });

    const session = (await server.query(ScheduleSessionDocument, { input: { groupId: group.id, sessionNumber: 2, scheduledStart: "2026-06-08T18:00:00Z" } }, fx.admin)).scheduleSession;
    expect(session).toMatchObject({ session: null, userErrors: [expect.objectContaining({ code: "GROUP_CLOSED" })] });

    const renamed = (await update({ groupId: group.id, expectedVersion: before.version, name: "Renamed after closing" })).data!.updateGroup;
    expect(renamed).toMatchObject({ group: null, userErrors: [expect.objectContaining({ code: "GROUP_CLOSED" })] });

    expect(await state(group.id)).toEqual(before);
    const still = (await server.query(`query StillWaiting($id: ID!) { referral(id: $id) { status group { id } } }`, { id: waiting.referral.id }, fx.admin)) as { referral: { status: string; group: null } };
    expect(still.referral).toEqual({ status: "AWAITING_ALLOCATION", group: null });
  });
});

describe("who may update or close a group", () => {
  it("is an admin only: the group's facilitator, probation and an analyst are refused with FORBIDDEN", async () => {
    const group = await fx.group("CHOICES", ["fac-who"], "2026-03-02");
    const before = await state(group.id);
    const callers = [await server.token(Role.FACILITATOR, "fac-who"), fx.probation, await server.token(Role.ANALYST, "analyst-1")];
    for (const token of callers) {
      expect((await update({ groupId: group.id, expectedVersion: 1, location: "Elsewhere" }, token)).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
      expect((await close(group.id, 1, "Finished", token)).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    }
    expect(await state(group.id)).toEqual(before);
  });
});
