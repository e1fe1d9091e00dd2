import { describe, expect, it } from "vitest";
import { approvalExpiry, checkDecision, checkNewRequest, exportRefusal } from "./sar-request.rules.js";

describe("a new subject access request", () => {
  it("needs a reference and a reason an auditor can judge", () => {
    expect(checkNewRequest("DPO-1", "Asked in writing, identity checked")).toEqual([]);
    expect(checkNewRequest("", "too short").map((r) => r.field)).toEqual(["reference", "reason"]);
    expect(checkNewRequest("x".repeat(101), "y".repeat(2001)).map((r) => r.field)).toEqual(["reference", "reason"]);
  });
});

describe("an auditor's decision", () => {
  const waiting = { status: "REQUESTED", requestedBy: "prob-1" };
  it("is four-eyes, once, and a refusal says why", () => {
    expect(checkDecision(waiting, { by: "auditor-1", decision: "APPROVE", note: null })).toEqual([]);
    expect(checkDecision(waiting, { by: "prob-1", decision: "APPROVE", note: null }).map((r) => r.code)).toEqual(["INVALID"]);
    expect(checkDecision(waiting, { by: "auditor-1", decision: "REFUSE", note: null }).map((r) => r.code)).toEqual(["REASON_REQUIRED"]);
    expect(checkDecision({ ...waiting, status: "APPROVED" }, { by: "auditor-1", decision: "REFUSE", note: "x" }).map((r) => r.code)).toEqual(["CONFLICT"]);
  });

  it("approves for one calendar month", () => {
    expect(approvalExpiry("2026-06-01")).toBe("2026-07-01");
    expect(approvalExpiry("2026-01-31")).toBe("2026-02-28");
  });
});

describe("exporting with a request", () => {
  const approved = { status: "APPROVED", requestedBy: "prob-1", expiresOn: "2026-07-01" };
  const use = { viewerSub: "prob-1", today: "2026-07-01" };
  it("works for its maker until it expires (the last day included)", () => {
    expect(exportRefusal(approved, use)).toBeNull();
    expect(exportRefusal(approved, { ...use, today: "2026-07-02" })).toBe("The approval expired on 2026-07-01; make a new request");
    expect(exportRefusal(approved, { ...use, viewerSub: "prob-2" })).toBe("Only the person who made the request may export with it");
    expect(exportRefusal({ ...approved, status: "REQUESTED", expiresOn: null }, use)).toBe("The request has not been approved yet");
    expect(exportRefusal({ ...approved, status: "REFUSED", expiresOn: null }, use)).toBe("The request was refused");
  });
});
