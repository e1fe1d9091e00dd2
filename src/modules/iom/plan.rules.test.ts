import { describe, expect, it } from "vitest";
import { PLAN_STATUSES } from "./iom.model.js";
import { checkPlanIsLive, checkReview, checkReviewDue, daysOverdue, isReviewOverdue, type PlanRefusal } from "./plan.rules.js";

const TODAY = "2026-11-26";

/** The field and code of each refusal, the part a client acts on. */
const codes = (failures: PlanRefusal[]) => failures.map(({ field, code }) => ({ field, code }));


describe("isReviewOverdue", () => {
  it.each(PLAN_STATUSES.map((status) => ({ status, overdue: status === "LIVE" })))(
    "a $status plan whose review was due yesterday → overdue: $overdue",
    ({ status, overdue }) => {
      expect(isReviewOverdue({ status, reviewDueOn: "2026-11-25" }, TODAY)).toBe(overdue);
    },
  );

  it.each([
    [TODAY, false],
    ["2026-11-27", false],
    ["2026-01-01", true],
  ])("a LIVE plan due for review %s → overdue: %s", (reviewDueOn, overdue) => {
    expect(isReviewOverdue({ status: "LIVE", reviewDueOn }, TODAY)).toBe(overdue);
  });
});

describe("daysOverdue", () => {
  it.each([
    ["2026-11-25", 1],
    ["2026-10-27", 30],
    ["2025-11-26", 365],
    ["2024-02-28", 1002],
    [TODAY, 0],
    ["2026-11-27", 0],
    ["2027-06-01", 0],
  ])("due %s, today 2026-11-26 → %i", (dueOn, days) => {
    expect(daysOverdue(dueOn, TODAY)).toBe(days);
  });

  it("counts across a leap day", () => {
    expect(daysOverdue("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysOverdue("2027-02-28", "2027-03-01")).toBe(1);
  });

  it("counts across the clocks going forward as whole days", () => {
    expect(daysOverdue("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("throws on a malformed date, a caller's bug", () => {
    expect(() => daysOverdue("2026-02-30", TODAY)).toThrow(RangeError);
  });
});

describe("checkPlanIsLive", () => {
  it("accepts a LIVE plan", () => {
    expect(checkPlanIsLive({ status: "LIVE" })).toBeNull();
  });

  it.each([["SUPERSEDED"], ["CLOSED"]] as const)("refuses a %s plan", (status) => {
    expect(checkPlanIsLive({ status })).toEqual({
      field: "planId",
      code: "PLAN_NOT_LIVE",
      message: `This plan is ${status}; change the member's live plan instead`,
    });
  });
});

describe("checkReviewDue", () => {
  it.each([
    ["2026-11-27", TODAY, "the next day"],
    ["2027-05-26", TODAY, "exactly six months on"],
    ["2027-02-28", "2026-08-31", "six months on from 31 August, clamped to 28 February"],
    ["2028-02-29", "2027-08-31", "six months on from 31 August, clamped to 29 February in a leap year"],
    ["2027-04-30", "2026-10-31", "six months on from 31 October, clamped to 30 April"],
    ["2027-06-30", "2026-12-31", "six months on from 31 December, across the year end"],
  ])("accepts %s from %s (%s)", (reviewDueOn, from) => {
    expect(checkReviewDue(reviewDueOn, from)).toBeNull();
  });

  it.each([
    [TODAY, TODAY],
    ["2026-11-25", TODAY],
  ])("refuses %s from %s: not after it", (reviewDueOn, from) => {
    expect(checkReviewDue(reviewDueOn, from)).toEqual({ field: "reviewDueOn", code: "INVALID", message: `reviewDueOn must be after ${from}` });
  });

  it.each([
    ["2027-05-27", TODAY, "2027-05-26"],
    ["2027-03-01", "2026-08-31", "2027-02-28"],
    ["2028-03-01", "2027-08-31", "2028-02-29"],
    ["2027-05-01", "2026-10-31", "2027-04-30"],
    ["2030-01-01", TODAY, "2027-05-26"],
  ])("refuses %s from %s: beyond six months, the latest being %s", (reviewDueOn, from, latest) => {
    expect(checkReviewDue(reviewDueOn, from)).toEqual({
      field: "reviewDueOn",
      code: "INVALID",
      message: `Plans are reviewed at least every 6 months: reviewDueOn must be on or before ${latest}`,
    });
  });

  it("names the field it is given", () => {
    expect(checkReviewDue(TODAY, TODAY, "nextReviewOn")).toEqual({ field: "nextReviewOn", code: "INVALID", message: `nextReviewOn must be after ${TODAY}` });
    expect(checkReviewDue("2028-01-01", TODAY, "nextReviewOn")?.message).toBe(
      "Plans are reviewed at least every 6 months: nextReviewOn must be on or before 2027-05-26",
    );
  });
});

describe("checkReview", () => {
  const plan = { createdOn: "2026-06-01", lastReviewedOn: "2026-09-01" };

  it.each([
    { reviewedOn: TODAY, nextReviewOn: "2027-05-26", plan },
    { reviewedOn: "2026-09-01", nextReviewOn: "2026-09-02", plan },
    { reviewedOn: "2026-06-01", nextReviewOn: "2026-12-01", plan: { createdOn: "2026-06-01", lastReviewedOn: null } },
  ])("accepts a review on $reviewedOn with the next on $nextReviewOn", ({ reviewedOn, nextReviewOn, plan }) => {
    expect(checkReview({ reviewedOn, nextReviewOn }, plan, TODAY)).toEqual([]);
  });

  it("refuses a review in the future", () => {
    expect(checkReview({ reviewedOn: "2026-11-27", nextReviewOn: "2027-01-01" }, plan, TODAY)).toEqual([
      { field: "reviewedOn", code: "INVALID", message: "reviewedOn cannot be in the future" },
    ]);
  });

  it("refuses a review before the plan was made once, not again for its last review", () => {
    expect(checkReview({ reviewedOn: "2026-05-31", nextReviewOn: "2026-08-01" }, plan, TODAY)).toEqual([
      { field: "reviewedOn", code: "INVALID", message: "reviewedOn cannot be before the plan was made (2026-06-01)" },
    ]);
  });

  it("refuses a review before the plan was made when it has not been reviewed yet", () => {
    expect(checkReview({ reviewedOn: "2026-05-31", nextReviewOn: "2026-08-01" }, { createdOn: "2026-06-01", lastReviewedOn: null }, TODAY)).toEqual([
      { field: "reviewedOn", code: "INVALID", message: "reviewedOn cannot be before the plan was made (2026-06-01)" },
    ]);
  });

  it("refuses a review before the last review", () => {
    expect(checkReview({ reviewedOn: "2026-08-31", nextReviewOn: "2026-10-01" }, plan, TODAY)).toEqual([
      { field: "reviewedOn", code: "INVALID", message: "reviewedOn cannot be before the last review (2026-09-01)" },
    ]);
  });

  it.each([
    ["2026-11-26", "nextReviewOn must be after 2026-11-26"],
    ["2026-11-01", "nextReviewOn must be after 2026-11-26"],
    ["2027-05-27", "Plans are reviewed at least every 6 months: nextReviewOn must be on or before 2027-05-26"],
  ])("refuses the next review on %s, counted from the review", (nextReviewOn, message) => {
    expect(checkReview({ reviewedOn: TODAY, nextReviewOn }, plan, TODAY)).toEqual([{ field: "nextReviewOn", code: "INVALID", message }]);
  });

  it("counts the six months from the day of the review, not today", () => {
    // Reviewed on 31 August: the next review is due by 28 February, though six months from today would allow later.
    const early = { createdOn: "2026-01-01", lastReviewedOn: null };
    expect(checkReview({ reviewedOn: "2026-08-31", nextReviewOn: "2027-02-28" }, early, TODAY)).toEqual([]);
    expect(codes(checkReview({ reviewedOn: "2026-08-31", nextReviewOn: "2027-03-01" }, early, TODAY))).toEqual([{ field: "nextReviewOn", code: "INVALID" }]);
  });

  it("reports the review date and the next review together", () => {
    expect(codes(checkReview({ reviewedOn: "2026-12-01", nextReviewOn: "2026-12-01" }, plan, TODAY))).toEqual([
      { field: "reviewedOn", code: "INVALID" },
      { field: "nextReviewOn", code: "INVALID" },
    ]);
  });
});

