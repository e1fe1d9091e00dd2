import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Deliveries older (or newer) than this by their timestamp header are refused by a careful receiver. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** A new subscriber secret: 32 random bytes, base64url, prefixed so it is recognisable in a vault. */
export const newSubscriberSecret = (): string => `whsec_${randomBytes(32).toString("base64url")}`;

/**
 * The signature header's value: `v1=` and the hex HMAC-SHA256, keyed by the subscriber's secret, of
 * `<timestamp>.<body>` (timestamp in Unix seconds, as sent in the timestamp header; body as sent, byte for byte).
 */
export function signatureFor(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does: recompute, compare in constant time, and refuse an old (replayed) timestamp. */
export function verifySignature(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): "OK" | "MISSING" | "STALE" | "MISMATCH" {
  if (!headers.signature || !headers.timestamp || !/^\d{1,12}$/.test(headers.timestamp)) return "MISSING";
  const timestamp = Number(headers.timestamp);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return "STALE";
  const expected = Buffer.from(signatureFor(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? "OK" : "MISMATCH";
}
