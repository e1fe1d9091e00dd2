import { describe, expect, it } from "vitest";
import { afterFailure, backoffMs, checkRedelivery, deliverableNow, heldBehindDeadLetter, isDelivered, type QueuedDelivery } from "./delivery.rules.js";

const policy = { baseMs: 1000, capMs: 60_000, maxAttempts: 4 };

describe("backoffMs", () => {
  it.each([
    [1, 0, 500],
    [1, 0.999999, 1000],
    [2, 0, 1000],
    [3, 0.5, 3000],
    [4, 1, 8000],
    [7, 1, 60_000],
    [50, 0, 30_000],
  ])("after try %i with random %d waits %i ms", (attempt, random, expected) => {
    expect(backoffMs(attempt, policy, random)).toBe(expected);
  });

  it("never waits less than half nor more than the capped delay", () => {
    for (let attempt = 1; attempt < 40; attempt++) {
      const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
      for (const random of [0, 0.25, 0.75, 0.9999]) {
        const wait = backoffMs(attempt, policy, random);
        expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
        expect(wait).toBeLessThanOrEqual(ceiling);
      }
    }
  });
});

describe("afterFailure", () => {
  it.each([
    [1, "PENDING"],
    [3, "PENDING"],
    [4, "DEAD_LETTER"],
    [9, "DEAD_LETTER"],
  ] as const)("after %i failed tries of 4: %s", (attempts, status) => {
    expect(afterFailure(attempts, policy, 0.5).status).toBe(status);
  });
});

describe("isDelivered", () => {
  it.each([
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [400, false],
    [500, false],
    [null, false],
  ] as const)("HTTP %s: %s", (code, delivered) => expect(isDelivered(code)).toBe(delivered));
});

const d = (id: string, perpetratorId: string | null, seq: number, status: QueuedDelivery["status"], due = true, subscriberId = "s1"): QueuedDelivery => ({ id, subscriberId, perpetratorId, seq, status, due });

describe("deliverableNow: in order per person per subscriber", () => {
  it.each<[string, QueuedDelivery[], string[]]>([
    ["the first of each person goes; the second waits", [d("a1", "A", 1, "PENDING"), d("a2", "A", 2, "PENDING"), d("b1", "B", 3, "PENDING")], ["a1", "b1"]],
    ["the second goes once the first is delivered", [d("a1", "A", 1, "DELIVERED"), d("a2", "A", 2, "PENDING")], ["a2"]],
    ["an earlier one waiting out its backoff holds the later back", [d("a1", "A", 1, "PENDING", false), d("a2", "A", 2, "PENDING")], []],
    ["a dead letter holds the person's later ones back", [d("a1", "A", 1, "DEAD_LETTER"), d("a2", "A", 2, "PENDING"), d("b1", "B", 3, "PENDING")], ["b1"]],
    ["another subscriber's queue is its own", [d("a1", "A", 1, "DEAD_LETTER", true, "s1"), d("a2", "A", 2, "PENDING", true, "s2")], ["a2"]],
    ["an erased person's deliveries wait for nothing", [d("x1", null, 1, "PENDING"), d("x2", null, 2, "PENDING")], ["x1", "x2"]],
  ])("%s", (_name, queue, expected) => {
    expect(deliverableNow(queue)).toEqual(expected);
  });

  it("marks what waits behind a dead letter", () => {
    const queue = [d("a1", "A", 1, "DEAD_LETTER"), d("a2", "A", 2, "PENDING"), d("b1", "B", 3, "PENDING")];
    expect(queue.map((x) => heldBehindDeadLetter(x, queue))).toEqual([false, true, false]);
  });
});

describe("checkRedelivery", () => {
  it.each([
    ["DEAD_LETTER", null],
    ["PENDING", "INVALID_TRANSITION"],
    ["DELIVERED", "INVALID_TRANSITION"],
  ] as const)("%s: %s", (status, code) => expect(checkRedelivery(status)?.code ?? null).toBe(code));
});
