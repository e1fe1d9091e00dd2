import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  RaiseExpiringOrderAlertsDocument,
  RecordProtectiveOrderDocument,
  SafetyAlertsDocument,
  VaryProtectiveOrderDocument,
  type ProtectiveOrderType,
  type RecordProtectiveOrderInput,
  type VaryProtectiveOrderInput,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { toGlobalId } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { refusals } from "./support/iom-operations.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

// "Today" is 2026-06-01 in England. Orders made only to test validation lie in the past, so that the
// expiring-order sweep below (clock moved to 2026-06-25) finds nothing but the order it is about.
const NOW = "2026-06-01T12:00:00Z";

let server: TestServer;
let fx: Fixtures;
let vx: VictimFixtures;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  vx = await createVictimFixtures(server, fx);
});
// Tests that move the clock put it back, so no test sees another's "today".
afterEach(() => server.clock.set(NOW));
afterAll(() => server.close());

type OrderInput = Partial<RecordProtectiveOrderInput> & Pick<RecordProtectiveOrderInput, "perpetratorId" | "protectedVictimIds">;

/** recordProtectiveOrder as safeguarding sends it (a non-molestation order unless told), answering its payload. */
async function record(input: OrderInput, token = vx.safeguarding) {
  const full: RecordProtectiveOrderInput = {
    type: "NON_MOLESTATION_ORDER",
    conditions: ["Not to contact the protected person directly or indirectly"],
    startsOn: "2026-04-01",
    endsOn: "2027-04-01",
    ...input,
  };
  return (await server.query(RecordProtectiveOrderDocument, { input: full }, token, withPurpose)).recordProtectiveOrder;
}

async function vary(input: VaryProtectiveOrderInput, token = vx.safeguarding) {
  return (await server.query(VaryProtectiveOrderDocument, { input }, token, withPurpose)).varyProtectiveOrder;
}

interface OrderSummary {
  id: string;
  type: ProtectiveOrderType;
  endsOn: string | null;
  conditions: string[];
  version: number;
}
const ORDER_SUMMARY = "id type endsOn conditions version";

async function perpetratorOrders(perpetratorId: string, inForceOnly = false): Promise<OrderSummary[]> {
  const data = await server.query<{ node: { protectiveOrders: OrderSummary[] } }, unknown>(
    `query PerpetratorOrders($id: ID!, $inForceOnly: Boolean!) {
       node(id: $id) { ... on Perpetrator { id protectiveOrders(inForceOnly: $inForceOnly) { ${ORDER_SUMMARY} } } }
     }`,
    { id: perpetratorId, inForceOnly },
    vx.safeguarding,
    withPurpose,
  );
  return data.node.protectiveOrders;
}

async function victimOrders(victimId: string, inForceOnly = false): Promise<OrderSummary[]> {
  const data = await server.query<{ node: { protectiveOrders: OrderSummary[] } }, unknown>(
    `query VictimOrders($id: ID!, $inForceOnly: Boolean!) {
       node(id: $id) { ... on Victim { id protectiveOrders(inForceOnly: $inForceOnly) { ${ORDER_SUMMARY} } } }
     }`,
    { id: victimId, inForceOnly },
    vx.safeguarding,
    withPurpose,
  );
  return data.node.protectiveOrders;
}

interface OrderClock {
  inForce: boolean;
  daysUntilExpiry: number | null;
  expiresWithinDays: boolean;
  within: boolean;
}

/** The order's computed fields by today's clock; `within` is expiresWithinDays(days: days). */
async function orderClock(orderId: string, days = 7) {
  return server.request<{ node: OrderClock | null }, unknown>(
    `query OrderClock($id: ID!, $days: Int!) {
       node(id: $id) { ... on ProtectiveOrder { id inForce daysUntilExpiry expiresWithinDays within: expiresWithinDays(days: $days) } }
     }`,
    { id: orderId, days },
    vx.safeguarding,
    withPurpose,
  );
}

async function clockOf(orderId: string, days = 7): Promise<OrderClock> {
  const response = await orderClock(orderId, days);
  expect(response.errors).toBeUndefined();
  const { inForce, daysUntilExpiry, expiresWithinDays, within } = response.data!.node!;
  return { inForce, daysUntilExpiry, expiresWithinDays, within };
}

async function alertsFor(victimId: string) {
  const data = await server.query(SafetyAlertsDocument, { first: 20, filter: { victimId } }, vx.safeguarding, withPurpose);
  return data.safetyAlerts.edges.map((edge) => edge.node);
}

/** A perpetrator with two linked partner victims. */
async function perpetratorWithTwoVictims() {
  const { perpetratorId, victim } = await vx.linkedPair();
  const second = await vx.victim();
  await vx.link(second.id, perpetratorId, "EX_PARTNER");
  return { perpetratorId, victimIds: [victim.id, second.id] };
}

describe("recording each kind of order", () => {
  it.each([
    ["DVPN", "2026-05-31", "2026-06-02", true],
    ["DVPO", "2026-05-20", "2026-06-16", true],
    ["DAPN", "2026-05-31", "2026-06-02", true],
    ["DAPO", "2026-05-01", "2027-05-01", true],
    ["NON_MOLESTATION_ORDER", "2026-04-01", "2027-04-01", true],
    ["RESTRAINING_ORDER", "2026-03-01", null, true],
    ["DVDS_DISCLOSURE", "2026-05-15", null, false],
  ] as const)("records a %s from %s to %s with its protected people, conditions, court and reference", async (type, startsOn, endsOn, inForce) => {
    const { perpetratorId, victimIds } = await perpetratorWithTwoVictims();
    const payload = await record({
      perpetratorId,
      protectedVictimIds: victimIds,
      type,
      startsOn,
      endsOn,
      conditions: ["  Not to enter Leeds Road  ", "Not to contact the protected people"],
      issuedBy: "Leeds Magistrates' Court",
      reference: `REF-${type}`,
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.order).toMatchObject({
      type,
      startsOn,
      endsOn,
      conditions: ["Not to enter Leeds Road", "Not to contact the protected people"],
      issuedBy: "Leeds Magistrates' Court",
      reference: `REF-${type}`,
      version: 1,
      inForce,
    });
    expect(payload.order!.protectedPeople.map((person) => person.id).sort()).toEqual([...victimIds].sort());
    expect((await perpetratorOrders(perpetratorId)).map((order) => order.id)).toEqual([payload.order!.id]);
  });

  it("lets POLICE record an order as well as SAFEGUARDING", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const police = await server.token(Role.POLICE, "police-orders-1");
    const payload = await record({ perpetratorId, protectedVictimIds: [victim.id] }, police);
    expect(payload.userErrors).toEqual([]);
    expect(payload.order?.type).toBe("NON_MOLESTATION_ORDER");
  });
});

describe("order length and end date", () => {
  it.each([
    ["a DVPO of 28 days counting the first and last", "DVPO", "2026-03-28"],
    ["a DVPO of 14 days counting the first and last", "DVPO", "2026-03-14"],
    ["a DVPN touching 3 calendar days", "DVPN", "2026-03-03"],
  ] as const)("accepts %s", async (_what, type, endsOn) => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const payload = await record({ perpetratorId, protectedVictimIds: [victim.id], type, startsOn: "2026-03-01", endsOn });
    expect(payload.userErrors).toEqual([]);
    expect(payload.order).toMatchObject({ type, startsOn: "2026-03-01", endsOn });
  });

  it("refuses a DVPO of 29 days as ORDER_TOO_LONG on endsOn and writes nothing", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    await record({ perpetratorId, protectedVictimIds: [victim.id] });
    const before = await perpetratorOrders(perpetratorId);

    const payload = await record({ perpetratorId, protectedVictimIds: [victim.id], type: "DVPO", startsOn: "2026-03-01", endsOn: "2026-03-29" });
    expect(payload.order).toBeNull();
    expect(refusals(payload)).toEqual([{ code: "ORDER_TOO_LONG", field: ["input", "endsOn"] }]);
    expect(payload.userErrors[0]!.message).toContain("29");
    expect(await perpetratorOrders(perpetratorId)).toEqual(before);
    expect(await victimOrders(victim.id)).toEqual(before);
  });

  it.each([
    ["a DVPO of 13 days", "DVPO", "2026-03-01", "2026-03-13", "INVALID"],
    ["a DVPO with no end", "DVPO", "2026-03-01", null, "INVALID"],
    ["a DVPN touching 4 calendar days", "DVPN", "2026-03-01", "2026-03-04", "ORDER_TOO_LONG"],
    ["a Clare's Law disclosure with an end", "DVDS_DISCLOSURE", "2026-03-01", "2026-03-02", "INVALID"],
    ["an order that ends before it starts", "NON_MOLESTATION_ORDER", "2026-03-01", "2026-02-28", "INVALID"],
  ] as const)("refuses %s, on endsOn, once", async (_what, type, startsOn, endsOn, code) => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const payload = await record({ perpetratorId, protectedVictimIds: [victim.id], type, startsOn, endsOn });
    expect(payload.order).toBeNull();
    expect(refusals(payload)).toEqual([{ code, field: ["input", "endsOn"] }]);
    expect(await perpetratorOrders(perpetratorId)).toEqual([]);
  });
});

describe("who an order protects", () => {
  it("refuses a victim not linked to the perpetrator, at that victim's index, and writes nothing", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const { victim: stranger } = await vx.linkedPair();
    const payload = await record({ perpetratorId, protectedVictimIds: [victim.id, stranger.id] });
    expect(payload.order).toBeNull();
    expect(refusals(payload)).toEqual([{ code: "INVALID", field: ["input", "protectedVictimIds", "1"] }]);
    expect(await perpetratorOrders(perpetratorId)).toEqual([]);
    expect(await victimOrders(victim.id)).toEqual([]);
  });

  it("answers NOT_FOUND for an id that is not a victim, at its index", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const payload = await record({ perpetratorId, protectedVictimIds: [victim.id, perpetratorId] });
    expect(refusals(payload)).toEqual([{ code: "NOT_FOUND", field: ["input", "protectedVictimIds", "1"] }]);
  });

  it("answers NOT_FOUND for a well-formed victim id that names nobody, at its index", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const payload = await record({ perpetratorId, protectedVictimIds: [toGlobalId("Victim", randomUUID()), victim.id] });
    expect(refusals(payload)).toEqual([{ code: "NOT_FOUND", field: ["input", "protectedVictimIds", "0"] }]);
  });

  it("answers NOT_FOUND for an unknown perpetrator", async () => {
    const { victim } = await vx.linkedPair();
    const payload = await record({ perpetratorId: toGlobalId("Perpetrator", randomUUID()), protectedVictimIds: [victim.id] });
    expect(refusals(payload)).toEqual([{ code: "NOT_FOUND", field: ["input", "perpetratorId"] }]);
  });

  it("refuses an order that protects nobody", async () => {
    const { perpetratorId } = await vx.linkedPair();
    const payload = await record({ perpetratorId, protectedVictimIds: [] });
    expect(refusals(payload)).toEqual([{ code: "INVALID", field: ["input", "protectedVictimIds"] }]);
    expect(await perpetratorOrders(perpetratorId)).toEqual([]);
  });
});

describe("in force and expiry by today's date", () => {
  it("is not in force before its first day, is on its first and last days, and is not after its last", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id], startsOn: "2026-06-10", endsOn: "2026-06-20" });
    expect(await clockOf(order!.id)).toMatchObject({ inForce: false, daysUntilExpiry: 19, expiresWithinDays: false });
    server.clock.set("2026-06-10T12:00:00Z");
    expect(await clockOf(order!.id)).toMatchObject({ inForce: true, daysUntilExpiry: 10, expiresWithinDays: false });
    server.clock.set("2026-06-20T12:00:00Z");
    expect(await clockOf(order!.id)).toMatchObject({ inForce: true, daysUntilExpiry: 0, expiresWithinDays: true });
    // 23:30 UTC on the 20th is already the 21st in England (summer time).
    server.clock.set("2026-06-20T23:30:00Z");
    expect(await clockOf(order!.id)).toMatchObject({ inForce: false, daysUntilExpiry: -1, expiresWithinDays: false });
    server.clock.set("2026-07-20T12:00:00Z");
    expect(await clockOf(order!.id)).toMatchObject({ inForce: false, daysUntilExpiry: -30, expiresWithinDays: false });
  });

  it("has no days until expiry when it has no end, and never expires", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id], type: "RESTRAINING_ORDER", endsOn: null });
    expect(await clockOf(order!.id, 3660)).toEqual({ inForce: true, daysUntilExpiry: null, expiresWithinDays: false, within: false });
  });

  it("expires within 7 days by default, or within the days asked for", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const seven = (await record({ perpetratorId, protectedVictimIds: [victim.id], endsOn: "2026-06-08" })).order!;
    const eight = (await record({ perpetratorId, protectedVictimIds: [victim.id], endsOn: "2026-06-09" })).order!;
    expect(await clockOf(seven.id, 6)).toEqual({ inForce: true, daysUntilExpiry: 7, expiresWithinDays: true, within: false });
    expect(await clockOf(seven.id, 0)).toMatchObject({ within: false });
    expect(await clockOf(eight.id, 8)).toEqual({ inForce: true, daysUntilExpiry: 8, expiresWithinDays: false, within: true });
  });

  it("never counts a Clare's Law disclosure as in force", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id], type: "DVDS_DISCLOSURE", startsOn: "2026-05-01", endsOn: null });
    expect(await clockOf(order!.id, 3660)).toEqual({ inForce: false, daysUntilExpiry: null, expiresWithinDays: false, within: false });
    expect(await perpetratorOrders(perpetratorId, true)).toEqual([]);
  });

  it("answers BAD_USER_INPUT for a negative number of days", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id] });
    const response = await orderClock(order!.id, -1);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(response.data?.node).toBeNull();
  });
});

describe("orders of a perpetrator and of a victim", () => {
  it("lists a perpetrator's orders latest first, or only those in force", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const ended = await record({ perpetratorId, protectedVictimIds: [victim.id], startsOn: "2026-01-01", endsOn: "2026-05-31" });
    const current = await record({ perpetratorId, protectedVictimIds: [victim.id], startsOn: "2026-04-01", endsOn: "2027-04-01" });
    const disclosure = await record({ perpetratorId, protectedVictimIds: [victim.id], type: "DVDS_DISCLOSURE", startsOn: "2026-05-01", endsOn: null });
    const future = await record({ perpetratorId, protectedVictimIds: [victim.id], type: "DAPO", startsOn: "2026-07-01", endsOn: "2027-07-01" });
    const ids = (orders: OrderSummary[]) => orders.map((order) => order.id);
    expect(ids(await perpetratorOrders(perpetratorId))).toEqual([future, disclosure, current, ended].map((p) => p.order!.id));
    expect(ids(await perpetratorOrders(perpetratorId, true))).toEqual([current.order!.id]);
  });

  it("lists the orders protecting a victim, against any perpetrator, or only those in force", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const { perpetratorId: other } = await vx.linkedPair();
    await vx.link(victim.id, other, "OTHER_FAMILY");
    const sibling = (await vx.victim()).id;
    await vx.link(sibling, perpetratorId, "OTHER_FAMILY");

    const first = await record({ perpetratorId, protectedVictimIds: [victim.id, sibling], startsOn: "2026-04-01", endsOn: "2027-04-01" });
    const second = await record({ perpetratorId: other, protectedVictimIds: [victim.id], type: "RESTRAINING_ORDER", startsOn: "2026-02-01", endsOn: "2026-05-01" });
    const siblingOnly = await record({ perpetratorId, protectedVictimIds: [sibling], type: "DAPO", startsOn: "2026-05-01", endsOn: "2027-05-01" });

    expect((await victimOrders(victim.id)).map((order) => order.id)).toEqual([first.order!.id, second.order!.id]);
    expect((await victimOrders(victim.id, true)).map((order) => order.id)).toEqual([first.order!.id]);
    expect((await victimOrders(sibling)).map((order) => order.id)).toEqual([siblingOnly.order!.id, first.order!.id]);
  });
});

describe("varying an order", () => {
  it("extends the end date and replaces the conditions, bumping the version; a stale version is a CONFLICT", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id], type: "DVPO", startsOn: "2026-05-25", endsOn: "2026-06-07" });
    const varied = await vary({ orderId: order!.id, expectedVersion: 1, endsOn: "2026-06-21", conditions: ["Not to come within 100 metres of the home"] });
    expect(varied.userErrors).toEqual([]);
    expect(varied.order).toMatchObject({ id: order!.id, endsOn: "2026-06-21", conditions: ["Not to come within 100 metres of the home"], version: 2, daysUntilExpiry: 20 });

    const stale = await vary({ orderId: order!.id, expectedVersion: 1, endsOn: "2026-06-14" });
    expect(stale.order).toBeNull();
    expect(refusals(stale)).toEqual([{ code: "CONFLICT", field: ["input", "expectedVersion"] }]);

    const conditionsOnly = await vary({ orderId: order!.id, expectedVersion: 2, conditions: ["Not to contact her", "Not to enter Leeds"] });
    expect(conditionsOnly.order).toMatchObject({ endsOn: "2026-06-21", conditions: ["Not to contact her", "Not to enter Leeds"], version: 3 });
    expect(await perpetratorOrders(perpetratorId)).toEqual([
      { id: order!.id, type: "DVPO", endsOn: "2026-06-21", conditions: ["Not to contact her", "Not to enter Leeds"], version: 3 },
    ]);
  });

  it("refuses to vary a DVPO beyond 28 days and leaves it as it was", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id], type: "DVPO", startsOn: "2026-03-01", endsOn: "2026-03-14" });
    const before = await perpetratorOrders(perpetratorId);
    const payload = await vary({ orderId: order!.id, expectedVersion: 1, endsOn: "2026-03-29" });
    expect(payload.order).toBeNull();
    expect(refusals(payload)).toEqual([{ code: "ORDER_TOO_LONG", field: ["input", "endsOn"] }]);
    expect(await perpetratorOrders(perpetratorId)).toEqual(before);
  });
});

describe("alerts about orders that are ending", () => {
  it("alerts the victim's IDVA once when an order recorded ends within 7 days", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    await vx.supportWorker(victim.id, "idva-orders-1");
    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id], startsOn: "2026-04-01", endsOn: "2026-06-05" });
    const alerts = await alertsFor(victim.id);
    expect(alerts.map((alert) => [alert.kind, alert.recipientSub, alert.order?.id, alert.acknowledged])).toEqual([["ORDER_EXPIRING", "idva-orders-1", order!.id, false]]);
    expect(alerts[0]!.summary).toContain("2026-06-05");
    expect(alerts[0]!.summary).not.toContain(victim.familyName);
  });

  it("does not alert for an order ending in 30 days until the check finds it within 7, and then only once", async () => {
    const { perpetratorId, victim } = await vx.linkedPair();
    await vx.supportWorker(victim.id, "idva-orders-2");
    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id], startsOn: "2026-05-01", endsOn: "2026-07-01" });
    expect(order!.daysUntilExpiry).toBe(30);
    expect(await alertsFor(victim.id)).toEqual([]);

    server.clock.set("2026-06-25T09:00:00Z");
    const first = await server.query(RaiseExpiringOrderAlertsDocument, {}, vx.safeguarding, withPurpose);
    expect(first.raiseExpiringOrderAlerts.alertsRaised).toBe(1);
    const again = await server.query(RaiseExpiringOrderAlertsDocument, {}, vx.safeguarding, withPurpose);
    expect(again.raiseExpiringOrderAlerts.alertsRaised).toBe(0);
    expect((await alertsFor(victim.id)).map((alert) => [alert.kind, alert.recipientSub, alert.order?.id])).toEqual([["ORDER_EXPIRING", "idva-orders-2", order!.id]]);
  });
});

describe("who may record and vary orders", () => {
  it.each([
    [Role.PROBATION, "prob-1"],
    [Role.IOM_OFFICER, "iom-orders-1"],
    [Role.FACILITATOR, "facilitator-orders-1"],
  ])("refuses %s as FORBIDDEN and writes nothing", async (role, sub) => {
    const { perpetratorId, victim } = await vx.linkedPair();
    await fx.refer(perpetratorId, "BBR");
    const token = await server.token(role, sub, { org: "Probation Service" });
    const input: RecordProtectiveOrderInput = {
      perpetratorId,
      type: "NON_MOLESTATION_ORDER",
      protectedVictimIds: [victim.id],
      conditions: ["Not to contact"],
      startsOn: "2026-04-01",
      endsOn: "2027-04-01",
    };
    const recorded = await server.request(RecordProtectiveOrderDocument, { input }, token, withPurpose);
    expect(recorded.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await perpetratorOrders(perpetratorId)).toEqual([]);

    const { order } = await record({ perpetratorId, protectedVictimIds: [victim.id] });
    const varied = await server.request(VaryProtectiveOrderDocument, { input: { orderId: order!.id, expectedVersion: 1, endsOn: "2027-06-01" } }, token, withPurpose);
    expect(varied.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect((await perpetratorOrders(perpetratorId)).map((o) => [o.endsOn, o.version])).toEqual([["2027-04-01", 1]]);
  });
});
