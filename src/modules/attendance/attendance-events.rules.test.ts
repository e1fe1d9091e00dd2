import { describe, expect, it } from "vitest";
import { registerEvents, type WrittenEntry } from "./attendance-events.rules.js";
import { assessEnforcement } from "./enforcement.rules.js";

const entry = (sessionId: string, outcome: string, previousOutcome: string | null = null, mandated = true): WrittenEntry => ({
  recordId: `rec-${sessionId}`,
  referralId: "r1",
  perpetratorId: "p1",
  programmeId: "prog",
  sessionId,
  outcome,
  previousOutcome,
  mandated,
});
const at = (day: number) => new Date(Date.UTC(2026, 4, day, 18));
const now = new Date("2026-06-01T12:00:00Z");

describe("registerEvents", () => {
  it.each<[string, WrittenEntry, { sessionId: string; occurredAt: Date }[], string[]]>([
    ["attendance raises only the register event", entry("s1", "ATTENDED"), [], ["attendance.register-recorded"]],
    ["a first unacceptable absence needs a warning", entry("s1", "ABSENT_UNACCEPTABLE"), [{ sessionId: "s1", occurredAt: at(1) }], ["attendance.register-recorded", "attendance.warning-required"]],
    [
      "a second within 12 months needs breach",
      entry("s2", "EXCLUDED"),
      [{ sessionId: "s1", occurredAt: at(1) }, { sessionId: "s2", occurredAt: at(8) }],
      ["attendance.register-recorded", "attendance.breach-required"],
    ],
    ["a voluntary referral raises no enforcement", entry("s1", "ABSENT_UNACCEPTABLE", null, false), [{ sessionId: "s1", occurredAt: at(1) }], ["attendance.register-recorded"]],
    [
      "a correction that keeps a failure a failure raises no second warning",
      entry("s1", "EXCLUDED", "ABSENT_UNACCEPTABLE"),
      [{ sessionId: "s1", occurredAt: at(1) }],
      ["attendance.register-recorded"],
    ],
    [
      "a correction from acceptable to unacceptable does",
      entry("s1", "ABSENT_UNACCEPTABLE", "ABSENT_ACCEPTABLE"),
      [{ sessionId: "s1", occurredAt: at(1) }],
      ["attendance.register-recorded", "attendance.warning-required"],
    ],
  ])("%s", (_name, written, failures, kinds) => {
    const events = registerEvents([written], new Map([["r1", assessEnforcement(failures, now)]]), now);
    expect(events.map((e) => e.kind)).toEqual(kinds);
    for (const event of events) expect(Object.values(event.details).every((v) => v === null || typeof v === "string" || typeof v === "number")).toBe(true);
  });
});
