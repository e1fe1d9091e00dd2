import { describe, expect, it } from "vitest";
import { DEFAULT_PROGRAMME_RULES, defaultRulesFor } from "../programmes/programme.defaults.js";
import type { ProgrammeCode } from "../programmes/programme.model.js";
import { completionThreshold, countBySessionNumber, deliveredCompletionThreshold, summariseAttendance, type AttendanceCounts, type NumberedOutcome } from "./attendance.rules.js";

describe("completionThreshold", () => {
  it.each([
    { rules: { sessionsTotal: 17, completionKind: "SESSION_COUNT", completionValue: 13 }, threshold: 13 },
    { rules: { sessionsTotal: 12, completionKind: "PERCENTAGE", completionValue: 75 }, threshold: 9 },
    { rules: { sessionsTotal: 29, completionKind: "PERCENTAGE", completionValue: 100 }, threshold: 29 },
    // one Caring Dads provider's 80%: 13.6 sessions rounds up to 14
    { rules: { sessionsTotal: 17, completionKind: "PERCENTAGE", completionValue: 80 }, threshold: 14 },
    { rules: { sessionsTotal: 17, completionKind: "PERCENTAGE", completionValue: 75 }, threshold: 13 },
    { rules: { sessionsTotal: 10, completionKind: "PERCENTAGE", completionValue: 70 }, threshold: 7 },
    { rules: { sessionsTotal: 3, completionKind: "PERCENTAGE", completionValue: 1 }, threshold: 1 },
  ] as const)("$rules.completionValue $rules.completionKind of $rules.sessionsTotal → $threshold", ({ rules, threshold }) => {
    expect(completionThreshold(rules)).toBe(threshold);
  });

  it.each(DEFAULT_PROGRAMME_RULES.map((rules) => ({ code: rules.code, rules })))(
    "$code's default threshold is reachable: between 1 and its number of sessions",
    ({ rules }) => {
      expect(completionThreshold(rules)).toBeGreaterThanOrEqual(1);
      expect(completionThreshold(rules)).toBeLessThanOrEqual(rules.sessionsTotal);
    },
  );
});

const NONE: AttendanceCounts = { attended: 0, late: 0, absentAcceptable: 0, absentUnacceptable: 0, excluded: 0 };

describe("summariseAttendance", () => {
  it.each<{
    name: string;
    programme: ProgrammeCode;
    counts: Partial<AttendanceCounts>;
    expected: {
      attended: number;
      sessionsRecorded: number;
      sessionsRemaining: number;
      attendanceRate: number | null;
      completionThreshold: number;
      completionThresholdMet: boolean;
      completionStillPossible: boolean;
    };
  }>([
    {
      name: "nothing recorded yet",
      programme: "CARING_DADS",
      counts: {},
      expected: {
        attended: 0,
        sessionsRecorded: 0,
        sessionsRemaining: 17,
        attendanceRate: null,
        completionThreshold: 13,
        completionThresholdMet: false,
        completionStillPossible: true,
      },
    },
    {
      name: "13 of 17 attended",
      programme: "CARING_DADS",
      counts: { attended: 13, absentUnacceptable: 4 },
      expected: {
        attended: 13,
        sessionsRecorded: 17,
        sessionsRemaining: 0,
        attendanceRate: 0.7647,
        completionThreshold: 13,
        completionThresholdMet: true,
        completionStillPossible: true,
      },
    },
    {
      name: "12 attended and 5 missed without a reason",
      programme: "CARING_DADS",
      counts: { attended: 12, absentUnacceptable: 5 },
      expected: {
        attended: 12,
        sessionsRecorded: 17,
        sessionsRemaining: 0,
        attendanceRate: 0.7059,
        completionThreshold: 13,
        completionThresholdMet: false,
        completionStillPossible: false,
      },
    },
    {
      // An acceptable absence can still be caught up, so completion is not yet out of reach.
      name: "12 attended and 5 missed, 3 of them with a reason",
      programme: "CARING_DADS",
      counts: { attended: 12, absentAcceptable: 3, absentUnacceptable: 2 },
      expected: {
        attended: 12,
        sessionsRecorded: 17,
        sessionsRemaining: 0,
        attendanceRate: 0.7059,
        completionThreshold: 13,
        completionThresholdMet: false,
        completionStillPossible: true,
      },
    },
    {
      name: "12 attended, 4 missed, 1 to go",
      programme: "CARING_DADS",
      counts: { attended: 12, absentAcceptable: 1, absentUnacceptable: 2, excluded: 1 },
      expected: {
        attended: 12,
        sessionsRecorded: 16,
        sessionsRemaining: 1,
        attendanceRate: 0.75,
        completionThreshold: 13,
        completionThresholdMet: false,
        completionStillPossible: true,
      },
    },
    {
      name: "11 attended and 2 late",
      programme: "CARING_DADS",
      counts: { attended: 11, late: 2 },
      expected: {
        attended: 13,
        sessionsRecorded: 13,
        sessionsRemaining: 4,
        attendanceRate: 1,
        completionThreshold: 13,
        completionThresholdMet: true,
        completionStillPossible: true,
      },
    },
    {
      name: "BBR: all 29 attended",
      programme: "BBR",
      counts: { attended: 27, late: 2 },
      expected: {
        attended: 29,
        sessionsRecorded: 29,
        sessionsRemaining: 0,
        attendanceRate: 1,
        completionThreshold: 29,
        completionThresholdMet: true,
        completionStillPossible: true,
      },
    },
    {
      // "Missed sessions are caught up": one missed with a reason leaves completion possible.
      name: "BBR: one session missed with a reason and none left",
      programme: "BBR",
      counts: { attended: 28, absentAcceptable: 1 },
      expected: {
        attended: 28,
        sessionsRecorded: 29,
        sessionsRemaining: 0,
        attendanceRate: 0.9655,
        completionThreshold: 29,
        completionThresholdMet: false,
        completionStillPossible: true,
      },
    },
    {
      name: "BBR: one session missed without a reason and none left",
      programme: "BBR",
      counts: { attended: 28, absentUnacceptable: 1 },
      expected: {
        attended: 28,
        sessionsRecorded: 29,
        sessionsRemaining: 0,
        attendanceRate: 0.9655,
        completionThreshold: 29,
        completionThresholdMet: false,
        completionStillPossible: false,
      },
    },
    {
      // A cancelled session leaves BBR's 100%: all 28 delivered sessions attended completes.
      name: "BBR: 28 attended and one session cancelled",
      programme: "BBR",
      counts: { attended: 28, cancelled: 1 },
      expected: {
        attended: 28,
        sessionsRecorded: 28,
        sessionsRemaining: 0,
        attendanceRate: 1,
        completionThreshold: 28,
        completionThresholdMet: true,
        completionStillPossible: true,
      },
    },
    {
      // Leeds' 13 sessions stand with 2 cancelled: 13 of the 15 delivered.
      name: "13 sessions still needed with two cancelled, 2 to go",
      programme: "CARING_DADS",
      counts: { attended: 11, absentUnacceptable: 2, cancelled: 2 },
      expected: {
        attended: 11,
        sessionsRecorded: 13,
        sessionsRemaining: 2,
        attendanceRate: 0.8462,
        completionThreshold: 13,
        completionThresholdMet: false,
        completionStillPossible: true,
      },
    },
    {
      name: "Choices: 75% of the 10 sessions left after 2 cancelled is 8",
      programme: "CHOICES",
      counts: { attended: 8, absentUnacceptable: 2, cancelled: 2 },
      expected: {
        attended: 8,
        sessionsRecorded: 10,
        sessionsRemaining: 0,
        attendanceRate: 0.8,
        completionThreshold: 8,
        completionThresholdMet: true,
        completionStillPossible: true,
      },
    },
    {
      name: "Choices: 9 of 12 is 75%",
      programme: "CHOICES",
      counts: { attended: 9, absentUnacceptable: 3 },
      expected: {
        attended: 9,
        sessionsRecorded: 12,
        sessionsRemaining: 0,
        attendanceRate: 0.75,
        completionThreshold: 9,
        completionThresholdMet: true,
        completionStillPossible: true,
      },
    },
    {
      name: "Choices: 8 of 12 is not",
      programme: "CHOICES",
      counts: { attended: 8, absentUnacceptable: 4 },
      expected: {
        attended: 8,
        sessionsRecorded: 12,
        sessionsRemaining: 0,
        attendanceRate: 0.6667,
        completionThreshold: 9,
        completionThresholdMet: false,
        completionStillPossible: false,
      },
    },
    {
      name: "PACT: 10 sessions of 12",
      programme: "PACT",
      counts: { attended: 9, late: 1, excluded: 1 },
      expected: {
        attended: 10,
        sessionsRecorded: 11,
        sessionsRemaining: 1,
        attendanceRate: 0.9091,
        completionThreshold: 10,
        completionThresholdMet: true,
        completionStillPossible: true,
      },
    },
  ])("$programme: $name", ({ programme, counts, expected }) => {
    const summary = summariseAttendance({ ...NONE, ...counts }, defaultRulesFor(programme));
    expect(summary).toMatchObject(expected);
  });

  it.each([
    { counts: { ...NONE, attended: 3, late: 1, absentAcceptable: 2, absentUnacceptable: 4, excluded: 5 } },
  ])("passes the outcome counts through, with late counted as attended", ({ counts }) => {
    expect(summariseAttendance(counts, defaultRulesFor("CARING_DADS"))).toMatchObject({
      attended: 4,
      late: 1,
      absentAcceptable: 2,
      absentUnacceptable: 4,
      excluded: 5,
      sessionsRecorded: 15,
      sessionsRemaining: 2,
    });
  });
});

describe("deliveredCompletionThreshold: delivered sessions only", () => {
  it.each([
    // PERCENTAGE: the percentage of the sessions that can still be delivered, rounded up.
    { rules: { sessionsTotal: 29, completionKind: "PERCENTAGE", completionValue: 100 }, cancelled: 0, threshold: 29 },
    { rules: { sessionsTotal: 29, completionKind: "PERCENTAGE", completionValue: 100 }, cancelled: 3, threshold: 26 },
    { rules: { sessionsTotal: 12, completionKind: "PERCENTAGE", completionValue: 75 }, cancelled: 1, threshold: 9 },
    { rules: { sessionsTotal: 12, completionKind: "PERCENTAGE", completionValue: 75 }, cancelled: 4, threshold: 6 },
    // SESSION_COUNT: the count stands, capped at what can still be delivered.
    { rules: { sessionsTotal: 17, completionKind: "SESSION_COUNT", completionValue: 13 }, cancelled: 2, threshold: 13 },
    { rules: { sessionsTotal: 17, completionKind: "SESSION_COUNT", completionValue: 13 }, cancelled: 4, threshold: 13 },
    { rules: { sessionsTotal: 17, completionKind: "SESSION_COUNT", completionValue: 13 }, cancelled: 6, threshold: 11 },
    // Never below 1, even with every session cancelled.
    { rules: { sessionsTotal: 12, completionKind: "PERCENTAGE", completionValue: 75 }, cancelled: 12, threshold: 1 },
    { rules: { sessionsTotal: 17, completionKind: "SESSION_COUNT", completionValue: 13 }, cancelled: 17, threshold: 1 },
  ] as const)("$rules.completionValue $rules.completionKind of $rules.sessionsTotal with $cancelled cancelled → $threshold", ({ rules, cancelled, threshold }) => {
    expect(deliveredCompletionThreshold(rules, cancelled)).toBe(threshold);
  });
});

describe("countBySessionNumber: each session number once", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 4, day, 18));
  const row = (sessionNumber: number, outcome: NumberedOutcome["outcome"], day: number): NumberedOutcome => ({ sessionNumber, outcome, heldAt: at(day) });
  it.each<{ name: string; rows: NumberedOutcome[]; cancelled: number[]; expected: Partial<AttendanceCounts> }>([
    { name: "one row per number", rows: [row(1, "ATTENDED", 1), row(2, "LATE", 8), row(3, "ABSENT_UNACCEPTABLE", 15)], cancelled: [], expected: { attended: 1, late: 1, absentUnacceptable: 1, cancelled: 0 } },
    { name: "a missed session's catch-up attended counts as attending it, once", rows: [row(2, "ABSENT_ACCEPTABLE", 8), row(2, "ATTENDED", 10)], cancelled: [], expected: { attended: 1, absentAcceptable: 0 } },
    { name: "a catch-up missed in turn leaves the number missed once", rows: [row(2, "ABSENT_ACCEPTABLE", 8), row(2, "ABSENT_UNACCEPTABLE", 10)], cancelled: [], expected: { absentAcceptable: 0, absentUnacceptable: 1 } },
    { name: "attended in two groups either side of a transfer counts once (the later stands)", rows: [row(1, "ATTENDED", 1), row(1, "LATE", 9)], cancelled: [], expected: { attended: 0, late: 1 } },
    { name: "attended in one group, missed in the other: attended", rows: [row(1, "ATTENDED", 1), row(1, "ABSENT_UNACCEPTABLE", 9)], cancelled: [], expected: { attended: 1, absentUnacceptable: 0 } },
    { name: "a cancelled number counts as cancelled only", rows: [row(1, "ATTENDED", 1)], cancelled: [2, 3], expected: { attended: 1, cancelled: 2 } },
    { name: "a number cancelled in the new group but recorded in the old one is not cancelled", rows: [row(2, "ATTENDED", 8)], cancelled: [2], expected: { attended: 1, cancelled: 0 } },
  ])("$name", ({ rows, cancelled, expected }) => {
    expect(countBySessionNumber(rows, cancelled)).toMatchObject(expected);
  });
});
