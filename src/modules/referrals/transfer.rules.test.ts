import { describe, expect, it } from "vitest";
import { REFERRAL_STATUSES } from "./referral.model.js";
import { checkTransfer, MAX_TRANSFER_REASON, transferNote, TRANSFERABLE_STATUSES, type TransferSubject } from "./transfer.rules.js";

const IN_GROUP_A: TransferSubject = { status: "ON_PROGRAMME", groupId: "group-a", programmeId: "choices" };
const GROUP_B = { id: "group-b", programmeId: "choices" };
const REASON = "Moved to night shifts; the Thursday group fits";

describe("checkTransfer", () => {
  it.each(REFERRAL_STATUSES.map((status) => ({ status, allowed: status === "ALLOCATED" || status === "ON_PROGRAMME" })))(
    "$status: may move between groups is $allowed",
    ({ status, allowed }) => {
      const refusals = checkTransfer({ ...IN_GROUP_A, status }, GROUP_B, REASON);
      expect(refusals.length === 0).toBe(allowed);
      if (!allowed) expect(refusals).toEqual([expect.objectContaining({ code: "INVALID_TRANSITION", field: "referralId" })]);
    },
  );

  it("holds places in exactly the statuses that count as group members", () => {
    expect(TRANSFERABLE_STATUSES).toEqual(["ALLOCATED", "ON_PROGRAMME"]);
  });

  it.each<{ name: string; subject?: Partial<TransferSubject>; target?: Partial<typeof GROUP_B>; reason?: string | null; expected: object[] }>([
    { name: "a move within the programme", expected: [] },
    { name: "an allocated referral", subject: { status: "ALLOCATED" }, expected: [] },
    { name: "to another programme's group", target: { programmeId: "caring-dads" }, expected: [{ code: "WRONG_PROGRAMME", field: "groupId" }] },
    { name: "to the group it is in", target: { id: "group-a" }, expected: [{ code: "INVALID", field: "groupId" }] },
    { name: "without a reason", reason: null, expected: [{ code: "REASON_REQUIRED", field: "reason" }] },
    { name: "with a blank reason", reason: "   ", expected: [{ code: "REASON_REQUIRED", field: "reason" }] },
    { name: "with a reason at the limit", reason: "x".repeat(MAX_TRANSFER_REASON), expected: [] },
    { name: "with a reason over the limit", reason: "x".repeat(MAX_TRANSFER_REASON + 1), expected: [{ code: "INVALID", field: "reason" }] },
    {
      name: "everything wrong at once",
      subject: { status: "COMPLETED" },
      target: { programmeId: "bbr" },
      reason: "",
      expected: [
        { code: "INVALID_TRANSITION", field: "referralId" },
        { code: "WRONG_PROGRAMME", field: "groupId" },
        { code: "REASON_REQUIRED", field: "reason" },
      ],
    },
  ])("$name", ({ subject, target, reason, expected }) => {
    const refusals = checkTransfer({ ...IN_GROUP_A, ...subject }, { ...GROUP_B, ...target }, reason === undefined ? REASON : reason);
    expect(refusals).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});

describe("transferNote", () => {
  it("names both groups and the reason", () => {
    expect(transferNote("Choices A", "Choices B", REASON)).toBe(`Transferred from group Choices A to group Choices B: ${REASON}`);
  });
});
