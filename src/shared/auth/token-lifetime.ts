import type { JWTPayload } from "jose";

/** Clock skew allowed between the token's issuer and this server, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Whether a verified token's lifetime is within the cap. jose has already checked that exp is
 * present and numeric, that iat is numeric when present, and that the token has not expired.
 *
 * jose's `maxTokenAge` is not used: it demands an iat (identity providers may leave it out) and caps
 * the time since issue, not how long the issuer made the token valid for, so a token minted for a
 * year would pass it for its first 12 hours.
 */
export function withinLifetimeCap(payload: Pick<JWTPayload, "exp" | "iat">, nowSeconds: number, maxLifetimeSeconds: number): boolean {
  if (typeof payload.exp !== "number") return false;
  if (typeof payload.iat === "number") {
    // A token dated in the future would outlive the cap as measured from the real time of issue.
    if (payload.iat > nowSeconds + CLOCK_TOLERANCE_SECONDS) return false;
    return payload.exp - payload.iat <= maxLifetimeSeconds;
  }
  // Without iat the lifetime is measured from now; the issuer's clock may run a little ahead of ours.
  return payload.exp - nowSeconds <= maxLifetimeSeconds + CLOCK_TOLERANCE_SECONDS;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "90s", "30m", "2h", "1d" (or a bare number of minutes) to seconds; null when it is not one of those. */
export function parseLifetime(text: string): number | null {
  const match = /^\s*(\d+)\s*(s|m|h|d)?\s*$/i.exec(text);
  if (!match) return null;
  const seconds = Number(match[1]) * UNIT_SECONDS[(match[2] ?? "m").toLowerCase()]!;
  return seconds > 0 && Number.isSafeInteger(seconds) ? seconds : null;
}

/** For messages: 720 → "12 h", 90 → "90 min". */
export function describeMinutes(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}
