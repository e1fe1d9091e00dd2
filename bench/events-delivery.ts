import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../src/db/client.js";
import { prepareDatabase } from "../src/db/bootstrap.js";
import { DeliveryRepository, DeliveryWorker, Outbox, SubscriberRepository } from "../src/modules/events/index.js";
import type { DomainEvent } from "../src/shared/domain-events.js";
import { createLogger } from "../src/shared/logger.js";

/**
 * Events delivered per second to a local receiver, on PGlite and on PostgreSQL (BENCH_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:55432/postgres; a database of its own is created and dropped).
 * The outbox is filled first (EVENTS events over PEOPLE people, in transactions of 100, as changes
 * write them); then 1 and 2 workers deliver it with the server's settings (batch 50).
 *
 *   npm run bench:events            EVENTS=5000 PEOPLE=500 npm run bench:events
 */
const EVENTS = Number(process.env.EVENTS ?? 5000);
const PEOPLE = Number(process.env.PEOPLE ?? 500);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:55432/postgres";
const logger = createLogger("silent");

async function receiver() {
  let received = 0;
  const server = http.createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      received += 1;
      response.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`, received: () => received, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function fill(handle: DatabaseHandle, url: string): Promise<void> {
  await handle.query(`truncate event_deliveries, outbox_events, webhook_subscribers`);
  await new SubscriberRepository(handle.db).insert({ name: "bench", url, eventTypes: [], secret: "whsec_bench", createdBy: "bench" });
  const people = Array.from({ length: PEOPLE }, () => randomUUID());
  const outbox = new Outbox("http://localhost:4000");
  for (let start = 0; start < EVENTS; start += 100) {
    const events: DomainEvent[] = Array.from({ length: Math.min(100, EVENTS - start) }, (_, i) => ({
      kind: "referral.status-changed",
      perpetratorId: people[(start + i) % PEOPLE]!,
      subject: { type: "Referral", id: randomUUID() },
      occurredAt: new Date(),
      details: { fromStatus: "REFERRED", toStatus: "AWAITING_ASSESSMENT" },
    }));
    await handle.db.transaction((tx) => outbox.record(tx, events));
  }
}

async function deliver(handles: DatabaseHandle[], workers: number): Promise<number> {
  const running = Array.from({ length: workers }, (_, i) =>
    new DeliveryWorker(new DeliveryRepository(handles[i % handles.length]!), { pollIntervalMs: 5, batchSize: 50, leaseSeconds: 60, requestTimeoutMs: 10_000, retry: { baseMs: 1000, capMs: 60_000, maxAttempts: 10 } }, logger),
  );
  const started = process.hrtime.bigint();
  for (const worker of running) worker.start();
  // The workers' own counts (a count(*) here would compete with them for PGlite's one connection).
  while (running.reduce((sum, worker) => sum + worker.delivered, 0) < EVENTS) await new Promise((resolve) => setTimeout(resolve, 5));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await Promise.all(running.map((worker) => worker.stop()));
  return EVENTS / seconds;
}

async function main() {
  const sink = await receiver();
  const results: { database: string; workers: number; perSecond: number }[] = [];

  const pglite = await openDatabase({ kind: "pglite", dataDir: null });
  await prepareDatabase(pglite);
  for (const workers of [1, 2]) {
    await fill(pglite, sink.url);
    results.push({ database: "PGlite", workers, perSecond: await deliver([pglite], workers) });
  }
  await pglite.close();

  const name = `sg_bench_events_${randomBytes(4).toString("hex")}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  // Two handles: two instances, each with its own pool, as two processes would have.
  const handles = [await openDatabase({ kind: "postgres", url: url.toString() }), await openDatabase({ kind: "postgres", url: url.toString() })];
  try {
    await prepareDatabase(handles[0]!);
    for (const workers of [1, 2]) {
      await fill(handles[0]!, sink.url);
      results.push({ database: "PostgreSQL", workers, perSecond: await deliver(handles, workers) });
    }
  } finally {
    for (const handle of handles) await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  await sink.close();

  process.stdout.write(`Events delivered per second (${EVENTS} events over ${PEOPLE} people, batch 50, one local receiver; ${sink.received()} requests received)\n`);
  process.stdout.write(`| database | workers | events/s |\n| --- | --- | --- |\n`);
  for (const r of results) process.stdout.write(`| ${r.database} | ${r.workers} | ${Math.round(r.perSecond)} |\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
