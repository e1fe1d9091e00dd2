import { describe, expect, it } from "vitest";
import { Role } from "./roles.js";
import { VERIFIED_TOKEN_TTL_MS, VerifiedTokens } from "./verified-tokens.js";
import { Viewer } from "./viewer.js";

const T0 = Date.parse("2026-06-01T12:00:00Z");
const viewerUntil = (expiresAt: number | null) => new Viewer("sub-1", null, [Role.PROBATION], null, expiresAt === null ? null : new Date(expiresAt));

describe("verified tokens", () => {
  it.each([
    ["before exp", 60_000, 59_999, true],
    ["at exp", 60_000, 60_000, false],
    ["after exp", 60_000, 61_000, false],
    ["within the trust window of a long token", 12 * 3600_000, VERIFIED_TOKEN_TTL_MS - 1, true],
    ["past the trust window of a long token", 12 * 3600_000, VERIFIED_TOKEN_TTL_MS, false],
  ])("a token is trusted %s", (_label, expiresIn, later, trusted) => {
    let now = T0;
    const tokens = new VerifiedTokens(10, () => now);
    const viewer = viewerUntil(T0 + expiresIn);
    tokens.remember("token", viewer);
    now = T0 + later;
    expect(tokens.get("token")).toBe(trusted ? viewer : null);
  });

  it("never remembers a token without exp, or one already expired", () => {
    const tokens = new VerifiedTokens(10, () => T0);
    tokens.remember("no-exp", viewerUntil(null));
    tokens.remember("expired", viewerUntil(T0 - 1));
    expect(tokens.size).toBe(0);
  });

  it("keeps at most its capacity, making room by forgetting the oldest", () => {
    const tokens = new VerifiedTokens(3, () => T0);
    for (const name of ["a", "b", "c", "d"]) tokens.remember(name, viewerUntil(T0 + 60_000));
    expect(tokens.size).toBe(3);
    expect(tokens.get("a")).toBeNull();
    expect(tokens.get("d")).not.toBeNull();
  });

  it("knows a token only by all of it: a changed signature is a stranger", () => {
    const tokens = new VerifiedTokens(10, () => T0);
    tokens.remember("header.payload.signature", viewerUntil(T0 + 60_000));
    expect(tokens.get("header.payload.signaturf")).toBeNull();
  });
});
