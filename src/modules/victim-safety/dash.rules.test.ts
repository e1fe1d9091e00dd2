import { describe, expect, it } from "vitest";
import { DASH_LEVELS, DASH_QUESTION_COUNT, type DashAnswer } from "./victim-safety.model.js";
import { assessDash, dashScoreLevel, latestAssessment, levelRank, MAX_REASON_LENGTH } from "./dash.rules.js";

/** A checklist of `count` answers with `yes` of them "yes"; the rest alternate "no" and "not known". */
const checklist = (yes: number, count = DASH_QUESTION_COUNT): DashAnswer[] =>
  Array.from({ length: count }, (_, i) => (i < yes ? "YES" : i % 2 ? "NO" : "NOT_KNOWN"));

const REASON = "Threats to kill reported by the victim's sister after the assessment";

describe("levelRank", () => {
  it("ranks the levels lowest first", () => {
    expect(DASH_LEVELS.map(levelRank)).toEqual([0, 1, 2]);
    expect(levelRank("STANDARD") < levelRank("MEDIUM") && levelRank("MEDIUM") < levelRank("HIGH")).toBe(true);
  });
});

describe("dashScoreLevel", () => {
  it.each([
    [0, "STANDARD"],
    [9, "STANDARD"],
    [10, "MEDIUM"],
    [13, "MEDIUM"],
    [14, "HIGH"],
    [24, "HIGH"],
  ] as const)("%i \"yes\" → %s", (yesCount, level) => {
    expect(dashScoreLevel(yesCount)).toBe(level);
  });
});

describe("assessDash: the score alone", () => {
  it.each([
    [0, "STANDARD"],
    [9, "STANDARD"],
    [10, "MEDIUM"],
    [13, "MEDIUM"],
    [14, "HIGH"],
    [24, "HIGH"],
  ] as const)("%i \"yes\" of 24 → %s", (yesCount, level) => {
    expect(assessDash({ answers: checklist(yesCount) })).toEqual({ ok: true, value: { yesCount, scoreLevel: level, level } });
  });

  it("counts only \"yes\", not \"not known\"", () => {
    const answers: DashAnswer[] = [...Array(13).fill("YES"), ...Array(11).fill("NOT_KNOWN")];
    expect(assessDash({ answers })).toEqual({ ok: true, value: { yesCount: 13, scoreLevel: "MEDIUM", level: "MEDIUM" } });
  });

  it.each([
    [null, null],
    [null, ""],
    [null, "   "],
    [undefined, undefined],
  ])("treats judgement %s with reason %j as no judgement", (judgementLevel, judgementReason) => {
    expect(assessDash({ answers: checklist(10), judgementLevel, judgementReason })).toEqual({
      ok: true,
      value: { yesCount: 10, scoreLevel: "MEDIUM", level: "MEDIUM" },
    });
  });
});

describe("assessDash: professional judgement", () => {
  it.each([
    [0, "STANDARD", "MEDIUM"],
    [9, "STANDARD", "HIGH"],
    [10, "MEDIUM", "HIGH"],
    [13, "MEDIUM", "HIGH"],
  ] as const)("%i \"yes\" (%s) raised to %s with a reason", (yesCount, scoreLevel, judgementLevel) => {
    expect(assessDash({ answers: checklist(yesCount), judgementLevel, judgementReason: REASON })).toEqual({
      ok: true,
      value: { yesCount, scoreLevel, level: judgementLevel },
    });
  });

  it.each([
    [9, "MEDIUM", null],
    [9, "HIGH", ""],
    [13, "HIGH", "  \n\t "],
    [10, "HIGH", undefined],
  ] as const)("%i \"yes\" raised to %s with reason %j → REASON_REQUIRED", (yesCount, judgementLevel, judgementReason) => {
    expect(assessDash({ answers: checklist(yesCount), judgementLevel, judgementReason })).toEqual({
      ok: false,
      refusals: [{ field: "judgementReason", code: "REASON_REQUIRED", message: "Raising the level by professional judgement needs a recorded reason" }],
    });
  });

  it.each([
    [14, "MEDIUM"],
    [14, "STANDARD"],
    [24, "MEDIUM"],
    [24, "STANDARD"],
  ] as const)("%i \"yes\" is visible high risk: judgement %s cannot lower it, even with a reason", (yesCount, judgementLevel) => {
    expect(assessDash({ answers: checklist(yesCount), judgementLevel, judgementReason: REASON })).toEqual({
      ok: false,
      refusals: [
        {
          field: "judgementLevel",
          code: "RISK_CANNOT_BE_LOWERED",
          message: `${yesCount} "yes" answers is visible high risk; professional judgement cannot lower it`,
        },
      ],
    });
  });

  it.each([
    [10, "STANDARD", "MEDIUM"],
    [13, "STANDARD", "MEDIUM"],
  ] as const)("%i \"yes\" cannot be lowered to %s either", (yesCount, judgementLevel, scoreLevel) => {
    expect(assessDash({ answers: checklist(yesCount), judgementLevel, judgementReason: REASON })).toEqual({
      ok: false,
      refusals: [
        { field: "judgementLevel", code: "RISK_CANNOT_BE_LOWERED", message: `Professional judgement may only raise the level above the score's ${scoreLevel}` },
      ],
    });
  });

  // Judgement that only repeats the score raises nothing: it is refused as invalid, not as a lowering.
  it.each([
    [0, "STANDARD"],
    [9, "STANDARD"],
    [10, "MEDIUM"],
    [13, "MEDIUM"],
    [14, "HIGH"],
    [24, "HIGH"],
  ] as const)("%i \"yes\" with judgement at the score's own level %s is INVALID: it raises nothing", (yesCount, level) => {
    expect(assessDash({ answers: checklist(yesCount), judgementLevel: level, judgementReason: REASON })).toEqual({
      ok: false,
      refusals: [{ field: "judgementLevel", code: "INVALID", message: `The score already gives ${level}; record judgement only to raise it` }],
    });
  });

  it.each([[REASON], [`  ${REASON}  `]])("refuses a reason %j without the level it sets", (judgementReason) => {
    expect(assessDash({ answers: checklist(9), judgementLevel: null, judgementReason })).toEqual({
      ok: false,
      refusals: [{ field: "judgementLevel", code: "INVALID", message: "A judgement reason needs the level that judgement sets" }],
    });
  });

  it.each([
    { what: `${MAX_REASON_LENGTH} characters`, judgementReason: "x".repeat(MAX_REASON_LENGTH), accepted: true },
    { what: `${MAX_REASON_LENGTH} characters padded with spaces`, judgementReason: `   ${"x".repeat(MAX_REASON_LENGTH)}   `, accepted: true },
    { what: `${MAX_REASON_LENGTH + 1} characters`, judgementReason: "x".repeat(MAX_REASON_LENGTH + 1), accepted: false },
  ])("a reason of $what → accepted: $accepted", ({ judgementReason, accepted }) => {
    const result = assessDash({ answers: checklist(9), judgementLevel: "HIGH", judgementReason });
    if (accepted) expect(result).toEqual({ ok: true, value: { yesCount: 9, scoreLevel: "STANDARD", level: "HIGH" } });
    else {
      expect(result).toEqual({
        ok: false,
        refusals: [{ field: "judgementReason", code: "INVALID", message: `judgementReason must be at most ${MAX_REASON_LENGTH} characters` }],
      });
    }
  });
});

describe("assessDash: the number of answers", () => {
  it.each([0, 1, 23, 25, 48])("refuses %i answers", (count) => {
    expect(assessDash({ answers: checklist(0, count) })).toEqual({
      ok: false,
      refusals: [{ field: "answers", code: "INVALID", message: `A DASH checklist has 24 answers; ${count} were given` }],
    });
  });

  it("refuses 23 answers even when 14 of them are \"yes\"", () => {
    expect(assessDash({ answers: checklist(14, 23) })).toEqual({
      ok: false,
      refusals: [{ field: "answers", code: "INVALID", message: "A DASH checklist has 24 answers; 23 were given" }],
    });
  });

  it("reports the wrong count alongside every other refusal", () => {
    const result = assessDash({ answers: checklist(20, 23), judgementLevel: "STANDARD", judgementReason: REASON });
    expect(result.ok ? [] : result.refusals.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: "answers", code: "INVALID" },
      { field: "judgementLevel", code: "RISK_CANNOT_BE_LOWERED" },
    ]);
  });

  it("reports a reason without a level and a reason that is too long together", () => {
    const result = assessDash({ answers: checklist(0), judgementReason: "x".repeat(MAX_REASON_LENGTH + 1) });
    expect(result.ok ? [] : result.refusals.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: "judgementLevel", code: "INVALID" },
      { field: "judgementReason", code: "INVALID" },
    ]);
  });
});

describe("latestAssessment", () => {
  const at = (iso: string) => new Date(iso);
  const a = { id: "a", assessedOn: "2026-03-01", createdAt: at("2026-03-05T09:00:00Z") };
  const b = { id: "b", assessedOn: "2026-03-02", createdAt: at("2026-03-02T09:00:00Z") };
  const c = { id: "c", assessedOn: "2026-03-02", createdAt: at("2026-03-02T09:00:01Z") };
  const d = { id: "d", assessedOn: "2026-02-28", createdAt: at("2026-04-01T09:00:00Z") };

  it("gives null when there is none", () => {
    expect(latestAssessment([])).toBeNull();
  });

  it("gives the only one", () => {
    expect(latestAssessment([a])).toBe(a);
  });

  it.each([
    { list: [a, b], latest: "b", why: "the later date assessed wins over a later recording" },
    { list: [b, a], latest: "b", why: "whatever the order" },
    { list: [d, a], latest: "a", why: "a late recording of an earlier assessment does not win" },
    { list: [b, c], latest: "c", why: "on the same day, the one recorded later" },
    { list: [c, b], latest: "c", why: "on the same day, the one recorded later, whatever the order" },
    { list: [a, b, c, d], latest: "c", why: "among many" },
    { list: [d, c, b, a], latest: "c", why: "among many, in reverse" },
  ])("$latest: $why", ({ list, latest }) => {
    expect(latestAssessment(list)?.id).toBe(latest);
  });

  it("keeps the first of two recorded at the same moment on the same day", () => {
    const twin = { ...b, id: "twin" };
    expect(latestAssessment([b, twin])?.id).toBe("b");
    expect(latestAssessment([twin, b])?.id).toBe("twin");
  });
});
