import { describe, expect, it } from "vitest";
import { defaultRulesFor } from "../programmes/programme.defaults.js";
import { catchUpsOutstandingBefore, checkCatchUp, moduleOf, type CatchUpRequest, type NumberedRow } from "./catch-up.rules.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const request = (extra: Partial<CatchUpRequest> = {}): CatchUpRequest => ({
  missedOutcome: "ABSENT_ACCEPTABLE",
  missedIsCatchUp: false,
  existing: [],
  scheduledStart: new Date("2026-06-03T10:00:00Z"),
  durationMinutes: 60,
  ...extra,
});

describe("checkCatchUp", () => {
  it.each<{ name: string; request: CatchUpRequest; expected: object[] }>([
    { name: "a session missed with a reason", request: request(), expected: [] },
    { name: "a session missed without a reason", request: request({ missedOutcome: "ABSENT_UNACCEPTABLE" }), expected: [{ code: "NO_ACCEPTABLE_ABSENCE", field: "missedSessionId" }] },
    { name: "a session attended", request: request({ missedOutcome: "ATTENDED" }), expected: [{ code: "NO_ACCEPTABLE_ABSENCE" }] },
    { name: "a session they have no row for", request: request({ missedOutcome: null }), expected: [{ code: "NO_ACCEPTABLE_ABSENCE" }] },
    { name: "a catch-up session itself", request: request({ missedIsCatchUp: true }), expected: [{ code: "INVALID", field: "missedSessionId" }] },
    { name: "one already arranged", request: request({ existing: [{ cancelled: false, outcome: null }] }), expected: [{ code: "DUPLICATE", message: expect.stringContaining("already arranged") }] },
    { name: "one already attended", request: request({ existing: [{ cancelled: false, outcome: "LATE" }] }), expected: [{ code: "DUPLICATE", message: expect.stringContaining("attended") }] },
    { name: "after one was cancelled", request: request({ existing: [{ cancelled: true, outcome: null }] }), expected: [] },
    { name: "after one was missed in turn", request: request({ existing: [{ cancelled: false, outcome: "ABSENT_ACCEPTABLE" }] }), expected: [] },
    { name: "starting in the past", request: request({ scheduledStart: new Date("2026-05-31T10:00:00Z") }), expected: [{ code: "INVALID", field: "scheduledStart" }] },
    { name: "starting now", request: request({ scheduledStart: NOW }), expected: [{ code: "INVALID", field: "scheduledStart" }] },
    { name: "an invalid start", request: request({ scheduledStart: new Date("nope") }), expected: [{ code: "INVALID", field: "scheduledStart" }] },
    { name: "10 minutes long", request: request({ durationMinutes: 10 }), expected: [{ code: "INVALID", field: "durationMinutes" }] },
  ])("$name", ({ request, expected }) => {
    expect(checkCatchUp(request, NOW)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});

describe("moduleOf", () => {
  it.each([
    { starts: [1], n: 17, module: 0 },
    { starts: [1, 8, 15, 22], n: 1, module: 0 },
    { starts: [1, 8, 15, 22], n: 7, module: 0 },
    { starts: [1, 8, 15, 22], n: 8, module: 1 },
    { starts: [1, 8, 15, 22], n: 21, module: 2 },
    { starts: [1, 8, 15, 22], n: 29, module: 3 },
  ])("session $n of modules starting $starts → module $module", ({ starts, n, module }) => {
    expect(moduleOf(starts, n)).toBe(module);
  });
});

describe("catchUpsOutstandingBefore (BBR: missed sessions are caught up before the next module)", () => {
  const BBR = defaultRulesFor("BBR"); // modules start at 1, 8, 15 and 22
  const attended = (...ns: number[]): NumberedRow[] => ns.map((sessionNumber) => ({ sessionNumber, outcome: "ATTENDED" }));
  it.each<{ name: string; sessionNumber: number; rows: NumberedRow[]; outstanding: number[] }>([
    { name: "nothing missed", sessionNumber: 8, rows: attended(1, 2, 3, 4, 5, 6, 7), outstanding: [] },
    { name: "a missed session blocks the next module", sessionNumber: 8, rows: [...attended(1, 2), { sessionNumber: 3, outcome: "ABSENT_ACCEPTABLE" }], outstanding: [3] },
    { name: "but not the rest of its own module", sessionNumber: 7, rows: [{ sessionNumber: 3, outcome: "ABSENT_ACCEPTABLE" }], outstanding: [] },
    { name: "nor once its catch-up is attended", sessionNumber: 8, rows: [{ sessionNumber: 3, outcome: "ABSENT_ACCEPTABLE" }, { sessionNumber: 3, outcome: "LATE" }], outstanding: [] },
    { name: "a catch-up missed in turn still blocks", sessionNumber: 15, rows: [{ sessionNumber: 3, outcome: "ABSENT_ACCEPTABLE" }, { sessionNumber: 3, outcome: "ABSENT_ACCEPTABLE" }], outstanding: [3] },
    { name: "an unacceptable absence is for enforcement, not catch-up", sessionNumber: 8, rows: [{ sessionNumber: 3, outcome: "ABSENT_UNACCEPTABLE" }], outstanding: [] },
    { name: "several, in number order", sessionNumber: 22, rows: [{ sessionNumber: 16, outcome: "ABSENT_ACCEPTABLE" }, { sessionNumber: 2, outcome: "ABSENT_ACCEPTABLE" }], outstanding: [2, 16] },
  ])("$name", ({ sessionNumber, rows, outstanding }) => {
    expect(catchUpsOutstandingBefore(BBR, sessionNumber, rows)).toEqual(outstanding);
  });

  it("does not apply to programmes without the rule", () => {
    expect(catchUpsOutstandingBefore(defaultRulesFor("CARING_DADS"), 17, [{ sessionNumber: 1, outcome: "ABSENT_ACCEPTABLE" }])).toEqual([]);
  });
});
