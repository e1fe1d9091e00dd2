import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VictimSafetyReportDocument, type ReportPeriodInput } from "../client/generated/graphql.js";
import { maracReferrals, protectiveOrders, riskAssessments, safetyAlerts, victimLinks, victims } from "../src/modules/victim-safety/index.js";
import { SafetyReportRepository } from "../src/modules/reporting/index.js";
import { Role } from "../src/shared/auth/roles.js";
import { DERIVED, expectCsvPath, expectCsvShape, expectNothingRecoverable, expectOnlyReportReaders, insertPerson, SECONDARY, shown, SMALL } from "./support/report-figures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * The victim safety report over rows written straight to the tables, with known answers for the
 * first quarter of 2026. DASH: 6 HIGH and 2 MEDIUM in the quarter, one the day before and one the day
 * after. MARAC: victim 1 referred in June 2025 over one link and in February over another (REPEAT:
 * the same victim); victim 2 in January (FIRST) and March (REPEAT); victim 3 in January 2025 and
 * January 2026, thirteen months apart (FIRST); victims 5–8 each in January (FIRST) and February
 * (REPEAT); victim 9 on 10 February 2025 and 10 February 2026, twelve months to the day (REPEAT):
 * 13 in the quarter, 6 FIRST and 7 REPEAT. Orders: 5 non-molestation orders and a DVPN in the
 * quarter, a restraining order from December. Alerts: 6 in the quarter, all acknowledged, after 1,
 * 2, 3, 4, 10 and 20 hours; one on 1 April.
 */

let server: TestServer;
let analyst: string;
const Q1 = { from: "2026-01-01", to: "2026-03-31" } as const;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-04-10T12:00:00Z" });
  analyst = await server.token(Role.ANALYST, "analyst-safety");
  const db = server.database.db;
  const perpetrator = await insertPerson(db);
  const other = await insertPerson(db);
  const victim = async () => (await db.insert(victims).values({ firstName: "V", lastName: "Report", createdBy: "report-test" }).returning())[0]!.id;
  const link = async (victimId: string, perpetratorId = perpetrator) =>
    (await db.insert(victimLinks).values({ victimId, perpetratorId, relationship: "EX_PARTNER", startedOn: "2024-01-01", createdBy: "report-test" }).returning())[0]!.id;
  const marac = (linkId: string, referredOn: string) =>
    db.insert(maracReferrals).values({ linkId, referredOn, grounds: ["VISIBLE_HIGH_RISK"], isRepeat: false, incidentsInWindow: 0, escalationThreshold: 3, escalationWindowMonths: 12, referredBy: "report-test" });

  const [v1, v2, v3] = [await victim(), await victim(), await victim()];
  const [l1, l2, l3, l4] = [await link(v1), await link(v2), await link(v3), await link(v1, other)];
  const dash = (assessedOn: string, level: string) =>
    db.insert(riskAssessments).values({ linkId: l1, assessedOn, answers: Array(24).fill("NO"), yesCount: 0, scoreLevel: "STANDARD", level, judgementLevel: level === "STANDARD" ? null : level, judgementReason: level === "STANDARD" ? null : "Judgement", assessedBy: "report-test" });
  for (let i = 0; i < 6; i++) await dash(`2026-02-0${i + 1}`, "HIGH");
  await dash("2026-01-01", "MEDIUM");
  await dash("2026-03-31", "MEDIUM");
  await dash("2025-12-31", "HIGH");
  await dash("2026-04-01", "HIGH");

  await marac(l1, "2025-06-01");
  await marac(l4, "2026-02-01");
  await marac(l2, "2026-01-10");
  await marac(l2, "2026-03-01");
  await marac(l3, "2025-01-05");
  await marac(l3, "2026-01-20");
  for (let i = 0; i < 4; i++) {
    const l = await link(await victim());
    await marac(l, "2026-01-05");
    await marac(l, "2026-02-15");
  }
  const l9 = await link(await victim());
  await marac(l9, "2025-02-10");
  await marac(l9, "2026-02-10");

  const order = (type: string, startsOn: string, endsOn: string | null) => db.insert(protectiveOrders).values({ perpetratorId: perpetrator, type, startsOn, endsOn, createdBy: "report-test" });
  for (let i = 0; i < 5; i++) await order("NON_MOLESTATION_ORDER", `2026-03-0${i + 1}`, null);
  await order("DVPN", "2026-01-02", "2026-01-04");
  await order("RESTRAINING_ORDER", "2025-12-01", null);

  const alert = (n: number, createdAt: string, hours: number | null) =>
    db.insert(safetyAlerts).values({
      kind: "UNACCEPTABLE_ABSENCE",
      victimId: v1,
      perpetratorId: perpetrator,
      summary: "Missed a session without reason",
      occurredAt: new Date(createdAt),
      dedupeKey: `report-test-${n}`,
      createdAt: new Date(createdAt),
      acknowledgedAt: hours === null ? null : new Date(Date.parse(createdAt) + hours * 3_600_000),
      acknowledgedBy: hours === null ? null : "idva-1",
    });
  for (const [i, hours] of [1, 2, 3, 4, 10, 20].entries()) await alert(i, `2026-02-1${i}T09:00:00Z`, hours);
  await alert(9, "2026-04-01T09:00:00Z", null);
}, 120_000);
afterAll(() => server.close());

const report = async (period: ReportPeriodInput = Q1, token: string | null = analyst) => server.request(VictimSafetyReportDocument, { period }, token);
const figures = async (period: ReportPeriodInput = Q1) => (await server.query(VictimSafetyReportDocument, { period }, analyst)).victimSafetyReport;
const byKey = (categories: { key: string; count: unknown }[]) => Object.fromEntries(categories.map((c) => [c.key, c.count]));

describe("victimSafetyReport", () => {
  it("counts each figure of the quarter from its rows (the statement's answer before suppression)", async () => {
    const rows = await new SafetyReportRepository(server.database).figures(Q1);
    const value = (figure: string, key: string | null = null) => Number(rows.find((row) => row.figure === figure && row.key === key)?.value ?? 0);
    expect([value("dashAssessments"), value("dashAssessments", "HIGH"), value("dashAssessments", "MEDIUM"), value("dashAssessments", "STANDARD")]).toEqual([8, 6, 2, 0]);
    expect([value("maracReferrals"), value("maracReferrals", "FIRST"), value("maracReferrals", "REPEAT")]).toEqual([13, 6, 7]);
    expect([value("protectiveOrders"), value("protectiveOrders", "NON_MOLESTATION_ORDER"), value("protectiveOrders", "DVPN"), value("protectiveOrders", "RESTRAINING_ORDER")]).toEqual([6, 5, 1, 0]);
    expect([value("alertsRaised"), value("alertsRaised", "UNACCEPTABLE_ABSENCE"), value("alertsAcknowledged"), value("medianHoursToAcknowledge")]).toEqual([6, 6, 6, 3.5]);
  });

  it("publishes the figures with small counts withheld and nothing recoverable from a total", async () => {
    const answer = await figures();
    expect(answer).toMatchObject({ from: "2026-01-01", to: "2026-03-31", suppressed: true });
    expect(answer.dashAssessments).toEqual(shown(8));
    expect(byKey(answer.dashAssessmentsByLevel)).toEqual({ STANDARD: shown(0), MEDIUM: SMALL, HIGH: SECONDARY });
    expect(answer.maracReferrals).toEqual(shown(13));
    expect(byKey(answer.maracReferralsByKind)).toEqual({ FIRST: shown(6), REPEAT: shown(7) });
    expect(answer.maracRepeatRate).toEqual(shown(0.5385));
    // 6 = DVPN (1–4) + NMO (0 or 5 and up) has one answer, and no other order type has a count to withhold: the total goes.
    expect(answer.protectiveOrders).toEqual(SECONDARY);
    expect(byKey(answer.protectiveOrdersByType)).toMatchObject({ NON_MOLESTATION_ORDER: SECONDARY, DVPN: SMALL, RESTRAINING_ORDER: shown(0), DVPO: shown(0) });
    expect(answer.alertsRaised).toEqual(shown(6));
    expect([answer.alertsAcknowledged, answer.alertsOpen, answer.medianHoursToAcknowledge]).toEqual([shown(6), shown(0), shown(3.5)]);
    expect(byKey(answer.alertsRaisedByKind)).toMatchObject({ UNACCEPTABLE_ABSENCE: shown(6), ORDER_EXPIRING: shown(0) });
    const table = (total: typeof answer.dashAssessments, categories: typeof answer.dashAssessmentsByLevel, name: string) => ({ total, parts: categories.map((c) => c.count), name });
    expectNothingRecoverable([
      table(answer.dashAssessments, answer.dashAssessmentsByLevel, "DASH"),
      table(answer.maracReferrals, answer.maracReferralsByKind, "MARAC"),
      table(answer.protectiveOrders, answer.protectiveOrdersByType, "orders"),
      table(answer.alertsRaised, answer.alertsRaisedByKind, "alerts by kind"),
      { total: answer.alertsRaised, parts: [answer.alertsAcknowledged, answer.alertsOpen], name: "alerts acknowledged" },
    ]);
  });

  it("withholds the rate and the median with their counts", async () => {
    // February alone: 6 MARAC referrals, all REPEAT; March: one.
    const february = await figures({ from: "2026-02-01", to: "2026-02-28" });
    expect(byKey(february.maracReferralsByKind)).toEqual({ FIRST: shown(0), REPEAT: shown(6) });
    expect(february.maracRepeatRate).toEqual(shown(1));
    const march = await figures({ from: "2026-03-01", to: "2026-03-31" });
    expect(march.maracReferrals).toEqual(SMALL);
    expect(march.maracRepeatRate).toEqual(DERIVED);
    const april = await figures({ from: "2026-04-01", to: "2026-04-30" });
    expect([april.alertsRaised, april.alertsAcknowledged, april.medianHoursToAcknowledge]).toEqual([SMALL, shown(0), shown(null)]);
  });

  it("answers as CSV through GraphQL and at GET /reports/victim-safety.csv", async () => {
    const { csv } = await figures();
    const rows = expectCsvShape(csv, Q1);
    expect(rows[0]).toEqual(["2026-01-01", "2026-03-31", "dashAssessments", "", "8", ""]);
    expect(rows).toContainEqual(["2026-01-01", "2026-03-31", "dashAssessments", "MEDIUM", "[c]", "SMALL_COUNT"]);
    expect(rows).toContainEqual(["2026-01-01", "2026-03-31", "maracRepeatRate", "", "0.5385", ""]);
    await expectCsvPath(server, "/reports/victim-safety.csv", "from=2026-01-01&to=2026-03-31", analyst, csv, "victim-safety-2026-01-01-to-2026-03-31.csv");
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
    const admin = await server.token(Role.ADMIN, "admin-safety");
    expect((await report(Q1, admin)).data).toEqual((await report(Q1)).data);
    await expectOnlyReportReaders(server, (token) => report(Q1, token));
    const refused = await report({ from: "2026-04-01", to: "2026-03-31" });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
