import { describe, expect, it } from "vitest";
import { checkEnd, checkNewAllocation, checkReallocation, isCurrentOn, newestFirst, reallocationReason, type NewAllocation } from "./case.rules.js";

const TODAY = "2026-06-01";

describe("isCurrentOn", () => {
  it.each([
    ["open, started before today", { startedOn: "2026-01-01", endedOn: null }, true],
    ["open, starting today", { startedOn: TODAY, endedOn: null }, true],
    ["open, starting tomorrow", { startedOn: "2026-06-02", endedOn: null }, false],
    ["ending tomorrow", { startedOn: "2026-01-01", endedOn: "2026-06-02" }, true],
    ["ended today (the first day off the case)", { startedOn: "2026-01-01", endedOn: TODAY }, false],
    ["ended yesterday", { startedOn: "2026-01-01", endedOn: "2026-05-31" }, false],
    ["started and ended on one day", { startedOn: TODAY, endedOn: TODAY }, false],
  ])("%s: %s", (_label, allocation, expected) => {
    expect(isCurrentOn(allocation, TODAY)).toBe(expected);
  });
});

const valid: NewAllocation = { practitionerSub: "prob-1", practitionerName: "A Practitioner", organisation: "Probation - Leeds", startedOn: TODAY, reason: null };

describe("checkNewAllocation", () => {
  it.each<[string, Partial<NewAllocation>, { field: string; code: string }[]]>([
    ["a valid allocation", {}, []],
    ["a subject with a space", { practitionerSub: "prob 1" }, [{ field: "practitionerSub", code: "INVALID" }]],
    ["an empty subject", { practitionerSub: "" }, [{ field: "practitionerSub", code: "INVALID" }]],
    ["a 201-character subject", { practitionerSub: "p".repeat(201) }, [{ field: "practitionerSub", code: "INVALID" }]],
    ["an email-style subject", { practitionerSub: "jo.bloggs@justice.gov.uk" }, []],
    ["an empty organisation", { organisation: "" }, [{ field: "organisation", code: "INVALID" }]],
    ["a 201-character organisation", { organisation: "o".repeat(201) }, [{ field: "organisation", code: "INVALID" }]],
    ["a 200-character organisation", { organisation: "o".repeat(200) }, []],
    ["a start tomorrow", { startedOn: "2026-06-02" }, [{ field: "startedOn", code: "INVALID" }]],
    ["a long name", { practitionerName: "n".repeat(201) }, [{ field: "practitionerName", code: "INVALID" }]],
    ["a long reason", { reason: "r".repeat(501) }, [{ field: "reason", code: "INVALID" }]],
  ])("%s", (_label, change, expected) => {
    expect(checkNewAllocation({ ...valid, ...change }, TODAY).map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });
});

describe("checkReallocation", () => {
  const open = { practitionerSub: "prob-1", organisation: "Probation - Leeds", startedOn: "2026-03-01", endedOn: null };
  const ended = { practitionerSub: "prob-2", organisation: "Probation - Leeds", startedOn: "2025-01-01", endedOn: "2026-03-01" };
  it.each<[string, Partial<NewAllocation>, (typeof open | typeof ended)[], { field: string; code: string }[]]>([
    ["a first allocation", {}, [], []],
    ["another practitioner", { practitionerSub: "prob-3" }, [open, ended], []],
    ["the same practitioner at another organisation", { organisation: "Probation - Bradford" }, [open], []],
    ["the same practitioner and organisation", {}, [open], [{ field: "practitionerSub", code: "DUPLICATE" }]],
    ["a start on the open allocation's start", { practitionerSub: "prob-3", startedOn: "2026-03-01" }, [open], []],
    ["a start before the open allocation's", { practitionerSub: "prob-3", startedOn: "2026-02-28" }, [open], [{ field: "startedOn", code: "INVALID" }]],
    ["a start before an ended allocation ended", { startedOn: "2026-02-28" }, [ended], [{ field: "startedOn", code: "INVALID" }]],
    ["a start on the day an ended allocation ended", { startedOn: "2026-03-01" }, [ended], []],
  ])("%s", (_label, change, history, expected) => {
    expect(checkReallocation({ ...valid, ...change }, history).map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });
});

describe("checkEnd", () => {
  const open = { startedOn: "2026-03-01", endedOn: null };
  it.each<[string, { startedOn: string; endedOn: string | null }, { endedOn: string; reason: string }, { field: string; code: string }[]]>([
    ["today", open, { endedOn: TODAY, reason: "Sentence expired" }, []],
    ["on its start day", open, { endedOn: "2026-03-01", reason: "Entered in error" }, []],
    ["before its start", open, { endedOn: "2026-02-28", reason: "x" }, [{ field: "endedOn", code: "INVALID" }]],
    ["in the future", open, { endedOn: "2026-06-02", reason: "x" }, [{ field: "endedOn", code: "INVALID" }]],
    ["without a reason", open, { endedOn: TODAY, reason: "" }, [{ field: "reason", code: "REASON_REQUIRED" }]],
    ["with an over-long reason", open, { endedOn: TODAY, reason: "r".repeat(501) }, [{ field: "reason", code: "INVALID" }]],
    ["an allocation already ended", { startedOn: "2026-03-01", endedOn: "2026-04-01" }, { endedOn: TODAY, reason: "x" }, [{ field: "allocationId", code: "CONFLICT" }]],
  ])("%s", (_label, allocation, end, expected) => {
    expect(checkEnd(allocation, end, TODAY).map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });
});

describe("reallocationReason", () => {
  it("is Reallocated, with the admin's reason after it when given", () => {
    expect(reallocationReason(null)).toBe("Reallocated");
    expect(reallocationReason("Moved to Bradford")).toBe("Reallocated: Moved to Bradford");
  });
});

describe("newestFirst", () => {
  it("orders by start, then by when recorded, then by id, latest first", () => {
    const row = (id: string, startedOn: string, createdAt: string) => ({ id, startedOn, endedOn: null, createdAt: new Date(createdAt) });
    const rows = [
      row("a", "2026-01-01", "2026-01-01T10:00:00Z"),
      row("b", "2026-03-01", "2026-03-01T10:00:00Z"),
      row("c", "2026-03-01", "2026-03-01T11:00:00Z"),
      row("e", "2026-03-01", "2026-03-01T11:00:00Z"),
    ];
    expect([...rows].sort(newestFirst).map((r) => r.id)).toEqual(["e", "c", "b", "a"]);
  });
});
