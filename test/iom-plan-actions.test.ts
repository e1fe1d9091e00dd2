import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RecordSessionAttendanceDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
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
let { createPlan, replan, addAction, updateAction, deselect, memberDetail } = {} as IomOperations;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  ({ createPlan, replan, addAction, updateAction, deselect, memberDetail } = iomOperations(server, iom));
  om1 = await iom.offenderManager("om-main-1");
});
// Tests that move the clock put it back, so no test sees another's "today".
afterEach(() => server.clock.set(NOW));
afterAll(() => server.close());

describe("plan actions", () => {
  it("adds an action and moves it PLANNED → IN_PROGRESS → DONE, one version at a time", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    const added = await addAction(plan.id, iom.action({ pathway: "HEALTH_MENTAL_HEALTH", description: "GP mental health review", ownerAgency: "HEALTH", ownerName: "Leeds GP", dueOn: "2026-07-15" }), om1.token);
    expect(added.userErrors).toEqual([]);
    const action = added.action!;
    expect(action).toMatchObject({ pathway: "HEALTH_MENTAL_HEALTH", status: "PLANNED", version: 1, closedAt: null, dueOn: "2026-07-15", overdue: false });
    expect((await memberDetail(membership.id)).plan?.actions.map((a) => a.id)).toEqual([plan.actions[0]!.id, action.id]);

    const started = await updateAction({ actionId: action.id, expectedVersion: 1, status: "IN_PROGRESS" }, om1.token);
    expect(started.userErrors).toEqual([]);
    expect(started.action).toMatchObject({ status: "IN_PROGRESS", version: 2, closedAt: null });

    const done = await updateAction({ actionId: action.id, expectedVersion: 2, status: "DONE", notes: "Seen by GP" }, om1.token);
    expect(done.userErrors).toEqual([]);
    expect(done.action).toMatchObject({ status: "DONE", version: 3, notes: "Seen by GP" });
    expect(iso(done.action!.closedAt)).toBe(new Date(NOW).toISOString());

    const reopened = await updateAction({ actionId: action.id, expectedVersion: 3, status: "IN_PROGRESS" }, om1.token);
    expect(reopened.action).toBeNull();
    expect(refusals(reopened)).toEqual([{ code: "INVALID_TRANSITION", field: ["input", "status"] }]);

    const stale = await updateAction({ actionId: plan.actions[0]!.id, expectedVersion: 2, status: "IN_PROGRESS" }, om1.token);
    expect(refusals(stale)).toEqual([{ code: "CONFLICT", field: ["input", "expectedVersion"] }]);

    const detail = await memberDetail(membership.id);
    expect(detail.plan?.actions.map((a) => [a.status, a.version])).toEqual([
      ["PLANNED", 1],
      ["DONE", 3],
    ]);
  });

  it("answers an update that changes nothing with the action as it is, keeping its version", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const [action] = (await iom.plan(membership.id)).actions;
    const same = await updateAction({ actionId: action!.id, expectedVersion: 1, status: "PLANNED", dueOn: action!.dueOn });
    expect(same.userErrors).toEqual([]);
    expect(same.action).toMatchObject({ status: "PLANNED", version: 1 });
  });

  it("asks why an action was NOT_ACHIEVED or CANCELLED", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const [action] = (await iom.plan(membership.id)).actions;
    const silent = await updateAction({ actionId: action!.id, expectedVersion: 1, status: "NOT_ACHIEVED" });
    expect(refusals(silent)).toEqual([{ code: "REASON_REQUIRED", field: ["input", "notes"] }]);
    const cancelled = await updateAction({ actionId: action!.id, expectedVersion: 1, status: "CANCELLED" });
    expect(refusals(cancelled)).toEqual([{ code: "REASON_REQUIRED", field: ["input", "notes"] }]);
    const explained = await updateAction({ actionId: action!.id, expectedVersion: 1, status: "NOT_ACHIEVED", notes: "Declined housing offer" });
    expect(explained.action).toMatchObject({ status: "NOT_ACHIEVED", version: 2, notes: "Declined housing offer" });
  });

  it("refuses changes to a superseded plan's actions with PLAN_NOT_LIVE", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const v1 = await iom.plan(membership.id);
    expect((await replan({ membershipId: membership.id, expectedPlanVersion: 1, reviewDueOn: "2026-08-01", actions: [] })).userErrors).toEqual([]);
    const edit = await updateAction({ actionId: v1.actions[0]!.id, expectedVersion: 1, status: "IN_PROGRESS" });
    expect(edit.action).toBeNull();
    expect(refusals(edit)).toEqual([{ code: "PLAN_NOT_LIVE", field: ["input", "actionId"] }]);
    const add = await addAction(v1.id, iom.action());
    expect(refusals(add)).toEqual([{ code: "PLAN_NOT_LIVE", field: ["input", "planId"] }]);
    const superseded = (await memberDetail(membership.id)).planVersions.edges[1]!.node;
    expect(superseded.actions.map((a) => [a.status, a.version])).toEqual([["PLANNED", 1]]);
  });

  it("lets the offender manager edit an action's description and date, checking the new date", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const [action] = (await iom.plan(membership.id)).actions;
    const edited = await updateAction({ actionId: action!.id, expectedVersion: 1, description: "Housing Options, second appointment", dueOn: "2026-07-20" }, om1.token);
    expect(edited.userErrors).toEqual([]);
    expect(edited.action).toMatchObject({ description: "Housing Options, second appointment", dueOn: "2026-07-20", status: "PLANNED", version: 2, ownerName: "Leeds Housing Options" });
    const past = await updateAction({ actionId: action!.id, expectedVersion: 2, dueOn: "2026-05-31" }, om1.token);
    expect(refusals(past)).toEqual([{ code: "INVALID", field: ["input", "dueOn"] }]);
    const blank = await updateAction({ actionId: action!.id, expectedVersion: 2, description: "   " }, om1.token);
    expect(refusals(blank)).toEqual([{ code: "INVALID", field: ["input", "description"] }]);
    expect((await memberDetail(membership.id)).plan?.actions[0]).toMatchObject({ dueOn: "2026-07-20", version: 2 });
  });

  it("holds at most 40 actions in a plan, however they arrive", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const many = (n: number) => Array.from({ length: n }, (_, i) => iom.action({ description: `Action ${i + 1}` }));
    expect(refusals(await createPlan(membership.id, many(41)))).toEqual([{ code: "INVALID", field: ["input", "actions"] }]);
    const plan = await createPlan(membership.id, many(40));
    expect(plan.plan?.actions).toHaveLength(40);
    expect(refusals(await addAction(plan.plan!.id, iom.action()))).toEqual([{ code: "INVALID", field: ["input", "planId"] }]);
    const carried = await replan({ membershipId: membership.id, expectedPlanVersion: 1, reviewDueOn: "2026-08-01", actions: [iom.action({ description: "One too many" })] });
    expect(refusals(carried)).toEqual([{ code: "INVALID", field: ["input", "actions"] }]);
    expect((await memberDetail(membership.id)).planVersions.totalCount).toBe(1);
  });

  // Only live work falls overdue: an action left open in a superseded or closed plan is history.
  it("does not report actions of a plan that is no longer live as overdue", async () => {
    const { membership } = await iom.member(om1.staff.id);
    await iom.plan(membership.id, [iom.action({ dueOn: "2026-06-10" })]);
    expect((await replan({ membershipId: membership.id, expectedPlanVersion: 1, reviewDueOn: "2026-08-01", actions: [] })).userErrors).toEqual([]);
    expect((await deselect({ membershipId: membership.id, endedOn: "2026-06-01", reason: "CUSTODY" })).userErrors).toEqual([]);
    server.clock.set("2026-07-15T12:00:00Z");
    const detail = await memberDetail(membership.id);
    expect(detail.overdueActionCount).toBe(0);
    expect(detail.planVersions.edges.map((edge) => [edge.node.status, edge.node.actions.map((a) => [a.status, a.overdue])])).toEqual([
      ["CLOSED", [["PLANNED", false]]],
      ["SUPERSEDED", [["PLANNED", false]]],
    ]);
  });

  it("refuses an added action's problems with paths under input.action", async () => {
    const { membership } = await iom.member(om1.staff.id);
    const plan = await iom.plan(membership.id);
    const payload = await addAction(plan.id, iom.action({ dueOn: "2026-05-01" }));
    expect(refusals(payload)).toEqual([{ code: "INVALID", field: ["input", "action", "dueOn"] }]);
  });

  it("shows a linked referral's live attendance through the action", async () => {
    const facilitator = await server.token(Role.FACILITATOR, "fac-iom-link");
    const group = await fx.group("CHOICES", ["fac-iom-link"], "2026-05-04");
    // Allocate before the sessions exist: Choices takes no one once its second session has started.
    const { person, referral } = await fx.participant("CHOICES", group.id);
    const sessions = await fx.sessions(group.id, 3, "2026-05-11T18:00:00Z");
    const { membership } = await iom.member(om1.staff.id, { perpetratorId: person.id });
    const plan = await iom.plan(membership.id, [
      iom.action(),
      iom.action({ pathway: "PROGRAMME_ATTENDANCE", description: "Attend Choices", ownerAgency: "THIRD_SECTOR", ownerName: "Choices provider" }),
    ]);
    const programmeAction = plan.actions[1]!;

    const linked = await updateAction({ actionId: programmeAction.id, expectedVersion: 1, referralId: referral.id }, om1.token);
    expect(linked.userErrors).toEqual([]);
    expect(linked.action).toMatchObject({ version: 2, referral: { id: referral.id } });

    const register = async (sessionIndex: number, outcome: "ATTENDED" | "LATE" | "ABSENT_UNACCEPTABLE") => {
      const data = await server.query(
        RecordSessionAttendanceDocument,
        { input: { sessionId: sessions[sessionIndex]!.id, idempotencyKey: `iom-link-${sessionIndex}`, entries: [{ referralId: referral.id, outcome }] } },
        facilitator,
      );
      expect(data.recordSessionAttendance.userErrors).toEqual([]);
    };
    const attendanceOf = async () => (await memberDetail(membership.id, om1.token)).plan!.actions.find((a) => a.id === programmeAction.id)!.referral;

    expect((await attendanceOf())?.attendance).toMatchObject({ attended: 0, sessionsRecorded: 0 });
    await register(0, "ATTENDED");
    await register(1, "ABSENT_UNACCEPTABLE");
    await register(2, "LATE");
    expect(await attendanceOf()).toEqual({
      id: referral.id,
      attendance: { attended: 2, late: 1, absentAcceptable: 0, absentUnacceptable: 1, excluded: 0, sessionsRecorded: 3 },
    });
    // The other action tracks no referral.
    expect((await memberDetail(membership.id)).plan!.actions[0]!.referral).toBeNull();
  });
});
