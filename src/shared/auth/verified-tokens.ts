import type { Viewer } from "./viewer.js";

/** How long a verified token is trusted without checking it again, at most: bounds how late a JWKS key rotation is seen. */
export const VERIFIED_TOKEN_TTL_MS = 5 * 60_000;

/**
 * Tokens already verified, keyed by the whole token (signature included, so a changed token is a
 * different key), each trusted until its `exp` or for VERIFIED_TOKEN_TTL_MS, whichever is sooner.
 * A busy client sends the same token with every request, and checking its signature again each time
 * was most of a small request's fixed cost. Bounded: the oldest entry makes room for a new one.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): Viewer | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (this.now() >= entry.until) {
      this.entries.delete(token);
      return null;
    }
    return entry.viewer;
  }

  /** Remembers a token that has just passed every check. */
  remember(token: string, viewer: Viewer): void {
    const expiresAt = viewer.expiresAt?.getTime();
    if (expiresAt === undefined) return;
    const until = Math.min(expiresAt, this.now() + VERIFIED_TOKEN_TTL_MS);
    if (until <= this.now()) return;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { viewer, until });
  }

  get size(): number {
    return this.entries.size;
  }
}
