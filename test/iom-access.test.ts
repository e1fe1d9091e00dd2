import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddPlanActionDocument,
  CreateInterventionPlanDocument,
  IomStaffDocument,
  IomCohortDocument,
  IomMemberPageDocument,
  IomTestNodeDocument,
  IomTestReferralPersonDocument,
  IomWorkloadDocument,
  PerpetratorIomMembershipDocument,
  RecordPlanReviewDocument,
  ReplanInterventionDocument,
  SelectForIomCohortDocument,
  UpdatePlanActionDocument,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import type { Fixtures } from "./support/fixtures.js";
import type { IomFixtures } from "./support/iom-fixtures.js";
import { iomAccessScenario, type Member, type Officer } from "./support/iom-access-scenario.js";
import type { GraphQLResponse, TestServer } from "./support/server.js";

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let om: Officer;
let otherOfficer: Officer;
let police: string;
let probationOwner: string;
let probationElsewhere: string;
/** A probation case (allocated to prob-1 of "Probation Service"), placed in a group `fac-iom-acc` runs. */
let caseMember: Member & { referralId: string };
/** No referral; probation-owner owns one of its actions. */
let ownedMember: Member & { ownedActionId: string; otherActionId: string };
/** No probation link at all. */
let otherMember: Member;

beforeAll(async () => {
  ({ server, fx, iom, om, otherOfficer, police, probationOwner, probationElsewhere, caseMember, ownedMember, otherMember } = await iomAccessScenario());
});
afterAll(() => server.close());

function expectForbidden(result: GraphQLResponse<unknown>) {
  expect(result.status).toBe(200);
  expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
}

/** A fresh member of `om` with no plan yet. */
async function freshMember(managerId = om.staff.id) {
  const { membership, perpetratorId } = await iom.member(managerId);
  return { membershipId: membership.id, perpetratorId };
}

async function memberAsSupervisor(id: string) {
  return (await server.query(IomMemberPageDocument, { id }, iom.supervisor)).iomMembership!;
}

const allMemberIds = () => [caseMember.membershipId, ownedMember.membershipId, otherMember.membershipId];

describe("roles that read the whole cohort", () => {
  it.each<[string, () => Promise<string>]>([
    ["IOM_OFFICER (not the offender manager)", async () => otherOfficer.token],
    ["POLICE", async () => police],
    ["IOM_SUPERVISOR", async () => iom.supervisor],
    ["ADMIN", async () => fx.admin],
  ])("%s reads the cohort, a member, their plan and actions", async (_role, token) => {
    const bearer = await token();
    const cohort = await server.query(IomCohortDocument, { first: 100 }, bearer);
    expect(cohort.iomCohort.edges.map((edge) => edge.node.id)).toEqual(expect.arrayContaining(allMemberIds()));
    expect(cohort.iomCohort.totalCount).toBeGreaterThanOrEqual(3);

    const member = (await server.query(IomMemberPageDocument, { id: otherMember.membershipId }, bearer)).iomMembership;
    expect(member).toMatchObject({ id: otherMember.membershipId, perpetrator: { id: otherMember.perpetratorId }, offenderManager: { id: om.staff.id } });
    expect(member?.plan?.id).toBe(otherMember.plan.id);
    expect(member?.plan?.actions.map((action) => action.id)).toEqual(otherMember.plan.actions.map((action) => action.id));

    const nodes: [string, string][] = [
      [otherMember.membershipId, "IomMembership"],
      [otherMember.plan.id, "InterventionPlan"],
      [otherMember.plan.actions[0]!.id, "PlanAction"],
      [om.staff.id, "IomStaffMember"],
    ];
    for (const [id, typename] of nodes) {
      const node = await server.query(IomTestNodeDocument, { id }, bearer);
      expect(node.node).toMatchObject({ id, __typename: typename });
    }

    const person = await server.query(PerpetratorIomMembershipDocument, { id: otherMember.perpetratorId }, bearer);
    expect(person.perpetrator?.iomMembership?.id).toBe(otherMember.membershipId);
    const staff = await server.query(IomStaffDocument, { first: 50 }, bearer);
    expect(staff.iomStaff.edges.map((edge) => edge.node.id)).toContain(om.staff.id);
  });
});

describe("roles with no IOM access", () => {
  it.each([Role.FACILITATOR, Role.ANALYST, Role.AUDITOR, Role.SAFEGUARDING])("%s is refused the cohort, its members, staff and every IOM node", async (role) => {
    const token = await server.token(role, `${role.toLowerCase()}-iom-acc`);

    const cohort = await server.request(IomCohortDocument, { first: 10 }, token);
    expectForbidden(cohort);
    expect(cohort.data?.iomCohort ?? null).toBeNull();

    const member = await server.request(IomMemberPageDocument, { id: caseMember.membershipId }, token);
    expectForbidden(member);
    expect(member.data?.iomMembership ?? null).toBeNull();

    const staff = await server.request(IomStaffDocument, { first: 10 }, token);
    expectForbidden(staff);
    expect(staff.data?.iomStaff ?? null).toBeNull();

    for (const id of [caseMember.membershipId, caseMember.plan.id, caseMember.plan.actions[0]!.id, om.staff.id]) {
      const node = await server.request(IomTestNodeDocument, { id }, token);
      expectForbidden(node);
      expect(node.data?.node ?? null).toBeNull();
    }
  });

  it("SAFEGUARDING reads the person but is refused their IOM membership", async () => {
    const token = await server.token(Role.SAFEGUARDING, "safeguarding-iom-acc");
    const result = await server.request(PerpetratorIomMembershipDocument, { id: caseMember.perpetratorId }, token);
    expectForbidden(result);
    expect(result.errors?.[0]?.path).toEqual(["perpetrator", "iomMembership"]);
    expect(result.data?.perpetrator).toEqual({ id: caseMember.perpetratorId, iomMembership: null });
  });

  it("a FACILITATOR reaching the person through their own group's referral is refused the IOM membership", async () => {
    const token = await server.token(Role.FACILITATOR, "fac-iom-acc");
    const result = await server.request(IomTestReferralPersonDocument, { id: caseMember.referralId }, token);
    expectForbidden(result);
    expect(result.errors?.[0]?.path).toEqual(["referral", "perpetrator", "iomMembership"]);
    expect(result.data?.referral).toEqual({ id: caseMember.referralId, perpetrator: { id: caseMember.perpetratorId, iomMembership: null } });
  });
});

describe("probation: its cases only", () => {
  const cohortIds = async (token: string, filter = {}) => {
    const data = await server.query(IomCohortDocument, { first: 100, filter }, token);
    return { ids: data.iomCohort.edges.map((edge) => edge.node.id), total: data.iomCohort.totalCount };
  };

  it("lists the members its organisation referred, those whose actions it owns, and no one else", async () => {
    expect(await cohortIds(fx.probation)).toEqual({ ids: [caseMember.membershipId], total: 1 });
    expect(await cohortIds(probationOwner)).toEqual({ ids: [ownedMember.membershipId], total: 1 });
    expect(await cohortIds(probationElsewhere)).toEqual({ ids: [], total: 0 });
    // Filters narrow the scope, never widen it.
    expect(await cohortIds(fx.probation, { perpetratorId: otherMember.perpetratorId, includeEnded: true })).toEqual({ ids: [], total: 0 });
    expect(await cohortIds(fx.probation, { offenderManagerId: om.staff.id })).toEqual({ ids: [caseMember.membershipId], total: 1 });
  });

  it("reads its case, with plan and actions, but not another member by id or node(id)", async () => {
    const own = await server.query(IomMemberPageDocument, { id: caseMember.membershipId }, fx.probation);
    expect(own.iomMembership?.plan?.actions.map((action) => action.id)).toEqual(caseMember.plan.actions.map((action) => action.id));
    expect((await server.query(IomTestNodeDocument, { id: caseMember.plan.id }, fx.probation)).node).toMatchObject({ __typename: "InterventionPlan" });

    // Not their case reads as not there: null, with no error to confirm the member exists.
    const other = await server.request(IomMemberPageDocument, { id: otherMember.membershipId }, fx.probation);
    expect(other.errors).toBeUndefined();
    expect(other.data?.iomMembership ?? null).toBeNull();
    for (const id of [otherMember.membershipId, otherMember.plan.id, otherMember.plan.actions[0]!.id, ownedMember.ownedActionId]) {
      const node = await server.request(IomTestNodeDocument, { id }, fx.probation);
      expect(node.errors).toBeUndefined();
      expect(node.data?.node ?? null).toBeNull();
    }
    const elsewhere = await server.request(IomTestNodeDocument, { id: caseMember.membershipId }, probationElsewhere);
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.node ?? null).toBeNull();
  });

  it("sees Perpetrator.iomMembership as null for someone who is not its case", async () => {
    const other = await server.request(PerpetratorIomMembershipDocument, { id: otherMember.perpetratorId }, fx.probation);
    expect(other.errors).toBeUndefined();
    expect(other.data?.perpetrator).toEqual({ id: otherMember.perpetratorId, iomMembership: null });
    const own = await server.query(PerpetratorIomMembershipDocument, { id: caseMember.perpetratorId }, fx.probation);
    expect(own.perpetrator?.iomMembership?.id).toBe(caseMember.membershipId);
    const notMine = await server.query(PerpetratorIomMembershipDocument, { id: caseMember.perpetratorId }, probationElsewhere);
    expect(notMine.perpetrator?.iomMembership).toBeNull();
  });

  it("lets an action's owner move its status and notes on, but not change its date or description", async () => {
    const moved = await server.query(
      UpdatePlanActionDocument,
      { input: { actionId: ownedMember.ownedActionId, expectedVersion: 1, status: "IN_PROGRESS", notes: "First supervision held" } },
      probationOwner,
    );
    expect(moved.updatePlanAction.userErrors).toEqual([]);
    expect(moved.updatePlanAction.action).toMatchObject({ status: "IN_PROGRESS", notes: "First supervision held", version: 2 });
    // A form that always sends clearReferral: false is not changing the referral.
    const notesOnly = await server.query(
      UpdatePlanActionDocument,
      { input: { actionId: ownedMember.ownedActionId, expectedVersion: 2, notes: "Second supervision held", clearReferral: false } },
      probationOwner,
    );
    expect(notesOnly.updatePlanAction.userErrors).toEqual([]);
    expect(notesOnly.updatePlanAction.action).toMatchObject({ status: "IN_PROGRESS", notes: "Second supervision held", version: 3 });

    for (const change of [{ dueOn: "2026-08-20" }, { description: "Fewer sessions" }, { ownerName: "Someone else" }]) {
      const refused = await server.request(UpdatePlanActionDocument, { input: { actionId: ownedMember.ownedActionId, expectedVersion: 3, ...change } }, probationOwner);
      expectForbidden(refused);
      expect(refused.data?.updatePlanAction ?? null).toBeNull();
    }
    const notTheirs = await server.request(UpdatePlanActionDocument, { input: { actionId: ownedMember.otherActionId, expectedVersion: 1, status: "IN_PROGRESS" } }, probationOwner);
    expectForbidden(notTheirs);

    const actions = (await memberAsSupervisor(ownedMember.membershipId)).plan!.actions;
    expect(actions.map((action) => [action.description, action.dueOn, action.status, action.version])).toEqual([
      ["Attend Housing Options appointment", "2026-07-01", "PLANNED", 1],
      ["Supervision sessions", "2026-07-20", "IN_PROGRESS", 3],
    ]);
  });

  it("may not create, re-plan, add to or review a plan", async () => {
    const unplanned = await freshMember();
    await fx.allocateCase(unplanned.perpetratorId); // now a probation case of fx.probation
    expect((await cohortIds(fx.probation)).ids).toContain(unplanned.membershipId);

    for (const token of [fx.probation, probationOwner]) {
      const create = await server.request(CreateInterventionPlanDocument, { input: { membershipId: unplanned.membershipId, reviewDueOn: "2026-08-01", actions: [iom.action()] } }, token);
      expectForbidden(create);
      expect(create.data?.createInterventionPlan ?? null).toBeNull();
    }
    const planId = ownedMember.plan.id;
    expectForbidden(await server.request(ReplanInterventionDocument, { input: { membershipId: ownedMember.membershipId, expectedPlanVersion: 1, reviewDueOn: "2026-08-01" } }, probationOwner));
    expectForbidden(await server.request(AddPlanActionDocument, { input: { planId, action: iom.action() } }, probationOwner));
    const review = await server.request(RecordPlanReviewDocument, { input: { planId, reviewedOn: "2026-06-01", outcome: "ON_TRACK", nextReviewOn: "2026-08-01" } }, probationOwner);
    expectForbidden(review);
    expect(review.data?.recordPlanReview ?? null).toBeNull();

    expect((await memberAsSupervisor(unplanned.membershipId)).plan).toBeNull();
    const owned = await memberAsSupervisor(ownedMember.membershipId);
    expect(owned.planVersions.totalCount).toBe(1);
    expect(owned.plan?.reviews.totalCount).toBe(0);
    expect(owned.plan?.actions).toHaveLength(2);
  });
});

describe("iomWorkload", () => {
  const BIG = "Access Workload Big";
  const SMALL = "Access Workload Small";
  beforeAll(async () => {
    const big = await iom.offenderManager("om-workload-big", { team: BIG });
    for (let i = 0; i < 5; i++) await freshMember(big.staff.id);
    const small = await iom.offenderManager("om-workload-small", { team: SMALL });
    const planned = await freshMember(small.staff.id);
    await iom.plan(planned.membershipId);
    await freshMember(small.staff.id);
  });

  it("shows analysts team counts with 1 to 4 withheld", async () => {
    const analyst = await server.token(Role.ANALYST, "analyst-iom");
    const big = await server.query(IomWorkloadDocument, { team: BIG }, analyst);
    expect(big.iomWorkload).toEqual([
      { team: BIG, offenderManager: null, openMembers: 5, withoutLivePlan: 5, reviewsOverdue: 0, actionsOverdue: 0, membersWithOverdueActions: 0, suppressed: false },
    ]);
    const small = await server.query(IomWorkloadDocument, { team: SMALL }, analyst);
    expect(small.iomWorkload).toEqual([
      { team: SMALL, offenderManager: null, openMembers: null, withoutLivePlan: null, reviewsOverdue: 0, actionsOverdue: 0, membersWithOverdueActions: 0, suppressed: true },
    ]);
    const exact = await server.query(IomWorkloadDocument, { team: SMALL }, otherOfficer.token);
    expect(exact.iomWorkload).toEqual([
      { team: SMALL, offenderManager: null, openMembers: 2, withoutLivePlan: 1, reviewsOverdue: 0, actionsOverdue: 0, membersWithOverdueActions: 0, suppressed: false },
    ]);

    const everyTeam = await server.query(IomWorkloadDocument, {}, analyst);
    expect(everyTeam.iomWorkload.length).toBeGreaterThanOrEqual(3);
    for (const row of everyTeam.iomWorkload) {
      const counts = [row.openMembers, row.withoutLivePlan, row.reviewsOverdue, row.actionsOverdue, row.membersWithOverdueActions];
      expect(counts.every((count) => count === null || count === 0 || count >= 5)).toBe(true);
      expect(row.suppressed).toBe(counts.includes(null));
    }
  });

  it("refuses analysts the per-officer breakdown, and facilitators everything", async () => {
    const analyst = await server.token(Role.ANALYST, "analyst-iom");
    const perOfficer = await server.request(IomWorkloadDocument, { team: BIG, byOffenderManager: true }, analyst);
    expectForbidden(perOfficer);
    expect(perOfficer.data?.iomWorkload ?? null).toBeNull();
    const facilitator = await server.request(IomWorkloadDocument, { team: BIG }, await server.token(Role.FACILITATOR, "fac-workload"));
    expectForbidden(facilitator);
    expect(facilitator.data?.iomWorkload ?? null).toBeNull();
  });
});

describe("without a token", () => {
  it("answers HTTP 401 UNAUTHENTICATED to reads and writes", async () => {
    for (const result of [
      await server.request(IomCohortDocument, { first: 10 }, null),
      await server.request(IomTestNodeDocument, { id: caseMember.membershipId }, null),
      await server.request(SelectForIomCohortDocument, { input: { perpetratorId: otherMember.perpetratorId, selectionSource: "POLICE", cohortType: "FLEX", startedOn: "2026-05-01" } }, null),
    ]) {
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(result.data).toBeUndefined();
    }
  });
});
