import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeliveryRepository, DeliveryWorker, erasePersonEvents } from "../src/modules/events/index.js";
import { idOfType } from "../src/shared/global-id.js";
import { createLogger } from "../src/shared/logger.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { startReceiver } from "./support/webhook-receiver.js";

/**
 * The erasure hook for person erasure (issue 16 part 3 calls it in its transaction): after it, nothing
 * of the person is sent, and what was already sent is kept without the person's identifiers.
 */
let server: TestServer;
let fx: Fixtures;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  receiver = await startReceiver();
}, 60_000);
afterAll(async () => {
  await receiver.close();
  await server.close();
});

describe("erasePersonEvents", () => {
  it("drops the person's undelivered events and scrubs the delivered ones; other people's are untouched", async () => {
    await server.query(
      `mutation Sub($input: CreateWebhookSubscriberInput!) { createWebhookSubscriber(input: $input) { userErrors { code } } }`,
      { input: { name: "Erasure receiver", url: `${receiver.url}/erasure` } },
      fx.admin,
    );
    const person = await fx.person();
    const other = await fx.person();
    let referral = await fx.refer(person.id, "BBR");
    await fx.refer(other.id, "BBR");
    const worker = new DeliveryWorker(new DeliveryRepository(server.database), { pollIntervalMs: 10, batchSize: 10, leaseSeconds: 30, requestTimeoutMs: 1000, retry: { baseMs: 0, capMs: 0, maxAttempts: 3 } }, createLogger("silent"));
    while ((await worker.runOnce()) > 0);
    referral = await fx.transition(referral.id, "AWAITING_ASSESSMENT", referral.version); // not yet delivered

    const id = idOfType(person.id, "Perpetrator")!;
    await server.database.db.transaction((tx) => erasePersonEvents(tx, id));

    expect(await server.database.query(`select id from outbox_events where perpetrator_id = $1`, [id])).toEqual([]);
    expect(await server.database.query(`select id from event_deliveries where perpetrator_id = $1`, [id])).toEqual([]);
    const everything = JSON.stringify(await server.database.query(`select message from outbox_events`));
    expect(everything).not.toContain(person.crn!);
    expect(everything).not.toContain(person.pncId!);
    expect(everything).not.toContain(person.id);
    expect(everything).toContain(other.crn!);
    // The delivered event stays (scrubbed) for the delivery history; the pending one is gone.
    const kept = await server.database.query<{ message: { personReference: { identifiers: unknown[] }; additionalInformation: Record<string, unknown> } }>(
      `select e.message from outbox_events e where e.perpetrator_id is null`,
    );
    expect(kept).toHaveLength(1);
    expect(kept[0]!.message.personReference.identifiers).toEqual([]);
    expect(kept[0]!.message.additionalInformation.toStatus).toBe("REFERRED");
    const before = receiver.arrivals.length;
    while ((await worker.runOnce()) > 0);
    expect(receiver.arrivals.slice(before)).toEqual([]);
  });
});
