import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  RecordEnforcementActionDocument,
  RecordSessionAttendanceDocument,
  ReferralEnforcementDocument,
  ReferralsEnforcementPageDocument,
  type AttendanceOutcome,
  type RecordEnforcementActionInput,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * Recording what was done to enforce a mandated referral (warning letters, breach proceedings), and
 * reading it beside what the register says is required. Today is 2026-06-01; the referrals are made
 * today, and their group's sessions were held on 6, 13 and 20 May.
 */

let server: TestServer;
let fx: Fixtures;
let facilitator: string;
let otherPractitioner: string;
let keys = 0;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  facilitator = await server.token(Role.FACILITATOR, "fac-enf");
  otherPractitioner = await server.token(Role.PROBATION, "prob-2", { name: "Another Practitioner", org: "Probation Service" });
}, 60_000);
afterAll(() => server.close());

async function register(sessionId: string, entries: { referralId: string; outcome: AttendanceOutcome }[]) {
  const data = await server.query(RecordSessionAttendanceDocument, { input: { sessionId, idempotencyKey: `enforcement-${++keys}-${Date.now()}`, entries } }, facilitator);
  expect(data.recordSessionAttendance.userErrors).toEqual([]);
}

/**
 * A BBR participant whose case is allocated to prob-1, absent without acceptable reason from session 1,
 * present at 2 and absent again at 3: a warning for session 1, and breach (session 3 came within 12
 * months of that warning).
 */
async function mandatedCase() {
  const group = await fx.group("BBR", ["fac-enf"]);
  const { person, referral } = await fx.participant("BBR", group.id);
  await fx.allocateCase(person.id);
  const sessions = await fx.sessions(group.id, 3, "2026-05-06T18:00:00Z");
  const outcomes: AttendanceOutcome[] = ["ABSENT_UNACCEPTABLE", "ATTENDED", "ABSENT_UNACCEPTABLE"];
  for (const [index, session] of sessions.entries()) await register(session.id, [{ referralId: referral.id, outcome: outcomes[index]! }]);
  return { group, person, referral, sessions: sessions.map((s) => s.id) };
}

function record(input: RecordEnforcementActionInput, token = fx.probation) {
  return server.request(RecordEnforcementActionDocument, { input }, token);
}

async function enforcementOf(referralId: string) {
  return (await server.query(ReferralEnforcementDocument, { id: referralId }, fx.probation)).referral!.enforcement!;
}

describe("recordEnforcementAction", () => {
  it("records the allocated practitioner's warning letter and breach, and enforcement shows them instead of as outstanding", async () => {
    const { referral, sessions } = await mandatedCase();
    const before = await enforcementOf(referral.id);
    expect(before).toMatchObject({ warningsInLast12Months: 1, breachRequired: true, warningLettersIssued: 0, breachProceedingsStarted: false, actions: [] });
    expect(before.outstanding.map((item) => [item.kind, item.failureAt])).toEqual([
      ["WARNING_LETTER_ISSUED", "2026-05-06T18:00:00.000Z"],
      ["BREACH_PROCEEDINGS_STARTED", "2026-05-20T18:00:00.000Z"],
    ]);

    const letter = await record({ referralId: referral.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-06-01", sessionId: sessions[0], note: "  Letter posted and emailed  " });
    expect(letter.errors).toBeUndefined();
    const payload = letter.data!.recordEnforcementAction;
    expect(payload.userErrors).toEqual([]);
    expect(payload.enforcementAction).toMatchObject({
      kind: "WARNING_LETTER_ISSUED",
      takenOn: "2026-06-01",
      note: "Letter posted and emailed",
      recordedBy: "prob-1",
      recordedByName: "Probation Practitioner",
      recordedAt: "2026-06-01T12:00:00.000Z",
    });
    // The answer is the referral as it now stands: the letter recorded, only the breach outstanding.
    expect(payload.referral!.enforcement).toMatchObject({ warningLettersIssued: 1, breachProceedingsStarted: false });
    expect(payload.referral!.enforcement!.actions.map((a) => a.id)).toEqual([payload.enforcementAction!.id]);
    expect(payload.referral!.enforcement!.outstanding.map((item) => item.kind)).toEqual(["BREACH_PROCEEDINGS_STARTED"]);

    server.clock.set("2026-06-01T12:05:00Z");
    const breach = await record({ referralId: referral.id, kind: "BREACH_PROCEEDINGS_STARTED", takenOn: "2026-06-01", sessionId: sessions[2] });
    expect(breach.data!.recordEnforcementAction.userErrors).toEqual([]);

    const after = await enforcementOf(referral.id);
    // What is required is unchanged by what was done.
    expect(after).toMatchObject({ warningsInLast12Months: 1, breachRequired: true, unacceptableFailures: 2, warningLettersIssued: 1, breachProceedingsStarted: true, outstanding: [] });
    expect(after.actions.map((a) => a.kind)).toEqual(["WARNING_LETTER_ISSUED", "BREACH_PROCEEDINGS_STARTED"]);
  });

  it("lets an admin record for any mandated referral", async () => {
    const { referral } = await mandatedCase();
    const data = await server.query(RecordEnforcementActionDocument, { input: { referralId: referral.id, kind: "BREACH_PROCEEDINGS_STARTED", takenOn: "2026-06-01" } }, fx.admin);
    expect(data.recordEnforcementAction.userErrors).toEqual([]);
    expect(data.recordEnforcementAction.enforcementAction!.recordedBy).toBe("admin-1");
  });

  it("refuses with typed user errors and writes nothing", async () => {
    const { referral, sessions } = await mandatedCase();
    const other = await mandatedCase();
    const letterFor = (sessionId: string | undefined, takenOn = "2026-06-01") => ({ referralId: referral.id, kind: "WARNING_LETTER_ISSUED" as const, takenOn, sessionId });
    expect((await record(letterFor(sessions[0]))).data!.recordEnforcementAction.userErrors).toEqual([]);
    expect((await record({ referralId: referral.id, kind: "BREACH_PROCEEDINGS_STARTED", takenOn: "2026-06-01" })).data!.recordEnforcementAction.userErrors).toEqual([]);

    const cases: [RecordEnforcementActionInput, string[], string][] = [
      [letterFor(sessions[2], "2026-06-02"), ["input", "takenOn"], "INVALID"],
      [letterFor(undefined, "2026-05-31"), ["input", "takenOn"], "INVALID"],
      [letterFor(sessions[1]), ["input", "sessionId"], "INVALID"],
      [letterFor(other.sessions[0]), ["input", "sessionId"], "NOT_IN_GROUP"],
      [letterFor(toGlobalId("ProgrammeSession", "00000000-0000-4000-8000-000000000000")), ["input", "sessionId"], "NOT_FOUND"],
      [letterFor(sessions[0]), ["input", "sessionId"], "DUPLICATE"],
      [{ referralId: referral.id, kind: "BREACH_PROCEEDINGS_STARTED", takenOn: "2026-06-01" }, ["input", "kind"], "DUPLICATE"],
      [{ ...letterFor(undefined), note: "x".repeat(2001) }, ["input", "note"], "INVALID"],
    ];
    for (const [input, field, code] of cases) {
      const result = await record(input);
      expect(result.errors, JSON.stringify(input).slice(0, 200)).toBeUndefined();
      const payload = result.data!.recordEnforcementAction;
      expect(payload.enforcementAction).toBeNull();
      expect(payload.userErrors.map((e) => [e.field, e.code])).toEqual([[field, code]]);
    }
    expect((await enforcementOf(referral.id)).actions).toHaveLength(2);
    expect((await enforcementOf(other.referral.id)).actions).toHaveLength(0);
  });

  it("refuses a voluntary referral: it has no enforcement", async () => {
    const person = await fx.person();
    await fx.allocateCase(person.id);
    const referral = await fx.refer(person.id, "CHOICES");
    const payload = (await record({ referralId: referral.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-06-01" })).data!.recordEnforcementAction;
    expect(payload.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "referralId"], "INVALID"]]);
    expect((await server.query(ReferralEnforcementDocument, { id: referral.id }, fx.probation)).referral!.enforcement).toBeNull();
  });

  it("refuses breach for a referral not yet in a group", async () => {
    const { person, referral } = await fx.readyForAllocation("BBR");
    await fx.allocateCase(person.id);
    const payload = (await record({ referralId: referral.id, kind: "BREACH_PROCEEDINGS_STARTED", takenOn: "2026-06-01" })).data!.recordEnforcementAction;
    expect(payload.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "kind"], "INVALID"]]);
  });

  it("lets one of two racing breach records land", async () => {
    const { referral } = await mandatedCase();
    const input = { referralId: referral.id, kind: "BREACH_PROCEEDINGS_STARTED" as const, takenOn: "2026-06-01" };
    const results = await Promise.all([record(input), record(input)]);
    const codes = results.map((r) => r.data!.recordEnforcementAction.userErrors.map((e) => e.code).join()).sort();
    expect(codes).toEqual(["", "DUPLICATE"]);
    expect((await enforcementOf(referral.id)).actions).toHaveLength(1);
  });

  it("is refused to a practitioner not allocated the case and to a facilitator; an unknown referral reads NOT_FOUND", async () => {
    const { referral, sessions } = await mandatedCase();
    const input = { referralId: referral.id, kind: "WARNING_LETTER_ISSUED" as const, takenOn: "2026-06-01", sessionId: sessions[0] };
    for (const token of [otherPractitioner, facilitator, await server.token(Role.ANALYST, "analyst-enf")]) {
      const result = await record(input, token);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.data?.recordEnforcementAction ?? null).toBeNull();
    }
    for (const referralId of [toGlobalId("Referral", "00000000-0000-4000-8000-000000000000"), "not-an-id", sessions[0]!]) {
      const payload = (await record({ ...input, referralId })).data!.recordEnforcementAction;
      expect(payload.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "referralId"], "NOT_FOUND"]]);
    }
    expect((await enforcementOf(referral.id)).actions).toEqual([]);
  });
});

describe("the answer to recordEnforcementAction", () => {
  it("is made from what was written: nothing is read after the insert", async () => {
    const { referral, sessions } = await mandatedCase();
    server.database.statements.reset();
    server.database.statements.recording = true;
    try {
      const payload = (await record({ referralId: referral.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-06-01", sessionId: sessions[0] })).data!.recordEnforcementAction;
      expect(payload.userErrors).toEqual([]);
      expect(payload.referral!.enforcement!.outstanding.map((item) => item.kind)).toEqual(["BREACH_PROCEEDINGS_STARTED"]);
    } finally {
      server.database.statements.recording = false;
    }
    const texts = server.database.statements.recorded.map((statement) => statement.text).filter((text) => !/^\s*insert into "audit_events"/i.test(text));
    const lastWrite = texts.findLastIndex((text) => /^\s*insert into "enforcement_actions"/i.test(text));
    expect(lastWrite).toBeGreaterThanOrEqual(0);
    expect(texts.slice(lastWrite + 1).filter((text) => !/^\s*(commit|release|savepoint)/i.test(text))).toEqual([]);
  });
});

describe("Enforcement.actions on a page of referrals", () => {
  it("reads the whole page's actions in one statement, whatever the page size", async () => {
    for (let i = 0; i < 3; i++) {
      const { referral, sessions } = await mandatedCase();
      await record({ referralId: referral.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-06-01", sessionId: sessions[0] });
    }
    const statementsFor = async (first: number) => {
      server.database.statements.reset();
      const data = await server.query(ReferralsEnforcementPageDocument, { first, filter: { programme: "BBR" } }, fx.probation);
      return { statements: server.database.statements.count, items: data.referrals.edges.length, actions: data.referrals.edges.flatMap((e) => e.node.enforcement?.actions ?? []).length };
    };
    const one = await statementsFor(1);
    const many = await statementsFor(50);
    expect(one.items).toBe(1);
    expect(many.items).toBeGreaterThan(5);
    expect(many.actions).toBeGreaterThanOrEqual(3);
    expect(many.statements).toBe(one.statements);
  });
});
