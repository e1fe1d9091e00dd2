import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures, type IomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

/**
 * One name per idea (issue 15): a person's JWT subject is `…Sub`; a filter on the caller's relationship
 * is named for it (`allocatedToMe`, `managedByMe`, `addressedToMe`, beside `facilitatedByMe`); a flag that
 * widens a list of current rows is `include…`, default false. The old names still work, are deprecated
 * in introspection with the replacement named, and conflict with the new one as a typed error.
 */
const NOW = "2026-06-01T12:00:00Z";
const ORG = "West Yorkshire Probation Service - Leeds";

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let vfx: VictimFixtures;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  vfx = await createVictimFixtures(server, fx);
}, 120_000);
afterAll(() => server.close());

const RENAMED: { type: string; kind: "fields" | "inputFields"; old: string; current: string }[] = [
  { type: "ReferralFilter", kind: "inputFields", old: "mine", current: "allocatedToMe" },
  { type: "IomCohortFilter", kind: "inputFields", old: "mine", current: "managedByMe" },
  { type: "SafetyAlertFilter", kind: "inputFields", old: "mine", current: "addressedToMe" },
  { type: "IomStaffFilter", kind: "inputFields", old: "activeOnly", current: "includeInactive" },
  { type: "AllocateSupportWorkerInput", kind: "inputFields", old: "workerSubject", current: "workerSub" },
  { type: "RegisterIomStaffMemberInput", kind: "inputFields", old: "subject", current: "sub" },
  { type: "SupportAllocation", kind: "fields", old: "workerSubject", current: "workerSub" },
  { type: "SafetyAlert", kind: "fields", old: "recipientSubject", current: "recipientSub" },
  { type: "IomStaffMember", kind: "fields", old: "subject", current: "sub" },
];

type Introspected = { name: string; isDeprecated: boolean; deprecationReason: string | null; description: string | null };

describe("introspection", () => {
  it.each(RENAMED)("$type: $old is deprecated in favour of $current, which is not", async ({ type, kind, old, current }) => {
    const query = `query($name: String!) { __type(name: $name) { ${kind}(includeDeprecated: true) { name isDeprecated deprecationReason description } } }`;
    const result = (await server.query(query, { name: type }, fx.admin)) as { __type: Record<string, Introspected[]> };
    const members = result.__type[kind]!;
    const byName = new Map(members.map((member) => [member.name, member]));
    expect(byName.get(old)).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining(`Use ${current}`) });
    expect(byName.get(current)).toMatchObject({ isDeprecated: false, deprecationReason: null, description: expect.any(String) });
  });

  it("hides the old names from a client that does not ask for deprecated ones", async () => {
    const result = (await server.query(`{ __type(name: "ReferralFilter") { inputFields { name } } }`, {}, fx.admin)) as { __type: { inputFields: { name: string }[] } };
    expect(result.__type.inputFields.map((field) => field.name)).toEqual(expect.arrayContaining(["allocatedToMe"]));
    expect(result.__type.inputFields.map((field) => field.name)).not.toContain("mine");
  });
});

const codesOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) => (errors ?? []).map((e) => e.extensions?.["code"]);

describe("referrals: allocatedToMe (mine)", () => {
  const CASELOAD = `query($filter: ReferralFilter) { referrals(first: 20, filter: $filter) { totalCount edges { node { id } } } }`;
  let token: string;
  let referralId: string;

  beforeAll(async () => {
    token = await server.token(Role.PROBATION, "prob-names", { org: ORG });
    const person = await fx.person();
    referralId = (await fx.refer(person.id, "BBR", { legalBasis: "COMMUNITY_ORDER", riskLevel: "HIGH" })).id;
    await fx.refer((await fx.person()).id, "BBR", { legalBasis: "COMMUNITY_ORDER", riskLevel: "HIGH" });
    await fx.allocateCase(person.id, "prob-names", ORG, "2026-05-01");
  });

  const ids = async (filter: object) => {
    const result = (await server.query(CASELOAD, { filter }, token)) as { referrals: { totalCount: number; edges: { node: { id: string } }[] } };
    return { ids: result.referrals.edges.map((edge) => edge.node.id), totalCount: result.referrals.totalCount };
  };

  it("the new name, the old one and both agreeing give the caller's caseload", async () => {
    const caseload = { ids: [referralId], totalCount: 1 };
    expect(await ids({ allocatedToMe: true })).toEqual(caseload);
    expect(await ids({ mine: true })).toEqual(caseload);
    expect(await ids({ mine: true, allocatedToMe: true })).toEqual(caseload);
    expect((await ids({ allocatedToMe: false })).totalCount).toBeGreaterThan(1);
  });

  it("old and new disagreeing is BAD_USER_INPUT naming both", async () => {
    const result = await server.request(CASELOAD, { filter: { mine: true, allocatedToMe: false } }, token);
    expect(codesOf(result.errors)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.message).toBe("filter.mine (deprecated) and filter.allocatedToMe disagree: send only filter.allocatedToMe");
  });
});

describe("iomCohort: managedByMe (mine); iomStaff: includeInactive (activeOnly)", () => {
  const COHORT = `query($filter: IomCohortFilter) { iomCohort(first: 20, filter: $filter) { totalCount edges { node { id } } } }`;
  const STAFF = `query($filter: IomStaffFilter) { iomStaff(first: 50, filter: $filter) { totalCount edges { node { id sub subject active } } } }`;
  let manager: Awaited<ReturnType<IomFixtures["offenderManager"]>>;
  let membershipId: string;
  let leaver: string;

  beforeAll(async () => {
    manager = await iom.offenderManager("om-names");
    membershipId = (await iom.member(manager.staff.id)).membership.id;
    await iom.member((await iom.offenderManager("om-names-other")).staff.id);
    const gone = await iom.offenderManager("om-names-left");
    leaver = gone.staff.id;
    const left = await server.request(
      `mutation($input: UpdateIomStaffMemberInput!) { updateIomStaffMember(input: $input) { userErrors { code } } }`,
      { input: { staffId: leaver, active: false } },
      iom.supervisor,
    );
    expect(left.errors).toBeUndefined();
  });

  it("managedByMe and mine give the officer's own members; disagreeing is BAD_USER_INPUT", async () => {
    const cohort = async (filter: object) => ((await server.query(COHORT, { filter }, manager.token)) as { iomCohort: { edges: { node: { id: string } }[] } }).iomCohort.edges.map((e) => e.node.id);
    expect(await cohort({ managedByMe: true })).toEqual([membershipId]);
    expect(await cohort({ mine: true })).toEqual([membershipId]);
    const conflict = await server.request(COHORT, { filter: { mine: false, managedByMe: true } }, manager.token);
    expect(codesOf(conflict.errors)).toEqual(["BAD_USER_INPUT"]);
  });

  it("includeInactive widens to staff who left, as activeOnly: false did; the default is active staff only", async () => {
    const staff = async (filter: object | null) => {
      const result = (await server.query(STAFF, { filter }, iom.supervisor)) as { iomStaff: { edges: { node: { id: string; sub: string; subject: string; active: boolean } }[] } };
      return result.iomStaff.edges.map((edge) => edge.node);
    };
    const active = await staff(null);
    expect(active.map((s) => s.id)).not.toContain(leaver);
    expect(active.every((s) => s.active && s.sub === s.subject)).toBe(true);
    expect((await staff({ includeInactive: false })).map((s) => s.id)).toEqual(active.map((s) => s.id));
    expect((await staff({ activeOnly: true })).map((s) => s.id)).toEqual(active.map((s) => s.id));
    const everyone = (await staff({ includeInactive: true })).map((s) => s.id);
    expect(everyone).toContain(leaver);
    expect((await staff({ activeOnly: false })).map((s) => s.id)).toEqual(everyone);
    expect((await staff({ activeOnly: false, includeInactive: true })).map((s) => s.id)).toEqual(everyone);
    // activeOnly: true means includeInactive: false, so the two below disagree.
    const conflict = await server.request(STAFF, { filter: { activeOnly: true, includeInactive: true } }, iom.supervisor);
    expect(codesOf(conflict.errors)).toEqual(["BAD_USER_INPUT"]);
  });

  it("registerIomStaffMember takes sub, or the deprecated subject; both differing, or neither, is a userError", async () => {
    const REGISTER = `mutation($input: RegisterIomStaffMemberInput!) { registerIomStaffMember(input: $input) { staffMember { id sub subject } userErrors { field code message } } }`;
    const base = { kind: "PROBATION_PRACTITIONER", name: "Probation Practitioner Names", team: "Leeds PDU", organisation: "Probation Service" };
    type Answer = { registerIomStaffMember: { staffMember: { sub: string; subject: string } | null; userErrors: { field: string[]; code: string; message: string }[] } };
    const register = async (input: object) => ((await server.query(REGISTER, { input: { ...base, ...input } }, iom.supervisor)) as Answer).registerIomStaffMember;
    expect((await register({ sub: "pp-names-new" })).staffMember).toEqual({ id: expect.any(String), sub: "pp-names-new", subject: "pp-names-new" });
    expect((await register({ subject: "pp-names-old" })).staffMember).toMatchObject({ sub: "pp-names-old" });
    expect((await register({ sub: "pp-names-same", subject: "pp-names-same" })).staffMember).toMatchObject({ sub: "pp-names-same" });
    const both = await register({ sub: "pp-a", subject: "pp-b" });
    expect(both.staffMember).toBeNull();
    expect(both.userErrors).toEqual([{ field: ["input", "sub"], code: "INVALID", message: "input.subject (deprecated) and input.sub disagree: send only input.sub" }]);
    expect((await register({})).userErrors).toEqual([expect.objectContaining({ field: ["input", "sub"], code: "INVALID" })]);
  });
});

describe("victim safety: workerSub (workerSubject), addressedToMe (mine), recipientSub (recipientSubject)", () => {
  const ALLOCATE = `mutation($input: AllocateSupportWorkerInput!) { allocateSupportWorker(input: $input) { allocation { id workerSub workerSubject } userErrors { field code message } } }`;
  type Answer = { allocateSupportWorker: { allocation: { id: string; workerSub: string | null; workerSubject: string | null } | null; userErrors: { field: string[]; code: string; message: string }[] } };
  const allocate = async (victimId: string, input: object) =>
    ((await server.query(ALLOCATE, { input: { victimId, kind: "INTEGRATED_SUPPORT_SERVICE", workerName: "Worker Names", organisation: "Leeds DVS", startedOn: "2026-05-01", ...input } }, vfx.safeguarding, withPurpose)) as Answer)
      .allocateSupportWorker;

  it("allocateSupportWorker takes workerSub or the deprecated workerSubject, and answers both fields", async () => {
    const victim = await vfx.victim();
    expect((await allocate(victim.id, { workerSub: "isw-names-1" })).allocation).toMatchObject({ workerSub: "isw-names-1", workerSubject: "isw-names-1" });
    expect((await allocate(victim.id, { workerSubject: "isw-names-2" })).allocation).toMatchObject({ workerSub: "isw-names-2", workerSubject: "isw-names-2" });
    const conflict = await allocate(victim.id, { workerSub: "isw-a", workerSubject: "isw-b" });
    expect(conflict.allocation).toBeNull();
    expect(conflict.userErrors).toEqual([{ field: ["input", "workerSub"], code: "INVALID", message: "input.workerSubject (deprecated) and input.workerSub disagree: send only input.workerSub" }]);
  });

  it("safetyAlerts(filter: { addressedToMe }) is the old mine; alerts carry recipientSub; disagreeing is BAD_USER_INPUT", async () => {
    const ALERTS = `query($filter: SafetyAlertFilter) { safetyAlerts(first: 50, filter: $filter) { totalCount edges { node { id recipientSub recipientSubject } } } }`;
    type Alerts = { safetyAlerts: { totalCount: number; edges: { node: { id: string; recipientSub: string | null; recipientSubject: string | null } }[] } };
    // A withdrawal alerts the victim's support worker.
    const person = await fx.person();
    const { victim } = await vfx.linkedPair(person.id);
    await vfx.supportWorker(victim.id, "idva-names");
    const referral = await fx.refer(person.id, "CHOICES");
    await fx.transition(referral.id, "WITHDRAWN", referral.version, { withdrawalReason: "MOVED_AREA" });
    const worker = await server.token(Role.SUPPORT_WORKER, "idva-names");
    const alerts = async (filter: object) => ((await server.query(ALERTS, { filter }, worker, withPurpose)) as Alerts).safetyAlerts;
    const mine = await alerts({ addressedToMe: true });
    expect(mine.totalCount).toBeGreaterThan(0);
    expect(mine.edges.every((edge) => edge.node.recipientSub === "idva-names" && edge.node.recipientSubject === "idva-names")).toBe(true);
    expect(await alerts({ mine: true })).toEqual(mine);
    const conflict = await server.request(ALERTS, { filter: { mine: true, addressedToMe: false } }, worker, withPurpose);
    expect(codesOf(conflict.errors)).toEqual(["BAD_USER_INPUT"]);
  });
});
