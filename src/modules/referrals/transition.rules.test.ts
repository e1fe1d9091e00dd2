import { describe, expect, it } from "vitest";
import { ALL_ROLES, Role } from "../../shared/auth/roles.js";
import { REFERRAL_STATUSES, TERMINAL_STATUSES, type ReferralStatus } from "./referral.model.js";
import {
  ALLOWED_TRANSITIONS,
  checkUnsuitabilityReason,
  checkTransition,
  isAllowedTransition,
  isReopening,
  isTerminal,
  mayReopen,
  type TransitionContext,
} from "./transition.rules.js";

/** A context that satisfies every side condition, so only the table decides. */
function permissiveContextFor(to: ReferralStatus): TransitionContext {
  return {
    mandated: to === "BREACHED",
    completionThresholdMet: true,
    withdrawalReason: "OTHER",
    note: "Discussed with the probation practitioner",
    viaAllocation: true,
  };
}

const ALL_PAIRS = REFERRAL_STATUSES.flatMap((from) => REFERRAL_STATUSES.map((to) => ({ from, to })));
const ALLOWED_PAIRS = ALL_PAIRS.filter(({ from, to }) => ALLOWED_TRANSITIONS[from].includes(to));
const REFUSED_PAIRS = ALL_PAIRS.filter(({ from, to }) => !ALLOWED_TRANSITIONS[from].includes(to));

describe("ALLOWED_TRANSITIONS", () => {
  it.each(REFERRAL_STATUSES.map((status) => ({ status, terminal: TERMINAL_STATUSES.includes(status) })))(
    "$status leads somewhere, other than by re-opening, unless it is terminal (terminal: $terminal)",
    ({ status, terminal }) => {
      const ordinaryMoves = ALLOWED_TRANSITIONS[status].filter((to) => !isReopening(status, to));
      expect(ordinaryMoves.length === 0).toBe(terminal);
      expect(isTerminal(status)).toBe(terminal);
    },
  );

  it("re-opens only a breached referral: back onto the programme, or to wait for another group", () => {
    const reopenings = ALL_PAIRS.filter(({ from, to }) => isReopening(from, to)).map(({ from, to }) => `${from} → ${to}`);
    expect(reopenings).toEqual(["BREACHED → AWAITING_ALLOCATION", "BREACHED → ON_PROGRAMME"]);
    // BREACHED stays a closed status: it holds no open place, and the referral's closedAt is set on breach.
    expect(isTerminal("BREACHED")).toBe(true);
    expect(TERMINAL_STATUSES).toEqual(["ASSESSED_UNSUITABLE", "COMPLETED", "BREACHED", "DROPPED_OUT", "WITHDRAWN"]);
  });

  // Written out again so that an accidental edit to the table shows up as a failing test.
  it("holds exactly the moves of the referral life cycle", () => {
    const moves = ALLOWED_PAIRS.map(({ from, to }) => `${from} → ${to}`);
    expect(moves.sort()).toEqual(
      [
        "REFERRED → AWAITING_ASSESSMENT",
        "REFERRED → WITHDRAWN",
        "AWAITING_ASSESSMENT → ASSESSED_SUITABLE",
        "AWAITING_ASSESSMENT → ASSESSED_UNSUITABLE",
        "AWAITING_ASSESSMENT → DID_NOT_ATTEND_ASSESSMENT",
        "AWAITING_ASSESSMENT → DEFERRED",
        "AWAITING_ASSESSMENT → WITHDRAWN",
        "DID_NOT_ATTEND_ASSESSMENT → AWAITING_ASSESSMENT",
        "DID_NOT_ATTEND_ASSESSMENT → DROPPED_OUT",
        "DID_NOT_ATTEND_ASSESSMENT → WITHDRAWN",
        "DEFERRED → AWAITING_ASSESSMENT",
        "DEFERRED → WITHDRAWN",
        "ASSESSED_SUITABLE → AWAITING_ALLOCATION",
        "ASSESSED_SUITABLE → SUITABLE_NOT_READY",
        "ASSESSED_SUITABLE → WITHDRAWN",
        "SUITABLE_NOT_READY → AWAITING_ALLOCATION",
        "SUITABLE_NOT_READY → WITHDRAWN",
        "AWAITING_ALLOCATION → ALLOCATED",
        "AWAITING_ALLOCATION → SUITABLE_NOT_READY",
        "AWAITING_ALLOCATION → WITHDRAWN",
        "ALLOCATED → ON_PROGRAMME",
        "ALLOCATED → AWAITING_ALLOCATION",
        "ALLOCATED → DROPPED_OUT",
        "ALLOCATED → BREACHED",
        "ALLOCATED → WITHDRAWN",
        "ON_PROGRAMME → COMPLETED",
        "ON_PROGRAMME → DROPPED_OUT",
        "ON_PROGRAMME → BREACHED",
        "ON_PROGRAMME → WITHDRAWN",
        "BREACHED → ON_PROGRAMME",
        "BREACHED → AWAITING_ALLOCATION",
      ].sort(),
    );
  });
});

describe("checkTransition: every pair of statuses", () => {
  it.each(ALLOWED_PAIRS)("allows $from → $to", ({ from, to }) => {
    expect(isAllowedTransition(from, to)).toBe(true);
    expect(checkTransition(from, to, permissiveContextFor(to))).toBeNull();
  });

  it.each(REFUSED_PAIRS)("refuses $from → $to", ({ from, to }) => {
    expect(isAllowedTransition(from, to)).toBe(false);
    const refusal = checkTransition(from, to, permissiveContextFor(to));
    expect(refusal).toMatchObject({ code: "INVALID_TRANSITION", field: "toStatus" });
    expect(refusal?.message).toContain(`Cannot move a referral from ${from} to ${to}`);
    if (isTerminal(from)) expect(refusal?.message).toContain("closed");
    expect(isReopening(from, to)).toBe(false);
  });
});

const OK: TransitionContext = {
  mandated: false,
  completionThresholdMet: false,
  withdrawalReason: null,
  note: null,
  viaAllocation: false,
};

describe("checkTransition: side conditions", () => {
  it.each<{ name: string; from: ReferralStatus; to: ReferralStatus; ctx: Partial<TransitionContext>; expected: object | null }>([
    // allocation goes through allocateToGroup
    {
      name: "allocating by status change",
      from: "AWAITING_ALLOCATION",
      to: "ALLOCATED",
      ctx: {},
      expected: { code: "INVALID_TRANSITION", message: expect.stringContaining("allocateToGroup") },
    },
    { name: "allocating via allocateToGroup", from: "AWAITING_ALLOCATION", to: "ALLOCATED", ctx: { viaAllocation: true }, expected: null },
    // breach is for mandated referrals, drop-out for voluntary ones
    {
      name: "breaching a voluntary referral",
      from: "ON_PROGRAMME",
      to: "BREACHED",
      ctx: {},
      expected: { code: "INVALID_TRANSITION", message: expect.stringContaining("Only mandated referrals are breached") },
    },
    { name: "breaching a mandated referral", from: "ON_PROGRAMME", to: "BREACHED", ctx: { mandated: true }, expected: null },
    { name: "breaching a mandated allocated referral", from: "ALLOCATED", to: "BREACHED", ctx: { mandated: true }, expected: null },
    {
      name: "a mandated referral dropping out",
      from: "ON_PROGRAMME",
      to: "DROPPED_OUT",
      ctx: { mandated: true },
      expected: { code: "INVALID_TRANSITION", message: expect.stringContaining("warning and breach") },
    },
    {
      name: "a mandated referral dropping out after missing assessment",
      from: "DID_NOT_ATTEND_ASSESSMENT",
      to: "DROPPED_OUT",
      ctx: { mandated: true },
      expected: { code: "INVALID_TRANSITION" },
    },
    { name: "a voluntary referral dropping out", from: "ON_PROGRAMME", to: "DROPPED_OUT", ctx: {}, expected: null },
    // withdrawal needs a reason, and OTHER needs a note
    {
      name: "withdrawing without a reason",
      from: "REFERRED",
      to: "WITHDRAWN",
      ctx: { note: "they asked" },
      expected: { code: "REASON_REQUIRED", field: "withdrawalReason" },
    },
    { name: "withdrawing because they moved", from: "REFERRED", to: "WITHDRAWN", ctx: { withdrawalReason: "MOVED_AREA" }, expected: null },
    {
      name: "withdrawing for OTHER without a note",
      from: "ON_PROGRAMME",
      to: "WITHDRAWN",
      ctx: { withdrawalReason: "OTHER" },
      expected: { code: "REASON_REQUIRED", field: "note" },
    },
    {
      name: "withdrawing for OTHER with a blank note",
      from: "ON_PROGRAMME",
      to: "WITHDRAWN",
      ctx: { withdrawalReason: "OTHER", note: "   " },
      expected: { code: "REASON_REQUIRED", field: "note" },
    },
    {
      name: "withdrawing for OTHER with a note",
      from: "ON_PROGRAMME",
      to: "WITHDRAWN",
      ctx: { withdrawalReason: "OTHER", note: "Family court ended contact" },
      expected: null,
    },
    // completion needs the threshold
    {
      name: "completing below the threshold",
      from: "ON_PROGRAMME",
      to: "COMPLETED",
      ctx: {},
      expected: { code: "COMPLETION_NOT_MET", field: "toStatus" },
    },
    { name: "completing at the threshold", from: "ON_PROGRAMME", to: "COMPLETED", ctx: { completionThresholdMet: true }, expected: null },
    // taking someone out of a group needs a note
    {
      name: "taking out of a group without a note",
      from: "ALLOCATED",
      to: "AWAITING_ALLOCATION",
      ctx: { note: "" },
      expected: { code: "REASON_REQUIRED", field: "note" },
    },
    { name: "taking out of a group with a note", from: "ALLOCATED", to: "AWAITING_ALLOCATION", ctx: { note: "Shift work clashes" }, expected: null },
    { name: "suitable to awaiting allocation needs no note", from: "ASSESSED_SUITABLE", to: "AWAITING_ALLOCATION", ctx: {}, expected: null },
    // the table comes before side conditions
    {
      name: "completing straight from referral",
      from: "REFERRED",
      to: "COMPLETED",
      ctx: { completionThresholdMet: true },
      expected: { code: "INVALID_TRANSITION", message: "Cannot move a referral from REFERRED to COMPLETED" },
    },
    {
      name: "reopening a completed referral",
      from: "COMPLETED",
      to: "ON_PROGRAMME",
      ctx: {},
      expected: { code: "INVALID_TRANSITION", message: "Cannot move a referral from COMPLETED to ON_PROGRAMME: the referral is closed" },
    },
    // a court may order a breached order to continue: re-opened with a note, and nothing else out of BREACHED
    {
      name: "re-opening a breach without a note",
      from: "BREACHED",
      to: "ON_PROGRAMME",
      ctx: { mandated: true },
      expected: { code: "REASON_REQUIRED", field: "note" },
    },
    {
      name: "re-opening a breach with a blank note",
      from: "BREACHED",
      to: "ON_PROGRAMME",
      ctx: { mandated: true, note: "  " },
      expected: { code: "REASON_REQUIRED", field: "note" },
    },
    {
      name: "re-opening a breach on the court's order",
      from: "BREACHED",
      to: "ON_PROGRAMME",
      ctx: { mandated: true, note: "Leeds Magistrates 2026-06-01: order to continue" },
      expected: null,
    },
    { name: "starting an allocated referral needs no note", from: "ALLOCATED", to: "ON_PROGRAMME", ctx: {}, expected: null },
    {
      name: "completing a breached referral",
      from: "BREACHED",
      to: "COMPLETED",
      ctx: { completionThresholdMet: true, note: "court order" },
      expected: { code: "INVALID_TRANSITION", message: "Cannot move a referral from BREACHED to COMPLETED: the referral is closed" },
    },
    {
      name: "re-allocating a breached referral",
      from: "BREACHED",
      to: "ALLOCATED",
      ctx: { viaAllocation: true, note: "court order" },
      expected: { code: "INVALID_TRANSITION", message: expect.stringContaining("closed") },
    },
    {
      name: "re-opening a dropped-out referral",
      from: "DROPPED_OUT",
      to: "ON_PROGRAMME",
      ctx: { note: "changed their mind" },
      expected: { code: "INVALID_TRANSITION", message: expect.stringContaining("closed") },
    },
    {
      name: "withdrawing a withdrawn referral",
      from: "WITHDRAWN",
      to: "WITHDRAWN",
      ctx: { withdrawalReason: "DECLINED" },
      expected: { code: "INVALID_TRANSITION", message: expect.stringContaining("closed") },
    },
  ])("$name: $from → $to", ({ from, to, ctx, expected }) => {
    const refusal = checkTransition(from, to, { ...OK, ...ctx });
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatchObject(expected);
  });
});

describe("mayReopen: who re-opens a breach on the court's order", () => {
  it.each(ALL_ROLES.map((role) => ({ role, allowed: role === Role.PROBATION || role === Role.ADMIN })))("$role: $allowed", ({ role, allowed }) => {
    expect(mayReopen([role])).toBe(allowed);
  });

  it("lets a caller with several roles re-open if any of them may", () => {
    expect(mayReopen([Role.FACILITATOR, Role.PROBATION])).toBe(true);
    expect(mayReopen([Role.FACILITATOR, Role.POLICE])).toBe(false);
    expect(mayReopen([])).toBe(false);
  });
});

describe("checkUnsuitabilityReason", () => {
  it.each([
    { to: "ASSESSED_UNSUITABLE", reason: "DENIES_ABUSE", refused: false },
    { to: "ASSESSED_UNSUITABLE", reason: null, refused: false },
    { to: "DEFERRED", reason: null, refused: false },
    { to: "DEFERRED", reason: "NOT_MOTIVATED", refused: true },
    { to: "WITHDRAWN", reason: "OTHER", refused: true },
  ] as const)("$reason with a move to $to: refused $refused", ({ to, reason, refused }) => {
    expect(checkUnsuitabilityReason(to, reason) !== null).toBe(refused);
  });
});
