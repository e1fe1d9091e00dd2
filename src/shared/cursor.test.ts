import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeCursor, deriveCursorKey, encodeCursor, installCursorKey, randomCursorKey, setCursorKey } from "./cursor.js";
import { AppError } from "./errors.js";
import type { Logger } from "./logger.js";

const SECRET = "a-cursor-secret-that-is-at-least-32-characters";
const refused = (cursor: string) => {
  try {
    decodeCursor(cursor);
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
  }
  return "accepted";
};
const REFUSAL = "BAD_USER_INPUT: after is not a cursor this API issued";

/** Flips one bit of the cursor's bytes at `index` (negative: from the end). */
function flipBit(cursor: string, index: number): string {
  const bytes = Buffer.from(cursor, "base64url");
  bytes[index < 0 ? bytes.length + index : index]! ^= 0x01;
  return bytes.toString("base64url");
}

afterEach(() => setCursorKey(deriveCursorKey(SECRET)));

describe("cursors", () => {
  const id = randomUUID();

  it.each([
    [["smith", "alice", id]],
    [["2026-06-01T12:00:00.000Z", id]],
    [[7]],
    [["O'Brien-Ní Dhomhnaill", "Zoë", id]],
    [["x".repeat(200), id]],
  ])("round-trips %j", (values) => {
    setCursorKey(deriveCursorKey(SECRET));
    expect(decodeCursor(encodeCursor(values))).toEqual(values);
  });

  it("is different each time for the same values (a random IV), and each one opens", () => {
    setCursorKey(deriveCursorKey(SECRET));
    const values = ["smith", "alice", id];
    const cursors = new Set(Array.from({ length: 50 }, () => encodeCursor(values)));
    expect(cursors.size).toBe(50);
    for (const cursor of cursors) expect(decodeCursor(cursor)).toEqual(values);
  });

  it("carries no plaintext: neither the base64 nor its bytes contain the names", () => {
    setCursorKey(deriveCursorKey(SECRET));
    const cursor = encodeCursor(["Smith", "Alice", id]);
    const bytes = Buffer.from(cursor, "base64url");
    for (const text of [cursor, bytes.toString("utf8"), bytes.toString("latin1")]) {
      expect(text.toLowerCase()).not.toContain("smith");
      expect(text.toLowerCase()).not.toContain("alice");
      expect(text).not.toContain(id);
    }
    expect(cursor).not.toContain(Buffer.from('["Smith"').toString("base64url").slice(0, 8));
    // And it is not the old format: base64url of JSON.
    expect(() => JSON.parse(bytes.toString("utf8"))).toThrow();
  });

  it("does not tell the exact length of a name by its own length (it grows in 32-byte steps)", () => {
    setCursorKey(deriveCursorKey(SECRET));
    expect(encodeCursor(["li", "jo", id]).length).toBe(encodeCursor(["smith", "alice", id]).length);
    expect(encodeCursor(["li", "jo", id]).length).toBe(encodeCursor(["li", "jonathan", id]).length);
  });

  it("refuses a cursor with any bit changed: version, IV, tag or ciphertext", () => {
    setCursorKey(deriveCursorKey(SECRET));
    const cursor = encodeCursor(["smith", "alice", id]);
    const length = Buffer.from(cursor, "base64url").length;
    for (let index = 0; index < length; index++) expect(refused(flipBit(cursor, index)), `byte ${index}`).toBe(REFUSAL);
  });

  it("refuses a cursor sealed with another key", () => {
    setCursorKey(deriveCursorKey(SECRET));
    const cursor = encodeCursor(["smith", "alice", id]);
    setCursorKey(deriveCursorKey(`${SECRET}-but-another-one`));
    expect(refused(cursor)).toBe(REFUSAL);
    setCursorKey(randomCursorKey());
    expect(refused(cursor)).toBe(REFUSAL);
    setCursorKey(deriveCursorKey(SECRET));
    expect(decodeCursor(cursor)).toEqual(["smith", "alice", id]);
  });

  it("opens a cursor under the same secret in another process (the key is derived, not random)", () => {
    setCursorKey(deriveCursorKey(SECRET));
    const cursor = encodeCursor(["smith", "alice", id]);
    setCursorKey(deriveCursorKey(SECRET.slice(0)));
    expect(decodeCursor(cursor)).toEqual(["smith", "alice", id]);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "not a cursor!"],
    ["the old plain format", Buffer.from(JSON.stringify(["smith", "alice", id])).toString("base64url")],
    ["too short", "AQ"],
    ["too long", "A".repeat(2000)],
    ["padded base64", `${encodeCursor(["a"])}==`],
  ])("refuses %s", (_, cursor) => {
    expect(refused(cursor)).toBe(REFUSAL);
  });

  it("refuses a genuine seal of something that is not a keyset", () => {
    setCursorKey(deriveCursorKey(SECRET));
    expect(refused(encodeCursor([]))).toBe(REFUSAL);
    expect(refused(encodeCursor([{ a: 1 }]))).toBe(REFUSAL);
    expect(refused(encodeCursor([null]))).toBe(REFUSAL);
  });

  it("takes only a 32-byte secret key", () => {
    expect(() => setCursorKey(deriveCursorKey(SECRET).export() as never)).toThrow();
  });

  it("installs the configured key, and warns when it has to be random", () => {
    const warn = vi.fn();
    const logger = { warn } as unknown as Logger;
    installCursorKey(SECRET, logger);
    const cursor = encodeCursor(["smith", "alice", id]);
    setCursorKey(deriveCursorKey(SECRET));
    expect(decodeCursor(cursor)).toEqual(["smith", "alice", id]);
    expect(warn).not.toHaveBeenCalled();

    installCursorKey(null, logger);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/CURSOR_SECRET/);
    expect(refused(cursor)).toBe(REFUSAL);
  });

  it("is fast enough to make one per edge", () => {
    setCursorKey(deriveCursorKey(SECRET));
    const values = ["montgomery-smythe", "alexandra", id];
    const started = performance.now();
    for (let i = 0; i < 5_000; i++) decodeCursor(encodeCursor(values));
    const perPair = (performance.now() - started) / 5_000;
    // Typically ~10 µs for an encode and a decode; a generous bound so a busy CI machine passes.
    expect(perPair).toBeLessThan(0.5);
  });
});
