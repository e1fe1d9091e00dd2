import { describe, expect, it } from "vitest";
import { checkCancel, sessionStatus } from "./session-cancel.rules.js";

const CANCELLED_AT = new Date("2026-06-01T09:00:00Z");

describe("sessionStatus", () => {
  it.each([
    { cancelledAt: null, registerRecorded: false, status: "SCHEDULED" },
    { cancelledAt: null, registerRecorded: true, status: "DELIVERED" },
    { cancelledAt: CANCELLED_AT, registerRecorded: false, status: "CANCELLED" },
  ])("cancelled $cancelledAt, register $registerRecorded → $status", ({ cancelledAt, registerRecorded, status }) => {
    expect(sessionStatus({ cancelledAt }, registerRecorded)).toBe(status);
  });
});

describe("checkCancel", () => {
  const session = (cancelledAt: Date | null = null) => ({ sessionNumber: 4, cancelledAt });
  it.each<{ name: string; cancelledAt: Date | null; registerRecorded: boolean; reason: string | null; expected: object[] }>([
    { name: "a scheduled session with a reason", cancelledAt: null, registerRecorded: false, reason: "Facilitator ill", expected: [] },
    { name: "a session with a register", cancelledAt: null, registerRecorded: true, reason: "Facilitator ill", expected: [{ code: "SESSION_DELIVERED", field: "sessionId", message: expect.stringContaining("register") }] },
    { name: "a session already cancelled", cancelledAt: CANCELLED_AT, registerRecorded: false, reason: "Again", expected: [{ code: "SESSION_CANCELLED", field: "sessionId" }] },
    { name: "without a reason", cancelledAt: null, registerRecorded: false, reason: null, expected: [{ code: "REASON_REQUIRED", field: "reason" }] },
    { name: "with a blank reason", cancelledAt: null, registerRecorded: false, reason: "   ", expected: [{ code: "REASON_REQUIRED", field: "reason" }] },
    { name: "with a reason at 500 characters", cancelledAt: null, registerRecorded: false, reason: "x".repeat(500), expected: [] },
    { name: "with a reason over 500 characters", cancelledAt: null, registerRecorded: false, reason: "x".repeat(501), expected: [{ code: "INVALID", field: "reason" }] },
    {
      name: "a delivered session without a reason",
      cancelledAt: null,
      registerRecorded: true,
      reason: "",
      expected: [{ code: "SESSION_DELIVERED" }, { code: "REASON_REQUIRED" }],
    },
  ])("$name", ({ cancelledAt, registerRecorded, reason, expected }) => {
    expect(checkCancel(session(cancelledAt), registerRecorded, reason)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
