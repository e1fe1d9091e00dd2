import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordSessionAttendanceDocument, TransitionReferralDocument, AcknowledgeSafetyAlertDocument } from "../client/generated/graphql.js";
import { REFERRAL_STATUSES } from "../src/modules/referrals/referral.model.js";
import { Role } from "../src/shared/auth/roles.js";
import { fromGlobalId } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures, type IomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

/**
 * `orderBy` on the lists people page through: for every list and every order, paging a few rows at a
 * time gives every row exactly once, in the order an independent sort of all the rows gives; leaving
 * orderBy out reads the order the list always had; a cursor taken under one order is refused under
 * another; and a caller who sees part of a list sees the same part whatever the order.
 */

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let vfx: VictimFixtures;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  vfx = await createVictimFixtures(server, fx);
}, 60_000);
afterAll(() => server?.close());

interface Page<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of a list, `first` at a time. */
async function everyPage<TNode>(fetch: (after: string | null) => Promise<Page<TNode>>): Promise<TNode[]> {
  const nodes: TNode[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: Page<TNode> = await fetch(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
  throw new Error("paging did not end");
}

const uuidOf = (globalId: string) => fromGlobalId(globalId)!.id;
const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);
/** Compares keys one after another, the id's uuid last (as the database does). */
function byKeys<T extends { id: string }>(...keys: ((node: T) => string | number)[]) {
  return (a: T, b: T) => {
    for (const key of [...keys, (node: T) => uuidOf(node.id)]) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}
const reversed =
  <T>(compare: (a: T, b: T) => number) =>
  (a: T, b: T) =>
    compare(b, a);

/** The error code of a request expected to be refused. */
async function refusal(document: string, variables: Record<string, unknown>, token: string, options = {}) {
  const response = await server.request(document, variables, token, options);
  expect(response.errors?.length, JSON.stringify(response.body)).toBeGreaterThan(0);
  return { code: response.errors![0]!.extensions?.code, message: response.errors![0]!.message };
}

// --- referrals ---------------------------------------------------------------------------------

type ReferralNode = { id: string; referredAt: string; status: string; perpetrator: { familyName: string; givenName: string } };
const REFERRALS = /* GraphQL */ `
  query OrderedReferrals($first: Int!, $after: String, $orderBy: ReferralOrder) {
    referrals(first: $first, after: $after, orderBy: $orderBy) {
      edges { cursor node { id referredAt status perpetrator { familyName givenName } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const REFERRALS_DEFAULT = /* GraphQL */ `
  query DefaultReferrals($first: Int!, $after: String) {
    referrals(first: $first, after: $after) {
      edges { cursor node { id referredAt status perpetrator { familyName givenName } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const PARTICIPANTS = /* GraphQL */ `
  query OrderedParticipants($id: ID!, $first: Int!, $after: String, $orderBy: ReferralOrder) {
    programmeGroup(id: $id) {
      participants(first: $first, after: $after, orderBy: $orderBy) {
        edges { cursor node { id referredAt status perpetrator { familyName givenName } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

const referralPages = (token: string, orderBy?: string, first = 3) =>
  everyPage<ReferralNode>(async (after) => (await server.query<{ referrals: Page<ReferralNode> }, unknown>(REFERRALS, { first, after, orderBy }, token)).referrals);

const lifecycleRank = (status: string) => REFERRAL_STATUSES.indexOf(status as never);
const REFERRAL_SORTS: Record<string, (a: ReferralNode, b: ReferralNode) => number> = {
  NEWEST_FIRST: reversed(byKeys((r) => r.referredAt)),
  OLDEST_FIRST: byKeys((r) => r.referredAt),
  STATUS: byKeys((r) => lifecycleRank(r.status), (r) => r.referredAt),
  FAMILY_NAME: byKeys((r) => r.perpetrator.familyName.toLowerCase(), (r) => r.perpetrator.givenName.toLowerCase()),
};

describe("orderBy on referrals", () => {
  // Names repeat (whatever their case), so a tie on the name must be broken by the id.
  const NAMES = [
    ["Baker", "Amy"],
    ["adams", "Zed"],
    ["baker", "amy"],
    ["Cole", "Ben"],
    ["Adams", "Carl"],
    ["BAKER", "Dan"],
    ["Evans", "Eve"],
    ["cole", "ben"],
    ["Dale", "Fay"],
    ["Adams", "zed"],
    ["Farr", "Gus"],
  ];
  let groupId: string;
  let facilitator: string;

  beforeAll(async () => {
    facilitator = await server.token(Role.FACILITATOR, "fac-orders");
    groupId = (await fx.group("CHOICES", ["fac-orders"])).id;
    // Statuses vary: allocated to the facilitator's group, awaiting allocation, just referred, awaiting assessment.
    for (const [index, [familyName, givenName]] of NAMES.entries()) {
      const names = { familyName: familyName!, givenName: givenName! };
      if (index % 4 === 0) await fx.participant("CHOICES", groupId, names);
      else if (index % 4 === 1) await fx.readyForAllocation("CHOICES", names);
      else {
        const person = await fx.person(names);
        const referral = await fx.refer(person.id, "CHOICES");
        if (index % 4 === 3) await fx.transition(referral.id, "AWAITING_ASSESSMENT", referral.version);
      }
    }
  }, 120_000);

  it.each(Object.keys(REFERRAL_SORTS))("%s: paging one and three at a time gives every referral once, in order", async (order) => {
    const all = await referralPages(fx.admin, undefined, 100);
    expect(all).toHaveLength(NAMES.length);
    // One at a time puts a page boundary after every row (ties, a missing plan's 'infinity', open and acknowledged).
    for (const first of [1, 3]) {
      const paged = await referralPages(fx.admin, order, first);
      expect(ids(paged), `first: ${first}`).toEqual(ids([...all].sort(REFERRAL_SORTS[order])));
    }
  });

  it("pages by keys the operation does not select (the page reads them for the cursor)", async () => {
    const all = await referralPages(fx.admin, undefined, 100);
    const ONLY_IDS = /* GraphQL */ `
      query OrderedReferralIds($first: Int!, $after: String, $orderBy: ReferralOrder) {
        referrals(first: $first, after: $after, orderBy: $orderBy) { edges { node { id } } pageInfo { hasNextPage endCursor } }
      }
    `;
    for (const order of Object.keys(REFERRAL_SORTS)) {
      const paged = await everyPage<{ id: string }>(
        async (after) => (await server.query<{ referrals: Page<{ id: string }> }, unknown>(ONLY_IDS, { first: 2, after, orderBy: order }, fx.admin)).referrals,
      );
      expect(ids(paged), order).toEqual(ids([...all].sort(REFERRAL_SORTS[order])));
    }
  });

  it("leaves the order as it was when orderBy is left out, and its cursors keep working with NEWEST_FIRST", async () => {
    const unordered = await everyPage<ReferralNode>(async (after) => (await server.query<{ referrals: Page<ReferralNode> }, unknown>(REFERRALS_DEFAULT, { first: 4, after }, fx.admin)).referrals);
    expect(ids(unordered)).toEqual(ids([...unordered].sort(REFERRAL_SORTS.NEWEST_FIRST)));
    const first = (await server.query<{ referrals: Page<ReferralNode> }, unknown>(REFERRALS_DEFAULT, { first: 4 }, fx.admin)).referrals;
    const next = (await server.query<{ referrals: Page<ReferralNode> }, unknown>(REFERRALS, { first: 4, after: first.pageInfo.endCursor, orderBy: "NEWEST_FIRST" }, fx.admin)).referrals;
    expect(ids(next.edges.map((e) => e.node))).toEqual(ids(unordered.slice(4, 8)));
  });

  it("refuses a cursor under another order than it was issued for", async () => {
    const pageUnder = async (orderBy?: string) =>
      (await server.query<{ referrals: Page<ReferralNode> }, unknown>(REFERRALS, { first: 2, orderBy }, fx.admin)).referrals.pageInfo.endCursor;
    const cases: [string | undefined, string | undefined][] = [
      ["FAMILY_NAME", "STATUS"],
      ["STATUS", "FAMILY_NAME"],
      [undefined, "FAMILY_NAME"],
      ["OLDEST_FIRST", undefined],
      ["OLDEST_FIRST", "NEWEST_FIRST"],
    ];
    for (const [issuedUnder, usedUnder] of cases) {
      const after = await pageUnder(issuedUnder);
      const refused = await refusal(REFERRALS, { first: 2, after, orderBy: usedUnder }, fx.admin);
      expect(refused.code, `${issuedUnder} → ${usedUnder}`).toBe("BAD_USER_INPUT");
      expect(refused.message).toContain(`orderBy ${issuedUnder ?? "NEWEST_FIRST"}`);
    }
  });

  it("shows a facilitator the same referrals (their group's) in every order", async () => {
    const mine = new Set(ids(await referralPages(facilitator, undefined, 100)));
    expect(mine.size).toBe(Math.ceil(NAMES.length / 4));
    for (const order of Object.keys(REFERRAL_SORTS)) {
      const paged = await referralPages(facilitator, order, 2);
      expect(new Set(ids(paged)), order).toEqual(mine);
      expect(ids(paged)).toHaveLength(mine.size);
      expect(ids(paged)).toEqual(ids([...paged].sort(REFERRAL_SORTS[order])));
    }
  });

  it("orders a group's participants too, in as many statements as the default order", async () => {
    for (const order of Object.keys(REFERRAL_SORTS)) {
      const paged = await everyPage<ReferralNode>(
        async (after) =>
          (await server.query<{ programmeGroup: { participants: Page<ReferralNode> } }, unknown>(PARTICIPANTS, { id: groupId, first: 1, after, orderBy: order }, fx.admin))
            .programmeGroup.participants,
      );
      expect(paged).toHaveLength(Math.ceil(NAMES.length / 4));
      expect(ids(paged)).toEqual(ids([...paged].sort(REFERRAL_SORTS[order])));
    }
    const statements = async (orderBy?: string) => {
      server.database.statements.reset();
      await server.query(REFERRALS, { first: 50, orderBy }, fx.admin);
      return server.database.statements.count;
    };
    const byDefault = await statements();
    for (const order of Object.keys(REFERRAL_SORTS)) expect(await statements(order), order).toBe(byDefault);
  });
});

// --- the IOM cohort ------------------------------------------------------------------------------

type MemberNode = { id: string; startedOn: string; perpetrator: { familyName: string; givenName: string }; plan: { reviewDueOn: string } | null };
const COHORT = /* GraphQL */ `
  query OrderedCohort($first: Int!, $after: String, $orderBy: IomCohortOrder) {
    iomCohort(first: $first, after: $after, orderBy: $orderBy) {
      edges { cursor node { id startedOn perpetrator { familyName givenName } plan { reviewDueOn } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const cohortPages = (token: string, orderBy?: string, first = 3) =>
  everyPage<MemberNode>(async (after) => (await server.query<{ iomCohort: Page<MemberNode> }, unknown>(COHORT, { first, after, orderBy }, token)).iomCohort);

const COHORT_SORTS: Record<string, (a: MemberNode, b: MemberNode) => number> = {
  SELECTED_NEWEST_FIRST: reversed(byKeys((m) => m.startedOn)),
  SELECTED_OLDEST_FIRST: byKeys((m) => m.startedOn),
  FAMILY_NAME: byKeys((m) => m.perpetrator.familyName.toLowerCase(), (m) => m.perpetrator.givenName.toLowerCase()),
  // No live plan: after every review date.
  REVIEW_DUE_SOONEST: byKeys((m) => m.plan?.reviewDueOn ?? "9999-12-31"),
};

describe("orderBy on the IOM cohort", () => {
  const MEMBERS: [string, string, string, string | null][] = [
    ["Hale", "Ian", "2026-03-01", "2026-07-01"],
    ["hale", "ian", "2026-02-01", null],
    ["Irwin", "Jo", "2026-03-01", "2026-08-01"],
    ["Ames", "Kit", "2026-01-15", "2026-07-01"],
    ["Jones", "Lee", "2026-03-01", null],
    ["ames", "kit", "2026-02-01", "2026-06-15"],
    ["Kerr", "Max", "2026-01-15", "2026-07-01"],
  ];
  let practitioner: string;

  beforeAll(async () => {
    practitioner = await server.token(Role.PROBATION, "prob-orders", { org: "Probation Service" });
    for (const [index, [familyName, givenName, startedOn, reviewDueOn]] of MEMBERS.entries()) {
      const person = await fx.person({ familyName, givenName });
      const { membership } = await iom.member(null, { perpetratorId: person.id, startedOn });
      if (reviewDueOn) await iom.plan(membership.id, [iom.action()], reviewDueOn);
      // The practitioner holds every other case.
      if (index % 2 === 0) await fx.allocateCase(person.id, "prob-orders");
    }
  }, 120_000);

  it.each(Object.keys(COHORT_SORTS))("%s: paging one and three at a time gives every member once, in order", async (order) => {
    const all = await cohortPages(iom.supervisor, undefined, 100);
    expect(all).toHaveLength(MEMBERS.length);
    // One at a time puts a page boundary after every row (ties, a missing plan's 'infinity', open and acknowledged).
    for (const first of [1, 3]) {
      const paged = await cohortPages(iom.supervisor, order, first);
      expect(ids(paged), `first: ${first}`).toEqual(ids([...all].sort(COHORT_SORTS[order])));
    }
  });

  it("leaves the order as it was when orderBy is left out", async () => {
    const unordered = await cohortPages(iom.supervisor, undefined, 2);
    expect(ids(unordered)).toEqual(ids([...unordered].sort(COHORT_SORTS.SELECTED_NEWEST_FIRST)));
  });

  it("refuses a cursor under another order, or of another list", async () => {
    const after = (await server.query<{ iomCohort: Page<MemberNode> }, unknown>(COHORT, { first: 2, orderBy: "FAMILY_NAME" }, iom.supervisor)).iomCohort.pageInfo.endCursor;
    expect((await refusal(COHORT, { first: 2, after, orderBy: "REVIEW_DUE_SOONEST" }, iom.supervisor)).code).toBe("BAD_USER_INPUT");
    expect((await refusal(COHORT, { first: 2, after }, iom.supervisor)).code).toBe("BAD_USER_INPUT");
    // The referral list's FAMILY_NAME is another list's order.
    expect((await refusal(REFERRALS, { first: 2, after, orderBy: "FAMILY_NAME" }, fx.admin)).code).toBe("BAD_USER_INPUT");
  });

  it("shows a probation practitioner the same members (their cases) in every order", async () => {
    const mine = new Set(ids(await cohortPages(practitioner, undefined, 100)));
    expect(mine.size).toBe(Math.ceil(MEMBERS.length / 2));
    for (const order of Object.keys(COHORT_SORTS)) {
      const paged = await cohortPages(practitioner, order, 2);
      expect(new Set(ids(paged)), order).toEqual(mine);
      expect(ids(paged)).toEqual(ids([...paged].sort(COHORT_SORTS[order])));
    }
  });
});

// --- safety alerts ------------------------------------------------------------------------------

type AlertNode = { id: string; createdAt: string; acknowledged: boolean };
const ALERTS = /* GraphQL */ `
  query OrderedAlerts($first: Int!, $after: String, $orderBy: SafetyAlertOrder, $filter: SafetyAlertFilter) {
    safetyAlerts(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
      edges { cursor node { id createdAt acknowledged } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const alertPages = (token: string, orderBy?: string, first = 3, filter?: Record<string, unknown>) =>
  everyPage<AlertNode>(
    async (after) => (await server.query<{ safetyAlerts: Page<AlertNode> }, unknown>(ALERTS, { first, after, orderBy, filter }, token, withPurpose)).safetyAlerts,
  );

const ALERT_SORTS: Record<string, (a: AlertNode, b: AlertNode) => number> = {
  NEWEST_FIRST: reversed(byKeys((a) => a.createdAt)),
  OLDEST_FIRST: byKeys((a) => a.createdAt),
  OPEN_FIRST: reversed(byKeys((a) => (a.acknowledged ? 0 : 1), (a) => a.createdAt)),
};

describe("orderBy on safety alerts", () => {
  let workerA: string;
  let workerB: string;

  beforeAll(async () => {
    const facilitator = await server.token(Role.FACILITATOR, "fac-alerts");
    workerA = await server.token(Role.SUPPORT_WORKER, "idva-orders-a", { name: "Worker A", org: "Leeds Domestic Violence Service" });
    workerB = await server.token(Role.SUPPORT_WORKER, "idva-orders-b", { name: "Worker B", org: "Leeds Domestic Violence Service" });
    // Two cases: every event of the first alerts both workers in one transaction (alerts raised at the same moment).
    for (const [workers, sessionCount] of [
      [["idva-orders-a", "idva-orders-b"], 3],
      [["idva-orders-a"], 2],
    ] as const) {
      const group = await fx.group("CHOICES", ["fac-alerts"]);
      const { person, referral } = await fx.participant("CHOICES", group.id);
      const sessions = await fx.sessions(group.id, sessionCount, "2026-05-06T18:00:00Z");
      const { victim } = await vfx.linkedPair(person.id);
      for (const [index, subject] of workers.entries()) await vfx.supportWorker(victim.id, subject, { kind: index === 0 ? "IDVA" : "INTEGRATED_SUPPORT_SERVICE" });
      for (const [index, session] of sessions.entries()) {
        const input = { sessionId: session.id, idempotencyKey: `orders-${referral.id}-${index}`, entries: [{ referralId: referral.id, outcome: "ABSENT_UNACCEPTABLE" as const }] };
        expect((await server.query(RecordSessionAttendanceDocument, { input }, facilitator)).recordSessionAttendance.userErrors).toEqual([]);
      }
      const current = (await server.query<{ referral: { version: number } }, unknown>(`query V($id: ID!) { referral(id: $id) { version } }`, { id: referral.id }, fx.admin)).referral;
      const dropped = await server.query(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "DROPPED_OUT", expectedVersion: current.version } }, facilitator);
      expect(dropped.transitionReferral.userErrors).toEqual([]);
    }
    // Worker A acknowledges two of theirs.
    for (const alert of (await alertPages(workerA, undefined, 100)).slice(1, 3)) {
      const answer = await server.query(AcknowledgeSafetyAlertDocument, { input: { alertId: alert.id, note: "Called; safety plan reviewed" } }, workerA, withPurpose);
      expect(answer.acknowledgeSafetyAlert.userErrors).toEqual([]);
    }
  }, 120_000);

  it.each(Object.keys(ALERT_SORTS))("%s: paging one and three at a time gives every alert once, in order", async (order) => {
    const all = await alertPages(vfx.safeguarding, undefined, 100);
    // Three absences and a drop-out for two workers, two absences and a drop-out for one.
    expect(all).toHaveLength(4 * 2 + 3);
    expect(all.filter((a) => a.acknowledged)).toHaveLength(2);
    // One at a time puts a page boundary after every row (ties, a missing plan's 'infinity', open and acknowledged).
    for (const first of [1, 3]) {
      const paged = await alertPages(vfx.safeguarding, order, first);
      expect(ids(paged), `first: ${first}`).toEqual(ids([...all].sort(ALERT_SORTS[order])));
    }
  });

  it("leaves the order as it was when orderBy is left out", async () => {
    const unordered = await alertPages(vfx.safeguarding, undefined, 2);
    expect(ids(unordered)).toEqual(ids([...unordered].sort(ALERT_SORTS.NEWEST_FIRST)));
  });

  it("refuses a cursor under another order", async () => {
    const pageUnder = async (orderBy?: string) =>
      (await server.query<{ safetyAlerts: Page<AlertNode> }, unknown>(ALERTS, { first: 2, orderBy }, vfx.safeguarding, withPurpose)).safetyAlerts.pageInfo.endCursor;
    for (const [issuedUnder, usedUnder] of [
      ["OPEN_FIRST", "NEWEST_FIRST"],
      [undefined, "OLDEST_FIRST"],
      ["OLDEST_FIRST", undefined],
    ] as const) {
      const after = await pageUnder(issuedUnder);
      expect((await refusal(ALERTS, { first: 2, after, orderBy: usedUnder }, vfx.safeguarding, withPurpose)).code, `${issuedUnder} → ${usedUnder}`).toBe("BAD_USER_INPUT");
    }
  });

  it("shows each support worker their own alerts, the same ones in every order", async () => {
    for (const [token, count] of [
      [workerA, 4 + 3],
      [workerB, 4],
    ] as const) {
      const mine = new Set(ids(await alertPages(token, undefined, 100, { mine: true })));
      expect(mine.size).toBe(count);
      for (const order of Object.keys(ALERT_SORTS)) {
        const paged = await alertPages(token, order, 2);
        expect(new Set(ids(paged)), order).toEqual(mine);
        expect(ids(paged)).toEqual(ids([...paged].sort(ALERT_SORTS[order])));
      }
    }
  });
});

// --- a perpetrator's victim links -----------------------------------------------------------------

type LinkNode = { id: string; startedOn: string; victim: { id: string; familyName: string; givenName: string }; currentRisk: { level: string } | null };
const LINKS = /* GraphQL */ `
  query OrderedVictimLinks($id: ID!, $orderBy: VictimLinkOrder) {
    perpetrator(id: $id) {
      id
      victimLinks(orderBy: $orderBy) { id startedOn victim { id familyName givenName } currentRisk { id level } }
    }
  }
`;
const RISK_RANK: Record<string, number> = { HIGH: 0, MEDIUM: 1, STANDARD: 2 };
const LINK_SORTS: Record<string, (a: LinkNode, b: LinkNode) => number> = {
  LINKED_FIRST: byKeys((l) => l.startedOn),
  RISK_HIGHEST_FIRST: byKeys((l) => (l.currentRisk ? RISK_RANK[l.currentRisk.level]! : 3), (l) => l.startedOn),
  VICTIM_NAME: byKeys((l) => l.victim.familyName.toLowerCase(), (l) => l.victim.givenName.toLowerCase()),
};

describe("orderBy on a perpetrator's victim links", () => {
  let perpetratorId: string;
  let worker: string;

  beforeAll(async () => {
    perpetratorId = (await fx.person()).id;
    worker = await server.token(Role.SUPPORT_WORKER, "idva-links", { name: "Worker L", org: "Leeds Domestic Violence Service" });
    // [family, given, link start, DASH "yes" answers (oldest first; the last is the level in force)]
    const VICTIMS: [string, string, string, number[]][] = [
      ["Moss", "Ann", "2024-01-01", [15]],
      ["moss", "ann", "2023-05-01", [3]],
      ["Nash", "Bea", "2024-01-01", []],
      ["Oakes", "Cat", "2022-02-02", [16, 11]],
      ["Price", "Di", "2025-03-03", [12]],
      ["Moss", "Al", "2024-01-01", [14]],
    ];
    for (const [index, [familyName, givenName, startedOn, assessments]] of VICTIMS.entries()) {
      const victim = await vfx.victim({ familyName, givenName });
      const link = await vfx.link(victim.id, perpetratorId, "EX_PARTNER", startedOn);
      for (const [n, yes] of assessments.entries()) await vfx.assess(link.id, yes, { assessedOn: `2026-0${n + 1}-01` });
      // The worker supports every other victim: they see those links only.
      if (index % 2 === 0) await vfx.supportWorker(victim.id, "idva-links");
    }
  }, 120_000);

  const linksOf = async (token: string, orderBy?: string) =>
    (await server.query<{ perpetrator: { victimLinks: LinkNode[] } }, unknown>(LINKS, { id: perpetratorId, orderBy }, token, withPurpose)).perpetrator.victimLinks;

  it.each(Object.keys(LINK_SORTS))("%s: lists every link once, in order", async (order) => {
    const all = await linksOf(vfx.safeguarding);
    expect(all).toHaveLength(6);
    const ordered = await linksOf(vfx.safeguarding, order);
    expect(ids(ordered)).toEqual(ids([...all].sort(LINK_SORTS[order])));
  });

  it("sorts in as many statements as the default order (the facts come through the loaders the links' fields use)", async () => {
    for (const token of [vfx.safeguarding, worker]) {
      const statements = async (orderBy?: string) => {
        server.database.statements.reset();
        await linksOf(token, orderBy);
        return server.database.statements.count;
      };
      const byDefault = await statements();
      for (const order of Object.keys(LINK_SORTS)) expect(await statements(order), order).toBe(byDefault);
    }
  });

  it("ranks by the latest assessment, not the highest ever", async () => {
    const ordered = await linksOf(vfx.safeguarding, "RISK_HIGHEST_FIRST");
    expect(ordered.map((l) => l.currentRisk?.level ?? null)).toEqual(["HIGH", "HIGH", "MEDIUM", "MEDIUM", "STANDARD", null]);
  });

  it("leaves the order as it was when orderBy is left out", async () => {
    const unordered = await linksOf(vfx.safeguarding);
    expect(ids(unordered)).toEqual(ids([...unordered].sort(LINK_SORTS.LINKED_FIRST)));
  });

  it("shows a support worker the same links (their victims') in every order", async () => {
    const mine = new Set(ids(await linksOf(worker)));
    expect(mine.size).toBe(3);
    for (const order of Object.keys(LINK_SORTS)) {
      const ordered = await linksOf(worker, order);
      expect(new Set(ids(ordered)), order).toEqual(mine);
      expect(ids(ordered)).toEqual(ids([...ordered].sort(LINK_SORTS[order])));
    }
  });
});
