import type { DeliveryStatus } from "./events.model.js";

/** How deliveries are retried: delays double from `baseMs` up to `capMs`, and `maxAttempts` tries in all. */
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 5_000, capMs: 15 * 60_000, maxAttempts: 10 };

/**
 * The wait before try `attempt + 1` after `attempt` failed tries: base·2^(attempt-1), capped, with
 * "equal jitter" (half fixed, half random) so subscribers that failed together do not retry together.
 * `random` is in [0, 1).
 */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, "baseMs" | "capMs">, random: number): number {
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random, 0), 1));
}

/** After a failed try (attempts counts it): try again later, or dead-letter once the tries are used up. */
export function afterFailure(attempts: number, policy: RetryPolicy, random: number): { status: DeliveryStatus; retryInMs: number } {
  if (attempts >= policy.maxAttempts) return { status: "DEAD_LETTER", retryInMs: 0 };
  return { status: "PENDING", retryInMs: backoffMs(attempts, policy, random) };
}

/** A 2xx answer is a delivery; anything else (or no answer) is a failed try. */
export const isDelivered = (statusCode: number | null): boolean => statusCode !== null && statusCode >= 200 && statusCode < 300;

/** A delivery as the ordering rule sees it. */
export interface QueuedDelivery {
  id: string;
  subscriberId: string;
  /** Null once the person was erased: such a delivery waits for nothing. */
  perpetratorId: string | null;
  seq: number;
  status: DeliveryStatus;
  due: boolean;
}

/**
 * Which deliveries may go now (the plain twin of the claim's SQL, delivery.repository.ts): a pending,
 * due delivery goes only when every earlier event for the same person to the same subscriber has been
 * delivered. So an earlier one that is pending (even if not yet due) or dead-lettered holds it back.
 */
export function deliverableNow(queue: readonly QueuedDelivery[]): string[] {
  return queue
    .filter((d) => d.status === "PENDING" && d.due)
    .filter((d) => d.perpetratorId === null || !queue.some((e) => e.subscriberId === d.subscriberId && e.perpetratorId === d.perpetratorId && e.seq < d.seq && e.status !== "DELIVERED"))
    .sort((a, b) => a.seq - b.seq)
    .map((d) => d.id);
}

/** Why a pending delivery waits: held behind a dead letter of the same person and subscriber, or in line. */
export function heldBehindDeadLetter(delivery: QueuedDelivery, queue: readonly QueuedDelivery[]): boolean {
  return (
    delivery.status === "PENDING" &&
    delivery.perpetratorId !== null &&
    queue.some((e) => e.subscriberId === delivery.subscriberId && e.perpetratorId === delivery.perpetratorId && e.seq < delivery.seq && e.status === "DEAD_LETTER")
  );
}

/**
 * What redeliverEvent may act on: a dead letter only. A pending delivery is tried again anyway; a
 * delivered one was answered 2xx (sending it again would put it behind the person's later events).
 */
export function checkRedelivery(status: DeliveryStatus): { code: "INVALID_TRANSITION"; message: string } | null {
  if (status === "PENDING") return { code: "INVALID_TRANSITION", message: "This delivery is still pending: it is retried without being asked" };
  if (status === "DELIVERED") return { code: "INVALID_TRANSITION", message: "This delivery was received by the subscriber (it answered 2xx); only a dead letter is redelivered" };
  return null;
}
