import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddPlanActionDocument,
  AssignOffenderManagerDocument,
  CreateInterventionPlanDocument,
  DeselectFromIomCohortDocument,
  IomStaffDocument,
  IomCohortDocument,
  IomMemberPageDocument,
  RecordPlanReviewDocument,
  RegisterIomStaffMemberDocument,
  ReplanInterventionDocument,
  SelectForIomCohortDocument,
  UpdateIomStaffMemberDocument,
  UpdatePlanActionDocument,
} from "../client/generated/graphql.js";
import type { Fixtures } from "./support/fixtures.js";
import type { IomFixtures } from "./support/iom-fixtures.js";
import { iomAccessScenario, type Officer } from "./support/iom-access-scenario.js";
import type { TestServer } from "./support/server.js";

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let om: Officer;
let otherOfficer: Officer;
let police: string;

beforeAll(async () => {
  ({ server, fx, iom, om, otherOfficer, police } = await iomAccessScenario());
});
afterAll(() => server.close());

/** A fresh member of `om` with no plan yet. */
async function freshMember(managerId = om.staff.id) {
  const { membership, perpetratorId } = await iom.member(managerId);
  return { membershipId: membership.id, perpetratorId };
}

async function memberAsSupervisor(id: string) {
  return (await server.query(IomMemberPageDocument, { id }, iom.supervisor)).iomMembership!;
}

describe("changing a plan", () => {
  /** Every plan change in turn, by one caller; each answer is returned for the caller to judge. */
  async function everyPlanChange(token: string, membershipId: string, planned: { planId: string; actionId: string; membershipId: string }) {
    return {
      create: await server.request(CreateInterventionPlanDocument, { input: { membershipId, reviewDueOn: "2026-08-01", actions: [iom.action()] } }, token),
      add: await server.request(AddPlanActionDocument, { input: { planId: planned.planId, action: iom.action({ description: "Added" }) } }, token),
      update: await server.request(UpdatePlanActionDocument, { input: { actionId: planned.actionId, expectedVersion: 1, status: "IN_PROGRESS" } }, token),
      review: await server.request(RecordPlanReviewDocument, { input: { planId: planned.planId, reviewedOn: "2026-06-01", outcome: "ON_TRACK", nextReviewOn: "2026-07-15" } }, token),
      replan: await server.request(ReplanInterventionDocument, { input: { membershipId: planned.membershipId, expectedPlanVersion: 1, reviewDueOn: "2026-08-15" } }, token),
    };
  }

  it.each<[string, () => string]>([
    ["the member's offender manager", () => om.token],
    ["an IOM supervisor", () => iom.supervisor],
    ["an admin", () => fx.admin],
  ])("%s may create, add to, update, review and re-plan", async (_who, token) => {
    const unplanned = await freshMember();
    const planned = await freshMember();
    const plan = await iom.plan(planned.membershipId);
    const results = await everyPlanChange(token(), unplanned.membershipId, { planId: plan.id, actionId: plan.actions[0]!.id, membershipId: planned.membershipId });
    for (const result of Object.values(results)) expect(result.errors).toBeUndefined();
    expect(results.create.data?.createInterventionPlan.userErrors).toEqual([]);
    expect(results.add.data?.addPlanAction.userErrors).toEqual([]);
    expect(results.update.data?.updatePlanAction.userErrors).toEqual([]);
    expect(results.review.data?.recordPlanReview.userErrors).toEqual([]);
    expect(results.replan.data?.replanIntervention.userErrors).toEqual([]);

    expect((await memberAsSupervisor(unplanned.membershipId)).plan?.version).toBe(1);
    const after = await memberAsSupervisor(planned.membershipId);
    expect(after.plan?.version).toBe(2);
    expect(after.plan?.actions.map((action) => [action.description, action.status])).toEqual([
      ["Attend Housing Options appointment", "IN_PROGRESS"],
      ["Added", "PLANNED"],
    ]);
  });

  it.each<[string, () => string]>([
    ["another IOM officer", () => otherOfficer.token],
    ["police who are not the offender manager", () => police],
  ])("%s is refused every change, and nothing changes", async (_who, token) => {
    const unplanned = await freshMember();
    const planned = await freshMember();
    const plan = await iom.plan(planned.membershipId);
    const results = await everyPlanChange(token(), unplanned.membershipId, { planId: plan.id, actionId: plan.actions[0]!.id, membershipId: planned.membershipId });
    for (const [name, result] of Object.entries(results)) {
      expect(result.errors?.[0]?.extensions?.code, name).toBe("FORBIDDEN");
      expect(Object.values(result.data ?? {}).every((value) => value === null), name).toBe(true);
    }
    expect((await memberAsSupervisor(unplanned.membershipId)).plan).toBeNull();
    const after = await memberAsSupervisor(planned.membershipId);
    expect(after.planVersions.totalCount).toBe(1);
    expect(after.plan?.reviews.totalCount).toBe(0);
    expect(after.plan?.actions.map((action) => [action.status, action.version])).toEqual([["PLANNED", 1]]);
  });
});

describe("managing the cohort", () => {
  let serial = 0;
  async function everyCohortChange(token: string) {
    serial += 1;
    const person = await fx.person();
    const existing = await freshMember();
    return {
      person,
      existing,
      register: await server.request(
        RegisterIomStaffMemberDocument,
        { input: { kind: "POLICE_OFFENDER_MANAGER", name: `PC Managed ${serial}`, collarNumber: String(9000 + serial), force: "West Yorkshire Police", team: "Access Managed", subject: `om-managed-${serial}` } },
        token,
      ),
      select: await server.request(SelectForIomCohortDocument, { input: { perpetratorId: person.id, selectionSource: "POLICE", cohortType: "FLEX", startedOn: "2026-05-01" } }, token),
      assign: await server.request(AssignOffenderManagerDocument, { input: { membershipId: existing.membershipId, staffId: otherOfficer.staff.id, startedOn: "2026-05-01" } }, token),
      deselect: await server.request(DeselectFromIomCohortDocument, { input: { membershipId: existing.membershipId, endedOn: "2026-05-20", reason: "CUSTODY" } }, token),
      updateStaff: await server.request(UpdateIomStaffMemberDocument, { input: { staffId: otherOfficer.staff.id, team: "Leeds DV IOM North" } }, token),
    };
  }

  it.each<[string, () => string]>([
    ["IOM_OFFICER", () => om.token],
    ["POLICE", () => police],
  ])("%s may not select, deselect, assign or register staff", async (_role, token) => {
    const { person, existing, ...results } = await everyCohortChange(token());
    for (const [name, result] of Object.entries(results)) {
      expect(result.errors?.[0]?.extensions?.code, name).toBe("FORBIDDEN");
      expect(Object.values(result.data ?? {}).every((value) => value === null), name).toBe(true);
    }
    const cohort = await server.query(IomCohortDocument, { first: 10, filter: { perpetratorId: person.id, includeEnded: true } }, iom.supervisor);
    expect(cohort.iomCohort.totalCount).toBe(0);
    const member = await memberAsSupervisor(existing.membershipId);
    expect(member).toMatchObject({ open: true, offenderManager: { id: om.staff.id } });
    expect(member.offenderManagerHistory).toHaveLength(1);
    const staff = await server.query(IomStaffDocument, { first: 100, filter: { team: "Access Managed" } }, iom.supervisor);
    expect(staff.iomStaff.edges.map((edge) => edge.node.sub)).not.toContain(`om-managed-${serial}`);
  });

  it.each<[string, () => string]>([
    ["IOM_SUPERVISOR", () => iom.supervisor],
    ["ADMIN", () => fx.admin],
  ])("%s selects, assigns, deselects and registers staff", async (_role, token) => {
    const { person: _person, existing, ...results } = await everyCohortChange(token());
    for (const [name, result] of Object.entries(results)) expect(result.errors, name).toBeUndefined();
    expect(results.register.data?.registerIomStaffMember.staffMember?.sub).toBe(`om-managed-${serial}`);
    expect(results.select.data?.selectForIomCohort.membership?.open).toBe(true);
    expect(results.assign.data?.assignOffenderManager.membership?.offenderManager?.id).toBe(otherOfficer.staff.id);
    expect(results.deselect.data?.deselectFromIomCohort.membership).toMatchObject({ open: false, endedOn: "2026-05-20" });
    expect(results.updateStaff.data?.updateIomStaffMember.userErrors).toEqual([]);
    expect((await memberAsSupervisor(existing.membershipId)).offenderManagerHistory.map((row) => [row.staffMember.id, row.endedOn])).toEqual([
      [otherOfficer.staff.id, "2026-05-20"],
      [om.staff.id, "2026-05-01"],
    ]);
  });
});

