import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Logger } from "../../shared/logger.js";
import { afterFailure, isDelivered, type RetryPolicy } from "./delivery.rules.js";
import type { ClaimedDelivery, DeliveryRepository } from "./delivery.repository.js";
import { DELIVERY_ID_HEADER, EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./events.model.js";
import { signatureFor } from "./signature.rules.js";

export interface DeliveryWorkerSettings {
  /** How long to wait between polls when nothing was due. */
  pollIntervalMs: number;
  /** Most deliveries claimed (and sent side by side) per poll. */
  batchSize: number;
  /** How long a claim holds: a worker that dies is taken over once it ends. Longer than requestTimeoutMs. */
  leaseSeconds: number;
  /** A subscriber that takes longer than this to answer has failed the try. */
  requestTimeoutMs: number;
  retry: RetryPolicy;
}

/** Sends one delivery: answers the HTTP status, or null when no answer came. Swappable in tests. */
export type Send = (delivery: ClaimedDelivery, headers: Record<string, string>, body: string, timeoutMs: number) => Promise<{ statusCode: number | null; error: string | null }>;

export const fetchSend: Send = async (delivery, headers, body, timeoutMs) => {
  try {
    const response = await fetch(delivery.url, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    await response.body?.cancel().catch(() => {});
    return { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { statusCode: null, error: error instanceof Error ? `${error.name}: ${error.message}` : "request failed" };
  }
};

/**
 * Claims due deliveries under a lease, signs and POSTs them, and records each outcome fenced by its
 * lease token. One per server process (started by the server when EVENT_DELIVERY is on); any number of
 * processes may run against one database. Polls again at once while batches come back full.
 */
export class DeliveryWorker {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  delivered = 0;

  constructor(
    private readonly repository: DeliveryRepository,
    private readonly settings: DeliveryWorkerSettings,
    private readonly logger: Logger,
    private readonly send: Send = fetchSend,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops polling and waits for the batch in flight to be sent and recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** One poll: claims, sends and records a batch; answers how many were claimed. */
  async runOnce(): Promise<number> {
    const claimed = await this.repository.claim(this.owner, this.settings.batchSize, this.settings.leaseSeconds);
    if (claimed.length === 0) return 0;
    const outcomes = await Promise.all(claimed.map(async (delivery) => ({ delivery, result: await this.sendSigned(delivery) })));
    const done = outcomes.filter(({ result }) => isDelivered(result.statusCode));
    this.delivered += await this.repository.markDelivered(done.map(({ delivery, result }) => ({ id: delivery.id, leaseToken: delivery.leaseToken, statusCode: result.statusCode! })));
    for (const { delivery, result } of outcomes.filter(({ result }) => !isDelivered(result.statusCode))) {
      const next = afterFailure(delivery.attempts, this.settings.retry, Math.random());
      await this.repository.markFailed(delivery.id, delivery.leaseToken, next, { statusCode: result.statusCode, error: result.error ?? "failed" });
      // Ids and the outcome only: the message is the receiver's business.
      this.logger[next.status === "DEAD_LETTER" ? "warn" : "info"](
        { deliveryId: delivery.id, eventId: delivery.eventId, attempts: delivery.attempts, statusCode: result.statusCode, next: next.status, retryInMs: next.retryInMs },
        "event delivery failed",
      );
    }
    return claimed.length;
  }

  private async sendSigned(delivery: ClaimedDelivery): Promise<{ statusCode: number | null; error: string | null }> {
    const body = JSON.stringify(delivery.message);
    const timestamp = Math.floor(this.now().getTime() / 1000);
    const headers = {
      "content-type": "application/json",
      [EVENT_ID_HEADER]: delivery.eventId,
      [DELIVERY_ID_HEADER]: delivery.id,
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signatureFor(delivery.secret, timestamp, body),
    };
    return this.send(delivery, headers, body, this.settings.requestTimeoutMs);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.runOnce();
      } catch (error) {
        this.logger.error({ err: error }, "event delivery poll failed");
      }
      if (!this.running) break;
      if (claimed < this.settings.batchSize) await this.sleep(this.settings.pollIntervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
