import { describe, expect, it } from "vitest";
import type { AttendanceOutcome } from "../attendance/index.js";
import type { ReferralStatus } from "../referrals/index.js";
import { ALERT_KINDS, type AlertKind } from "./victim-safety.model.js";
import {
  alertKindForAttendance,
  alertKindForReferralStatus,
  alertRecipients,
  alertSummary,
  ORDER_EXPIRY_ALERT_DAYS,
  type AlertFacts,
  type Allocation,
} from "./alert.rules.js";

const TODAY = "2026-06-15";

// Typed as complete records, so a status or outcome added to the model fails to compile here until it is decided.
const REFERRAL_STATUS_ALERTS: Record<ReferralStatus, AlertKind | null> = {
  REFERRED: null,
  AWAITING_ASSESSMENT: null,
  ASSESSED_SUITABLE: null,
  ASSESSED_UNSUITABLE: null,
  DID_NOT_ATTEND_ASSESSMENT: null,
  DEFERRED: null,
  SUITABLE_NOT_READY: null,
  AWAITING_ALLOCATION: null,
  ALLOCATED: null,
  ON_PROGRAMME: null,
  COMPLETED: null,
  BREACHED: "PROGRAMME_BREACHED",
  DROPPED_OUT: "PROGRAMME_DROPPED_OUT",
  WITHDRAWN: "PROGRAMME_WITHDRAWN",
};
const ATTENDANCE_ALERTS: Record<AttendanceOutcome, AlertKind | null> = {
  ATTENDED: null,
  LATE: null,
  ABSENT_ACCEPTABLE: null,
  ABSENT_UNACCEPTABLE: "UNACCEPTABLE_ABSENCE",
  EXCLUDED: "SESSION_EXCLUDED",
};

describe("alertKindForReferralStatus", () => {
  it.each(Object.entries(REFERRAL_STATUS_ALERTS))("%s → %s", (status, kind) => {
    expect(alertKindForReferralStatus(status)).toBe(kind);
  });

  it.each([[""], ["dropped_out"], ["UNKNOWN"], ["toString"], ["__proto__"]])("%j → no alert", (status) => {
    expect(alertKindForReferralStatus(status)).toBeNull();
  });
});

describe("alertKindForAttendance", () => {
  it.each(Object.entries(ATTENDANCE_ALERTS))("%s → %s", (outcome, kind) => {
    expect(alertKindForAttendance(outcome)).toBe(kind);
  });

  it.each([[""], ["excluded"], ["ABSENT"], ["constructor"]])("%j → no alert", (outcome) => {
    expect(alertKindForAttendance(outcome)).toBeNull();
  });
});

describe("alert kinds", () => {
  it("are each raised by a referral status, an attendance outcome, or an expiring order", () => {
    const raised = [...Object.values(REFERRAL_STATUS_ALERTS), ...Object.values(ATTENDANCE_ALERTS), "ORDER_EXPIRING"].filter((k) => k !== null);
    expect([...new Set(raised)].sort()).toEqual([...ALERT_KINDS].sort());
  });

  it("warn of an order ending within a week", () => {
    expect(ORDER_EXPIRY_ALERT_DAYS).toBe(7);
  });
});

describe("alertRecipients", () => {
  const allocation = (id: string, workerSubject: string | null, startedOn: string, endedOn: string | null): Allocation => ({
    id,
    kind: "IDVA",
    workerSubject,
    startedOn,
    endedOn,
  });

  it.each([
    { what: "started long ago, still open", a: allocation("a", "idva-1", "2025-01-01", null), told: true },
    { what: "started today", a: allocation("a", "idva-1", TODAY, null), told: true },
    { what: "ending today", a: allocation("a", "idva-1", "2026-01-01", TODAY), told: false },
    { what: "starting and ending today", a: allocation("a", "idva-1", TODAY, TODAY), told: false },
    { what: "starting tomorrow", a: allocation("a", "idva-1", "2026-06-16", null), told: false },
    { what: "ended yesterday", a: allocation("a", "idva-1", "2026-01-01", "2026-06-14"), told: false },
    { what: "current but with no worker who can sign in", a: allocation("a", null, "2026-01-01", null), told: false },
    { what: "current but with an empty worker subject", a: allocation("a", "", "2026-01-01", null), told: false },
  ])("an allocation $what → its worker is told: $told", ({ a, told }) => {
    expect(alertRecipients([a], TODAY)).toEqual(told ? [{ subject: "idva-1", allocationId: "a" }] : [null]);
  });

  it("sends to the safeguarding queue when there are no allocations", () => {
    expect(alertRecipients([], TODAY)).toEqual([null]);
  });

  it("tells only the workers allocated that day who can sign in", () => {
    const allocations = [
      allocation("past", "idva-old", "2025-01-01", "2026-01-01"),
      allocation("idva", "idva-1", "2026-01-01", null),
      allocation("queue", null, "2026-01-01", null),
      allocation("future", "pss-2", "2026-07-01", null),
      allocation("pss", "pss-1", "2026-03-01", "2026-12-31"),
    ];
    expect(alertRecipients(allocations, TODAY)).toEqual([
      { subject: "idva-1", allocationId: "idva" },
      { subject: "pss-1", allocationId: "pss" },
    ]);
  });

  it.each([
    {
      what: "two current allocations: once, by the first",
      allocations: [allocation("first", "idva-1", "2026-01-01", null), allocation("second", "idva-1", "2026-05-01", null)],
      allocationId: "first",
    },
    {
      what: "an ended and a current allocation: by the current one",
      allocations: [allocation("ended", "idva-1", "2025-01-01", "2025-12-31"), allocation("current", "idva-1", "2026-01-01", null)],
      allocationId: "current",
    },
  ])("a worker with $what", ({ allocations, allocationId }) => {
    expect(alertRecipients(allocations, TODAY)).toEqual([{ subject: "idva-1", allocationId }]);
  });

  it("keeps any extra fields of the caller's rows out of the answer", () => {
    const rows = [{ ...allocation("a", "idva-1", "2026-01-01", null), victimId: "v-1", notes: "lives at …" }];
    expect(alertRecipients(rows, TODAY)).toEqual([{ subject: "idva-1", allocationId: "a" }]);
  });
});

describe("alertSummary", () => {
  const FACTS: AlertFacts = { programmeName: "Building Better Relationships", sessionNumber: 7, orderType: "DVPO", endsOn: "2026-06-20" };

  it.each([
    ["PROGRAMME_DROPPED_OUT", FACTS, "The perpetrator has dropped out of Building Better Relationships."],
    ["PROGRAMME_DROPPED_OUT", {}, "The perpetrator has dropped out of their programme."],
    [
      "PROGRAMME_BREACHED",
      FACTS,
      "The perpetrator has been breached on Building Better Relationships and returned to court or their probation practitioner.",
    ],
    ["PROGRAMME_BREACHED", {}, "The perpetrator has been breached on their programme and returned to court or their probation practitioner."],
    ["PROGRAMME_WITHDRAWN", FACTS, "The perpetrator's referral to Building Better Relationships has been withdrawn."],
    ["PROGRAMME_WITHDRAWN", {}, "The perpetrator's referral to their programme has been withdrawn."],
    ["SESSION_EXCLUDED", FACTS, "The perpetrator was excluded from Building Better Relationships session 7."],
    ["SESSION_EXCLUDED", {}, "The perpetrator was excluded from their programme session."],
    ["UNACCEPTABLE_ABSENCE", FACTS, "The perpetrator missed Building Better Relationships session 7 without an acceptable reason."],
    ["UNACCEPTABLE_ABSENCE", {}, "The perpetrator missed their programme session without an acceptable reason."],
    ["ORDER_EXPIRING", FACTS, "A domestic violence protection order (DVPO) protecting this person ends on 2026-06-20."],
    ["ORDER_EXPIRING", { orderType: "NON_MOLESTATION_ORDER", endsOn: null }, "A non-molestation order protecting this person ends on an unknown date."],
    ["ORDER_EXPIRING", {}, "A protective order protecting this person ends on an unknown date."],
  ] as const)("%s with %j → %s", (kind, facts, summary) => {
    expect(alertSummary(kind, facts)).toBe(summary);
  });

  it.each(ALERT_KINDS.flatMap((kind) => [{ kind, facts: FACTS }, { kind, facts: {} }]))(
    "$kind with facts $facts gives one non-empty sentence",
    ({ kind, facts }) => {
      const summary = alertSummary(kind, facts);
      expect(summary.length).toBeGreaterThan(0);
      expect(summary).toMatch(/^[A-Z][^\n]*[a-z0-9]\.$/);
      expect(summary).not.toMatch(/\s{2}|\s\.|undefined|null|NaN|\[object/);
    },
  );

  it.each(ALERT_KINDS)("%s never repeats a victim's details passed in by mistake", (kind) => {
    const leaky = { ...FACTS, victimName: "Jane Doe", victimAddress: "12 Acacia Avenue", victimPhone: "07700 900123", safeContactMethod: "TEXT" };
    const summary = alertSummary(kind, leaky);
    for (const secret of ["Jane Doe", "Acacia", "07700", "TEXT"]) expect(summary).not.toContain(secret);
  });

  it.each(ALERT_KINDS)("%s says only what the facts and the kind give", (kind) => {
    const facts: AlertFacts = { programmeName: "P-NAME", sessionNumber: 42, orderType: "O-TYPE", endsOn: "2099-01-01" };
    const summary = alertSummary(kind, facts);
    const words = summary
      .replace(/P-NAME|O-TYPE|2099-01-01|42/g, "")
      .split(/[^A-Za-z']+/)
      .filter(Boolean);
    const vocabulary = new Set(
      "The perpetrator has dropped out of been breached on and returned to court or their probation practitioner perpetrator's referral withdrawn was excluded from session missed without an acceptable reason A protecting this person ends".split(
        " ",
      ),
    );
    expect(words.filter((w) => !vocabulary.has(w))).toEqual([]);
  });
});
