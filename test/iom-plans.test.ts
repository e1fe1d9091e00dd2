import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PlanActionInput } from "../client/generated/graphql.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures, type IomFixtures } from "./support/iom-fixtures.js";
import { iomOperations, iso, refusals, type IomOperations, type Officer } from "./support/iom-operations.js";
import { startTestServer, type TestServer } from "./support/server.js";

const NOW = "2026-06-01T12:00:00Z";

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let om1: Officer;
// Bound in beforeAll, once the server is up.
let { createPlan, replan, updateAction, review, memberDetail } = {} as IomOperations;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  ({ createPlan, replan, updateAction, review, memberDetail } = iomOperations(server, iom));
  om1 = await iom.offenderManager("om-main-1");
});
// Tests that move the clock put it back, so no test sees another's "today".
afterEach(() => server.clock.set(NOW));
afterAll(() => server.close());

describe("intervention plan versions", () => {
  it("creates version 1, live, with its actions in order; a second plan is a DUPLICATE", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const payload = await createPlan(
      membership.id,
      [
        iom.action(),
        iom.action({ pathway: "DRUGS_ALCOHOL", description: "Alcohol assessment", ownerAgency: "POLICE", ownerStaffId: om1.staff.id, ownerName: null, dueOn: "2026-06-15" }),
        iom.action({ pathway: "CHILDREN_FAMILIES", description: "Contact centre visits", ownerAgency: "COUNCIL", ownerName: "Children's Services", dueOn: "2026-09-01" }),
      ],
      "2026-08-01",
      om1.token,
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.plan).toMatchObject({ version: 1, status: "LIVE", summary: "First plan", reviewDueOn: "2026-08-01", reviewOverdue: false, daysReviewOverdue: 0, createdBy: "om-main-1", endedAt: null });
    expect(payload.plan!.actions.map((action) => [action.pathway, action.description, action.status, action.version, action.ownerStaff?.id ?? action.ownerName])).toEqual([
      ["ACCOMMODATION", "Attend Housing Options appointment", "PLANNED", 1, "Leeds Housing Options"],
      ["DRUGS_ALCOHOL", "Alcohol assessment", "PLANNED", 1, om1.staff.id],
      ["CHILDREN_FAMILIES", "Contact centre visits", "PLANNED", 1, "Children's Services"],
    ]);

    const again = await createPlan(membership.id, [iom.action()]);
    expect(again.plan).toBeNull();
    expect(refusals(again)).toEqual([{ code: "DUPLICATE", field: ["input", "membershipId"] }]);
    const detail = await memberDetail(membership.id);
    expect(detail.plan?.id).toBe(payload.plan!.id);
    expect(detail.planVersions.totalCount).toBe(1);
  });

  it("re-plans: the old version is kept SUPERSEDED as it stood, open actions carry over and closed ones do not", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const v1 = await iom.plan(membership.id, [
      iom.action({ description: "Housing" }),
      iom.action({ pathway: "DRUGS_ALCOHOL", description: "Alcohol", ownerAgency: "HEALTH", ownerName: "Forward Leeds" }),
      iom.action({ pathway: "EDUCATION_TRAINING_EMPLOYMENT", description: "Job centre", ownerAgency: "THIRD_SECTOR", ownerName: "Leeds Works" }),
    ]);
    const [housing, alcohol, jobs] = v1.actions;
    expect((await updateAction({ actionId: housing!.id, expectedVersion: 1, status: "IN_PROGRESS" })).userErrors).toEqual([]);
    expect((await updateAction({ actionId: alcohol!.id, expectedVersion: 1, status: "DONE", notes: "Completed" })).userErrors).toEqual([]);

    const payload = await replan({
      membershipId: membership.id,
      expectedPlanVersion: 1,
      summary: "Second version",
      reviewDueOn: "2026-09-01",
      actions: [iom.action({ pathway: "FINANCE_BENEFIT_DEBT", description: "Debt advice", ownerAgency: "THIRD_SECTOR", ownerName: "Citizens Advice" })],
    });
    expect(payload.userErrors).toEqual([]);
    const v2 = payload.plan!;
    expect(v2).toMatchObject({ version: 2, status: "LIVE", summary: "Second version", reviewDueOn: "2026-09-01", endedAt: null });
    expect(v2.actions.map((action) => [action.description, action.status])).toEqual([
      ["Housing", "IN_PROGRESS"],
      ["Job centre", "PLANNED"],
      ["Debt advice", "PLANNED"],
    ]);
    expect(v2.actions.map((action) => action.id)).not.toContain(housing!.id);

    const detail = await memberDetail(membership.id);
    expect(detail.plan?.id).toBe(v2.id);
    expect(detail.planVersions.edges.map((edge) => [edge.node.version, edge.node.status])).toEqual([
      [2, "LIVE"],
      [1, "SUPERSEDED"],
    ]);
    const superseded = detail.planVersions.edges[1]!.node;
    expect(iso(superseded.endedAt)).toBe(new Date(NOW).toISOString());
    expect(superseded.actions.map((action) => [action.id, action.status, action.version])).toEqual([
      [housing!.id, "IN_PROGRESS", 2],
      [alcohol!.id, "DONE", 2],
      [jobs!.id, "PLANNED", 1],
    ]);

    const stale = await replan({ membershipId: membership.id, expectedPlanVersion: 1, reviewDueOn: "2026-09-01", actions: [iom.action()] });
    expect(stale.plan).toBeNull();
    expect(refusals(stale)).toEqual([{ code: "CONFLICT", field: ["input", "expectedPlanVersion"] }]);

    const empty = await replan({ membershipId: membership.id, expectedPlanVersion: 2, reviewDueOn: "2026-09-01", carryOverOpenActions: false, actions: [] });
    expect(refusals(empty)).toEqual([{ code: "INVALID", field: ["input", "actions"] }]);

    const fresh = await replan({ membershipId: membership.id, expectedPlanVersion: 2, reviewDueOn: "2026-09-01", carryOverOpenActions: false, actions: [iom.action({ description: "Fresh start" })] });
    expect(fresh.userErrors).toEqual([]);
    expect(fresh.plan?.version).toBe(3);
    expect(fresh.plan?.actions.map((action) => [action.description, action.status])).toEqual([["Fresh start", "PLANNED"]]);

    const versions = (await memberDetail(membership.id)).planVersions;
    expect(versions.totalCount).toBe(3);
    expect(versions.edges.map((edge) => [edge.node.version, edge.node.status])).toEqual([
      [3, "LIVE"],
      [2, "SUPERSEDED"],
      [1, "SUPERSEDED"],
    ]);
  });

  it("answers a re-plan of a member with no plan with CONFLICT", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const payload = await replan({ membershipId: membership.id, expectedPlanVersion: 1, reviewDueOn: "2026-08-01", actions: [iom.action()] });
    expect(refusals(payload)).toEqual([{ code: "CONFLICT", field: ["input", "expectedPlanVersion"] }]);
    expect((await memberDetail(membership.id)).plan).toBeNull();
  });

  it("lists plan versions newest first in the planVersions connection", async () => {
    const { membership } = await iom.member(om1.staff.id);
    await iom.plan(membership.id);
    expect((await replan({ membershipId: membership.id, expectedPlanVersion: 1, reviewDueOn: "2026-08-15", actions: [] })).userErrors).toEqual([]);
    const versions = (await memberDetail(membership.id)).planVersions;
    expect(versions.totalCount).toBe(2);
    expect(versions.edges.map((edge) => edge.node.version)).toEqual([2, 1]);
  });

  describe("validation", () => {
    let membershipId: string;
    let perpetratorId: string;
    let ownReferralId: string;
    let otherReferralId: string;
    beforeAll(async () => {
      const member = await iom.member(om1.staff.id);
      membershipId = member.membership.id;
      perpetratorId = member.perpetratorId;
      ownReferralId = (await fx.refer(perpetratorId, "CHOICES")).id;
      otherReferralId = (await fx.refer((await fx.person()).id, "CHOICES")).id;
    });

    const programme = (referralId: string) =>
      iom.action({ pathway: "PROGRAMME_ATTENDANCE", description: "Complete Choices", ownerAgency: "THIRD_SECTOR", ownerName: "Choices provider", referralId });

    it.each<[string, () => { reviewDueOn?: string; actions?: PlanActionInput[] }, { code: string; field: string[] }[]]>([
      ["a plan with no actions", () => ({ actions: [] }), [{ code: "INVALID", field: ["input", "actions"] }]],
      ["a review date in the past", () => ({ reviewDueOn: "2026-05-31" }), [{ code: "INVALID", field: ["input", "reviewDueOn"] }]],
      ["a review date of today", () => ({ reviewDueOn: "2026-06-01" }), [{ code: "INVALID", field: ["input", "reviewDueOn"] }]],
      ["a review date more than six months ahead", () => ({ reviewDueOn: "2026-12-02" }), [{ code: "INVALID", field: ["input", "reviewDueOn"] }]],
      [
        "an action due in the past, by its position",
        () => ({ actions: [iom.action(), iom.action({ dueOn: "2026-05-31" })] }),
        [{ code: "INVALID", field: ["input", "actions", "1", "dueOn"] }],
      ],
      ["an action due more than 24 months ahead", () => ({ actions: [iom.action({ dueOn: "2028-06-02" })] }), [{ code: "INVALID", field: ["input", "actions", "0", "dueOn"] }]],
      ["another person's referral", () => ({ actions: [iom.action(), programme(otherReferralId)] }), [{ code: "INVALID", field: ["input", "actions", "1", "referralId"] }]],
      [
        "a referral on a pathway other than programme attendance",
        () => ({ actions: [iom.action({ referralId: ownReferralId })] }),
        [{ code: "INVALID", field: ["input", "actions", "0", "referralId"] }],
      ],
      [
        "an owner from another agency than the one named",
        () => ({ actions: [iom.action({ ownerAgency: "PROBATION", ownerStaffId: om1.staff.id, ownerName: null })] }),
        [{ code: "INVALID", field: ["input", "actions", "0", "ownerAgency"] }],
      ],
      ["an action with no owner", () => ({ actions: [iom.action({ ownerName: null })] }), [{ code: "INVALID", field: ["input", "actions", "0", "ownerName"] }]],
      ["an unknown referral", () => ({ actions: [programme(toGlobalId("Referral", randomUUID()))] }), [{ code: "NOT_FOUND", field: ["input", "actions", "0", "referralId"] }]],
    ])("refuses %s", async (_label, make, expected) => {
      const { reviewDueOn = "2026-08-01", actions = [iom.action()] } = make();
      const payload = await createPlan(membershipId, actions, reviewDueOn);
      expect(payload.plan).toBeNull();
      expect(refusals(payload)).toEqual(expected);
      expect((await memberDetail(membershipId)).planVersions.totalCount).toBe(0);
    });

    it("accepts a review date exactly six months ahead and a programme action on the member's own referral", async () => {
      const { membership, perpetratorId: own } = await iom.member(om1.staff.id);
      const referral = await fx.refer(own, "CHOICES");
      const payload = await createPlan(membership.id, [programme(referral.id)], "2026-12-01");
      expect(payload.userErrors).toEqual([]);
      expect(payload.plan).toMatchObject({ reviewDueOn: "2026-12-01", actions: [expect.objectContaining({ pathway: "PROGRAMME_ATTENDANCE" })] });
    });
  });
});

describe("plan reviews", () => {
  it("records a review, moves the plan's review date and lists it", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    server.clock.set("2026-06-20T09:00:00Z");
    const payload = await review({ planId: plan.id, reviewedOn: "2026-06-20", outcome: "PARTIAL_PROGRESS", notes: "Housing in progress", nextReviewOn: "2026-09-20" }, om1.token);
    expect(payload.userErrors).toEqual([]);
    expect(payload.review).toEqual({
      reviewedOn: "2026-06-20",
      outcome: "PARTIAL_PROGRESS",
      notes: "Housing in progress",
      nextReviewOn: "2026-09-20",
      reviewerSub: "om-main-1",
      reviewerName: om1.staff.name,
    });
    expect(payload.plan).toEqual({ id: plan.id, reviewDueOn: "2026-09-20", reviewOverdue: false });

    const detail = await memberDetail(membership.id);
    expect(detail.plan).toMatchObject({ id: plan.id, version: 1, reviewDueOn: "2026-09-20" });
    expect(detail.plan?.lastReview).toMatchObject({ reviewedOn: "2026-06-20", outcome: "PARTIAL_PROGRESS", nextReviewOn: "2026-09-20", reviewerSub: "om-main-1" });
    expect(detail.plan?.reviews.totalCount).toBe(1);

    server.clock.set("2026-07-10T09:00:00Z");
    expect((await review({ planId: plan.id, reviewedOn: "2026-07-10", outcome: "ON_TRACK", nextReviewOn: "2026-10-01" })).userErrors).toEqual([]);
    const after = await memberDetail(membership.id);
    expect(after.plan?.reviewDueOn).toBe("2026-10-01");
    expect(after.plan?.lastReview).toMatchObject({ reviewedOn: "2026-07-10", outcome: "ON_TRACK" });
    expect(after.plan?.reviews.totalCount).toBe(2);
    expect(after.plan?.reviews.edges.map((edge) => edge.node.reviewedOn)).toEqual(["2026-07-10", "2026-06-20"]);
  });

  // Same-day reviews are allowed; they list in the order recorded (ids are random, so they cannot break the tie).
  it("lists same-day reviews newest first, the first one being lastReview", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    const outcomes = ["ON_TRACK", "PARTIAL_PROGRESS", "NOT_ENGAGING", "RISK_INCREASED", "DESELECTION_RECOMMENDED", "ON_TRACK", "PARTIAL_PROGRESS", "NOT_ENGAGING"] as const;
    for (const [n, outcome] of outcomes.entries()) {
      const next = `2026-07-${String(n + 10).padStart(2, "0")}`;
      expect((await review({ planId: plan.id, reviewedOn: "2026-06-01", outcome, notes: `review ${n + 1}`, nextReviewOn: next })).userErrors).toEqual([]);
    }
    const detail = await memberDetail(membership.id);
    // The last review recorded set the review date, and is the plan's lastReview.
    expect(detail.plan?.reviewDueOn).toBe("2026-07-17");
    expect(detail.plan?.lastReview).toMatchObject({ notes: "review 8", nextReviewOn: "2026-07-17" });
    expect(detail.plan?.reviews.edges.map((edge) => edge.node.nextReviewOn)).toEqual(outcomes.map((_, n) => `2026-07-${String(n + 10).padStart(2, "0")}`).reverse());
  });

  it.each([
    ["a review in the future", { reviewedOn: "2026-06-21", nextReviewOn: "2026-08-01" }, [{ code: "INVALID", field: ["input", "reviewedOn"] }]],
    ["a next review on the review day", { reviewedOn: "2026-06-20", nextReviewOn: "2026-06-20" }, [{ code: "INVALID", field: ["input", "nextReviewOn"] }]],
    ["a next review before the review", { reviewedOn: "2026-06-20", nextReviewOn: "2026-06-19" }, [{ code: "INVALID", field: ["input", "nextReviewOn"] }]],
    ["a next review more than six months on", { reviewedOn: "2026-06-20", nextReviewOn: "2026-12-21" }, [{ code: "INVALID", field: ["input", "nextReviewOn"] }]],
    ["a review earlier than the last one", { reviewedOn: "2026-06-10", nextReviewOn: "2026-08-01" }, [{ code: "INVALID", field: ["input", "reviewedOn"] }]],
  ])("refuses %s", async (_label, dates, expected) => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    server.clock.set("2026-06-20T09:00:00Z");
    expect((await review({ planId: plan.id, reviewedOn: "2026-06-15", outcome: "ON_TRACK", nextReviewOn: "2026-08-15" })).userErrors).toEqual([]);
    const payload = await review({ planId: plan.id, outcome: "ON_TRACK", ...dates });
    expect(payload.review).toBeNull();
    expect(refusals(payload)).toEqual(expected);
    const detail = await memberDetail(membership.id);
    expect(detail.plan).toMatchObject({ reviewDueOn: "2026-08-15", reviews: { totalCount: 1 } });
  });

  it("refuses a review dated before the plan was made", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    const payload = await review({ planId: plan.id, reviewedOn: "2026-05-31", outcome: "ON_TRACK", nextReviewOn: "2026-08-01" });
    expect(refusals(payload)).toEqual([{ code: "INVALID", field: ["input", "reviewedOn"] }]);
  });

  it("accepts a next review exactly six months on", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    const payload = await review({ planId: plan.id, reviewedOn: "2026-06-01", outcome: "ON_TRACK", nextReviewOn: "2026-12-01" });
    expect(payload.userErrors).toEqual([]);
  });

  it("refuses a review of a superseded plan with PLAN_NOT_LIVE", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const v1 = await iom.plan(membership.id);
    expect((await replan({ membershipId: membership.id, expectedPlanVersion: 1, reviewDueOn: "2026-08-01", actions: [] })).userErrors).toEqual([]);
    const payload = await review({ planId: v1.id, reviewedOn: "2026-06-01", outcome: "ON_TRACK", nextReviewOn: "2026-08-01" });
    expect(payload.review).toBeNull();
    expect(refusals(payload)).toEqual([{ code: "PLAN_NOT_LIVE", field: ["input", "planId"] }]);
  });
});
