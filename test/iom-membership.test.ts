import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AddPlanActionDocument, IomWorkloadDocument, PerpetratorIomMembershipDocument, UpdateIomStaffMemberDocument } from "../client/generated/graphql.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures, type IomFixtures } from "./support/iom-fixtures.js";
import { idsOf, iomOperations, iso, refusals, type IomOperations, type Officer } from "./support/iom-operations.js";
import { startTestServer, type TestServer } from "./support/server.js";

const NOW = "2026-06-01T12:00:00Z";

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let om1: Officer;
let om2: Officer;
let inactiveOm: Officer;
// Bound in beforeAll, once the server is up.
let { select, deselect, assign, addAction, memberDetail, cohort } = {} as IomOperations;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  ({ select, deselect, assign, addAction, memberDetail, cohort } = iomOperations(server, iom));
  om1 = await iom.offenderManager("om-main-1");
  om2 = await iom.offenderManager("om-main-2");
  inactiveOm = await iom.offenderManager("om-main-left");
  const left = await server.query(UpdateIomStaffMemberDocument, { input: { staffId: inactiveOm.staff.id, active: false } }, iom.supervisor);
  expect(left.updateIomStaffMember.staffMember?.active).toBe(false);
});
afterAll(() => server.close());

describe("selection onto the cohort", () => {
  it("opens a membership with its offender manager and one history row", async () => {
    const person = await fx.person();
    const payload = await select({ perpetratorId: person.id, selectionSource: "MARAC", rfgScore: 81.25, startedOn: "2026-05-20", offenderManagerId: om1.staff.id });
    expect(payload.userErrors).toEqual([]);
    expect(payload.membership).toMatchObject({
      open: true,
      selectionSource: "MARAC",
      cohortType: "FLEX",
      rfgScore: 81.25,
      startedOn: "2026-05-20",
      endedOn: null,
      deselectionReason: null,
      offenderManager: { id: om1.staff.id, name: om1.staff.name },
    });

    const detail = await memberDetail(payload.membership!.id);
    expect(detail).toMatchObject({ selectedBy: "iom-sup-1", deselectedBy: null, perpetrator: { id: person.id }, offenderManager: { id: om1.staff.id }, plan: null });
    expect(detail.offenderManagerHistory).toEqual([
      { staffMember: { id: om1.staff.id, name: om1.staff.name }, startedOn: "2026-05-20", endedOn: null, reason: "Selected onto the cohort", assignedBy: "iom-sup-1" },
    ]);
    expect(detail.planVersions.totalCount).toBe(0);
  });

  it("refuses to select someone already in the cohort with DUPLICATE on perpetratorId", async () => {
    const { perpetratorId, membership } = await iom.member(om1.staff.id);
    const again = await select({ perpetratorId, startedOn: "2026-05-01" });
    expect(again.membership).toBeNull();
    expect(refusals(again)).toEqual([{ code: "DUPLICATE", field: ["input", "perpetratorId"] }]);
    const both = await cohort({ perpetratorId, includeEnded: true });
    expect(idsOf(both)).toEqual([membership.id]);
  });

  it.each([
    ["a start date in the future", {}, { startedOn: "2026-06-02" }, [{ code: "INVALID", field: ["input", "startedOn"] }]],
    ["an under-18", { dateOfBirth: "2010-06-01", children: [] }, {}, [{ code: "INVALID", field: ["input", "perpetratorId"] }]],
    ["a negative RFG score", {}, { rfgScore: -1 }, [{ code: "INVALID", field: ["input", "rfgScore"] }]],
    ["an RFG score above 10,000", {}, { rfgScore: 10_000.5 }, [{ code: "INVALID", field: ["input", "rfgScore"] }]],
    ["an unknown offender manager", {}, { offenderManagerId: toGlobalId("IomStaffMember", randomUUID()) }, [{ code: "NOT_FOUND", field: ["input", "offenderManagerId"] }]],
  ])("refuses %s", async (_label, personOverrides, selection, expected) => {
    const person = await fx.person(personOverrides);
    const payload = await select({ perpetratorId: person.id, ...selection });
    expect(payload.membership).toBeNull();
    expect(refusals(payload)).toEqual(expected);
    expect((await cohort({ perpetratorId: person.id, includeEnded: true })).totalCount).toBe(0);
  });

  it("takes a person from their 18th birthday, not the day before", async () => {
    const person = await fx.person({ dateOfBirth: "2008-05-20", children: [] });
    expect(refusals(await select({ perpetratorId: person.id, startedOn: "2026-05-19" }))).toEqual([{ code: "INVALID", field: ["input", "perpetratorId"] }]);
    const adult = await select({ perpetratorId: person.id, startedOn: "2026-05-20" });
    expect(adult.userErrors).toEqual([]);
    expect(adult.membership).toMatchObject({ open: true, startedOn: "2026-05-20" });
  });

  it("answers an unknown person with NOT_FOUND on perpetratorId", async () => {
    const payload = await select({ perpetratorId: toGlobalId("Perpetrator", randomUUID()) });
    expect(refusals(payload)).toEqual([{ code: "NOT_FOUND", field: ["input", "perpetratorId"] }]);
    expect(refusals(await select({ perpetratorId: "not-an-id" }))).toEqual([{ code: "NOT_FOUND", field: ["input", "perpetratorId"] }]);
  });

  it("refuses an inactive offender manager with STAFF_INACTIVE on offenderManagerId", async () => {
    const person = await fx.person();
    const payload = await select({ perpetratorId: person.id, offenderManagerId: inactiveOm.staff.id });
    expect(payload.membership).toBeNull();
    expect(refusals(payload)).toEqual([{ code: "STAFF_INACTIVE", field: ["input", "offenderManagerId"] }]);
    expect((await cohort({ perpetratorId: person.id, includeEnded: true })).totalCount).toBe(0);
  });
});

describe("deselection and reselection", () => {
  it("ends the membership, its offender manager's assignment and its live plan together", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    const payload = await deselect({ membershipId: membership.id, endedOn: "2026-05-31", reason: "REDUCED_RISK", note: "Risk reduced at MARAC review" });
    expect(payload.userErrors).toEqual([]);
    expect(payload.membership).toMatchObject({
      id: membership.id,
      open: false,
      endedOn: "2026-05-31",
      deselectionReason: "REDUCED_RISK",
      deselectionNote: "Risk reduced at MARAC review",
      offenderManager: null,
      plan: null,
      offenderManagerHistory: [{ startedOn: "2026-03-01", endedOn: "2026-05-31" }],
    });

    const detail = await memberDetail(membership.id);
    expect(detail).toMatchObject({ open: false, deselectedBy: "iom-sup-1", plan: null, offenderManager: null, reviewOverdue: false, overdueActionCount: 0 });
    expect(detail.offenderManagerHistory).toEqual([expect.objectContaining({ staffMember: expect.objectContaining({ id: om1.staff.id }), startedOn: "2026-03-01", endedOn: "2026-05-31" })]);
    expect(detail.planVersions.totalCount).toBe(1);
    const [closed] = detail.planVersions.edges.map((edge) => edge.node);
    expect(closed).toMatchObject({ id: plan.id, version: 1, status: "CLOSED" });
    expect(iso(closed!.endedAt)).toBe(new Date(NOW).toISOString());
    const person = await server.query(PerpetratorIomMembershipDocument, { id: detail.perpetrator.id }, iom.supervisor);
    expect(person.perpetrator?.iomMembership).toBeNull();
  });

  it("refuses to deselect twice with MEMBERSHIP_ENDED", async () => {
    const { membership } = await iom.member(om1.staff.id);
    expect((await deselect({ membershipId: membership.id, endedOn: "2026-05-01", reason: "CUSTODY" })).userErrors).toEqual([]);
    const again = await deselect({ membershipId: membership.id, endedOn: "2026-05-20", reason: "MOVED_AREA" });
    expect(again.membership).toBeNull();
    expect(refusals(again)).toEqual([{ code: "MEMBERSHIP_ENDED", field: ["input", "membershipId"] }]);
    expect(await memberDetail(membership.id)).toMatchObject({ endedOn: "2026-05-01", deselectionReason: "CUSTODY" });
  });

  it.each([
    ["OTHER without a note", { reason: "OTHER" as const, endedOn: "2026-05-01" }, [{ code: "REASON_REQUIRED", field: ["input", "note"] }]],
    ["an end before the start", { reason: "CUSTODY" as const, endedOn: "2026-02-28" }, [{ code: "INVALID", field: ["input", "endedOn"] }]],
    ["an end in the future", { reason: "CUSTODY" as const, endedOn: "2026-06-02" }, [{ code: "INVALID", field: ["input", "endedOn"] }]],
  ])("refuses %s and leaves the member in the cohort", async (_label, deselection, expected) => {
    // No offender manager, so only the rule under test can refuse.
    const { membership } = await iom.member(null);
    const payload = await deselect({ membershipId: membership.id, ...deselection });
    expect(payload.membership).toBeNull();
    expect(refusals(payload)).toEqual(expected);
    expect(await memberDetail(membership.id)).toMatchObject({ open: true, endedOn: null });
  });

  it("refuses an end before the start for a member with an offender manager, with INVALID on endedOn", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const payload = await deselect({ membershipId: membership.id, endedOn: "2026-02-28", reason: "CUSTODY" });
    expect(payload.membership).toBeNull();
    expect(payload.userErrors.length).toBeGreaterThan(0);
    expect(payload.userErrors.every((error) => error.code === "INVALID" && error.field.join(".") === "input.endedOn")).toBe(true);
  });

  it("reselects a person from the day their last membership ended, keeping both in the history", async () => {
    const { membership: first, perpetratorId } = await iom.member(om1.staff.id);
    expect((await deselect({ membershipId: first.id, endedOn: "2026-05-15", reason: "MOVED_AREA" })).userErrors).toEqual([]);

    const early = await select({ perpetratorId, startedOn: "2026-05-14" });
    expect(early.membership).toBeNull();
    expect(refusals(early)).toEqual([{ code: "INVALID", field: ["input", "startedOn"] }]);

    const again = await select({ perpetratorId, startedOn: "2026-05-15", cohortType: "FIXED", offenderManagerId: om2.staff.id });
    expect(again.userErrors).toEqual([]);
    const second = again.membership!;
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ open: true, startedOn: "2026-05-15", cohortType: "FIXED", offenderManager: { id: om2.staff.id } });

    const everything = await cohort({ perpetratorId, includeEnded: true });
    expect(everything.totalCount).toBe(2);
    expect(everything.edges.map((edge) => [edge.node.id, edge.node.open, edge.node.startedOn, edge.node.endedOn])).toEqual([
      [second.id, true, "2026-05-15", null],
      [first.id, false, "2026-03-01", "2026-05-15"],
    ]);
    const openOnly = await cohort({ perpetratorId });
    expect(idsOf(openOnly)).toEqual([second.id]);
    expect(openOnly.totalCount).toBe(1);

    const person = await server.query(PerpetratorIomMembershipDocument, { id: perpetratorId }, iom.supervisor);
    expect(person.perpetrator?.iomMembership).toEqual({ id: second.id, cohortType: "FIXED", offenderManager: { id: om2.staff.id, name: om2.staff.name } });
  });
});

describe("offender manager reassignment", () => {
  it("takes only police offender managers, at selection and at handover", async () => {
    const practitioner = await iom.probationPractitioner("prob-om-candidate");
    const person = await fx.person();
    expect(refusals(await select({ perpetratorId: person.id, offenderManagerId: practitioner.id }))).toEqual([
      { code: "INVALID", field: ["input", "offenderManagerId"] },
    ]);
    const { membership } = await iom.member(om1.staff.id);
    expect(refusals(await assign(membership.id, practitioner.id, "2026-05-01"))).toEqual([{ code: "INVALID", field: ["input", "staffId"] }]);
  });

  it("will not mark an officer inactive while they still manage members, and will once they are handed over", async () => {
    const leaving = await iom.offenderManager("om-leaving");
    const { membership } = await iom.member(leaving.staff.id);
    const deactivate = () => server.query(UpdateIomStaffMemberDocument, { input: { staffId: leaving.staff.id, active: false } }, iom.supervisor);
    const refused = await deactivate();
    expect(refusals(refused.updateIomStaffMember)).toEqual([{ code: "INVALID", field: ["input", "active"] }]);
    expect(refused.updateIomStaffMember.userErrors[0]?.message).toContain("1 member");
    expect((await assign(membership.id, om2.staff.id, "2026-05-01", "Officer left the team")).userErrors).toEqual([]);
    expect((await deactivate()).updateIomStaffMember.staffMember?.active).toBe(false);
  });

  it("hands the member to a new offender manager and keeps the old one in the history", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const payload = await assign(membership.id, om2.staff.id, "2026-05-01", "Caseload rebalanced");
    expect(payload.userErrors).toEqual([]);
    expect(payload.membership?.offenderManager).toEqual({ id: om2.staff.id, name: om2.staff.name });
    expect(payload.membership?.offenderManagerHistory).toEqual([
      { staffMember: { id: om2.staff.id, name: om2.staff.name }, startedOn: "2026-05-01", endedOn: null, reason: "Caseload rebalanced", assignedBy: "iom-sup-1" },
      { staffMember: { id: om1.staff.id, name: om1.staff.name }, startedOn: "2026-03-01", endedOn: "2026-05-01", reason: "Selected onto the cohort", assignedBy: "iom-sup-1" },
    ]);
    expect((await memberDetail(membership.id)).offenderManager?.id).toBe(om2.staff.id);
  });

  it("refuses the same officer again, a start before the current assignment, and an ended membership", async () => {
    const { membership } = await iom.member(om1.staff.id);
    expect((await assign(membership.id, om2.staff.id, "2026-05-01")).userErrors).toEqual([]);

    const same = await assign(membership.id, om2.staff.id, "2026-05-20");
    expect(same.membership).toBeNull();
    expect(refusals(same)).toEqual([{ code: "ALREADY_ASSIGNED", field: ["input", "staffId"] }]);

    const beforeCurrent = await assign(membership.id, om1.staff.id, "2026-04-15");
    expect(refusals(beforeCurrent)).toEqual([{ code: "INVALID", field: ["input", "startedOn"] }]);

    const inactive = await assign(membership.id, inactiveOm.staff.id, "2026-05-20");
    expect(refusals(inactive)).toEqual([{ code: "STAFF_INACTIVE", field: ["input", "staffId"] }]);

    expect((await deselect({ membershipId: membership.id, endedOn: "2026-05-25", reason: "CUSTODY" })).userErrors).toEqual([]);
    const ended = await assign(membership.id, om1.staff.id, "2026-05-30");
    expect(refusals(ended)).toEqual([{ code: "MEMBERSHIP_ENDED", field: ["input", "membershipId"] }]);

    const history = (await memberDetail(membership.id)).offenderManagerHistory;
    expect(history.map((row) => [row.staffMember.id, row.startedOn, row.endedOn])).toEqual([
      [om2.staff.id, "2026-05-01", "2026-05-25"],
      [om1.staff.id, "2026-03-01", "2026-05-01"],
    ]);
  });

  it("moves the right to change the plan, and the `mine` caseload, to the new offender manager", async () => {
    const before = await iom.offenderManager("om-handover-before", { team: "IOM Test Handover From" });
    const after = await iom.offenderManager("om-handover-after", { team: "IOM Test Handover To" });
    const { membership } = await iom.member(before.staff.id);
    const plan = await iom.plan(membership.id, [iom.action()], "2026-08-01", before.token);
    expect(idsOf(await cohort({ mine: true }, before.token))).toEqual([membership.id]);
    expect(idsOf(await cohort({ mine: true }, after.token))).toEqual([]);

    expect((await assign(membership.id, after.staff.id, "2026-06-01", "Officer moved to another team")).userErrors).toEqual([]);

    const refused = await server.request(AddPlanActionDocument, { input: { planId: plan.id, action: iom.action({ description: "Old officer's action" }) } }, before.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.data?.addPlanAction ?? null).toBeNull();
    const accepted = await addAction(plan.id, iom.action({ description: "New officer's action" }), after.token);
    expect(accepted.userErrors).toEqual([]);
    expect((await memberDetail(membership.id)).plan?.actions.map((action) => action.description)).toEqual(["Attend Housing Options appointment", "New officer's action"]);

    expect(idsOf(await cohort({ mine: true }, before.token))).toEqual([]);
    expect(idsOf(await cohort({ mine: true }, after.token))).toEqual([membership.id]);
    expect(idsOf(await cohort({ offenderManagerId: before.staff.id }))).toEqual([]);
    expect(idsOf(await cohort({ offenderManagerId: after.staff.id }))).toEqual([membership.id]);
    expect(idsOf(await cohort({ team: "IOM Test Handover From" }))).toEqual([]);
    expect(idsOf(await cohort({ team: "IOM Test Handover To" }))).toEqual([membership.id]);
    expect((await server.query(IomWorkloadDocument, { team: "IOM Test Handover From" }, iom.supervisor)).iomWorkload).toEqual([]);
    expect((await server.query(IomWorkloadDocument, { team: "IOM Test Handover To" }, iom.supervisor)).iomWorkload).toEqual([
      { team: "IOM Test Handover To", offenderManager: null, openMembers: 1, withoutLivePlan: 0, reviewsOverdue: 0, actionsOverdue: 0, membersWithOverdueActions: 0, suppressed: false },
    ]);
  });
});
