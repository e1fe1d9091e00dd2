import { describe, expect, it } from "vitest";
import { DEFAULT_PROGRAMME_RULES, defaultRulesFor } from "../programmes/programme.defaults.js";
import type { ProgrammeCode } from "../programmes/programme.model.js";
import { completionThreshold, summariseAttendance, type AttendanceCounts } from "./attendance.rules.js";

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
      name: "12 attended and 5 missed",
      programme: "CARING_DADS",
      counts: { attended: 12, absentAcceptable: 3, absentUnacceptable: 2 },
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
      name: "BBR: one session missed and none left",
      programme: "BBR",
      counts: { attended: 28, absentAcceptable: 1 },
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
      // Missed BBR sessions are caught up, so more sessions than the programme's total can be recorded.
      name: "BBR: a missed session caught up",
      programme: "BBR",
      counts: { attended: 29, absentAcceptable: 1 },
      expected: {
        attended: 29,
        sessionsRecorded: 30,
        sessionsRemaining: 0,
        attendanceRate: 0.9667,
        completionThreshold: 29,
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
