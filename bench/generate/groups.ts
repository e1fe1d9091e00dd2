import type { ProgrammeCode } from "../../src/modules/programmes/index.js";
import type { GeneratorContext, ProgrammeInfo } from "./context.js";
import type { CopyValue } from "./copy.js";
import { STREAMS, rngFor } from "./ids.js";
import { AREAS } from "./orgs.js";
import { DAY, HOUR, MINUTE, WEEK, between, isoDay, isoTime } from "./time.js";

/**
 * Programme groups, planned as columns: when each starts, how many of its weekly sessions had been held by
 * `now`, who runs it and which referrals are its members. Sessions and their times are a pure function of
 * the group, so they are never stored.
 */
export const PHASE = { finished: 0, running: 1, future: 2 } as const;

export interface GroupPlan {
  count: number;
  programme: Uint8Array;
  /** Start of session 1 (epoch ms). */
  start: Float64Array;
  /** Sessions whose register was submitted before `now`. */
  held: Uint8Array;
  phase: Uint8Array;
  area: Uint8Array;
  duration: Uint16Array;
  fac1: Int32Array;
  fac2: Int32Array;
  /** k for bench-fac-(k+1)'s group, -1 for ordinary groups. */
  bench: Int32Array;
  createdAt: Float64Array;
  /** Member referrals are numbered group by group: group g's are memberStart[g] … memberStart[g+1]-1. */
  memberStart: Int32Array;
  /** Per programme, the running number used in group names. */
  sequence: Int32Array;
  /** Groups made so far, per programme. */
  perProgramme: Int32Array;
}

export function newGroupPlan(capacity: number): GroupPlan {
  return {
    count: 0,
    programme: new Uint8Array(capacity),
    start: new Float64Array(capacity),
    held: new Uint8Array(capacity),
    phase: new Uint8Array(capacity),
    area: new Uint8Array(capacity),
    duration: new Uint16Array(capacity),
    fac1: new Int32Array(capacity),
    fac2: new Int32Array(capacity),
    bench: new Int32Array(capacity),
    createdAt: new Float64Array(capacity),
    memberStart: new Int32Array(capacity + 1),
    sequence: new Int32Array(capacity),
    perProgramme: new Int32Array(4),
  };
}

const START_MINUTES: Record<ProgrammeCode, readonly number[]> = {
  CARING_DADS: [18 * 60],
  CHOICES: [18 * 60 + 30, 10 * 60],
  PACT: [16 * 60 + 30],
  BBR: [10 * 60, 18 * 60],
};
const DURATION: Record<ProgrammeCode, number> = { CARING_DADS: 120, CHOICES: 120, PACT: 90, BBR: 120 };

/** Caring Dads' sessions 8 and 16 are one-to-one. */
export const isIndividual = (code: ProgrammeCode, session: number): boolean => code === "CARING_DADS" && (session === 8 || session === 16);

export const sessionStart = (groups: GroupPlan, g: number, session: number): number => groups.start[g]! + (session - 1) * WEEK;

export function sessionDuration(ctx: GeneratorContext, groups: GroupPlan, g: number, session: number): number {
  return isIndividual(ctx.programmes[groups.programme[g]!]!.code, session) ? 60 : groups.duration[g]!;
}

/** When the register was submitted: 15 to 115 minutes after the session ended. */
export function submittedAt(ctx: GeneratorContext, groups: GroupPlan, g: number, session: number): number {
  return sessionStart(groups, g, session) + sessionDuration(ctx, groups, g, session) * MINUTE + (15 + ((g * 37 + session * 11) % 100)) * MINUTE + ((g * 7919 + session) % 60_000);
}

/**
 * Adds a group. `wantedStart` places it in time; a group that would be under way at `now` is realigned so
 * its last held session was three days ago and the next is four days ahead (`held` of them so far).
 */
export function addGroup(ctx: GeneratorContext, groups: GroupPlan, programme: ProgrammeInfo, wantedStart: number, options: { held?: number; bench?: number; facilitators: number }): number {
  const g = groups.count++;
  const rng = rngFor(ctx.seed, STREAMS.groups, g);
  const total = programme.rules.sessionsTotal;
  const minutes = rng.pick(START_MINUTES[programme.code]) * MINUTE;
  // Groups meet on weekdays: a Saturday or Sunday start moves to the Monday.
  const day = Math.floor(wantedStart / DAY);
  const weekday = (day + 4) % 7;
  let start = (day + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0)) * DAY + minutes;
  let held = 0;
  let phase: number = PHASE.future;
  if (options.held !== undefined || start < ctx.today + 2 * DAY) {
    const lastStart = start + (total - 1) * WEEK;
    if (options.held === undefined && lastStart <= ctx.now - 14 * DAY) {
      phase = PHASE.finished;
      held = total;
    } else {
      phase = PHASE.running;
      held = options.held ?? Math.min(total - 1, Math.max(1, Math.floor((ctx.today - start) / WEEK) + 1));
      start = ctx.today - ((held - 1) * 7 + 3) * DAY + minutes;
    }
  }
  groups.programme[g] = programme.index;
  groups.start[g] = start;
  groups.held[g] = held;
  groups.phase[g] = phase;
  groups.area[g] = rng.int(0, AREAS.length - 1);
  groups.duration[g] = DURATION[programme.code];
  groups.bench[g] = options.bench ?? -1;
  const facilitators = options.facilitators;
  groups.fac1[g] = options.bench === undefined ? rng.int(0, facilitators - 1) : -1;
  groups.fac2[g] = options.bench === undefined ? (groups.fac1[g]! + rng.int(1, facilitators - 1)) % facilitators : -1;
  groups.createdAt[g] = Math.min(start - between(() => rng.next(), 30 * DAY, 70 * DAY), ctx.now - between(() => rng.next(), DAY, 5 * DAY));
  groups.sequence[g] = ++groups.perProgramme[programme.index];
  return g;
}

export const facilitatorsOf = (groups: GroupPlan, g: number): string[] =>
  groups.bench[g]! >= 0 ? [`bench-fac-${groups.bench[g]! + 1}`] : [`fac-${groups.fac1[g]! + 1}`, `fac-${groups.fac2[g]! + 1}`];

/** Who submitted a session's register: one of the group's facilitators. */
export const submitterOf = (groups: GroupPlan, g: number, session: number): string => {
  const subs = facilitatorsOf(groups, g);
  return subs[(g + session) % subs.length]!;
};

function season(ms: number): string {
  const d = new Date(ms);
  const month = d.getUTCMonth() + 1;
  const year = d.getUTCFullYear();
  if (month >= 3 && month <= 5) return `Spring ${year}`;
  if (month >= 6 && month <= 8) return `Summer ${year}`;
  if (month >= 9 && month <= 11) return `Autumn ${year}`;
  const from = month === 12 ? year : year - 1;
  return `Winter ${from}/${String((from + 1) % 100).padStart(2, "0")}`;
}

const VENUES: Record<ProgrammeCode, string> = { CARING_DADS: "Family hub", CHOICES: "Community centre", PACT: "Youth Justice Service", BBR: "Probation office" };

export const GROUP_COLUMNS = ["id", "programme_id", "name", "location", "starts_on", "created_by", "created_at"] as const;

export function* groupRows(ctx: GeneratorContext, groups: GroupPlan): Generator<CopyValue[]> {
  for (let g = 0; g < groups.count; g++) {
    const programme = ctx.programmes[groups.programme[g]!]!;
    const area = AREAS[groups.area[g]!]!;
    const bench = groups.bench[g]! >= 0 ? " (benchmark)" : "";
    const name = `${programme.label} — ${area} group ${groups.sequence[g]}${bench}, ${season(groups.start[g]!)}`;
    yield [ctx.ids.group.id(g), programme.id, name, `${VENUES[programme.code]}, ${area}`, isoDay(groups.start[g]!), "bench", isoTime(groups.createdAt[g]!)];
  }
}

export const FACILITATOR_COLUMNS = ["group_id", "facilitator_sub", "started_on", "added_by", "created_at"] as const;

export function* facilitatorRows(ctx: GeneratorContext, groups: GroupPlan): Generator<CopyValue[]> {
  for (let g = 0; g < groups.count; g++) {
    for (const sub of facilitatorsOf(groups, g)) yield [ctx.ids.group.id(g), sub, isoDay(groups.createdAt[g]!), "bench", isoTime(groups.createdAt[g]! + HOUR)];
  }
}

export const SESSION_COLUMNS = ["id", "group_id", "session_number", "format", "scheduled_start", "duration_minutes", "created_by", "created_at"] as const;

/** Session s of group g has id index g * 32 + s: no programme has more than 31 sessions. */
export const sessionIndex = (g: number, session: number): number => g * 32 + session;

export function* sessionRows(ctx: GeneratorContext, groups: GroupPlan): Generator<CopyValue[]> {
  for (let g = 0; g < groups.count; g++) {
    const code = ctx.programmes[groups.programme[g]!]!.code;
    const total = ctx.programmes[groups.programme[g]!]!.rules.sessionsTotal;
    const created = isoTime(groups.createdAt[g]!);
    for (let s = 1; s <= total; s++) {
      yield [ctx.ids.session.id(sessionIndex(g, s)), ctx.ids.group.id(g), s, isIndividual(code, s) ? "INDIVIDUAL" : "GROUP", isoTime(sessionStart(groups, g, s)), sessionDuration(ctx, groups, g, s), "bench", created];
    }
  }
}
