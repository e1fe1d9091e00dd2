import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, randomBytes, randomFillSync, type KeyObject } from "node:crypto";
import { badInput } from "./errors.js";
import type { Logger } from "./logger.js";

/**
 * Opaque page cursors. A cursor holds the keyset values of the last row of a page, and for the
 * victim and people name searches those are family and given names: sent as they are (base64 is no
 * disguise), a cursor would carry a victim's name out of the server outside the audited fields. So
 * every cursor is sealed with AES-256-GCM: unreadable without the key, and authenticated, so a cursor
 * the API did not issue (or one altered by a single bit) is refused rather than decoded.
 *
 * Layout, base64url: version (1 byte) | IV (12 random bytes) | GCM tag (16 bytes) | ciphertext. The
 * JSON inside is padded with spaces to a multiple of 32 bytes, so the length of a cursor does not give
 * away the length of a name.
 */

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
const PAD_TO = 32;
/** Longest cursor accepted: far more than any keyset this API pages by, and refused before any work. */
const MAX_CURSOR_CHARS = 1024;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const KEY_INFO = "safeguard-graph cursor key";
const notOurs = () => badInput("after is not a cursor this API issued");

/** The AES-256 key for a secret: HKDF-SHA256, so a JWT secret and the cursor key are never the same bytes. */
export function deriveCursorKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), KEY_INFO, 32)));
}

export const randomCursorKey = (): KeyObject => createSecretKey(randomBytes(32));

// Cursors are made per edge: the key object is made once, not per call. Until start-up installs the
// configured key (tools and unit tests that page without a server), a random per-process key serves.
let key: KeyObject | undefined;
const currentKey = (): KeyObject => (key ??= randomCursorKey());

/** Installs the key every cursor is sealed and opened with, for the whole process. */
export function setCursorKey(next: KeyObject): void {
  if (next.type !== "secret" || next.symmetricKeySize !== 32) throw new Error("the cursor key must be a 32-byte secret key");
  key = next;
}

/**
 * Installs the configured cursor key at start-up. Without CURSOR_SECRET or JWT_SECRET (a deployment
 * that checks tokens against a JWKS only) the key is random: cursors then fail after a restart and on
 * another instance, which is said in the log.
 */
export function installCursorKey(secret: string | null, logger?: Logger): void {
  if (secret) {
    setCursorKey(deriveCursorKey(secret));
    return;
  }
  setCursorKey(randomCursorKey());
  logger?.warn(
    "Neither CURSOR_SECRET nor JWT_SECRET is set: page cursors are sealed with a random key of this process, so they stop working after a restart and on other instances. Set CURSOR_SECRET (the same on every instance).",
  );
}

// Random IVs drawn from a pool filled a few kilobytes at a time, not one small read per cursor.
const ivPool = Buffer.allocUnsafe(IV_BYTES * 512);
let ivOffset = ivPool.length;
function nextIv(): Buffer {
  if (ivOffset === ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  return ivPool.subarray(ivOffset, (ivOffset += IV_BYTES));
}

export function encodeCursor(values: unknown[]): string {
  const json = JSON.stringify(values);
  const length = Buffer.byteLength(json, "utf8");
  const plain = Buffer.alloc(Math.ceil(length / PAD_TO) * PAD_TO, 0x20);
  plain.write(json, 0, "utf8");
  const out = Buffer.allocUnsafe(HEADER_BYTES + plain.length);
  out[0] = VERSION;
  const iv = nextIv();
  iv.copy(out, 1);
  const cipher = createCipheriv("aes-256-gcm", currentKey(), iv, { authTagLength: TAG_BYTES });
  const sealed = cipher.update(plain);
  cipher.final();
  cipher.getAuthTag().copy(out, 1 + IV_BYTES);
  sealed.copy(out, HEADER_BYTES);
  return out.toString("base64url");
}

/** The keyset values of a cursor this API issued; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string): unknown[] {
  if (typeof cursor !== "string" || cursor.length > MAX_CURSOR_CHARS || !BASE64URL.test(cursor)) throw notOurs();
  const raw = Buffer.from(cursor, "base64url");
  if (raw.length <= HEADER_BYTES || raw[0] !== VERSION || (raw.length - HEADER_BYTES) % PAD_TO !== 0) throw notOurs();
  let plain: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", currentKey(), raw.subarray(1, 1 + IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(raw.subarray(1 + IV_BYTES, HEADER_BYTES));
    plain = Buffer.concat([decipher.update(raw.subarray(HEADER_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw notOurs();
  }
  try {
    const values: unknown = JSON.parse(plain);
    if (Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === "string" || typeof v === "number")) return values;
  } catch {
    // fall through to the typed error
  }
  throw notOurs();
}
