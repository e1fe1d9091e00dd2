import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ProgrammePerformanceCsvDocument,
  ProgrammePerformanceDocument,
  RecordEnforcementActionDocument,
  RecordSessionAttendanceDocument,
  TransitionReferralDocument,
  type AttendanceOutcome,
  type PerformanceLineFieldsFragment,
  type ProgrammePerformanceInput,
} from "../client/generated/graphql.js";
import { PerformanceRepository } from "../src/modules/reporting/index.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * The programme performance report over a fixture with known counts, made through the API with the
 * clock moved. In the first quarter of 2026 (the period): seven BBR referrals received on 10 January
 * (five from probation, two from the police); one of the police referrals (a person recorded as
 * Pakistani, first language Urdu) missed its assessment and the other (White Irish, English) was
 * assessed unsuitable (denies the abuse); the other five have no ethnicity or language recorded; the five from probation were allocated to one group on 20 January,
 * all attended session 1 on 2 February (started: 24 days after referral) and four attended session 2
 * on 9 February, the fifth absent without reason and sent a warning letter; all five attended session 3
 * on 16 February, whose register was only recorded in April (the session's date places it). A referral
 * received in December was withdrawn in the period; another was received in April, after it.
 */

let server: TestServer;
let fx: Fixtures;
let analyst: string;
let groupId: string;
let keys = 0;

const Q1 = { from: "2026-01-01", to: "2026-03-31", programme: "BBR" } as const;

async function register(sessionId: string, entries: { referralId: string; outcome: AttendanceOutcome }[]) {
  const data = await server.query(RecordSessionAttendanceDocument, { input: { sessionId, idempotencyKey: `performance-${++keys}-${Date.now()}`, entries } }, await server.token(Role.FACILITATOR, "fac-perf"));
  expect(data.recordSessionAttendance.userErrors).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer({ now: "2025-12-15T12:00:00Z" });
  fx = await createFixtures(server);
  analyst = await server.token(Role.ANALYST, "analyst-1");

  // December: received before the period, withdrawn in it.
  const december = await fx.readyForAllocation("BBR");

  server.clock.set("2026-01-10T12:00:00Z");
  const group = await fx.group("BBR", ["fac-perf"], "2026-01-05");
  groupId = group.id;
  const people = [];
  for (let i = 0; i < 5; i++) people.push(await fx.readyForAllocation("BBR"));
  const missed = await fx.refer((await fx.person({ ethnicity: "Asian, Asian British or Asian Welsh: Pakistani", firstLanguage: "Urdu" })).id, "BBR", { source: "POLICE" });
  const unsuitable = await fx.refer((await fx.person({ ethnicity: "White: Irish", firstLanguage: "English" })).id, "BBR", { source: "POLICE" });
  const awaitingMissed = await fx.transition(missed.id, "AWAITING_ASSESSMENT", missed.version);
  await fx.transition(missed.id, "DID_NOT_ATTEND_ASSESSMENT", awaitingMissed.version);
  const awaitingUnsuitable = await fx.transition(unsuitable.id, "AWAITING_ASSESSMENT", unsuitable.version);
  // A reason goes only with the move to ASSESSED_UNSUITABLE.
  const refused = await server.query(TransitionReferralDocument, { input: { referralId: unsuitable.id, toStatus: "DEFERRED", expectedVersion: awaitingUnsuitable.version, unsuitabilityReason: "DENIES_ABUSE" } }, fx.probation);
  expect(refused.transitionReferral.userErrors).toEqual([expect.objectContaining({ field: ["input", "unsuitabilityReason"], code: "INVALID_TRANSITION" })]);
  await fx.transition(unsuitable.id, "ASSESSED_UNSUITABLE", awaitingUnsuitable.version, { unsuitabilityReason: "DENIES_ABUSE" });
  const sessions = await fx.sessions(group.id, 3, "2026-02-02T12:00:00Z");

  server.clock.set("2026-01-20T12:00:00Z");
  const referrals = [];
  for (const { referral } of people) referrals.push((await fx.allocate(referral.id, group.id, referral.version)).referral!);
  await fx.transition(december.referral.id, "WITHDRAWN", december.referral.version, { withdrawalReason: "MOVED_AREA" });

  server.clock.set("2026-02-03T12:00:00Z");
  await register(sessions[0]!.id, referrals.map((r) => ({ referralId: r.id, outcome: "ATTENDED" as const })));
  server.clock.set("2026-02-10T12:00:00Z");
  await register(sessions[1]!.id, referrals.map((r, i) => ({ referralId: r.id, outcome: i === 4 ? ("ABSENT_UNACCEPTABLE" as const) : ("ATTENDED" as const) })));
  const absent = referrals[4]!;
  await fx.allocateCase(people[4]!.person.id);
  const warning = await server.query(RecordEnforcementActionDocument, { input: { referralId: absent.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-02-10", sessionId: sessions[1]!.id } }, fx.probation);
  expect(warning.recordEnforcementAction.userErrors).toEqual([]);

  // After the period: the referral does not count in it; the late register of a session in it does.
  server.clock.set("2026-04-10T12:00:00Z");
  await fx.refer((await fx.person()).id, "BBR");
  await register(sessions[2]!.id, referrals.map((r) => ({ referralId: r.id, outcome: "ATTENDED" as const })));
}, 120_000);
afterAll(() => server.close());

const report = async (input: ProgrammePerformanceInput, token = analyst) => (await server.query(ProgrammePerformanceDocument, { report: input }, token)).programmePerformance;
const count = (value: number) => ({ value, suppression: null });
const SMALL = { value: null, suppression: "SMALL_COUNT" as const };
const SECONDARY = { value: null, suppression: "SECONDARY" as const };

describe("programmePerformance", () => {
  it("counts each figure of the period from the referrals' history, the registers and the enforcement actions", async () => {
    const answer = await report(Q1);
    expect(answer).toMatchObject({ from: "2026-01-01", to: "2026-03-31", programme: "BBR", breakdowns: [], suppressed: true, lines: [] });
    expect(answer.total).toEqual({
      breakdown: null,
      key: null,
      label: null,
      referralsReceived: count(7),
      assessmentsMissed: SMALL,
      assessedUnsuitable: SMALL,
      allocated: count(5),
      started: count(5),
      completed: count(0),
      droppedOut: count(0),
      breached: count(0),
      withdrawn: SMALL,
      startersCompleted: count(0),
      sessionsAttended: count(14),
      sessionsRecorded: count(15),
      warningLetters: SMALL,
      breachProceedings: count(0),
      completionRate: { value: 0, suppression: null },
      attendanceRate: { value: 0.9333, suppression: null },
      medianDaysToStart: { value: 24, suppression: null },
    } satisfies PerformanceLineFieldsFragment);
  });

  it("places events by their dates: April's referral counts in April, the late register of February's session in the quarter", async () => {
    const april = await report({ from: "2026-04-01", to: "2026-04-30", programme: "BBR" });
    expect(april.total).toMatchObject({ referralsReceived: SMALL, sessionsRecorded: count(0), started: count(0), allocated: count(0) });
    const other = await report({ ...Q1, programme: "CHOICES" });
    expect(other.total).toMatchObject({ referralsReceived: count(0), sessionsRecorded: count(0), attendanceRate: { value: null, suppression: null } });
  });

  it("breaks the period down by source and group, withholding a second cell so the small one cannot be worked out from the total", async () => {
    const answer = await report({ ...Q1, groupBy: ["REFERRAL_SOURCE", "GROUP"] });
    const bySource = answer.lines.filter((line) => line.breakdown === "REFERRAL_SOURCE");
    expect(bySource.map((line) => [line.key, line.referralsReceived])).toEqual([
      ["POLICE", SMALL],
      ["PROBATION", SECONDARY],
    ]);
    // The total stays shown: 7 = police (1 to 4) + probation (0 or 5 and up) has two answers.
    expect(answer.total.referralsReceived).toEqual(count(7));
    const byGroup = answer.lines.filter((line) => line.breakdown === "GROUP");
    expect(byGroup.map((line) => line.key).sort()).toEqual([groupId, "NO_GROUP"].sort());
    const inGroup = byGroup.find((line) => line.key === groupId)!;
    expect(inGroup.label).toMatch(/^BBR test group/);
    expect(inGroup).toMatchObject({ allocated: count(5), started: count(5), sessionsAttended: count(14), medianDaysToStart: { value: 24, suppression: null } });
    // Every withheld count: no total of its figure shown beside exactly one withheld category.
    for (const figure of ["referralsReceived", "withdrawn", "assessedUnsuitable", "assessmentsMissed", "warningLetters"] as const) {
      for (const breakdown of ["REFERRAL_SOURCE", "GROUP"]) {
        const cells = answer.lines.filter((line) => line.breakdown === breakdown).map((line) => line[figure]);
        const withheld = cells.filter((cell) => cell.value === null).length;
        if (answer.total[figure].value !== null) expect(withheld === 0 || withheld >= 2, `${figure} by ${breakdown}`).toBe(true);
      }
    }
  });

  it("breaks the period down by sex, age band at referral and disability", async () => {
    const answer = await report({ ...Q1, groupBy: ["SEX", "AGE_BAND", "DISABILITY"] });
    expect(answer.lines.map((line) => [line.breakdown, line.key, line.referralsReceived.value])).toEqual([
      ["SEX", "MALE", 7],
      ["AGE_BAND", "AGED_35_TO_44", 7],
      ["DISABILITY", "NOT_RECORDED", 7],
    ]);
  });

  it("counts the assessed unsuitable by the reason recorded with the move", async () => {
    const raw = await new PerformanceRepository(server.database).figures(Q1, "BBR", []);
    expect(raw.unsuitableByReason).toEqual({ DENIES_ABUSE: 1 });
    const answer = await report(Q1);
    expect(answer.unsuitableByReason.map((c) => [c.key, c.count])).toEqual([
      ["DENIES_ABUSE", SMALL],
      ["NOT_MOTIVATED", count(0)],
      ["MENTAL_HEALTH", count(0)],
      ["SUBSTANCE_MISUSE", count(0)],
      ["LEARNING_OR_LANGUAGE_NEEDS", count(0)],
      ["RISK_NOT_MANAGEABLE", count(0)],
      ["OTHER", count(0)],
      ["NOT_RECORDED", count(0)],
    ]);
    expect(answer.total.assessedUnsuitable).toEqual(SMALL);
  });

  it("breaks the period down by ethnicity group (ONS's five) and first language", async () => {
    const raw = await new PerformanceRepository(server.database).figures(Q1, "BBR", ["ETHNICITY_GROUP", "FIRST_LANGUAGE"]);
    const received = raw.lines.filter((f) => f.breakdown !== null).map((f) => [f.breakdown, f.key, f.counts.referralsReceived]);
    expect(received.sort()).toEqual(
      [
        ["ETHNICITY_GROUP", "ASIAN", 1],
        ["ETHNICITY_GROUP", "NOT_RECORDED", 5],
        ["ETHNICITY_GROUP", "WHITE", 1],
        ["FIRST_LANGUAGE", "ENGLISH", 1],
        ["FIRST_LANGUAGE", "NOT_ENGLISH", 1],
        ["FIRST_LANGUAGE", "NOT_RECORDED", 5],
      ].sort(),
    );
    const answer = await report({ ...Q1, groupBy: ["ETHNICITY_GROUP", "FIRST_LANGUAGE"] });
    expect(answer.lines.map((line) => [line.breakdown, line.key, line.referralsReceived])).toEqual([
      ["ETHNICITY_GROUP", "ASIAN", SMALL],
      ["ETHNICITY_GROUP", "NOT_RECORDED", SECONDARY],
      ["ETHNICITY_GROUP", "WHITE", SMALL],
      ["FIRST_LANGUAGE", "ENGLISH", SMALL],
      ["FIRST_LANGUAGE", "NOT_ENGLISH", SMALL],
      ["FIRST_LANGUAGE", "NOT_RECORDED", SECONDARY],
    ]);
    expect(answer.total.referralsReceived).toEqual(count(7));
  });

  it("answers the same report as CSV through GraphQL, with ISO dates and withheld values as [c]", async () => {
    const { csv } = (await server.query(ProgrammePerformanceCsvDocument, { report: { ...Q1, groupBy: ["REFERRAL_SOURCE"] } }, analyst)).programmePerformance;
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "from,to,programme,breakdown,key,label,referralsReceived,assessmentsMissed,assessedUnsuitable,allocated,started,completed,droppedOut,breached,withdrawn,startersCompleted,sessionsAttended,sessionsRecorded,warningLetters,breachProceedings,completionRate,attendanceRate,medianDaysToStart,withheld",
    );
    expect(lines[1]).toBe("2026-01-01,2026-03-31,BBR,TOTAL,,,7,[c],[c],5,5,0,0,0,[c],0,14,15,[c],0,0,0.9333,24,assessmentsMissed:SMALL_COUNT;assessedUnsuitable:SMALL_COUNT;withdrawn:SMALL_COUNT;warningLetters:SMALL_COUNT");
    expect(lines.filter((line) => line.includes(",UNSUITABILITY_REASON,")).map((line) => line.split(",").slice(3, 9))).toContainEqual(["UNSUITABILITY_REASON", "DENIES_ABUSE", "", "", "", "[c]"]);
    expect(lines.slice(2).filter((line) => !line.includes(",UNSUITABILITY_REASON,")).map((line) => line.split(",").slice(3, 7))).toEqual([
      ["REFERRAL_SOURCE", "POLICE", "", "[c]"],
      ["REFERRAL_SOURCE", "PROBATION", "", "[c]"],
    ]);
  });

  it("takes one statement, for a month as for a year", async () => {
    const statementsFor = async (input: ProgrammePerformanceInput) => {
      server.database.statements.reset();
      await report(input);
      return server.database.statements.count;
    };
    const month = await statementsFor({ from: "2026-02-01", to: "2026-02-28", groupBy: ["REFERRAL_SOURCE", "GROUP", "SEX", "AGE_BAND", "DISABILITY", "ETHNICITY_GROUP", "FIRST_LANGUAGE"] });
    const year = await statementsFor({ from: "2025-04-01", to: "2026-03-31", groupBy: ["REFERRAL_SOURCE", "GROUP", "SEX", "AGE_BAND", "DISABILITY", "ETHNICITY_GROUP", "FIRST_LANGUAGE"] });
    expect(month).toBe(1);
    expect(year).toBe(1);
  });

  it("refuses every role but ANALYST and ADMIN, and shows the admin the same suppressed figures", async () => {
    for (const role of Object.values(Role).filter((r) => r !== Role.ANALYST && r !== Role.ADMIN)) {
      const answer = await server.request(ProgrammePerformanceDocument, { report: Q1 }, await server.token(role, `perf-${role}`));
      expect(answer.data?.programmePerformance ?? null, role).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    const anonymous = await server.request(ProgrammePerformanceDocument, { report: Q1 }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await report(Q1, fx.admin)).total).toEqual((await report(Q1)).total);
  });

  it("refuses a period that ends before it starts, or one over ten years, as BAD_USER_INPUT", async () => {
    for (const input of [{ from: "2026-04-01", to: "2026-03-31" }, { from: "2010-01-01", to: "2026-03-31" }]) {
      const answer = await server.request(ProgrammePerformanceDocument, { report: input }, analyst);
      expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("GET /reports/programme-performance.csv", () => {
  const csvUrl = (query: string) => new URL(`/reports/programme-performance.csv?${query}`, server.url).toString();
  const get = async (query: string, token: string | null) => fetch(csvUrl(query), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it("answers the same CSV as the GraphQL field, as text/csv", async () => {
    const response = await get("from=2026-01-01&to=2026-03-31&programme=BBR&groupBy=REFERRAL_SOURCE", analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="programme-performance-BBR-2026-01-01-to-2026-03-31.csv"');
    const { csv } = (await server.query(ProgrammePerformanceCsvDocument, { report: { ...Q1, groupBy: ["REFERRAL_SOURCE"] } }, analyst)).programmePerformance;
    expect(await response.text()).toBe(csv);
  });

  it("refuses without a valid token (401), for other roles (403), and bad parameters as JSON (400)", async () => {
    const anonymous = await get("from=2026-01-01", null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    expect((await get("from=2026-01-01", "not-a-token")).status).toBe(401);
    for (const role of Object.values(Role).filter((r) => r !== Role.ANALYST && r !== Role.ADMIN)) {
      const refused = await get("from=2026-01-01", await server.token(role, `csv-${role}`));
      expect(refused.status, role).toBe(403);
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
    }
    for (const [query, field] of [
      ["from=2026-13-01", "from"],
      ["from=2026-04-01&to=2026-03-01", "from"],
      ["programme=NOPE", "programme"],
      ["groupBy=POSTCODE", "groupBy"],
      ["perpetratorId=abc", "perpetratorId"],
    ]) {
      const refused = await get(query!, analyst);
      expect(refused.status, query).toBe(400);
      expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT", field } }] });
    }
    expect((await get("", fx.admin)).status).toBe(200);
  });
});
