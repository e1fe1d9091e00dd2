import { describe, expect, it } from "vitest";
import type { MaracGround } from "./victim-safety.model.js";
import { MAX_REASON_LENGTH } from "./dash.rules.js";
import { checkMaracReferral, DEFAULT_ESCALATION, escalation, repeatOf, REPEAT_WINDOW_MONTHS, type MaracReferralCheck } from "./marac.rules.js";

const TODAY = "2026-06-15";
const REASON = "Perpetrator released from custody next week; victim has moved back to the area";

describe("escalation", () => {
  it("defaults to 3 incidents in 12 months", () => {
    expect(DEFAULT_ESCALATION).toEqual({ threshold: 3, windowMonths: 12 });
  });

  it.each([
    ["2025-06-14", false, "more than 12 months before"],
    ["2025-06-15", false, "exactly 12 months before: the window is open at its start"],
    ["2025-06-16", true, "the day after 12 months before"],
    ["2026-01-01", true, "well inside the window"],
    [TODAY, true, "on the day of the referral"],
    ["2026-06-16", false, "the day after the referral"],
    ["2027-01-01", false, "far in the future"],
  ])("an incident on %s is counted: %s (%s)", (incident, counted) => {
    expect(escalation([incident], TODAY, DEFAULT_ESCALATION).incidentsInWindow).toBe(counted ? 1 : 0);
  });

  it.each([
    [[], 0, false],
    [["2026-01-01", "2026-02-01"], 2, false],
    [["2026-01-01", "2026-02-01", TODAY], 3, true],
    [["2025-06-16", "2026-01-01", "2026-02-01", "2026-03-01"], 4, true],
    [["2025-06-15", "2026-01-01", "2026-02-01"], 2, false],
    [["2026-01-01", "2026-02-01", "2026-06-16"], 2, false],
    [["2026-02-01", "2026-02-01", "2026-02-01"], 3, true],
  ])("incidents %j → %i in the window, met: %s", (incidents, inWindow, met) => {
    expect(escalation(incidents, TODAY, DEFAULT_ESCALATION)).toEqual({ incidentsInWindow: inWindow, threshold: 3, windowMonths: 12, met });
  });

  it.each([
    { policy: { threshold: 2, windowMonths: 6 }, incidents: ["2025-12-15", "2026-03-01"], inWindow: 1, met: false },
    { policy: { threshold: 2, windowMonths: 6 }, incidents: ["2025-12-16", "2026-03-01"], inWindow: 2, met: true },
    { policy: { threshold: 1, windowMonths: 1 }, incidents: ["2026-05-15"], inWindow: 0, met: false },
    { policy: { threshold: 1, windowMonths: 1 }, incidents: ["2026-05-16"], inWindow: 1, met: true },
    { policy: { threshold: 5, windowMonths: 24 }, incidents: ["2024-06-16", "2025-01-01", "2025-06-01", "2026-01-01"], inWindow: 4, met: false },
    { policy: { threshold: 4, windowMonths: 24 }, incidents: ["2024-06-15", "2025-01-01", "2025-06-01", "2026-01-01"], inWindow: 3, met: false },
  ])("a policy of $policy.threshold in $policy.windowMonths months: $incidents → $inWindow, met: $met", ({ policy, incidents, inWindow, met }) => {
    expect(escalation(incidents, TODAY, policy)).toEqual({ incidentsInWindow: inWindow, ...policy, met });
  });

  it.each([
    ["2026-03-31", 1, "2026-02-28", "2026-03-01", "a month before 31 March is 28 February"],
    ["2028-03-31", 1, "2028-02-29", "2028-03-01", "a month before 31 March is 29 February in a leap year"],
    ["2024-02-29", 12, "2023-02-28", "2023-03-01", "12 months before 29 February is 28 February"],
    ["2026-12-31", 6, "2026-06-30", "2026-07-01", "6 months before 31 December is 30 June"],
  ])("on %s over %i months, %s is outside and %s inside (%s)", (on, windowMonths, outside, inside) => {
    expect(escalation([outside], on, { threshold: 1, windowMonths }).incidentsInWindow).toBe(0);
    expect(escalation([inside], on, { threshold: 1, windowMonths }).incidentsInWindow).toBe(1);
  });
});

describe("repeatOf", () => {
  const ref = (id: string, referredOn: string) => ({ id, referredOn });

  it("uses a 12-month window", () => {
    expect(REPEAT_WINDOW_MONTHS).toBe(12);
  });

  it("gives null with no earlier referral", () => {
    expect(repeatOf([], TODAY)).toBeNull();
  });

  it.each([
    ["2025-06-14", false, "12 months and a day before"],
    ["2025-06-15", true, "exactly 12 months before: within 12 months"],
    ["2025-06-16", true, "just inside 12 months"],
    ["2026-06-14", true, "the day before"],
    // The rule counts "on or before": a referral on the same day as this one is taken as earlier.
    [TODAY, true, "the same day"],
    ["2026-06-16", false, "the day after: a later referral is not an earlier one"],
  ])("a previous referral on %s makes a repeat: %s (%s)", (previousOn, repeat) => {
    const previous = ref("p", previousOn);
    expect(repeatOf([previous], TODAY)).toBe(repeat ? previous : null);
  });

  it.each([
    { referredOn: "2025-02-28", previousOn: "2024-02-29", repeat: true, why: "12 months after 29 February is 28 February" },
    { referredOn: "2025-03-01", previousOn: "2024-02-29", repeat: false, why: "1 March is past 12 months after 29 February" },
    { referredOn: "2028-02-29", previousOn: "2027-02-28", repeat: true, why: "12 months before 29 February is counted back to 28 February" },
    { referredOn: "2028-02-29", previousOn: "2027-02-27", repeat: false, why: "and the day before that is outside" },
    { referredOn: "2028-02-29", previousOn: "2027-03-01", repeat: true, why: "1 March the year before is inside" },
    { referredOn: "2027-03-31", previousOn: "2026-03-31", repeat: true, why: "31 March to 31 March" },
    { referredOn: "2027-03-31", previousOn: "2026-03-30", repeat: false, why: "30 March to 31 March a year on" },
    { referredOn: "2027-01-01", previousOn: "2026-01-01", repeat: true, why: "across the year end" },
    { referredOn: "2027-01-01", previousOn: "2025-12-31", repeat: false, why: "a year and a day across the year end" },
  ])("referred $referredOn after $previousOn → repeat: $repeat ($why)", ({ referredOn, previousOn, repeat }) => {
    const previous = ref("p", previousOn);
    expect(repeatOf([previous], referredOn)).toBe(repeat ? previous : null);
  });

  it.each([
    { list: ["2025-09-01", "2026-03-01", "2025-12-01"], latest: "2026-03-01", why: "the latest of several, whatever the order" },
    { list: ["2026-03-01", "2026-08-01"], latest: "2026-03-01", why: "ignoring one after the referral" },
    { list: ["2024-01-01", "2025-01-01", "2025-06-15"], latest: "2025-06-15", why: "ignoring those outside the window" },
    { list: ["2024-01-01", "2025-06-14", "2026-07-01"], latest: null, why: "none when every one is outside the window or later" },
  ])("$list → $latest: $why", ({ list, latest }) => {
    expect(repeatOf(list.map((on, i) => ref(`p${i}`, on)), TODAY)?.referredOn ?? null).toBe(latest);
  });

  it("gives back the caller's own record", () => {
    const previous = { id: "m1", referredOn: "2026-01-10", hearingOn: "2026-01-20" };
    expect(repeatOf([previous], TODAY)).toBe(previous);
  });
});

describe("checkMaracReferral", () => {
  const NOT_MET = escalation(["2026-01-01", "2026-02-01"], TODAY, DEFAULT_ESCALATION);
  const MET = escalation(["2026-01-01", "2026-02-01", "2026-03-01"], TODAY, DEFAULT_ESCALATION);
  const check = (overrides: Partial<MaracReferralCheck>): MaracReferralCheck => ({
    grounds: [],
    judgementReason: null,
    referredOn: TODAY,
    hearingOn: null,
    today: TODAY,
    latestScoreLevel: null,
    escalation: NOT_MET,
    isRepeat: false,
    ...overrides,
  });
  /** The field and code of each refusal, the part a client acts on. */
  const codes = (result: ReturnType<typeof checkMaracReferral>) => (result.ok ? [] : result.refusals.map(({ field, code }) => ({ field, code })));

  describe("each ground with its evidence", () => {
    it.each([
      { ground: "VISIBLE_HIGH_RISK", evidence: { latestScoreLevel: "HIGH" } },
      { ground: "ESCALATION", evidence: { escalation: MET } },
      { ground: "PROFESSIONAL_JUDGEMENT", evidence: { judgementReason: REASON } },
    ] satisfies { ground: MaracGround; evidence: Partial<MaracReferralCheck> }[])("accepts $ground", ({ ground, evidence }) => {
      expect(checkMaracReferral(check({ grounds: [ground], ...evidence }))).toEqual({ ok: true, grounds: [ground] });
    });

    it("accepts all three together, in the order claimed", () => {
      const grounds: MaracGround[] = ["PROFESSIONAL_JUDGEMENT", "ESCALATION", "VISIBLE_HIGH_RISK"];
      expect(checkMaracReferral(check({ grounds, latestScoreLevel: "HIGH", escalation: MET, judgementReason: REASON }))).toEqual({ ok: true, grounds });
    });

    it("counts a ground claimed twice once", () => {
      expect(checkMaracReferral(check({ grounds: ["ESCALATION", "ESCALATION"], escalation: MET }))).toEqual({ ok: true, grounds: ["ESCALATION"] });
    });
  });

  describe("each ground without its evidence", () => {
    it.each([[null], ["STANDARD"], ["MEDIUM"]] as const)("refuses visible high risk when the latest score is %s", (latestScoreLevel) => {
      expect(checkMaracReferral(check({ grounds: ["VISIBLE_HIGH_RISK"], latestScoreLevel }))).toEqual({
        ok: false,
        refusals: [{ field: "grounds", code: "INELIGIBLE", message: 'Visible high risk needs a latest DASH score of 14 or more "yes" answers' }],
      });
    });

    it.each([
      { history: [], recorded: 0, policy: DEFAULT_ESCALATION },
      { history: ["2026-01-01", "2026-02-01"], recorded: 2, policy: DEFAULT_ESCALATION },
      { history: ["2025-06-15", "2026-01-01", "2026-02-01"], recorded: 2, policy: DEFAULT_ESCALATION },
      { history: ["2026-01-01", "2026-02-01", "2026-03-01"], recorded: 3, policy: { threshold: 4, windowMonths: 6 } },
    ])("refuses escalation with $history under $policy", ({ history, recorded, policy }) => {
      expect(checkMaracReferral(check({ grounds: ["ESCALATION"], escalation: escalation(history, TODAY, policy) }))).toEqual({
        ok: false,
        refusals: [
          {
            field: "grounds",
            code: "INELIGIBLE",
            message: `Escalation needs ${policy.threshold} incidents in ${policy.windowMonths} months; ${recorded} are recorded`,
          },
        ],
      });
    });

    it.each([[null], [""], ["   \n "]])("refuses professional judgement with the reason %j", (judgementReason) => {
      expect(checkMaracReferral(check({ grounds: ["PROFESSIONAL_JUDGEMENT"], judgementReason }))).toEqual({
        ok: false,
        refusals: [{ field: "judgementReason", code: "REASON_REQUIRED", message: "A referral on professional judgement needs the reason recorded" }],
      });
    });

    it("refuses a reason longer than the limit, but not one at it", () => {
      const grounds: MaracGround[] = ["PROFESSIONAL_JUDGEMENT"];
      expect(checkMaracReferral(check({ grounds, judgementReason: "x".repeat(MAX_REASON_LENGTH) }))).toEqual({ ok: true, grounds });
      expect(checkMaracReferral(check({ grounds, judgementReason: "x".repeat(MAX_REASON_LENGTH + 1) }))).toEqual({
        ok: false,
        refusals: [{ field: "judgementReason", code: "INVALID", message: `judgementReason must be at most ${MAX_REASON_LENGTH} characters` }],
      });
    });
  });

  describe("repeats", () => {
    it.each([
      { grounds: [], result: ["REPEAT"], why: "a repeat needs no other ground" },
      { grounds: ["VISIBLE_HIGH_RISK"], result: ["VISIBLE_HIGH_RISK", "REPEAT"], why: "REPEAT is added after the grounds claimed" },
      { grounds: ["REPEAT"], result: ["REPEAT"], why: "REPEAT claimed and borne out is not doubled" },
      { grounds: ["REPEAT", "ESCALATION"], result: ["REPEAT", "ESCALATION"], why: "REPEAT claimed keeps its place" },
    ] satisfies { grounds: MaracGround[]; result: MaracGround[]; why: string }[])("$grounds for a repeat → $result ($why)", ({ grounds, result }) => {
      expect(checkMaracReferral(check({ grounds, isRepeat: true, latestScoreLevel: "HIGH", escalation: MET }))).toEqual({ ok: true, grounds: result });
    });

    it("does not add REPEAT when it is not one", () => {
      expect(checkMaracReferral(check({ grounds: ["VISIBLE_HIGH_RISK"], latestScoreLevel: "HIGH" }))).toEqual({ ok: true, grounds: ["VISIBLE_HIGH_RISK"] });
    });

    it.each([[["REPEAT"]], [["REPEAT", "VISIBLE_HIGH_RISK"]]] satisfies [MaracGround[]][])("refuses %j without an earlier referral", (grounds) => {
      expect(checkMaracReferral(check({ grounds, latestScoreLevel: "HIGH" }))).toEqual({
        ok: false,
        refusals: [{ field: "grounds", code: "INELIGIBLE", message: "A repeat needs an earlier MARAC referral for the same people within 12 months" }],
      });
    });

    it("still checks the other grounds claimed on a repeat", () => {
      expect(codes(checkMaracReferral(check({ grounds: ["VISIBLE_HIGH_RISK"], latestScoreLevel: "MEDIUM", isRepeat: true })))).toEqual([
        { field: "grounds", code: "INELIGIBLE" },
      ]);
    });
  });

  it("refuses a referral with no ground that is not a repeat", () => {
    expect(checkMaracReferral(check({ grounds: [] }))).toEqual({
      ok: false,
      refusals: [{ field: "grounds", code: "INVALID", message: "A MARAC referral needs at least one ground" }],
    });
  });

  describe("dates", () => {
    const grounds: MaracGround[] = ["VISIBLE_HIGH_RISK"];

    it.each([
      { referredOn: "2026-06-14", hearingOn: null },
      { referredOn: TODAY, hearingOn: null },
      { referredOn: TODAY, hearingOn: TODAY },
      { referredOn: TODAY, hearingOn: "2026-07-01" },
      { referredOn: "2026-06-01", hearingOn: "2026-06-10" },
    ])("accepts a referral on $referredOn with the hearing on $hearingOn", ({ referredOn, hearingOn }) => {
      expect(checkMaracReferral(check({ grounds, latestScoreLevel: "HIGH", referredOn, hearingOn }))).toEqual({ ok: true, grounds });
    });

    it.each([["2026-06-16"], ["2027-01-01"]])("refuses a referral on %s, in the future", (referredOn) => {
      expect(checkMaracReferral(check({ grounds, latestScoreLevel: "HIGH", referredOn }))).toEqual({
        ok: false,
        refusals: [{ field: "referredOn", code: "INVALID", message: "referredOn cannot be in the future" }],
      });
    });

    it.each([
      ["2026-06-14", TODAY],
      ["2026-01-01", "2026-02-01"],
    ])("refuses a hearing on %s before the referral on %s", (hearingOn, referredOn) => {
      expect(checkMaracReferral(check({ grounds, latestScoreLevel: "HIGH", referredOn, hearingOn }))).toEqual({
        ok: false,
        refusals: [{ field: "hearingOn", code: "INVALID", message: "The hearing cannot be before the referral" }],
      });
    });
  });

  it("reports every refusal at once", () => {
    const result = checkMaracReferral(
      check({
        grounds: ["VISIBLE_HIGH_RISK", "ESCALATION", "REPEAT", "PROFESSIONAL_JUDGEMENT"],
        referredOn: "2026-06-20",
        hearingOn: "2026-06-19",
        latestScoreLevel: "MEDIUM",
      }),
    );
    expect(codes(result)).toEqual([
      { field: "referredOn", code: "INVALID" },
      { field: "hearingOn", code: "INVALID" },
      { field: "grounds", code: "INELIGIBLE" },
      { field: "grounds", code: "INELIGIBLE" },
      { field: "grounds", code: "INELIGIBLE" },
      { field: "judgementReason", code: "REASON_REQUIRED" },
    ]);
  });
});
