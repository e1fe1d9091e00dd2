import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src/db/client.js";
import { DeliveryRepository, DeliveryWorker, Outbox, verifySignature, type DeliveryWorkerSettings, type Send } from "../src/modules/events/index.js";
import { Role } from "../src/shared/auth/roles.js";
import { idOfType } from "../src/shared/global-id.js";
import { createLogger } from "../src/shared/logger.js";
import type { DomainEvent } from "../src/shared/domain-events.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { startReceiver } from "./support/webhook-receiver.js";

/**
 * Events out (issue 16 part 2), delivery: signed POSTs a receiver can verify, at least once and in
 * order per person per subscriber, retried with backoff into a dead letter an admin can redeliver, and
 * shared between instances by leases, so that a worker killed mid-batch loses nothing and reorders nothing.
 */
let server: TestServer;
let fx: Fixtures;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const logger = createLogger("silent");
beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  receiver = await startReceiver((arrival) => (arrival.path.startsWith("/down") ? 503 : 200));
}, 60_000);
afterAll(async () => {
  await receiver.close();
  await server.close();
});

const settings = (overrides: Partial<DeliveryWorkerSettings> = {}): DeliveryWorkerSettings => ({
  pollIntervalMs: 20,
  batchSize: 20,
  leaseSeconds: 30,
  requestTimeoutMs: 5000,
  retry: { baseMs: 0, capMs: 0, maxAttempts: 3 },
  ...overrides,
});
const worker = (overrides: Partial<DeliveryWorkerSettings> = {}, send?: Send, database: DatabaseHandle = server.database) =>
  new DeliveryWorker(new DeliveryRepository(database), settings(overrides), logger, send);
async function drain(w: DeliveryWorker) {
  while ((await w.runOnce()) > 0);
}

const CREATE = `mutation CreateSubscriber($input: CreateWebhookSubscriberInput!) {
  createWebhookSubscriber(input: $input) { subscriber { id name url eventTypes active } secret userErrors { field code } }
}`;
type Created = { createWebhookSubscriber: { subscriber: { id: string; eventTypes: string[] } | null; secret: string | null; userErrors: { field: string[]; code: string }[] } };
async function subscribe(path: string, eventTypes?: string[]) {
  const data = (await server.query(CREATE, { input: { name: `Receiver ${path}`, url: `${receiver.url}${path}`, eventTypes } }, fx.admin)) as Created;
  expect(data.createWebhookSubscriber.userErrors).toEqual([]);
  return { id: data.createWebhookSubscriber.subscriber!.id, secret: data.createWebhookSubscriber.secret! };
}
const DISABLE = `mutation Disable($input: DisableWebhookSubscriberInput!) { disableWebhookSubscriber(input: $input) { subscriber { active } userErrors { code } } }`;

const DELIVERIES = `query Deliveries($first: Int!, $filter: EventDeliveryFilter) {
  eventDeliveries(first: $first, filter: $filter) {
    totalCount
    edges { node { id eventId eventType status attempts nextAttemptAt lastAttemptAt lastStatusCode lastError heldBehindDeadLetter subscriber { id } } }
  }
}`;
type DeliveryNode = { id: string; eventId: string; eventType: string; status: string; attempts: number; nextAttemptAt: string; lastAttemptAt: string | null; lastStatusCode: number | null; heldBehindDeadLetter: boolean };
async function deliveries(subscriberId: string, status?: string) {
  const data = (await server.query(DELIVERIES, { first: 100, filter: { subscriberId, status } }, fx.admin)) as { eventDeliveries: { totalCount: number; edges: { node: DeliveryNode }[] } };
  return data.eventDeliveries.edges.map((edge) => edge.node);
}
const REDELIVER = `mutation Redeliver($input: RedeliverEventInput!) { redeliverEvent(input: $input) { delivery { id status attempts } userErrors { field code } } }`;
type Redelivered = { redeliverEvent: { delivery: { status: string; attempts: number } | null; userErrors: { code: string }[] } };

/** Turns off every subscriber made so far, so each test's worker sees only its own. */
async function disableAll() {
  await server.database.query(`update webhook_subscribers set active = false`);
}

describe("subscribers (ADMIN only)", () => {
  it("are created with a secret shown once, listed without it, refused on bad input, and FORBIDDEN to others", async () => {
    const created = await subscribe("/ok", ["safeguard.referral.status-changed"]);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const listed = (await server.query(`query Subscribers { webhookSubscribers(first: 50) { edges { node { id eventTypes } } } }`, {}, fx.admin)) as {
      webhookSubscribers: { edges: { node: { id: string; eventTypes: string[] } }[] };
    };
    expect(listed.webhookSubscribers.edges.map((e) => e.node)).toContainEqual({ id: created.id, eventTypes: ["safeguard.referral.status-changed"] });
    const bad = (await server.query(CREATE, { input: { name: "x", url: "ftp://nope", eventTypes: ["safeguard.nothing"] } }, fx.admin)) as Created;
    expect(bad.createWebhookSubscriber.userErrors.map((e) => e.field.join("."))).toEqual(["input.url", "input.eventTypes"]);
    for (const role of [Role.PROBATION, Role.ANALYST, Role.AUDITOR, Role.SAFEGUARDING]) {
      const token = await server.token(role, `not-admin-${role}`);
      for (const [document, variables] of [
        [CREATE, { input: { name: "x", url: "https://x.example" } }],
        [DELIVERIES, { first: 5 }],
        [`query S { webhookSubscribers(first: 5) { totalCount } }`, {}],
        [REDELIVER, { input: { deliveryId: "x" } }],
        [DISABLE, { input: { subscriberId: created.id } }],
      ] as const) {
        const answer = await server.request(document, variables, token);
        expect(answer.errors?.[0]?.extensions?.code, `${role} ${document.slice(0, 30)}`).toBe("FORBIDDEN");
      }
    }
    const disabled = (await server.query(DISABLE, { input: { subscriberId: created.id } }, fx.admin)) as { disableWebhookSubscriber: { subscriber: { active: boolean } } };
    expect(disabled.disableWebhookSubscriber.subscriber.active).toBe(false);
    const again = (await server.query(DISABLE, { input: { subscriberId: created.id } }, fx.admin)) as { disableWebhookSubscriber: { userErrors: { code: string }[] } };
    expect(again.disableWebhookSubscriber.userErrors.map((e) => e.code)).toEqual(["INVALID_TRANSITION"]);
  });
});

describe("delivery", () => {
  it("POSTs each event signed, in order, to the subscribers whose filter it passes; the receiver can verify it", async () => {
    await disableAll();
    const all = await subscribe("/all");
    const completions = await subscribe("/completed", ["safeguard.referral.completed"]);
    const person = await fx.person();
    let referral = await fx.refer(person.id, "BBR");
    referral = await fx.transition(referral.id, "AWAITING_ASSESSMENT", referral.version);
    const before = receiver.arrivals.length;
    await drain(worker());
    const arrived = receiver.arrivals.slice(before);
    expect(arrived.map((a) => [a.path, a.message.additionalInformation.toStatus])).toEqual([
      ["/all", "REFERRED"],
      ["/all", "AWAITING_ASSESSMENT"],
    ]);
    for (const arrival of arrived) {
      const verdict = verifySignature(all.secret, { signature: arrival.headers["x-safeguard-signature"] as string, timestamp: arrival.headers["x-safeguard-timestamp"] as string }, arrival.body, Math.floor(Date.now() / 1000));
      expect(verdict).toBe("OK");
      expect(verifySignature(completions.secret, { signature: arrival.headers["x-safeguard-signature"] as string, timestamp: arrival.headers["x-safeguard-timestamp"] as string }, arrival.body, Math.floor(Date.now() / 1000))).toBe("MISMATCH");
      expect(arrival.headers["content-type"]).toBe("application/json");
    }
    expect((await deliveries(all.id)).map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual([
      ["DELIVERED", 1, 200],
      ["DELIVERED", 1, 200],
    ]);
    expect(await deliveries(completions.id)).toEqual([]);
  });

  it("retries with backoff, dead-letters after the last try, holds the person's later events behind it, and redelivers on demand", async () => {
    await disableAll();
    const down = await subscribe("/down");
    const person = await fx.person();
    let referral = await fx.refer(person.id, "BBR");
    referral = await fx.transition(referral.id, "AWAITING_ASSESSMENT", referral.version);
    const other = await fx.person();
    await fx.refer(other.id, "BBR");

    // A slow backoff: one try each, then nothing is due.
    const patient = worker({ retry: { baseMs: 60_000, capMs: 600_000, maxAttempts: 3 } });
    expect(await patient.runOnce()).toBe(2); // the first of each person; the second of `person` waits its turn
    expect(await patient.runOnce()).toBe(0);
    const [first, second, third] = await deliveries(down.id);
    expect([first!.status, first!.attempts, first!.lastStatusCode, second!.attempts, second!.status]).toEqual(["PENDING", 1, 503, 0, "PENDING"]);
    const wait = new Date(first!.nextAttemptAt).getTime() - new Date(first!.lastAttemptAt!).getTime();
    expect(wait).toBeGreaterThanOrEqual(29_000);
    expect(wait).toBeLessThanOrEqual(61_000);

    // Due now (as if the wait were over): the remaining tries fail at once and the first is dead-lettered.
    await server.database.query(`update event_deliveries set next_attempt_at = now() where status = 'PENDING'`);
    await drain(worker());
    const [dead, held, otherDead] = await deliveries(down.id);
    expect([dead!.status, dead!.attempts, held!.status, held!.heldBehindDeadLetter, otherDead!.status]).toEqual(["DEAD_LETTER", 3, "PENDING", true, "DEAD_LETTER"]);
    expect((await deliveries(down.id, "DEAD_LETTER")).map((d) => d.id)).toEqual([dead!.id, otherDead!.id]);
    expect(third).toBeDefined();

    // Redelivery: refused for what is not a dead letter, or no delivery at all.
    const refusals = await Promise.all(
      [held!.id, "not-an-id", dead!.id.slice(0, -2) + "AA"].map(async (deliveryId) => ((await server.query(REDELIVER, { input: { deliveryId } }, fx.admin)) as Redelivered).redeliverEvent.userErrors.map((e) => e.code)),
    );
    expect(refusals).toEqual([["INVALID_TRANSITION"], ["NOT_FOUND"], ["NOT_FOUND"]]);

    // The receiver is back: the redelivered one goes, then the one held behind it, in order.
    await server.database.query(`update webhook_subscribers set url = $1 where id = $2`, [`${receiver.url}/back`, idOfType(down.id, "WebhookSubscriber")]);
    const redelivered = (await server.query(REDELIVER, { input: { deliveryId: dead!.id } }, fx.admin)) as Redelivered;
    expect(redelivered.redeliverEvent.delivery).toEqual({ id: dead!.id, status: "PENDING", attempts: 0 });
    const before = receiver.arrivals.length;
    await drain(worker());
    expect(receiver.arrivals.slice(before).map((a) => a.message.additionalInformation.toStatus)).toEqual(["REFERRED", "AWAITING_ASSESSMENT"]);
    const after = await deliveries(down.id);
    expect(after.map((d) => d.status)).toEqual(["DELIVERED", "DELIVERED", "DEAD_LETTER"]);
    const again = (await server.query(REDELIVER, { input: { deliveryId: dead!.id } }, fx.admin)) as Redelivered;
    expect(again.redeliverEvent.userErrors.map((e) => e.code)).toEqual(["INVALID_TRANSITION"]);
  });

  it("fences a worker whose lease ran out: its outcome is not recorded over the new holder's", async () => {
    await disableAll();
    await subscribe("/fence");
    await fx.refer((await fx.person()).id, "CHOICES");
    const repository = new DeliveryRepository(server.database);
    const [stale] = await repository.claim("instance-a", 1, 1);
    expect(await repository.claim("instance-b", 1, 30)).toEqual([]); // leased, and the only one
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const [taken] = await repository.claim("instance-b", 1, 30);
    expect(taken!.id).toBe(stale!.id);
    expect(taken!.leaseToken).not.toBe(stale!.leaseToken);
    expect(await repository.markDelivered([{ id: stale!.id, leaseToken: stale!.leaseToken, statusCode: 200 }])).toBe(0);
    expect(await repository.markDelivered([{ id: taken!.id, leaseToken: taken!.leaseToken, statusCode: 200 }])).toBe(1);
  });
});

describe("the outbox is written in the change's transaction", () => {
  it("keeps nothing of a transaction that rolls back after writing its events", async () => {
    const person = await fx.person();
    const event: DomainEvent = { kind: "referral.status-changed", perpetratorId: idOfType(person.id, "Perpetrator")!, subject: { type: "Referral", id: crypto.randomUUID() }, occurredAt: new Date(), details: {} };
    await expect(
      server.database.db.transaction(async (tx) => {
        await new Outbox("http://localhost").record(tx, [event]);
        throw new Error("the change failed after its event was written");
      }),
    ).rejects.toThrow("the change failed");
    expect(await server.database.query(`select id from outbox_events where perpetrator_id = $1`, [event.perpetratorId])).toEqual([]);
  });
});
