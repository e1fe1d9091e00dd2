import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IomReportDocument, type ReportPeriodInput } from "../client/generated/graphql.js";
import { interventionPlans, iomMemberships, planActions, planReviews } from "../src/modules/iom/index.js";
import { safetyIncidents, victimLinks, victims } from "../src/modules/victim-safety/index.js";
import { IomReportRepository } from "../src/modules/reporting/index.js";
import { Role } from "../src/shared/auth/roles.js";
import { daysBetween } from "../src/shared/dates.js";
import { DERIVED, expectCsvPath, expectCsvShape, expectNothingRecoverable, expectOnlyReportReaders, insertPerson, SECONDARY, shown, SMALL } from "./support/report-figures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * The IOM report over rows written straight to the tables, with known answers for the first quarter
 * of 2026. Memberships: A selected June 2025 and still in; B September 2025, deselected 15 February
 * (REDUCED_RISK); C–G selected 5–9 January from MARAC, still in; H selected 10 January by the police,
 * deselected 1 March (CUSTODY); I selected in April and J out by December (neither counts).
 * Reviews: A's plan was due 15 January (met on the 10th) and 20 February (met on the 25th: late);
 * C's plan, never reviewed, was due 10 March; D's was due 15 March (met on the 14th); B's plan,
 * closed on 15 February, was due 1 March (not owed). Actions done: 1 February (ACCOMMODATION) and
 * 1 March (DRUGS_ALCOHOL) count; 1 December, and 31 March 23:30 UTC (00:30 on 1 April in England),
 * do not. Incidents: A had 2 in the 12 months before selection (one on the first day of the window,
 * one the day before it does not count) and 2 since; C 1 before and 3 since; H one before its
 * deselection and one after.
 */

let server: TestServer;
let analyst: string;
const Q1 = { from: "2026-01-01", to: "2026-03-31" } as const;
const MEMBERS: [string, string][] = [
  ["2025-06-01", "2026-03-31"],
  ["2025-09-01", "2026-02-15"],
  ...[5, 6, 7, 8, 9].map((day): [string, string] => [`2026-01-0${day}`, "2026-03-31"]),
  ["2026-01-10", "2026-03-01"],
];

beforeAll(async () => {
  server = await startTestServer({ now: "2026-04-20T12:00:00Z" });
  analyst = await server.token(Role.ANALYST, "analyst-iom");
  const db = server.database.db;
  const member = async (startedOn: string, selectionSource: string, end?: { on: string; reason: string }) => {
    const perpetratorId = await insertPerson(db);
    const [row] = await db
      .insert(iomMemberships)
      .values({ perpetratorId, selectionSource, cohortType: "FLEX", startedOn, endedOn: end?.on ?? null, deselectionReason: end?.reason ?? null, selectedBy: "report-test", deselectedBy: end ? "report-test" : null })
      .returning();
    return row!;
  };
  const plan = async (membershipId: string, createdAt: string, reviewDueOn: string, endedAt?: string) =>
    (await db.insert(interventionPlans).values({ membershipId, version: 1, status: endedAt ? "CLOSED" : "LIVE", reviewDueOn, createdBy: "report-test", createdAt: new Date(createdAt), endedAt: endedAt ? new Date(endedAt) : null }).returning())[0]!.id;
  const review = (planId: string, reviewedOn: string, nextReviewOn: string) =>
    db.insert(planReviews).values({ planId, reviewedOn, outcome: "ON_TRACK", nextReviewOn, reviewerSub: "iom-1", recordedAt: new Date(`${reviewedOn}T15:00:00Z`) });
  let position = 0;
  const action = (planId: string, pathway: string, status: string, closedAt: string | null) =>
    db.insert(planActions).values({ planId, position: ++position, pathway, description: "An action", ownerAgency: "PROBATION", ownerName: "A worker", status, dueOn: "2026-06-01", createdBy: "report-test", updatedBy: "report-test", closedAt: closedAt ? new Date(closedAt) : null });
  const incidents = async (perpetratorId: string, days: string[]) => {
    const [victim] = await db.insert(victims).values({ firstName: "V", lastName: "Iom", createdBy: "report-test" }).returning();
    const [link] = await db.insert(victimLinks).values({ victimId: victim!.id, perpetratorId, relationship: "PARTNER", startedOn: "2020-01-01", createdBy: "report-test" }).returning();
    for (const occurredOn of days) await db.insert(safetyIncidents).values({ linkId: link!.id, occurredOn, recordedBy: "report-test" });
  };

  const a = await member("2025-06-01", "FRONT_DOOR_SAFEGUARDING_HUB");
  const b = await member("2025-09-01", "PROBATION", { on: "2026-02-15", reason: "REDUCED_RISK" });
  const others = [];
  for (const day of [5, 6, 7, 8, 9]) others.push(await member(`2026-01-0${day}`, "MARAC"));
  const h = await member("2026-01-10", "POLICE", { on: "2026-03-01", reason: "CUSTODY" });
  await member("2026-04-05", "POLICE");
  await member("2025-01-01", "POLICE", { on: "2025-12-31", reason: "OTHER" });
  const [c, d] = [others[0]!, others[1]!];

  const planA = await plan(a.id, "2025-06-01T10:00:00Z", "2026-05-01");
  await review(planA, "2025-12-01", "2026-01-15");
  await review(planA, "2026-01-10", "2026-02-20");
  await review(planA, "2026-02-25", "2026-05-01");
  await plan(c.id, "2026-01-05T10:00:00Z", "2026-03-10");
  const planD = await plan(d.id, "2026-01-06T10:00:00Z", "2026-06-01");
  await review(planD, "2026-02-01", "2026-03-15");
  await review(planD, "2026-03-14", "2026-06-01");
  await plan(b.id, "2025-09-01T10:00:00Z", "2026-03-01", "2026-02-15T12:00:00Z");

  await action(planA, "ACCOMMODATION", "DONE", "2026-02-01T10:00:00Z");
  await action(planA, "DRUGS_ALCOHOL", "DONE", "2026-03-01T10:00:00Z");
  await action(planA, "ACCOMMODATION", "DONE", "2025-12-01T10:00:00Z");
  await action(planA, "HEALTH_MENTAL_HEALTH", "DONE", "2026-03-31T23:30:00Z");
  await action(planA, "FINANCE_BENEFIT_DEBT", "IN_PROGRESS", null);

  await incidents(a.perpetratorId, ["2024-05-31", "2024-06-01", "2025-01-01", "2025-07-01", "2026-02-01", "2026-04-15"]);
  await incidents(c.perpetratorId, ["2025-12-01", "2026-02-01", "2026-03-01", "2026-03-15"]);
  await incidents(h.perpetratorId, ["2026-02-28", "2026-03-02"]);
}, 120_000);
afterAll(() => server.close());

const report = async (period: ReportPeriodInput = Q1, token: string | null = analyst) => server.request(IomReportDocument, { period }, token);
const figures = async (period: ReportPeriodInput = Q1) => (await server.query(IomReportDocument, { period }, analyst)).iomReport;
const byKey = (categories: { key: string; count: unknown }[]) => Object.fromEntries(categories.map((c) => [c.key, c.count]));

describe("iomReport", () => {
  it("counts each figure of the quarter from its rows (the statement's answer before suppression)", async () => {
    const rows = await new IomReportRepository(server.database).figures(Q1);
    const value = (figure: string, key: string | null = null) => Number(rows.find((row) => row.figure === figure && row.key === key)?.value ?? 0);
    expect(["membersInPeriod", "cohortAtStart", "cohortAtEnd", "selections", "deselections"].map((f) => value(f))).toEqual([8, 2, 6, 6, 2]);
    expect([value("selections", "MARAC"), value("selections", "POLICE"), value("deselections", "REDUCED_RISK"), value("deselections", "CUSTODY"), value("deselections", "OTHER")]).toEqual([5, 1, 1, 1, 0]);
    expect([value("reviewsDue"), value("reviewsOnTime")]).toEqual([4, 2]);
    expect([value("actionsCompleted"), value("actionsCompleted", "ACCOMMODATION"), value("actionsCompleted", "DRUGS_ALCOHOL"), value("actionsCompleted", "HEALTH_MENTAL_HEALTH")]).toEqual([2, 1, 1, 0]);
    expect([value("incidentsBefore"), value("incidentsSince"), value("monthsBefore")]).toEqual([3, 6, 96]);
    const monthsSince = MEMBERS.reduce((sum, [from, to]) => sum + (daysBetween(from, to) + 1) / 30.4375, 0);
    expect(value("monthsSince")).toBeCloseTo(monthsSince, 6);
  });

  it("publishes the cohort's flow with small counts withheld and neither sum giving one away", async () => {
    const answer = await figures();
    expect(answer).toMatchObject({ from: "2026-01-01", to: "2026-03-31", suppressed: true });
    expect([answer.membersInPeriod, answer.cohortAtStart, answer.selections, answer.cohortAtEnd, answer.deselections]).toEqual([shown(8), SMALL, SECONDARY, SECONDARY, SMALL]);
    expect(byKey(answer.selectionsBySource)).toMatchObject({ MARAC: SECONDARY, POLICE: SMALL, OTHER: shown(0) });
    expect(byKey(answer.deselectionsByReason)).toMatchObject({ REDUCED_RISK: SMALL, CUSTODY: SMALL, MOVED_AREA: shown(0) });
    expect([answer.reviewsDue, answer.reviewsOnTime, answer.reviewsLate, answer.reviewsOnTimeRate]).toEqual([SMALL, SMALL, SMALL, DERIVED]);
    expect(answer.actionsCompleted).toEqual(SMALL);
    const monthsSince = MEMBERS.reduce((sum, [from, to]) => sum + (daysBetween(from, to) + 1) / 30.4375, 0);
    expect([answer.incidentsBeforeSelection, answer.incidentRateBefore]).toEqual([SMALL, DERIVED]);
    expect([answer.incidentsSinceSelection, answer.incidentRateSince]).toEqual([shown(6), shown(Math.round((6 / monthsSince) * 10_000) / 10_000)]);
    expect(answer.personMonthsBefore).toEqual(shown(96));
    expect(answer.personMonthsSince).toEqual(shown(Math.round(monthsSince * 10) / 10));
    expectNothingRecoverable([
      { total: answer.membersInPeriod, parts: [answer.cohortAtStart, answer.selections], name: "start + selections" },
      { total: answer.membersInPeriod, parts: [answer.cohortAtEnd, answer.deselections], name: "end + deselections" },
      { total: answer.reviewsDue, parts: [answer.reviewsOnTime, answer.reviewsLate], name: "reviews" },
      { total: answer.selections, parts: answer.selectionsBySource.map((c) => c.count), name: "selections" },
      { total: answer.deselections, parts: answer.deselectionsByReason.map((c) => c.count), name: "deselections" },
      { total: answer.actionsCompleted, parts: answer.actionsCompletedByPathway.map((c) => c.count), name: "actions" },
    ]);
  });

  it("answers as CSV through GraphQL and at GET /reports/iom.csv", async () => {
    const { csv } = await figures();
    const rows = expectCsvShape(csv, Q1);
    expect(rows[0]).toEqual(["2026-01-01", "2026-03-31", "membersInPeriod", "", "8", ""]);
    expect(rows).toContainEqual(["2026-01-01", "2026-03-31", "selections", "MARAC", "[c]", "SECONDARY"]);
    expect(rows).toContainEqual(["2026-01-01", "2026-03-31", "cohortAtStart", "", "[c]", "SMALL_COUNT"]);
    await expectCsvPath(server, "/reports/iom.csv", "from=2026-01-01&to=2026-03-31", analyst, csv, "iom-2026-01-01-to-2026-03-31.csv");
  });

  it("takes one statement, for a month as for ten years", async () => {
    const statementsFor = async (period: ReportPeriodInput) => {
      server.database.statements.reset();
      await figures(period);
      return server.database.statements.count;
    };
    expect(await statementsFor({ from: "2026-02-01", to: "2026-02-28" })).toBe(1);
    expect(await statementsFor({ from: "2016-06-01", to: "2026-03-31" })).toBe(1);
  });

  it("answers ANALYST and ADMIN alike and refuses everyone else", async () => {
    const admin = await server.token(Role.ADMIN, "admin-iom");
    expect((await report(Q1, admin)).data).toEqual((await report(Q1)).data);
    await expectOnlyReportReaders(server, (token) => report(Q1, token));
  });
});
