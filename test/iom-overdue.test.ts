import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { IomCohortDocument, IomWorkloadDocument, type IomCohortFilter, type IomCohortQuery } from "../client/generated/graphql.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures, type IomFixtures } from "./support/iom-fixtures.js";
import { idsOf, iomOperations, refusals, sorted, type IomOperations, type Officer } from "./support/iom-operations.js";
import { startTestServer, type TestServer } from "./support/server.js";

const NOW = "2026-06-01T12:00:00Z";

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let om1: Officer;
// Bound in beforeAll, once the server is up.
let { select, createPlan, replan, addAction, updateAction, memberDetail, cohort } = {} as IomOperations;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  ({ select, createPlan, replan, addAction, updateAction, memberDetail, cohort } = iomOperations(server, iom));
  om1 = await iom.offenderManager("om-main-1");
});
// Tests that move the clock put it back, so no test sees another's "today".
afterEach(() => server.clock.set(NOW));
afterAll(() => server.close());

describe("overdue reviews and actions", () => {
  const TEAM = "IOM Test Overdue North";
  let ox: Officer;
  let oy: Officer;
  /** m1: review due 1 July, one action due 10 June. m2: FIXED, two actions due 20 and 25 June. m3: no plan. m4: review due 15 June. */
  let m: Record<"m1" | "m2" | "m3" | "m4", string>;

  beforeAll(async () => {
    ox = await iom.offenderManager("om-overdue-x", { team: TEAM });
    oy = await iom.offenderManager("om-overdue-y", { team: TEAM });
    const m1 = (await iom.member(ox.staff.id, { cohortType: "FLEX" })).membership.id;
    const m2 = (await iom.member(ox.staff.id, { cohortType: "FIXED" })).membership.id;
    const m3 = (await iom.member(oy.staff.id, { cohortType: "FREE" })).membership.id;
    const m4 = (await iom.member(oy.staff.id, { cohortType: "FLEX" })).membership.id;
    m = { m1, m2, m3, m4 };
    await iom.plan(m1, [iom.action({ dueOn: "2026-06-10" })], "2026-07-01");
    await iom.plan(
      m2,
      [
        iom.action({ pathway: "DRUGS_ALCOHOL", description: "Alcohol", ownerAgency: "HEALTH", ownerName: "Forward Leeds", dueOn: "2026-06-20" }),
        iom.action({ pathway: "EDUCATION_TRAINING_EMPLOYMENT", description: "Course", ownerAgency: "THIRD_SECTOR", ownerName: "Leeds Works", dueOn: "2026-06-25" }),
      ],
      "2026-08-01",
    );
    await iom.plan(m4, [iom.action({ dueOn: "2026-09-01" })], "2026-06-15");
  });

  const teamIds = async (filter: IomCohortFilter, token = iom.supervisor) => sorted(idsOf(await cohort({ team: TEAM, ...filter }, token)));

  it("marks a review overdue only once its date has passed", async () => {
    server.clock.set("2026-07-01T12:00:00Z");
    const dueToday = await memberDetail(m.m1);
    expect(dueToday.reviewOverdue).toBe(false);
    expect(dueToday.plan).toMatchObject({ reviewDueOn: "2026-07-01", reviewOverdue: false, daysReviewOverdue: 0 });
    expect(await teamIds({ reviewOverdue: true })).toEqual([m.m4]);
    expect(await teamIds({ reviewOverdue: false })).toEqual(sorted([m.m1, m.m2, m.m3]));
    expect((await memberDetail(m.m4)).plan).toMatchObject({ reviewOverdue: true, daysReviewOverdue: 16 });

    server.clock.set("2026-07-02T12:00:00Z");
    const overdue = await memberDetail(m.m1);
    expect(overdue.reviewOverdue).toBe(true);
    expect(overdue.plan).toMatchObject({ reviewOverdue: true, daysReviewOverdue: 1 });
    expect(await teamIds({ reviewOverdue: true })).toEqual(sorted([m.m1, m.m4]));
    expect(await teamIds({ reviewOverdue: false })).toEqual(sorted([m.m2, m.m3]));
  });

  it("dates \"today\" in England: just after midnight in summer time the review is already overdue", async () => {
    server.clock.set("2026-07-01T23:30:00Z"); // 00:30 on 2 July in London
    expect((await memberDetail(m.m1)).plan).toMatchObject({ reviewOverdue: true, daysReviewOverdue: 1 });
    expect(await teamIds({ reviewOverdue: true })).toEqual(sorted([m.m1, m.m4]));
  });

  it("marks open actions past their due date overdue, with the days", async () => {
    server.clock.set("2026-06-25T12:00:00Z");
    const m2 = await memberDetail(m.m2);
    expect(m2.overdueActionCount).toBe(1);
    expect(m2.plan?.actions.map((a) => [a.dueOn, a.overdue, a.daysOverdue])).toEqual([
      ["2026-06-20", true, 5],
      ["2026-06-25", false, 0],
    ]);

    server.clock.set("2026-07-01T12:00:00Z");
    expect((await memberDetail(m.m1)).plan?.actions.map((a) => [a.overdue, a.daysOverdue])).toEqual([[true, 21]]);
    expect((await memberDetail(m.m2)).overdueActionCount).toBe(2);
    expect(await teamIds({ actionOverdue: true })).toEqual(sorted([m.m1, m.m2]));
    expect(await teamIds({ actionOverdue: false })).toEqual(sorted([m.m3, m.m4]));
  });

  it("drops a member from the overdue-action filter once the action is DONE", async () => {
    const team = "IOM Test Overdue South";
    const officer = await iom.offenderManager("om-overdue-z", { team });
    const { membership } = await iom.member(officer.staff.id);
    const [action] = (await iom.plan(membership.id, [iom.action({ dueOn: "2026-06-10" })], "2026-08-01")).actions;
    server.clock.set("2026-06-12T12:00:00Z");
    expect(idsOf(await cohort({ team, actionOverdue: true }))).toEqual([membership.id]);
    expect((await updateAction({ actionId: action!.id, expectedVersion: 1, status: "DONE" }, officer.token)).userErrors).toEqual([]);
    expect(idsOf(await cohort({ team, actionOverdue: true }))).toEqual([]);
    expect(idsOf(await cohort({ team, actionOverdue: false }))).toEqual([membership.id]);
    const detail = await memberDetail(membership.id);
    expect(detail.overdueActionCount).toBe(0);
    expect(detail.plan?.actions.map((a) => [a.status, a.overdue, a.daysOverdue])).toEqual([["DONE", false, 0]]);
  });

  it("filters by pathway, cohort type, team, offender manager and `mine`", async () => {
    expect(await teamIds({})).toEqual(sorted(Object.values(m)));
    expect((await cohort({ team: TEAM })).totalCount).toBe(4);
    expect(await teamIds({ pathway: "ACCOMMODATION" })).toEqual(sorted([m.m1, m.m4]));
    expect(await teamIds({ pathway: "DRUGS_ALCOHOL" })).toEqual([m.m2]);
    expect(await teamIds({ pathway: "PROGRAMME_ATTENDANCE" })).toEqual([]);
    expect(await teamIds({ cohortType: "FIXED" })).toEqual([m.m2]);
    expect(await teamIds({ cohortType: "FLEX" })).toEqual(sorted([m.m1, m.m4]));
    expect(sorted(idsOf(await cohort({ offenderManagerId: oy.staff.id })))).toEqual(sorted([m.m3, m.m4]));
    expect(sorted(idsOf(await cohort({ mine: true }, ox.token)))).toEqual(sorted([m.m1, m.m2]));
    expect(sorted(idsOf(await cohort({ mine: true, cohortType: "FIXED" }, ox.token)))).toEqual([m.m2]);
    expect(idsOf(await cohort({ team: "No Such Team" }))).toEqual([]);
    expect(idsOf(await cohort({ offenderManagerId: "not-an-id" }))).toEqual([]);
  });

  it("counts the team's workload, and each offender manager's, to match", async () => {
    server.clock.set("2026-07-01T12:00:00Z");
    const team = await server.query(IomWorkloadDocument, { team: TEAM }, ox.token);
    expect(team.iomWorkload).toEqual([
      { team: TEAM, offenderManager: null, openMembers: 4, withoutLivePlan: 1, reviewsOverdue: 1, actionsOverdue: 3, membersWithOverdueActions: 2, suppressed: false },
    ]);
    const byOfficer = await server.query(IomWorkloadDocument, { team: TEAM, byOffenderManager: true }, ox.token);
    const rows = Object.fromEntries(byOfficer.iomWorkload.map((row) => [row.offenderManager?.id, row]));
    expect(byOfficer.iomWorkload).toHaveLength(2);
    expect(rows[ox.staff.id]).toMatchObject({ team: TEAM, openMembers: 2, withoutLivePlan: 0, reviewsOverdue: 0, actionsOverdue: 3, membersWithOverdueActions: 2, suppressed: false });
    expect(rows[oy.staff.id]).toMatchObject({ team: TEAM, openMembers: 2, withoutLivePlan: 1, reviewsOverdue: 1, actionsOverdue: 0, membersWithOverdueActions: 0, suppressed: false });

    // Every team at once has the same row for this team.
    const all = await server.query(IomWorkloadDocument, {}, iom.supervisor);
    expect(all.iomWorkload.find((row) => row.team === TEAM)).toEqual(team.iomWorkload[0]);
  });
});

describe("paging through the cohort", () => {
  const TEAM = "IOM Test Paging";
  let created: string[];
  beforeAll(async () => {
    const officer = await iom.offenderManager("om-paging", { team: TEAM });
    created = [];
    for (const startedOn of ["2026-01-05", "2026-02-10", "2026-02-10", "2026-02-10", "2026-03-15", "2026-04-01", "2026-05-30"]) {
      created.push((await iom.member(officer.staff.id, { startedOn })).membership.id);
    }
  });

  async function walk(filter: IomCohortFilter, first: number) {
    const seen: string[] = [];
    const pages: number[] = [];
    let after: string | null | undefined = null;
    const totals = new Set<number>();
    for (let guard = 0; guard < 100; guard++) {
      const page: IomCohortQuery["iomCohort"] = (await server.query(IomCohortDocument, { first, after, filter }, iom.supervisor)).iomCohort;
      seen.push(...idsOf(page));
      pages.push(page.edges.length);
      totals.add(page.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      after = page.pageInfo.endCursor;
    }
    return { seen, pages, totals };
  }

  it("walks a team's members in pages without repeats or gaps, newest selection first", async () => {
    const { seen, pages, totals } = await walk({ team: TEAM }, 3);
    expect(pages).toEqual([3, 3, 1]);
    expect([...totals]).toEqual([7]);
    expect(new Set(seen).size).toBe(7);
    expect(sorted(seen)).toEqual(sorted(created));
    const whole = await cohort({ team: TEAM });
    expect(seen).toEqual(idsOf(whole));
    expect(whole.edges.map((edge) => edge.node.startedOn)).toEqual(["2026-05-30", "2026-04-01", "2026-03-15", "2026-02-10", "2026-02-10", "2026-02-10", "2026-01-05"]);
  });

  it("walks the whole cohort, ended members included, and matches totalCount", async () => {
    const { seen, totals } = await walk({ includeEnded: true }, 5);
    expect(totals.size).toBe(1);
    expect(seen.length).toBe([...totals][0]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([0, 101, -1])("refuses first: %i with BAD_USER_INPUT", async (first) => {
    const result = await server.request(IomCohortDocument, { first }, iom.supervisor);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.data?.iomCohort ?? null).toBeNull();
  });

  it("refuses a cursor it did not issue with BAD_USER_INPUT", async () => {
    const result = await server.request(IomCohortDocument, { first: 5, after: "bm90LWEtY3Vyc29y" }, iom.supervisor);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("concurrent changes", () => {
  const times = <T>(n: number, run: () => Promise<T>) => Promise.all(Array.from({ length: n }, run));

  it("selects a person once when selections race", async () => {
    const person = await fx.person();
    const results = await times(6, () => select({ perpetratorId: person.id, offenderManagerId: om1.staff.id }));
    expect(results.filter((r) => r.membership)).toHaveLength(1);
    expect(results.filter((r) => r.membership === null).map(refusals)).toEqual(Array(5).fill([{ code: "DUPLICATE", field: ["input", "perpetratorId"] }]));
    const both = await cohort({ perpetratorId: person.id, includeEnded: true });
    expect(both.totalCount).toBe(1);
    expect((await memberDetail(both.edges[0]!.node.id)).offenderManagerHistory).toHaveLength(1);
  });

  it("creates one first plan, and one re-plan per version, when they race", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const creates = await times(6, () => createPlan(membership.id, [iom.action()]));
    expect(creates.filter((r) => r.plan)).toHaveLength(1);
    expect(creates.filter((r) => !r.plan).map(refusals)).toEqual(Array(5).fill([{ code: "DUPLICATE", field: ["input", "membershipId"] }]));

    const replans = await times(6, () => replan({ membershipId: membership.id, expectedPlanVersion: 1, reviewDueOn: "2026-08-01", actions: [] }));
    expect(replans.filter((r) => r.plan).map((r) => r.plan!.version)).toEqual([2]);
    expect(replans.filter((r) => !r.plan).map(refusals)).toEqual(Array(5).fill([{ code: "CONFLICT", field: ["input", "expectedPlanVersion"] }]));
    const versions = (await memberDetail(membership.id)).planVersions;
    expect(versions.edges.map((edge) => [edge.node.version, edge.node.status])).toEqual([
      [2, "LIVE"],
      [1, "SUPERSEDED"],
    ]);
  });

  it("appends every racing addPlanAction, in some order, without losing one", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    const results = await Promise.all(Array.from({ length: 6 }, (_, n) => addAction(plan.id, iom.action({ description: `Racing action ${n}` }))));
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    const actions = (await memberDetail(membership.id)).plan!.actions;
    expect(actions).toHaveLength(7);
    expect(actions[0]!.id).toBe(plan.actions[0]!.id);
    expect(sorted(actions.slice(1).map((a) => a.description))).toEqual(sorted(results.map((r) => r.action!.description)));
  });

  it("lets one of several updates with the same expectedVersion win", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const [action] = (await iom.plan(membership.id)).actions;
    const results = await times(6, () => updateAction({ actionId: action!.id, expectedVersion: 1, status: "IN_PROGRESS" }));
    expect(results.filter((r) => r.action).map((r) => r.action!.version)).toEqual([2]);
    expect(results.filter((r) => !r.action).map(refusals)).toEqual(Array(5).fill([{ code: "CONFLICT", field: ["input", "expectedVersion"] }]));
  });
});
