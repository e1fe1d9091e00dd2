import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Viewer } from "../shared/auth/viewer.js";
import { Connections, tokenExpired } from "./connections.js";

const viewer = (sub: string, expiresAt: Date | null = null) => new Viewer(sub, null, [], null, expiresAt);

describe("Connections", () => {
  beforeEach(() => void vi.useFakeTimers({ now: new Date("2026-06-01T12:00:00Z") }));
  afterEach(() => void vi.useRealTimers());

  it("holds at most the cap per subject, each subject apart, and frees a place when one is released", () => {
    const connections = new Connections(2);
    const first = connections.open(viewer("a"), null, () => {});
    expect(connections.open(viewer("a"), null, () => {})).not.toBeNull();
    expect(connections.open(viewer("a"), null, () => {})).toBeNull();
    expect(connections.open(viewer("b"), null, () => {})).not.toBeNull();
    first!.release();
    first!.release(); // twice is once
    expect(connections.heldBy("a")).toBe(1);
    expect(connections.open(viewer("a"), null, () => {})).not.toBeNull();
  });

  it("calls onExpiry when the token expires, and never after the connection is released", () => {
    const connections = new Connections(5);
    const expired = vi.fn();
    connections.open(viewer("a", new Date("2026-06-01T12:00:30Z")), null, expired);
    const released = vi.fn();
    connections.open(viewer("b", new Date("2026-06-01T12:00:30Z")), null, released)!.release();
    vi.advanceTimersByTime(29_999);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(released).not.toHaveBeenCalled();
  });

  it("waits past setTimeout's longest delay in steps", () => {
    const connections = new Connections(5);
    const expired = vi.fn();
    connections.open(viewer("a", new Date(Date.now() + 30 * 24 * 3600_000)), null, expired);
    vi.advanceTimersByTime(2 ** 31);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * 24 * 3600_000 - 2 ** 31);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it("knows an expired token, and a token without exp never expires", () => {
    expect(tokenExpired(viewer("a", new Date(Date.now() - 1)))).toBe(true);
    expect(tokenExpired(viewer("a", new Date(Date.now() + 1000)))).toBe(false);
    expect(tokenExpired(viewer("a"))).toBe(false);
  });
});
