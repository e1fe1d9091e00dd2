import { describe, expect, it } from "vitest";
import { assessEnforcement, type UnacceptableFailure } from "./enforcement.rules.js";
import {
  checkEnforcementAction,
  MAX_ACTIONS_PER_REFERRAL,
  outstandingEnforcement,
  type ActionFacts,
  type ActionRequest,
  type RecordedAction,
} from "./enforcement-actions.rules.js";

const TODAY = "2026-06-01";
const ABSENT = { inReferralsGroup: true, heldOn: "2026-05-06", currentOutcome: "ABSENT_UNACCEPTABLE" };

const facts = (overrides: Partial<ActionFacts> = {}): ActionFacts => ({
  today: TODAY,
  referral: { mandated: true, status: "ON_PROGRAMME", referredOn: "2026-01-10" },
  existing: [],
  ...overrides,
});
const warning = (overrides: Partial<ActionRequest> = {}): ActionRequest => ({ kind: "WARNING_LETTER_ISSUED", takenOn: "2026-05-10", sessionId: "s1", note: null, ...overrides });
const breach = (overrides: Partial<ActionRequest> = {}): ActionRequest => ({ kind: "BREACH_PROCEEDINGS_STARTED", takenOn: "2026-05-20", sessionId: null, note: null, ...overrides });

describe("checkEnforcementAction", () => {
  it.each<{ name: string; request: ActionRequest; facts: ActionFacts; refusals: [string, string][] }>([
    { name: "a warning letter for an unacceptable absence", request: warning(), facts: facts({ session: ABSENT }), refusals: [] },
    { name: "a warning letter for an exclusion", request: warning(), facts: facts({ session: { ...ABSENT, currentOutcome: "EXCLUDED" } }), refusals: [] },
    { name: "a warning letter naming no session", request: warning({ sessionId: null }), facts: facts(), refusals: [] },
    { name: "taken today", request: warning({ takenOn: TODAY }), facts: facts({ session: ABSENT }), refusals: [] },
    { name: "a voluntary referral has no enforcement", request: warning(), facts: facts({ referral: { mandated: false, status: "ON_PROGRAMME", referredOn: "2026-01-10" }, session: ABSENT }), refusals: [["referralId", "INVALID"]] },
    { name: "taken in the future", request: warning({ takenOn: "2026-06-02" }), facts: facts({ session: ABSENT }), refusals: [["takenOn", "INVALID"]] },
    { name: "taken before the referral was made", request: warning({ takenOn: "2026-01-09", sessionId: null }), facts: facts(), refusals: [["takenOn", "INVALID"]] },
    { name: "taken before the session was held", request: warning({ takenOn: "2026-05-05" }), facts: facts({ session: ABSENT }), refusals: [["takenOn", "INVALID"]] },
    { name: "a note too long", request: warning({ note: "x".repeat(2001) }), facts: facts({ session: ABSENT }), refusals: [["note", "INVALID"]] },
    { name: "a session the person attended", request: warning(), facts: facts({ session: { ...ABSENT, currentOutcome: "ATTENDED" } }), refusals: [["sessionId", "INVALID"]] },
    { name: "an acceptable absence", request: warning(), facts: facts({ session: { ...ABSENT, currentOutcome: "ABSENT_ACCEPTABLE" } }), refusals: [["sessionId", "INVALID"]] },
    { name: "a session with no register row", request: warning(), facts: facts({ session: { ...ABSENT, currentOutcome: null } }), refusals: [["sessionId", "INVALID"]] },
    { name: "a session of another group", request: warning(), facts: facts({ session: { ...ABSENT, inReferralsGroup: false } }), refusals: [["sessionId", "NOT_IN_GROUP"]] },
    {
      name: "a second letter for the same session",
      request: warning(),
      facts: facts({ session: ABSENT, existing: [{ kind: "WARNING_LETTER_ISSUED", sessionId: "s1" }] }),
      refusals: [["sessionId", "DUPLICATE"]],
    },
    {
      name: "a letter for another session",
      request: warning(),
      facts: facts({ session: ABSENT, existing: [{ kind: "WARNING_LETTER_ISSUED", sessionId: "s0" }] }),
      refusals: [],
    },
    { name: "breach while on the programme", request: breach(), facts: facts(), refusals: [] },
    { name: "breach while allocated (every session missed so far)", request: breach(), facts: facts({ referral: { mandated: true, status: "ALLOCATED", referredOn: "2026-01-10" } }), refusals: [] },
    { name: "breach naming the failing session", request: breach({ sessionId: "s1" }), facts: facts({ session: ABSENT }), refusals: [] },
    { name: "breach of a completed referral", request: breach(), facts: facts({ referral: { mandated: true, status: "COMPLETED", referredOn: "2026-01-10" } }), refusals: [["kind", "INVALID"]] },
    { name: "breach before allocation", request: breach(), facts: facts({ referral: { mandated: true, status: "AWAITING_ALLOCATION", referredOn: "2026-01-10" } }), refusals: [["kind", "INVALID"]] },
    { name: "a second breach", request: breach(), facts: facts({ existing: [{ kind: "BREACH_PROCEEDINGS_STARTED", sessionId: null }] }), refusals: [["kind", "DUPLICATE"]] },
    {
      name: "too many actions",
      request: warning({ sessionId: null }),
      facts: facts({ existing: Array.from({ length: MAX_ACTIONS_PER_REFERRAL }, () => ({ kind: "WARNING_LETTER_ISSUED", sessionId: null })) }),
      refusals: [["referralId", "INVALID"]],
    },
  ])("$name", ({ request, facts, refusals }) => {
    expect(checkEnforcementAction(request, facts).map((r) => [r.field, r.code])).toEqual(refusals);
  });
});

const NOW = new Date("2026-11-26T12:00:00Z");
const failures = (...entries: [string, string][]): UnacceptableFailure[] => entries.map(([sessionId, at]) => ({ sessionId, occurredAt: new Date(at) }));
const letter = (sessionId: string | null, takenOn: string): RecordedAction => ({ kind: "WARNING_LETTER_ISSUED", sessionId, takenOn });
const breachStarted: RecordedAction = { kind: "BREACH_PROCEEDINGS_STARTED", sessionId: null, takenOn: "2026-10-01" };

describe("outstandingEnforcement", () => {
  const oneFailure = failures(["s1", "2026-06-01T18:00:00Z"]);
  const breachCase = failures(["s1", "2026-06-01T18:00:00Z"], ["s2", "2026-09-01T18:00:00Z"]);
  // Two failures more than 12 months apart: two warnings, no breach.
  const twoWarnings = failures(["s1", "2024-06-01T18:00:00Z"], ["s2", "2025-09-01T18:00:00Z"]);

  it.each<{ name: string; failures: UnacceptableFailure[]; actions: RecordedAction[]; outstanding: [string, string][] }>([
    { name: "nothing failed, nothing due", failures: [], actions: [], outstanding: [] },
    { name: "a warning due", failures: oneFailure, actions: [], outstanding: [["WARNING_LETTER_ISSUED", "s1"]] },
    { name: "answered by a letter naming the session", failures: oneFailure, actions: [letter("s1", "2026-06-03")], outstanding: [] },
    { name: "not answered by a letter naming another session", failures: oneFailure, actions: [letter("s9", "2026-06-03")], outstanding: [["WARNING_LETTER_ISSUED", "s1"]] },
    { name: "answered by a letter naming no session, taken after", failures: oneFailure, actions: [letter(null, "2026-06-02")], outstanding: [] },
    { name: "not answered by an unnamed letter taken before the failure", failures: oneFailure, actions: [letter(null, "2026-05-30")], outstanding: [["WARNING_LETTER_ISSUED", "s1"]] },
    {
      name: "one unnamed letter answers one warning, the earliest",
      failures: twoWarnings,
      actions: [letter(null, "2025-10-01")],
      outstanding: [["WARNING_LETTER_ISSUED", "s2"]],
    },
    { name: "breach due with its warning", failures: breachCase, actions: [], outstanding: [["WARNING_LETTER_ISSUED", "s1"], ["BREACH_PROCEEDINGS_STARTED", "s2"]] },
    { name: "breach due, warning letter recorded", failures: breachCase, actions: [letter("s1", "2026-06-02")], outstanding: [["BREACH_PROCEEDINGS_STARTED", "s2"]] },
    { name: "breach started", failures: breachCase, actions: [letter("s1", "2026-06-02"), breachStarted], outstanding: [] },
  ])("$name", ({ failures, actions, outstanding }) => {
    const result = outstandingEnforcement(assessEnforcement(failures, NOW), failures, actions);
    expect(result.map((item) => [item.kind, item.sessionId])).toEqual(outstanding);
    for (const item of result) expect(item.failureAt).toEqual(failures.find((f) => f.sessionId === item.sessionId)!.occurredAt);
  });
});
