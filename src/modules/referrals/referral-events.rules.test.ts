import { describe, expect, it } from "vitest";
import { referralTransitionEvents } from "./referral-events.rules.js";

const referral = { id: "r1", perpetratorId: "p1", programmeId: "prog", version: 3 };
const now = new Date("2026-06-01T12:00:00Z");

describe("referralTransitionEvents", () => {
  it.each([
    [null, "SUBMITTED", ["referral.status-changed"]],
    ["SUBMITTED", "ASSESSED_SUITABLE", ["referral.status-changed"]],
    ["ON_PROGRAMME", "COMPLETED", ["referral.status-changed", "referral.completed"]],
    ["ALLOCATED", "ALLOCATED", []],
  ] as const)("%s → %s raises %o", (fromStatus, toStatus, kinds) => {
    expect(referralTransitionEvents(referral, { fromStatus, toStatus, occurredAt: now }, now).map((e) => e.kind)).toEqual(kinds);
  });
});
