import { describe, expect, it } from "vitest";
import { defaultRulesFor } from "../programmes/programme.defaults.js";
import type { ProgrammeCode } from "../programmes/programme.model.js";
import { checkGroupOpenForAllocation, checkSessionNumber, type ScheduledSession } from "./group.rules.js";

const NOW = new Date("2026-11-26T12:00:00Z");

/** Weekly sessions 1..count, session 1 starting at `firstStart`. */
function weeklySessions(firstStart: string, count: number): ScheduledSession[] {
  const first = new Date(firstStart).getTime();
  return Array.from({ length: count }, (_, index) => ({
    sessionNumber: index + 1,
    scheduledStart: new Date(first + index * 7 * 24 * 60 * 60 * 1000),
  }));
}

describe("checkGroupOpenForAllocation", () => {
  it.each<{
    name: string;
    programme: ProgrammeCode;
    sessions: ScheduledSession[];
    members: number;
    expected: "GROUP_CLOSED" | "GROUP_FULL" | null;
  }>([
    { name: "no sessions scheduled yet", programme: "CARING_DADS", sessions: [], members: 0, expected: null },
    {
      name: "session 2 has started, session 3 not yet",
      programme: "CARING_DADS",
      sessions: weeklySessions("2026-11-19T18:00:00Z", 17),
      members: 8,
      expected: null,
    },
    {
      name: "session 3 starts exactly now",
      programme: "CARING_DADS",
      sessions: weeklySessions("2026-11-12T12:00:00Z", 17),
      members: 8,
      expected: "GROUP_CLOSED",
    },
    {
      name: "session 3 started last week",
      programme: "CARING_DADS",
      sessions: weeklySessions("2026-11-05T18:00:00Z", 17),
      members: 8,
      expected: "GROUP_CLOSED",
    },
    {
      name: "session 3 was never scheduled but session 4 has started",
      programme: "CARING_DADS",
      sessions: weeklySessions("2026-10-29T18:00:00Z", 17).filter((session) => session.sessionNumber !== 3),
      members: 8,
      expected: "GROUP_CLOSED",
    },
    {
      name: "11 of 12 places taken",
      programme: "CARING_DADS",
      sessions: weeklySessions("2026-12-03T18:00:00Z", 17),
      members: 11,
      expected: null,
    },
    {
      name: "12 of 12 places taken",
      programme: "CARING_DADS",
      sessions: weeklySessions("2026-12-03T18:00:00Z", 17),
      members: 12,
      expected: "GROUP_FULL",
    },
    {
      name: "closed and full: closed is the reason given",
      programme: "CARING_DADS",
      sessions: weeklySessions("2026-10-01T18:00:00Z", 17),
      members: 12,
      expected: "GROUP_CLOSED",
    },
    {
      name: "Choices closes after session 2",
      programme: "CHOICES",
      sessions: weeklySessions("2026-11-12T18:00:00Z", 12),
      members: 5,
      expected: "GROUP_CLOSED",
    },
    {
      name: "PACT is full at 10",
      programme: "PACT",
      sessions: weeklySessions("2026-12-03T18:00:00Z", 12),
      members: 10,
      expected: "GROUP_FULL",
    },
    {
      name: "BBR is rolling: open deep into the programme",
      programme: "BBR",
      sessions: weeklySessions("2026-06-01T18:00:00Z", 29),
      members: 11,
      expected: null,
    },
    {
      name: "BBR is still limited to 12",
      programme: "BBR",
      sessions: weeklySessions("2026-06-01T18:00:00Z", 29),
      members: 12,
      expected: "GROUP_FULL",
    },
  ])("$programme: $name → $expected", ({ programme, sessions, members, expected }) => {
    const refusal = checkGroupOpenForAllocation(defaultRulesFor(programme), sessions, members, NOW);
    expect(refusal?.code ?? null).toBe(expected);
  });

  it.each([
    {
      sessions: weeklySessions("2026-11-05T18:00:00Z", 17),
      members: 8,
      message:
        "Caring Dads groups close to new members once session 3 has started; this group's session 3 started on 2026-11-19",
    },
    {
      sessions: [],
      members: 12,
      message: "Caring Dads groups take at most 12 members and this group has 12",
    },
  ])("explains the refusal: $message", ({ sessions, members, message }) => {
    expect(checkGroupOpenForAllocation(defaultRulesFor("CARING_DADS"), sessions, members, NOW)?.message).toBe(message);
  });
});

describe("checkSessionNumber", () => {
  it.each([
    [1, null],
    [17, null],
    [0, "INVALID_SESSION_NUMBER"],
    [18, "INVALID_SESSION_NUMBER"],
    [-1, "INVALID_SESSION_NUMBER"],
    [2.5, "INVALID_SESSION_NUMBER"],
    [Number.NaN, "INVALID_SESSION_NUMBER"],
  ])("Caring Dads session %d → %s", (sessionNumber, expected) => {
    expect(checkSessionNumber({ sessionsTotal: 17 }, sessionNumber)?.code ?? null).toBe(expected);
  });

  it("names the range in its message", () => {
    expect(checkSessionNumber({ sessionsTotal: 29 }, 30)?.message).toBe(
      "Session number must be a whole number from 1 to 29; got 30",
    );
  });
});
