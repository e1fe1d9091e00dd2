import { describe, expect, it } from "vitest";
import { checkReschedule, MAX_RESCHEDULE_REASON, type RescheduleRequest } from "./reschedule.rules.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const at = (iso: string) => new Date(iso);
// Weekly sessions 1, 2, 3 and 5 (4 not yet scheduled).
const GROUP = [
  { sessionNumber: 1, scheduledStart: at("2026-05-25T18:00:00Z") },
  { sessionNumber: 2, scheduledStart: at("2026-06-08T18:00:00Z") },
  { sessionNumber: 3, scheduledStart: at("2026-06-15T18:00:00Z") },
  { sessionNumber: 5, scheduledStart: at("2026-06-29T18:00:00Z") },
];
const sessionNumbered = (n: number) => GROUP.find((s) => s.sessionNumber === n)!;

const request = (n: number, start: string, extra: Partial<RescheduleRequest> = {}): RescheduleRequest => ({
  session: sessionNumbered(n),
  scheduledStart: at(start),
  durationMinutes: 120,
  reason: "Venue double-booked",
  registerRecorded: false,
  ...extra,
});

describe("checkReschedule", () => {
  it.each<{ name: string; request: RescheduleRequest; expected: object[] }>([
    { name: "a day later, still before the next", request: request(2, "2026-06-09T18:00:00Z"), expected: [] },
    { name: "earlier, still after the previous and in the future", request: request(2, "2026-06-02T18:00:00Z"), expected: [] },
    { name: "the last session, as late as wanted", request: request(5, "2026-09-01T18:00:00Z"), expected: [] },
    { name: "into a gap left by an unscheduled number", request: request(3, "2026-06-25T18:00:00Z"), expected: [] },
    {
      name: "a session with a register",
      request: request(1, "2026-06-02T18:00:00Z", { registerRecorded: true }),
      expected: [{ code: "INVALID", field: "sessionId", message: expect.stringContaining("register") }],
    },
    { name: "into the past", request: request(2, "2026-05-31T18:00:00Z"), expected: [{ code: "INVALID", field: "scheduledStart", message: expect.stringContaining("future") }] },
    { name: "to now exactly", request: request(2, NOW.toISOString()), expected: [{ code: "INVALID", field: "scheduledStart" }] },
    { name: "an invalid date", request: request(2, "not a date"), expected: [{ code: "INVALID", field: "scheduledStart" }] },
    {
      name: "past the next session",
      request: request(2, "2026-06-16T18:00:00Z"),
      expected: [{ code: "INVALID", field: "scheduledStart", message: expect.stringContaining("before session 3") }],
    },
    {
      name: "at the same time as the next session",
      request: request(2, "2026-06-15T18:00:00Z"),
      expected: [{ code: "INVALID", field: "scheduledStart", message: expect.stringContaining("before session 3") }],
    },
    {
      name: "before the previous session",
      request: request(3, "2026-06-08T17:00:00Z"),
      expected: [{ code: "INVALID", field: "scheduledStart", message: expect.stringContaining("after session 2") }],
    },
    {
      name: "past the nearest later session when a number is missing",
      request: request(3, "2026-06-30T18:00:00Z"),
      expected: [{ code: "INVALID", field: "scheduledStart", message: expect.stringContaining("before session 5") }],
    },
    { name: "without a reason", request: request(2, "2026-06-09T18:00:00Z", { reason: null }), expected: [{ code: "REASON_REQUIRED", field: "reason" }] },
    { name: "with a blank reason", request: request(2, "2026-06-09T18:00:00Z", { reason: "  " }), expected: [{ code: "REASON_REQUIRED", field: "reason" }] },
    { name: "with a reason at the limit", request: request(2, "2026-06-09T18:00:00Z", { reason: "x".repeat(MAX_RESCHEDULE_REASON) }), expected: [] },
    {
      name: "with a reason over the limit",
      request: request(2, "2026-06-09T18:00:00Z", { reason: "x".repeat(MAX_RESCHEDULE_REASON + 1) }),
      expected: [{ code: "INVALID", field: "reason" }],
    },
    { name: "too short", request: request(2, "2026-06-09T18:00:00Z", { durationMinutes: 10 }), expected: [{ code: "INVALID", field: "durationMinutes" }] },
    { name: "too long", request: request(2, "2026-06-09T18:00:00Z", { durationMinutes: 481 }), expected: [{ code: "INVALID", field: "durationMinutes" }] },
    {
      name: "everything wrong at once",
      request: request(1, "2026-05-01T18:00:00Z", { registerRecorded: true, reason: "", durationMinutes: 0 }),
      expected: [
        { code: "INVALID", field: "sessionId" },
        { code: "INVALID", field: "scheduledStart" },
        { code: "INVALID", field: "durationMinutes" },
        { code: "REASON_REQUIRED", field: "reason" },
      ],
    },
  ])("$name", ({ request, expected }) => {
    expect(checkReschedule(request, GROUP, NOW)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
