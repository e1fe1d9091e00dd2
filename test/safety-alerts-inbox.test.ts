import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AcknowledgeSafetyAlertDocument,
  RecordSessionAttendanceDocument,
  SafetyAlertsDocument,
  TransitionReferralDocument,
  type SafetyAlertFilter,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, PURPOSE, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

const NOW = "2026-06-01T12:00:00Z";

let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;
let facilitator: string;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  vfx = await createVictimFixtures(server, fx);
  facilitator = await server.token(Role.FACILITATOR, "fac-1");
});
afterAll(() => server.close());

/** An IDVA or support worker: they see the alerts addressed to them about the victims they support now. */
const worker = (sub: string) => server.token(Role.SUPPORT_WORKER, sub, { name: `Worker ${sub}`, org: "Leeds Domestic Violence Service" });

/**
 * A Choices participant on fac-1's group (weekly sessions from 6 May) linked to a new victim with the
 * given workers, an IDVA then integrated support service workers (none: alerts go to the safeguarding queue).
 */
async function caseWithVictim(workerSubjects: string[], sessionCount = 1) {
  const group = await fx.group("CHOICES", ["fac-1"]);
  // Allocated before the sessions exist, so the group is not yet closed to them.
  const { person, referral } = await fx.participant("CHOICES", group.id);
  const sessions = await fx.sessions(group.id, sessionCount, "2026-05-06T18:00:00Z");
  const { victim } = await vfx.linkedPair(person.id);
  for (const [index, subject] of workerSubjects.entries()) {
    await vfx.supportWorker(victim.id, subject, { kind: index === 0 ? "IDVA" : "INTEGRATED_SUPPORT_SERVICE" });
  }
  return { sessions, person, referral, victim };
}

async function dropOut(referral: { id: string; version: number }) {
  const data = await server.query(TransitionReferralDocument, { input: { referralId: referral.id, toStatus: "DROPPED_OUT", expectedVersion: referral.version } }, facilitator);
  expect(data.transitionReferral.userErrors).toEqual([]);
}

function list(token: string, filter: SafetyAlertFilter, first = 50, after?: string | null) {
  return server.query(SafetyAlertsDocument, { first, after, filter }, token, withPurpose).then((data) => data.safetyAlerts);
}
const nodes = (connection: Awaited<ReturnType<typeof list>>) => connection.edges.map((edge) => edge.node);

function acknowledge(token: string, alertId: string, note?: string, options = withPurpose) {
  return server.request(AcknowledgeSafetyAlertDocument, { input: { alertId, note } }, token, options);
}

describe("safetyAlerts", () => {
  it("pages through my alerts newest first, without gaps or repeats", async () => {
    const me = await worker("idva-pager");
    const c = await caseWithVictim(["idva-pager"], 3);
    for (const [index, session] of c.sessions.entries()) {
      const input = { sessionId: session.id, idempotencyKey: `pager-session-${index}`, entries: [{ referralId: c.referral.id, outcome: "ABSENT_UNACCEPTABLE" as const }] };
      expect((await server.query(RecordSessionAttendanceDocument, { input }, facilitator)).recordSessionAttendance.userErrors).toEqual([]);
    }
    await dropOut(c.referral);

    const first = await list(me, { mine: true }, 3);
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(me, { mine: true }, 3, first.pageInfo.endCursor);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const all = [...nodes(first), ...nodes(second)];
    expect(new Set(all.map((a) => a.id)).size).toBe(4);
    expect(all.map((a) => a.kind)).toEqual(["PROGRAMME_DROPPED_OUT", "UNACCEPTABLE_ABSENCE", "UNACCEPTABLE_ABSENCE", "UNACCEPTABLE_ABSENCE"]);
    const created = all.map((a) => Date.parse(a.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(all.map((a) => a.summary).slice(1).sort()).toEqual([1, 2, 3].map((n) => `The perpetrator missed Choices session ${n} without an acceptable reason.`));
  });

  it("filters to my alerts, to open ones, and to one victim", async () => {
    const idva = await worker("idva-filter");
    const first = await caseWithVictim(["idva-filter", "isw-filter"]);
    const second = await caseWithVictim(["idva-filter"]);
    await dropOut(first.referral);
    await dropOut(second.referral);

    const mine = nodes(await list(idva, { mine: true }));
    expect(mine.map((a) => a.victim.id).sort()).toEqual([first.victim.id, second.victim.id].sort());
    expect(mine.every((a) => a.recipientSub === "idva-filter")).toBe(true);

    // A worker sees only the alerts addressed to them, even about a victim they share; police safeguarding sees every one.
    expect(nodes(await list(idva, { victimId: first.victim.id })).map((a) => a.recipientSub)).toEqual(["idva-filter"]);
    expect(nodes(await list(idva, { mine: true, victimId: first.victim.id })).map((a) => a.recipientSub)).toEqual(["idva-filter"]);
    const aboutFirst = nodes(await list(vfx.safeguarding, { victimId: first.victim.id }));
    expect(aboutFirst.map((a) => a.recipientSub).sort()).toEqual(["idva-filter", "isw-filter"]);

    const done = mine.find((a) => a.victim.id === first.victim.id)!;
    expect((await acknowledge(idva, done.id)).data?.acknowledgeSafetyAlert.userErrors).toEqual([]);
    const open = nodes(await list(idva, { mine: true, openOnly: true }));
    expect(open.map((a) => a.victim.id)).toEqual([second.victim.id]);

    const notAVictim = await list(idva, { victimId: first.person.id });
    expect([notAVictim.totalCount, notAVictim.edges]).toEqual([0, []]);
  });

  it.each([
    ["PROBATION", () => fx.probation],
    ["IOM_OFFICER", () => server.token(Role.IOM_OFFICER, "om-alerts")],
    ["FACILITATOR", () => facilitator],
    ["ANALYST", () => server.token(Role.ANALYST, "analyst-1")],
    ["AUDITOR", () => server.token(Role.AUDITOR, "auditor-1")],
    ["ADMIN", () => fx.admin],
  ] as const)("is refused to %s, even with a purpose", async (_role, token) => {
    const result = await server.request(SafetyAlertsDocument, { first: 10 }, await token(), withPurpose);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.data?.safetyAlerts ?? null).toBeNull();
  });

  it("needs a stated purpose", async () => {
    const idva = await worker("idva-purpose");
    for (const options of [{}, { purpose: "" }, { purpose: "why" }]) {
      const result = await server.request(SafetyAlertsDocument, { first: 10, filter: { mine: true } }, idva, options);
      expect(result.errors?.[0]?.extensions?.code).toBe("PURPOSE_REQUIRED");
    }
    expect((await server.request(SafetyAlertsDocument, { first: 10 }, facilitator)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.request(SafetyAlertsDocument, { first: 10 }, idva, { purpose: PURPOSE })).errors).toBeUndefined();
  });
});

describe("acknowledgeSafetyAlert", () => {
  it("lets the worker an alert is for acknowledge it once, with a note", async () => {
    const idva = await worker("idva-ack");
    const c = await caseWithVictim(["idva-ack"]);
    await dropOut(c.referral);
    const [alert] = nodes(await list(idva, { mine: true, victimId: c.victim.id }));

    server.clock.set("2026-06-01T14:30:00Z");
    try {
      const result = await acknowledge(idva, alert!.id, "  Called her; safety plan reviewed  ");
      expect(result.data?.acknowledgeSafetyAlert).toEqual({
        userErrors: [],
        alert: expect.objectContaining({
          id: alert!.id,
          acknowledged: true,
          acknowledgedBy: "idva-ack",
          acknowledgementNote: "Called her; safety plan reviewed",
        }),
      });
      expect(new Date(result.data!.acknowledgeSafetyAlert.alert!.acknowledgedAt!).toISOString()).toBe("2026-06-01T14:30:00.000Z");
    } finally {
      server.clock.set(NOW);
    }

    const again = await acknowledge(idva, alert!.id, "A second note");
    expect(again.data?.acknowledgeSafetyAlert.alert).toBeNull();
    expect(again.data?.acknowledgeSafetyAlert.userErrors).toEqual([expect.objectContaining({ field: ["input", "alertId"], code: "CONFLICT" })]);
    const [after] = nodes(await list(idva, { victimId: c.victim.id }));
    expect(after).toMatchObject({ acknowledged: true, acknowledgementNote: "Called her; safety plan reviewed" });
  });

  it("refuses anyone but its worker, and leaves the alert open", async () => {
    const c = await caseWithVictim(["idva-owner"]);
    await dropOut(c.referral);
    const [alert] = nodes(await list(vfx.safeguarding, { victimId: c.victim.id }));

    // Another worker may not see the alert, so to them it does not exist.
    const otherWorker = await acknowledge(await worker("isw-someone-else"), alert!.id, "Not mine to close");
    expect(otherWorker.errors).toBeUndefined();
    expect(otherWorker.data?.acknowledgeSafetyAlert).toEqual({ alert: null, userErrors: [expect.objectContaining({ field: ["input", "alertId"], code: "NOT_FOUND" })] });
    // Police safeguarding reads it, and is told it is the worker's to close; a facilitator reads no alert at all.
    for (const token of [vfx.safeguarding, facilitator]) {
      const refused = await acknowledge(token, alert!.id, "Not mine to close");
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(nodes(await list(vfx.safeguarding, { openOnly: true, victimId: c.victim.id })).map((a) => a.id)).toEqual([alert!.id]);
  });

  it("lets anyone in safeguarding or the police acknowledge an alert in the safeguarding queue", async () => {
    const c = await caseWithVictim([]);
    const sibling = await vfx.victim();
    await vfx.link(sibling.id, c.person.id, "CHILD");
    await dropOut(c.referral);
    const queued = [...nodes(await list(vfx.safeguarding, { victimId: c.victim.id })), ...nodes(await list(vfx.safeguarding, { victimId: sibling.id }))];
    expect(queued.map((a) => a.recipientSub)).toEqual([null, null]);

    const takers = [await server.token(Role.SAFEGUARDING, "safeguarding-2"), await server.token(Role.POLICE, "police-1")];
    for (const [index, token] of takers.entries()) {
      const result = await acknowledge(token, queued[index]!.id, "Picked up from the queue");
      expect(result.data?.acknowledgeSafetyAlert.alert).toMatchObject({ acknowledged: true, acknowledgedBy: ["safeguarding-2", "police-1"][index] });
    }
  });

  it("needs a purpose, and answers an unknown alert with NOT_FOUND", async () => {
    const idva = await worker("idva-ack-purpose");
    const c = await caseWithVictim(["idva-ack-purpose"]);
    await dropOut(c.referral);
    const [alert] = nodes(await list(idva, { mine: true }));

    expect((await acknowledge(idva, alert!.id, undefined, {} as typeof withPurpose)).errors?.[0]?.extensions?.code).toBe("PURPOSE_REQUIRED");
    const unknown = await acknowledge(idva, c.victim.id);
    expect(unknown.data?.acknowledgeSafetyAlert.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    expect(nodes(await list(idva, { mine: true, openOnly: true })).map((a) => a.id)).toEqual([alert!.id]);
  });
});
