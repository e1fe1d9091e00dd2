import { describe, expect, it } from "vitest";
import type { DeselectionReason } from "./iom.model.js";
import {
  checkAdultOn,
  checkAssignment,
  checkDeselection,
  checkEndAfterAssignment,
  checkSelection,
  MAX_RFG_SCORE,
  type CurrentAssignment,
  type IomRefusal,
  type MembershipPeriod,
} from "./membership.rules.js";

const TODAY = "2026-11-26";

/** The field and code of each refusal, the part a client acts on. */
const codes = (failures: IomRefusal[]) => failures.map(({ field, code }) => ({ field, code }));

describe("checkSelection", () => {
  const ended = (startedOn: string, endedOn: string): MembershipPeriod => ({ startedOn, endedOn });
  const open = (startedOn: string): MembershipPeriod => ({ startedOn, endedOn: null });

  it.each<{ name: string; history: MembershipPeriod[]; startedOn: string; rfgScore: number | null }>([
    { name: "first selection, starting today", history: [], startedOn: TODAY, rfgScore: 120 },
    { name: "first selection, starting in the past, no score", history: [], startedOn: "2026-01-01", rfgScore: null },
    { name: "re-selection the day the last membership ended", history: [ended("2025-01-01", "2026-06-30")], startedOn: "2026-06-30", rfgScore: 0 },
    { name: "re-selection after the last membership ended", history: [ended("2025-01-01", "2026-06-30")], startedOn: "2026-07-01", rfgScore: MAX_RFG_SCORE },
    {
      name: "re-selection after several ended memberships, listed out of order",
      history: [ended("2025-06-01", "2026-02-01"), ended("2023-01-01", "2024-01-01")],
      startedOn: "2026-02-01",
      rfgScore: 42.5,
    },
  ])("accepts $name", ({ history, startedOn, rfgScore }) => {
    expect(checkSelection(history, { startedOn, rfgScore }, TODAY)).toEqual([]);
  });

  it("refuses a second open membership as a duplicate on perpetratorId", () => {
    expect(checkSelection([open("2026-01-01")], { startedOn: TODAY, rfgScore: null }, TODAY)).toEqual([
      {
        field: "perpetratorId",
        code: "DUPLICATE",
        message: "This person is already in the IOM cohort; deselect them before selecting them again",
      },
    ]);
  });

  it("finds the open membership among ended ones", () => {
    const history = [ended("2023-01-01", "2024-01-01"), open("2025-01-01")];
    expect(codes(checkSelection(history, { startedOn: TODAY, rfgScore: null }, TODAY))).toEqual([{ field: "perpetratorId", code: "DUPLICATE" }]);
  });

  it("refuses a start date in the future, even by a day", () => {
    expect(checkSelection([], { startedOn: "2026-11-27", rfgScore: null }, TODAY)).toEqual([
      { field: "startedOn", code: "INVALID", message: "startedOn cannot be in the future" },
    ]);
  });

  it("refuses a start before the latest end date, naming that date", () => {
    // The latest end is 2026-06-30 although it is listed first; an earlier end alone would have allowed 2026-03-01.
    const history = [ended("2025-01-01", "2026-06-30"), ended("2023-01-01", "2024-01-01")];
    expect(checkSelection(history, { startedOn: "2026-06-29", rfgScore: null }, TODAY)).toEqual([
      { field: "startedOn", code: "INVALID", message: "startedOn must be on or after 2026-06-30, when the last membership ended" },
    ]);
  });

  it.each([
    [-1],
    [-0.5],
    [MAX_RFG_SCORE + 1],
    [MAX_RFG_SCORE + 0.1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
  ])("refuses the rfgScore %d", (rfgScore) => {
    expect(checkSelection([], { startedOn: TODAY, rfgScore }, TODAY)).toEqual([
      { field: "rfgScore", code: "INVALID", message: "rfgScore must be between 0 and 10000" },
    ]);
  });

  it.each([[0], [1], [MAX_RFG_SCORE], [null]])("accepts the rfgScore %s", (rfgScore) => {
    expect(checkSelection([], { startedOn: TODAY, rfgScore }, TODAY)).toEqual([]);
  });

  it("reports every failure at once, in field order", () => {
    const history = [ended("2025-01-01", "2026-06-30"), open("2026-07-01")];
    // A start in the future cannot also be before a past end date; so test the two startedOn failures separately.
    expect(codes(checkSelection(history, { startedOn: "2026-12-01", rfgScore: -1 }, TODAY))).toEqual([
      { field: "perpetratorId", code: "DUPLICATE" },
      { field: "startedOn", code: "INVALID" },
      { field: "rfgScore", code: "INVALID" },
    ]);
    expect(codes(checkSelection(history, { startedOn: "2026-01-01", rfgScore: -1 }, TODAY))).toEqual([
      { field: "perpetratorId", code: "DUPLICATE" },
      { field: "startedOn", code: "INVALID" },
      { field: "rfgScore", code: "INVALID" },
    ]);
  });

  it("gives both startedOn failures when the last membership ends in the future and the start is in between", () => {
    // Not reachable through checkDeselection (endedOn is never in the future), but the rules stay independent.
    const history = [ended("2026-01-01", "2026-12-31")];
    expect(checkSelection(history, { startedOn: "2026-12-01", rfgScore: null }, TODAY).map((f) => f.message)).toEqual([
      "startedOn cannot be in the future",
      "startedOn must be on or after 2026-12-31, when the last membership ended",
    ]);
  });
});

describe("checkDeselection", () => {
  const membership: MembershipPeriod = { startedOn: "2026-03-01", endedOn: null };

  it.each<{ name: string; endedOn: string; reason: DeselectionReason; note: string | null }>([
    { name: "ending today for reduced risk", endedOn: TODAY, reason: "REDUCED_RISK", note: null },
    { name: "ending the day the membership started", endedOn: "2026-03-01", reason: "CUSTODY", note: null },
    { name: "ending in the past, moved area", endedOn: "2026-10-01", reason: "MOVED_AREA", note: null },
    { name: "deceased, with a note", endedOn: TODAY, reason: "DECEASED", note: "Notified by the coroner" },
    { name: "OTHER with a note", endedOn: TODAY, reason: "OTHER", note: "Transferred to the MAPPA cohort" },
  ])("accepts $name", ({ endedOn, reason, note }) => {
    expect(checkDeselection(membership, { endedOn, reason, note }, TODAY)).toEqual([]);
  });

  it("refuses a membership that has already ended, and nothing else", () => {
    const endedMembership = { startedOn: "2026-03-01", endedOn: "2026-09-30" };
    // The deselection itself is wrong in every way: only MEMBERSHIP_ENDED is reported.
    expect(checkDeselection(endedMembership, { endedOn: "2030-01-01", reason: "OTHER", note: null }, TODAY)).toEqual([
      { field: "membershipId", code: "MEMBERSHIP_ENDED", message: "This membership already ended on 2026-09-30" },
    ]);
  });

  it("refuses an end date in the future", () => {
    expect(checkDeselection(membership, { endedOn: "2026-11-27", reason: "REDUCED_RISK", note: null }, TODAY)).toEqual([
      { field: "endedOn", code: "INVALID", message: "endedOn cannot be in the future" },
    ]);
  });

  it("refuses an end date before the membership started", () => {
    expect(checkDeselection(membership, { endedOn: "2026-02-28", reason: "REDUCED_RISK", note: null }, TODAY)).toEqual([
      { field: "endedOn", code: "INVALID", message: "endedOn cannot be before the membership started (2026-03-01)" },
    ]);
  });

  it.each([[null], [""]])("asks for a note when the reason is OTHER (note %j)", (note) => {
    expect(checkDeselection(membership, { endedOn: TODAY, reason: "OTHER", note }, TODAY)).toEqual([
      { field: "note", code: "REASON_REQUIRED", message: "Say why when the reason is OTHER" },
    ]);
  });

  // Doubt, not asserted as right or wrong: a note of only spaces satisfies OTHER, whereas checkAction trims ownerName.
  it("accepts a note of only spaces for OTHER (the note is not trimmed)", () => {
    expect(checkDeselection(membership, { endedOn: TODAY, reason: "OTHER", note: "   " }, TODAY)).toEqual([]);
  });

  it("reports the end date and the missing note together", () => {
    expect(codes(checkDeselection(membership, { endedOn: "2026-12-01", reason: "OTHER", note: null }, TODAY))).toEqual([
      { field: "endedOn", code: "INVALID" },
      { field: "note", code: "REASON_REQUIRED" },
    ]);
  });

  it("reports both endedOn failures when the membership starts in the future", () => {
    const futureMembership = { startedOn: "2027-01-10", endedOn: null };
    expect(checkDeselection(futureMembership, { endedOn: "2027-01-01", reason: "CUSTODY", note: null }, TODAY).map((f) => f.message)).toEqual([
      "endedOn cannot be in the future",
      "endedOn cannot be before the membership started (2027-01-10)",
    ]);
  });
});

describe("checkAssignment", () => {
  const membership: MembershipPeriod = { startedOn: "2026-03-01", endedOn: null };
  const current: CurrentAssignment = { staffId: "staff-1", startedOn: "2026-06-01" };

  it.each<{ name: string; current: CurrentAssignment | null; startedOn: string }>([
    { name: "a first officer from the day the member joined", current: null, startedOn: "2026-03-01" },
    { name: "a first officer today", current: null, startedOn: TODAY },
    { name: "a change on the day the current assignment began", current, startedOn: "2026-06-01" },
    { name: "a change today", current, startedOn: TODAY },
  ])("accepts $name", ({ current, startedOn }) => {
    expect(checkAssignment(membership, current, { staffId: "staff-2", staffActive: true, startedOn }, TODAY)).toEqual([]);
  });

  it("refuses when the member has left the cohort, and nothing else", () => {
    const left = { startedOn: "2026-03-01", endedOn: "2026-10-01" };
    expect(checkAssignment(left, current, { staffId: "staff-1", staffActive: false, startedOn: "2030-01-01" }, TODAY)).toEqual([
      { field: "membershipId", code: "MEMBERSHIP_ENDED", message: "The member has left the cohort" },
    ]);
  });

  it("refuses an inactive officer", () => {
    expect(checkAssignment(membership, current, { staffId: "staff-2", staffActive: false, startedOn: TODAY }, TODAY)).toEqual([
      { field: "staffId", code: "STAFF_INACTIVE", message: "That staff member is no longer active" },
    ]);
  });

  it("refuses the officer who is already assigned", () => {
    expect(checkAssignment(membership, current, { staffId: "staff-1", staffActive: true, startedOn: TODAY }, TODAY)).toEqual([
      { field: "staffId", code: "ALREADY_ASSIGNED", message: "That officer is already the member's offender manager" },
    ]);
  });

  it("reports an inactive officer who is also already assigned twice on staffId", () => {
    expect(codes(checkAssignment(membership, current, { staffId: "staff-1", staffActive: false, startedOn: TODAY }, TODAY))).toEqual([
      { field: "staffId", code: "STAFF_INACTIVE" },
      { field: "staffId", code: "ALREADY_ASSIGNED" },
    ]);
  });

  it("refuses a start date in the future", () => {
    expect(checkAssignment(membership, null, { staffId: "staff-2", staffActive: true, startedOn: "2026-11-27" }, TODAY)).toEqual([
      { field: "startedOn", code: "INVALID", message: "startedOn cannot be in the future" },
    ]);
  });

  it("refuses a start before the member joined the cohort", () => {
    expect(checkAssignment(membership, null, { staffId: "staff-2", staffActive: true, startedOn: "2026-02-28" }, TODAY)).toEqual([
      { field: "startedOn", code: "INVALID", message: "startedOn cannot be before the member joined the cohort (2026-03-01)" },
    ]);
  });

  it("refuses a start before the current assignment began", () => {
    expect(checkAssignment(membership, current, { staffId: "staff-2", staffActive: true, startedOn: "2026-05-31" }, TODAY)).toEqual([
      { field: "startedOn", code: "INVALID", message: "startedOn cannot be before the current assignment began (2026-06-01)" },
    ]);
  });

  it("reports a start before both the membership and the current assignment twice", () => {
    expect(checkAssignment(membership, current, { staffId: "staff-2", staffActive: true, startedOn: "2026-01-01" }, TODAY).map((f) => f.message)).toEqual([
      "startedOn cannot be before the member joined the cohort (2026-03-01)",
      "startedOn cannot be before the current assignment began (2026-06-01)",
    ]);
  });
});

describe("checkAdultOn", () => {
  it.each([
    ["2008-11-26", "2026-11-26", "the 18th birthday"],
    ["2008-11-25", "2026-11-26", "the day after the 18th birthday"],
    ["1970-01-01", "2026-11-26", "well past 18"],
    // Born on 29 February: 18 on 1 March in a common year.
    ["2008-02-29", "2026-03-01", "1 March after a leap-day birth"],
  ])("accepts someone born %s, selected on %s (%s)", (dateOfBirth, startedOn) => {
    expect(checkAdultOn(dateOfBirth, startedOn)).toBeNull();
  });

  it.each([
    ["2008-11-27", "2026-11-26", "the day before the 18th birthday"],
    ["2008-02-29", "2026-02-28", "28 February after a leap-day birth"],
    ["2012-05-01", "2026-11-26", "a 14-year-old"],
  ])("refuses someone born %s, selected on %s (%s)", (dateOfBirth, startedOn) => {
    expect(checkAdultOn(dateOfBirth, startedOn)).toEqual({
      field: "perpetratorId",
      code: "INVALID",
      message: "IOM is for adults: this person was under 18 on startedOn",
    });
  });

  it("judges age on the start date, not today", () => {
    // 18 today, but not on a backdated start a week ago.
    expect(checkAdultOn("2008-11-26", "2026-11-19")).not.toBeNull();
  });

  it("throws on a malformed date, a caller's bug", () => {
    expect(() => checkAdultOn("2008-02-30", TODAY)).toThrow(RangeError);
  });
});

describe("checkEndAfterAssignment", () => {
  const current: CurrentAssignment = { staffId: "staff-1", startedOn: "2026-06-01" };

  it.each([
    ["2026-06-01", "the day the assignment began"],
    [TODAY, "after the assignment began"],
  ])("accepts an end on %s (%s)", (endedOn) => {
    expect(checkEndAfterAssignment(endedOn, current)).toBeNull();
  });

  it("accepts any end when nobody is assigned", () => {
    expect(checkEndAfterAssignment("2020-01-01", null)).toBeNull();
  });

  it("refuses an end before the current offender manager took over", () => {
    expect(checkEndAfterAssignment("2026-05-31", current)).toEqual({
      field: "endedOn",
      code: "INVALID",
      message: "endedOn cannot be before the current offender manager took over (2026-06-01)",
    });
  });
});
