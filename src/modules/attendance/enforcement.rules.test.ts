import { describe, expect, it } from "vitest";
import { assessEnforcement, type UnacceptableFailure } from "./enforcement.rules.js";

const NOW = new Date("2026-11-26T12:00:00Z");

/** Failures written as [sessionId, ISO moment], in the order the register happened to be recorded. */
const failures = (...entries: [string, string][]): UnacceptableFailure[] =>
  entries.map(([sessionId, at]) => ({ sessionId, occurredAt: new Date(at) }));

describe("assessEnforcement", () => {
  it.each<{
    name: string;
    failures: UnacceptableFailure[];
    warnedFor: string[];
    warningsInLast12Months: number;
    breachTriggeredBySessionId: string | null;
  }>([
    { name: "no failures", failures: [], warnedFor: [], warningsInLast12Months: 0, breachTriggeredBySessionId: null },
    {
      name: "one failure earns a warning",
      failures: failures(["s1", "2026-10-01T18:00:00Z"]),
      warnedFor: ["s1"],
      warningsInLast12Months: 1,
      breachTriggeredBySessionId: null,
    },
    {
      name: "a second failure within 12 months of the warning means breach",
      failures: failures(["s1", "2026-06-01T18:00:00Z"], ["s2", "2026-09-01T18:00:00Z"]),
      warnedFor: ["s1"],
      warningsInLast12Months: 1,
      breachTriggeredBySessionId: "s2",
    },
    {
      name: "two failures 13 months apart earn two warnings",
      failures: failures(["s1", "2025-09-01T18:00:00Z"], ["s2", "2026-10-01T18:00:00Z"]),
      warnedFor: ["s1", "s2"],
      warningsInLast12Months: 1,
      breachTriggeredBySessionId: null,
    },
    {
      name: "exactly 12 months after a warning is outside the period",
      failures: failures(["s1", "2025-10-01T18:00:00Z"], ["s2", "2026-10-01T18:00:00Z"]),
      warnedFor: ["s1", "s2"],
      warningsInLast12Months: 1,
      breachTriggeredBySessionId: null,
    },
    {
      name: "a moment short of 12 months after a warning is inside it",
      failures: failures(["s1", "2025-10-01T18:00:00Z"], ["s2", "2026-10-01T17:59:59Z"]),
      warnedFor: ["s1"],
      warningsInLast12Months: 0,
      breachTriggeredBySessionId: "s2",
    },
    {
      name: "a second warning after 12 months, then a third failure within 12 months of it",
      failures: failures(
        ["s1", "2024-03-01T18:00:00Z"],
        ["s2", "2025-06-01T18:00:00Z"],
        ["s3", "2026-02-01T18:00:00Z"],
      ),
      warnedFor: ["s1", "s2"],
      warningsInLast12Months: 0,
      breachTriggeredBySessionId: "s3",
    },
    {
      name: "recorded out of order: sorted by when they happened",
      failures: failures(["late", "2026-09-01T18:00:00Z"], ["early", "2026-06-01T18:00:00Z"]),
      warnedFor: ["early"],
      warningsInLast12Months: 1,
      breachTriggeredBySessionId: "late",
    },
    {
      name: "the first failure within the period triggers breach, and later ones do not move it",
      failures: failures(
        ["s3", "2026-08-01T18:00:00Z"],
        ["s1", "2026-01-01T18:00:00Z"],
        ["s2", "2026-03-01T18:00:00Z"],
      ),
      warnedFor: ["s1"],
      warningsInLast12Months: 1,
      breachTriggeredBySessionId: "s2",
    },
    {
      name: "failures after now are ignored",
      failures: failures(["s1", "2026-10-01T18:00:00Z"], ["future", "2026-12-01T18:00:00Z"]),
      warnedFor: ["s1"],
      warningsInLast12Months: 1,
      breachTriggeredBySessionId: null,
    },
    {
      name: "a failure at exactly now counts",
      failures: failures(["s1", "2026-10-01T18:00:00Z"], ["s2", "2026-11-26T12:00:00Z"]),
      warnedFor: ["s1"],
      warningsInLast12Months: 1,
      breachTriggeredBySessionId: "s2",
    },
    {
      name: "a warning older than 12 months is not counted as recent",
      failures: failures(["s1", "2025-11-01T18:00:00Z"]),
      warnedFor: ["s1"],
      warningsInLast12Months: 0,
      breachTriggeredBySessionId: null,
    },
  ])("$name", ({ failures: input, warnedFor, warningsInLast12Months, breachTriggeredBySessionId }) => {
    const assessment = assessEnforcement(input, NOW);
    expect(assessment.warnings.map((warning) => warning.sessionId)).toEqual(warnedFor);
    expect(assessment.warningsInLast12Months).toBe(warningsInLast12Months);
    expect(assessment.breachRequired).toBe(breachTriggeredBySessionId !== null);
    expect(assessment.breachTriggeredBySessionId).toBe(breachTriggeredBySessionId);
  });

  it.each([
    { sessionId: "s1", at: "2026-10-01T18:00:00.000Z" },
    { sessionId: "s2", at: "2025-02-28T09:30:00.000Z" },
  ])("a warning is issued at the moment of the failure it answers ($at)", ({ sessionId, at }) => {
    const [warning] = assessEnforcement(failures([sessionId, at]), NOW).warnings;
    expect(warning).toEqual({ sessionId, issuedAt: new Date(at) });
  });

  it.each([{ order: "forwards" }, { order: "backwards" }])("does not reorder the caller's array ($order)", ({ order }) => {
    const input = failures(["a", "2026-01-01T00:00:00Z"], ["b", "2026-02-01T00:00:00Z"]);
    if (order === "backwards") input.reverse();
    const before = input.map((failure) => failure.sessionId);
    assessEnforcement(input, NOW);
    expect(input.map((failure) => failure.sessionId)).toEqual(before);
  });
});
