import { SeededRandom } from "../../src/seed/random.js";

/**
 * Deterministic ids and random streams for the benchmark data. Every row's id is a pure function of the
 * seed, its table and its index, so a generator can emit a row and, later, a row that refers to it without
 * keeping either in memory; and the same seed always gives the same database.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** murmur3's finaliser: a bijection on 32-bit integers that scatters neighbouring inputs. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hex8 = (n: number): string => HEX[n >>> 24]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
const hex4 = (n: number): string => HEX[(n >>> 8) & 255]! + HEX[n & 255]!;

/**
 * Version-4-shaped UUIDs for one table. The first 32 bits are a bijection of the index, so ids of one
 * space never collide (indices stay below 2^32); the rest only look random.
 */
export class IdSpace {
  private readonly salt: number;

  constructor(seed: number, table: number) {
    this.salt = mix32((seed ^ Math.imul(table + 1, 0x9e3779b9)) >>> 0);
  }

  id(index: number): string {
    const a = mix32((index ^ this.salt) >>> 0);
    const b = mix32((a + 0x68e31da4) >>> 0);
    const c = mix32((b ^ 0x1b873593) >>> 0);
    const d = mix32((c + this.salt) >>> 0);
    const version = ((b & 0xffff) & 0x0fff) | 0x4000;
    const variant = ((c >>> 16) & 0x3fff) | 0x8000;
    return `${hex8(a)}-${hex4(b >>> 16)}-${hex4(version)}-${hex4(variant)}-${hex4(c)}${hex8(d)}`;
  }
}

/** One id space per table (and per kind of row within a table where two kinds share an index). */
export const ID_SPACES = [
  "perpetrator",
  "child",
  "group",
  "session",
  "referral",
  "transition",
  "submission",
  "record",
  "staff",
  "membership",
  "assignment",
  "plan",
  "action",
  "review",
  "victim",
  "link",
  "assessment",
  "incident",
  "marac",
  "allocation",
  "order",
  "alert",
] as const;
export type IdSpaceName = (typeof ID_SPACES)[number];

export type Ids = Record<IdSpaceName, IdSpace>;

export function idSpaces(seed: number): Ids {
  return Object.fromEntries(ID_SPACES.map((name, i) => [name, new IdSpace(seed, i)])) as Ids;
}

/** Independent random streams: one per purpose, and per entity where rows are made again on a second pass. */
export const STREAMS = {
  people: 1,
  personRow: 2,
  groups: 3,
  referrals: 4,
  assign: 5,
  steps: 6,
  outcomes: 7,
  registers: 8,
  iom: 9,
  victims: 10,
} as const;

export function rngFor(seed: number, stream: number, index = 0): SeededRandom {
  return new SeededRandom(mix32((mix32((seed ^ Math.imul(stream, 0x27d4eb2d)) >>> 0) + index) >>> 0));
}
