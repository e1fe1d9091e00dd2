import { describe, expect, it } from "vitest";
import { checkAddFacilitator, checkRemoveFacilitator, isFacilitatingOn, type FacilitationPeriod } from "./facilitator.rules.js";

const TODAY = "2026-06-01";
const period = (facilitatorSub: string, startedOn: string, endedOn: string | null = null): FacilitationPeriod => ({ facilitatorSub, startedOn, endedOn });
const at = (iso: string) => new Date(iso);

describe("isFacilitatingOn", () => {
  it.each([
    { name: "open, started earlier", p: period("f", "2026-05-01"), expected: true },
    { name: "open, starts today", p: period("f", TODAY), expected: true },
    { name: "open, starts tomorrow", p: period("f", "2026-06-02"), expected: false },
    { name: "ends tomorrow: still today", p: period("f", "2026-05-01", "2026-06-02"), expected: true },
    { name: "ends today: gone from the start of today", p: period("f", "2026-05-01", TODAY), expected: false },
    { name: "ended last week", p: period("f", "2026-05-01", "2026-05-25"), expected: false },
    { name: "withdrawn before it began (ends the day it starts)", p: period("f", TODAY, TODAY), expected: false },
  ])("$name", ({ p, expected }) => {
    expect(isFacilitatingOn(p, TODAY)).toBe(expected);
  });
});

describe("checkAddFacilitator", () => {
  const add = (facilitatorSub: string, startedOn = TODAY, reason: string | null = null) => ({ facilitatorSub, startedOn, reason });
  it.each<{ name: string; request: ReturnType<typeof add>; periods: FacilitationPeriod[]; closed?: boolean; expected: object[] }>([
    { name: "someone new, from today", request: add("fac-new"), periods: [period("fac-1", "2026-01-01")], expected: [] },
    { name: "someone new, from a later date", request: add("fac-new", "2026-07-01"), periods: [], expected: [] },
    { name: "someone removed earlier, again", request: add("fac-1"), periods: [period("fac-1", "2026-01-01", "2026-03-01")], expected: [] },
    { name: "someone removed from a later date, again from that date", request: add("fac-1", "2026-06-10"), periods: [period("fac-1", "2026-01-01", "2026-06-10")], expected: [] },
    {
      name: "someone removed from a later date, again before it",
      request: add("fac-1", "2026-06-05"),
      periods: [period("fac-1", "2026-01-01", "2026-06-10")],
      expected: [{ field: "startedOn", code: "INVALID", message: expect.stringContaining("2026-06-10") }],
    },
    { name: "someone current", request: add("fac-1"), periods: [period("fac-1", "2026-01-01")], expected: [{ field: "facilitatorSub", code: "DUPLICATE", message: expect.stringContaining("since 2026-01-01") }] },
    { name: "someone added from a later date", request: add("fac-1"), periods: [period("fac-1", "2026-07-01")], expected: [{ field: "facilitatorSub", code: "DUPLICATE", message: expect.stringContaining("from 2026-07-01") }] },
    { name: "from yesterday", request: add("fac-new", "2026-05-31"), periods: [], expected: [{ field: "startedOn", code: "INVALID" }] },
    { name: "a malformed subject", request: add("fac new!"), periods: [], expected: [{ field: "facilitatorSub", code: "INVALID" }] },
    { name: "a reason over 500 characters", request: add("fac-new", TODAY, "x".repeat(501)), periods: [], expected: [{ field: "reason", code: "INVALID" }] },
    { name: "to a closed group", request: add("fac-new"), periods: [], closed: true, expected: [{ field: "groupId", code: "GROUP_CLOSED" }] },
  ])("$name", ({ request, periods, closed, expected }) => {
    expect(checkAddFacilitator(request, periods, { closed: closed ?? false }, TODAY)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});

describe("checkRemoveFacilitator", () => {
  const remove = (facilitatorSub: string, endedOn = TODAY, reason = "Left the provider") => ({ facilitatorSub, endedOn, reason });
  const TWO = [period("fac-1", "2026-01-01"), period("fac-2", "2026-01-01")];
  const NEXT_WEEK = [{ sessionNumber: 4, scheduledStart: at("2026-06-08T18:00:00Z") }];
  it.each<{ name: string; request: ReturnType<typeof remove>; periods: FacilitationPeriod[]; sessions?: { sessionNumber: number; scheduledStart: Date }[]; expected: object[] }>([
    { name: "one of two, from today", request: remove("fac-1"), periods: TWO, sessions: NEXT_WEEK, expected: [] },
    { name: "one of two, from a later date", request: remove("fac-1", "2026-06-20"), periods: TWO, sessions: NEXT_WEEK, expected: [] },
    { name: "the only one, with nothing to run", request: remove("fac-1"), periods: [period("fac-1", "2026-01-01")], expected: [] },
    { name: "the only one, after the last session", request: remove("fac-1", "2026-06-09"), periods: [period("fac-1", "2026-01-01")], sessions: NEXT_WEEK, expected: [] },
    {
      name: "the only one, with a session to run",
      request: remove("fac-1"),
      periods: [period("fac-1", "2026-01-01")],
      sessions: NEXT_WEEK,
      expected: [{ field: "facilitatorSub", code: "INVALID", message: expect.stringContaining("Session 4 (2026-06-08)") }],
    },
    {
      name: "the only current one, the replacement starting after the next session",
      request: remove("fac-1"),
      periods: [period("fac-1", "2026-01-01"), period("fac-3", "2026-06-10")],
      sessions: NEXT_WEEK,
      expected: [{ field: "facilitatorSub", code: "INVALID", message: expect.stringContaining("Session 4") }],
    },
    { name: "the only current one, the replacement starting the same day", request: remove("fac-1", "2026-06-08"), periods: [period("fac-1", "2026-01-01"), period("fac-3", "2026-06-08")], sessions: NEXT_WEEK, expected: [] },
    {
      name: "the other one already removed before the session",
      request: remove("fac-1"),
      periods: [period("fac-1", "2026-01-01"), period("fac-2", "2026-01-01", "2026-06-05")],
      sessions: NEXT_WEEK,
      expected: [{ field: "facilitatorSub", code: "INVALID" }],
    },
    { name: "a planned addition, withdrawn from its start", request: remove("fac-3", "2026-06-10"), periods: [...TWO, period("fac-3", "2026-06-10")], sessions: NEXT_WEEK, expected: [] },
    { name: "someone never on the list", request: remove("fac-9"), periods: TWO, expected: [{ field: "facilitatorSub", code: "NOT_FOUND" }] },
    { name: "someone already removed", request: remove("fac-1"), periods: [period("fac-1", "2026-01-01", "2026-05-01"), period("fac-2", "2026-01-01")], expected: [{ field: "facilitatorSub", code: "NOT_FOUND" }] },
    { name: "from yesterday", request: remove("fac-1", "2026-05-31"), periods: TWO, expected: [{ field: "endedOn", code: "INVALID", message: expect.stringContaining("before today") }] },
    {
      name: "before the period started",
      request: remove("fac-3", "2026-06-05"),
      periods: [...TWO, period("fac-3", "2026-06-10")],
      expected: [{ field: "endedOn", code: "INVALID", message: expect.stringContaining("period started, 2026-06-10") }],
    },
    { name: "without a reason", request: remove("fac-1", TODAY, ""), periods: TWO, expected: [{ field: "reason", code: "REASON_REQUIRED" }] },
    { name: "with a reason over 500 characters", request: remove("fac-1", TODAY, "x".repeat(501)), periods: TWO, expected: [{ field: "reason", code: "INVALID" }] },
  ])("$name", ({ request, periods, sessions, expected }) => {
    expect(checkRemoveFacilitator(request, periods, sessions ?? [], TODAY)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  it("reads a session's day in England: 23:30 UTC on 7 June in summer is 8 June", () => {
    const late = [{ sessionNumber: 2, scheduledStart: at("2026-06-07T23:30:00Z") }];
    // fac-2 stops on 8 June: a session on the 8th (in England) would have only fac-1, who is being removed.
    const periods = [period("fac-1", "2026-01-01"), period("fac-2", "2026-01-01", "2026-06-08")];
    expect(checkRemoveFacilitator(remove("fac-1"), periods, late, TODAY)).toEqual([expect.objectContaining({ code: "INVALID", message: expect.stringContaining("2026-06-08") })]);
  });
});
