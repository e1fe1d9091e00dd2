import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./token-bucket.js";

function buckets(burst: number, refillPerSecond: number) {
  const clock = { ms: 0 };
  return { limiter: new TokenBuckets({ burst, refillPerSecond }, () => clock.ms), clock };
}

describe("TokenBuckets", () => {
  it("lets a subject spend its burst at once, then refuses with how long to wait", () => {
    const { limiter } = buckets(100, 10);
    expect(limiter.take("a", 60)).toMatchObject({ allowed: true, remaining: 40 });
    expect(limiter.take("a", 40)).toMatchObject({ allowed: true, remaining: 0 });
    // 25 points at 10 a second: 2.5 s, rounded up.
    expect(limiter.take("a", 25)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 3 });
  });

  it("refills continuously, never beyond the burst", () => {
    const { limiter, clock } = buckets(100, 10);
    limiter.take("a", 100);
    clock.ms = 2_500;
    expect(limiter.available("a")).toBe(25);
    expect(limiter.take("a", 25).allowed).toBe(true);
    clock.ms = 1_000_000;
    expect(limiter.available("a")).toBe(100);
  });

  it("keeps each subject's bucket apart", () => {
    const { limiter } = buckets(50, 1);
    expect(limiter.take("a", 50).allowed).toBe(true);
    expect(limiter.take("a", 1).allowed).toBe(false);
    expect(limiter.take("b", 50).allowed).toBe(true);
  });

  it("a refused request withdraws nothing", () => {
    const { limiter } = buckets(10, 1);
    limiter.take("a", 8);
    expect(limiter.take("a", 5).allowed).toBe(false);
    expect(limiter.take("a", 2)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it("forgets buckets that have refilled, so memory follows recent callers", () => {
    const { limiter, clock } = buckets(10, 10);
    for (let i = 0; i < 1000; i++) limiter.take(`subject-${i}`, 5);
    expect(limiter.size).toBe(1000);
    clock.ms = 61_000;
    limiter.take("late", 1);
    expect(limiter.size).toBe(1);
  });
});
