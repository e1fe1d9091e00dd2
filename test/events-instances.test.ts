import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../src/db/client.js";
import { DeliveryRepository, DeliveryWorker, Outbox, fetchSend, type Send } from "../src/modules/events/index.js";
import type { DomainEvent } from "../src/shared/domain-events.js";
import { idOfType } from "../src/shared/global-id.js";
import { createLogger } from "../src/shared/logger.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { orderViolations, startReceiver } from "./support/webhook-receiver.js";

/**
 * Several instances deliver each event once between them (issue 16 part 2): two delivery workers on
 * one database (on PostgreSQL, each with its own connection pool, as two processes would have), a
 * receiver that fails every seventh request, and one worker killed mid-batch, after sending some of its
 * claimed deliveries and before recording any. Nothing is lost and, per person, nothing arrives before
 * every earlier event of that person has been received.
 */
const PEOPLE = 6;
const EVENTS_PER_PERSON = 25;
let server: TestServer;
let fx: Fixtures;
let second: DatabaseHandle;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const logger = createLogger("silent");

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  receiver = await startReceiver((_arrival, count) => (count % 7 === 6 ? 500 : 200));
  if (process.env.TEST_DATABASE_URL) {
    const [{ name }] = (await server.database.query<{ name: string }>(`select current_database() as name`)) as [{ name: string }];
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    second = await openDatabase({ kind: "postgres", url: url.toString() });
  } else {
    second = server.database; // PGlite is one process's database: both workers share it
  }
}, 60_000);
afterAll(async () => {
  if (second !== server.database) await second.close();
  await receiver.close();
  await server.close();
});

describe("two delivery instances, a failing receiver and a worker killed mid-batch", () => {
  it("deliver every event at least once and each person's events in order", async () => {
    const created = (await server.query(
      `mutation Sub($input: CreateWebhookSubscriberInput!) { createWebhookSubscriber(input: $input) { subscriber { id } userErrors { code } } }`,
      { input: { name: "Two-instance receiver", url: `${receiver.url}/events` } },
      fx.admin,
    )) as { createWebhookSubscriber: { subscriber: { id: string } } };
    expect(created.createWebhookSubscriber.subscriber.id).toBeTruthy();

    // The people's events, interleaved, each batch written in one transaction as a change would write it.
    const people = await Promise.all(Array.from({ length: PEOPLE }, () => fx.person()));
    const outbox = new Outbox("http://localhost:4000");
    for (let n = 0; n < EVENTS_PER_PERSON; n++) {
      const events: DomainEvent[] = people.map((person) => ({
        kind: "referral.status-changed",
        perpetratorId: idOfType(person.id, "Perpetrator")!,
        subject: { type: "Referral", id: crypto.randomUUID() },
        occurredAt: new Date(),
        details: { step: n },
      }));
      await server.database.db.transaction((tx) => outbox.record(tx, events));
    }
    const stored = await server.database.query<{ id: string; seq: number; person: string }>(`select id, seq::float8 as seq, perpetrator_id as person from outbox_events order by seq`);
    expect(stored).toHaveLength(PEOPLE * EVENTS_PER_PERSON);

    // Instance A sends three of its batch, then dies: it never answers for the rest, nor records anything.
    let sentByA = 0;
    const killed = new Promise<never>(() => {});
    const dyingSend: Send = async (delivery, headers, body, timeoutMs) => {
      if (sentByA >= 3) return killed;
      sentByA += 1;
      const result = await fetchSend(delivery, headers, body, timeoutMs);
      return sentByA >= 3 ? killed : result;
    };
    const settings = { pollIntervalMs: 10, batchSize: 8, leaseSeconds: 2, requestTimeoutMs: 1000, retry: { baseMs: 0, capMs: 0, maxAttempts: 20 } };
    const a = new DeliveryWorker(new DeliveryRepository(server.database), settings, logger, dyingSend);
    const b = new DeliveryWorker(new DeliveryRepository(second), settings, logger);
    a.start();
    b.start();

    const deadline = Date.now() + 60_000;
    const undelivered = async () => Number((await server.database.query<{ n: number }>(`select count(*)::int as n from event_deliveries where status <> 'DELIVERED'`))[0]!.n);
    while ((await undelivered()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await b.stop();
    // `a` is dead: its loop waits forever on the sends that never answer, as a killed process would.

    expect(await undelivered()).toBe(0);
    expect(sentByA).toBe(3);
    const { violations, lost } = orderViolations(receiver.arrivals, stored);
    expect(lost).toEqual([]);
    expect(violations).toEqual([]);
    // At least once: some arrived twice (the dead worker's sends, the failures' retries), and that is all.
    const failures = receiver.arrivals.filter((arrival) => arrival.status >= 300).length;
    expect(failures).toBeGreaterThan(0);
    expect(receiver.arrivals.length).toBeLessThanOrEqual(stored.length + failures + 3);
    const tries = await server.database.query<{ attempts: number }>(`select attempts from event_deliveries`);
    expect(tries.every((row) => row.attempts >= 1)).toBe(true);
  }, 90_000);
});
