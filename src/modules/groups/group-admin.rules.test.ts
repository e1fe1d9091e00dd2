import { describe, expect, it } from "vitest";
import { checkClose, checkGroupNotClosed, checkGroupUpdate, statusOf, type GroupPatch } from "./group-admin.rules.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const OPEN = { name: "Caring Dads — Leeds East", location: "Harehills Hub", startsOn: "2026-06-08", closedAt: null };
const CLOSED = { ...OPEN, closedAt: new Date("2026-05-30T09:00:00Z") };

describe("status and the closed-group check", () => {
  it("is OPEN until closed, then CLOSED and refusing anything new", () => {
    expect(statusOf(OPEN)).toBe("OPEN");
    expect(checkGroupNotClosed(OPEN)).toBeNull();
    expect(statusOf(CLOSED)).toBe("CLOSED");
    expect(checkGroupNotClosed(CLOSED)).toEqual({ field: "groupId", code: "GROUP_CLOSED", message: expect.stringContaining("2026-05-30") });
  });
});

describe("checkGroupUpdate", () => {
  const future = new Date("2026-06-08T18:00:00Z");
  const past = new Date("2026-05-25T18:00:00Z");
  it.each<{ name: string; patch: GroupPatch; group?: typeof OPEN | typeof CLOSED; first?: Date | null; expected: object[] }>([
    { name: "a new name", patch: { name: "Caring Dads — Leeds East (Tuesdays)" }, expected: [] },
    { name: "a new location", patch: { location: "Seacroft Hub" }, expected: [] },
    { name: "the location cleared", patch: { location: null }, expected: [] },
    { name: "a new start before any session", patch: { startsOn: "2026-06-15" }, first: future, expected: [] },
    { name: "a new start with no sessions", patch: { startsOn: "2026-06-15" }, first: null, expected: [] },
    { name: "a new start after a session started", patch: { startsOn: "2026-06-15" }, first: past, expected: [{ field: "startsOn", code: "INVALID", message: expect.stringContaining("2026-05-25") }] },
    { name: "the same start after a session started", patch: { startsOn: OPEN.startsOn, name: "Renamed" }, first: past, expected: [] },
    { name: "an empty name", patch: { name: "" }, expected: [{ field: "name", code: "INVALID" }] },
    { name: "a name of 121 characters", patch: { name: "x".repeat(121) }, expected: [{ field: "name", code: "INVALID" }] },
    { name: "a location of 201 characters", patch: { location: "x".repeat(201) }, expected: [{ field: "location", code: "INVALID" }] },
    { name: "nothing", patch: {}, expected: [{ field: "groupId", code: "INVALID", message: "The update changes nothing" }] },
    { name: "the values it has", patch: { name: OPEN.name, location: OPEN.location, startsOn: OPEN.startsOn }, expected: [{ field: "groupId", code: "INVALID" }] },
    { name: "a closed group", patch: { name: "Renamed" }, group: CLOSED, expected: [{ field: "groupId", code: "GROUP_CLOSED" }] },
  ])("$name", ({ patch, group, first, expected }) => {
    expect(checkGroupUpdate(group ?? OPEN, patch, first ?? null, NOW)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});

describe("checkClose", () => {
  const session = (sessionNumber: number, iso: string) => ({ sessionNumber, scheduledStart: new Date(iso) });
  it.each<{ name: string; members: number; sessions: ReturnType<typeof session>[]; reason?: string; closedAt?: Date | null; expected: object[] }>([
    { name: "a finished group", members: 0, sessions: [], expected: [] },
    { name: "with one participant left", members: 1, sessions: [], expected: [{ field: "groupId", code: "INVALID", message: expect.stringContaining("1 participant is still ALLOCATED") }] },
    { name: "with three participants left", members: 3, sessions: [], expected: [{ field: "groupId", code: "INVALID", message: expect.stringContaining("3 participants are") }] },
    {
      name: "with sessions still to run",
      members: 0,
      sessions: [session(5, "2026-06-15T18:00:00Z"), session(4, "2026-06-08T18:00:00Z")],
      expected: [{ field: "groupId", code: "INVALID", message: "Sessions 4, 5 still to run (the next on 2026-06-08)" }],
    },
    {
      name: "both, and no reason: each said",
      members: 2,
      sessions: [session(4, "2026-06-08T18:00:00Z")],
      reason: "",
      expected: [
        { field: "groupId", message: expect.stringContaining("2 participants") },
        { field: "groupId", message: "Session 4 still to run (the next on 2026-06-08)" },
        { field: "reason", code: "REASON_REQUIRED" },
      ],
    },
    { name: "a reason over 500 characters", members: 0, sessions: [], reason: "x".repeat(501), expected: [{ field: "reason", code: "INVALID" }] },
    { name: "already closed", members: 0, sessions: [], closedAt: CLOSED.closedAt, expected: [{ field: "groupId", code: "GROUP_CLOSED", message: expect.stringContaining("already closed") }] },
  ])("$name", ({ members, sessions, reason, closedAt, expected }) => {
    expect(checkClose({ closedAt: closedAt ?? null, members, sessionsToRun: sessions }, reason ?? "Programme delivered")).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
