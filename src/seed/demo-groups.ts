/**
 * The demo groups and their sessions: dated from the plan's timing (finished, running or still to come),
 * weekly, on weekdays, with the register of each past session submitted a little after it ended.
 */
import { addDays, toIsoDate } from "../shared/dates.js";
import { HOUR, MINUTE, startOfUtcDay } from "./calendar.js";
import type { DemoDraft, GroupDraft, SessionDraft } from "./demo-drafts.js";
import { GROUP_SPECS, type GroupSpec, type GroupTiming } from "./demo-plan.js";

export function buildGroups(demo: DemoDraft): void {
  for (const spec of GROUP_SPECS) demo.groups.push(newGroup(demo, spec));
}

function newGroup(demo: DemoDraft, spec: GroupSpec): GroupDraft {
  const rng = demo.rng;
  const programme = demo.programme(spec.code);
  const total = programme.rules.sessionsTotal;
  const today = startOfUtcDay(demo.now);
  let first: Date;
  if (spec.timing.kind === "finished") first = addDays(today, -((total - 1) * 7 + spec.timing.daysAgo));
  else if (spec.timing.kind === "future") first = addDays(today, spec.timing.inDays);
  else {
    const held = Math.min(spec.timing.held, total - 1);
    // The last held session was three days ago and the next is four days ahead.
    first = addDays(today, -((held - 1) * 7 + 3));
  }
  // Weekend starts move to the Friday before or the Monday after.
  const dow = first.getUTCDay();
  if (dow === 6) first = addDays(first, -1);
  if (dow === 0) first = addDays(first, 1);

  const startsOn = toIsoDate(first);
  const createdAt = demo.clockBetween(
    addDays(new Date(Math.min(first.getTime(), demo.now.getTime())), -70),
    new Date(Math.min(addDays(first, -45).getTime(), addDays(demo.now, -25).getTime())),
  );
  const sessions: SessionDraft[] = [];
  for (let number = 1; number <= total; number++) {
    const start = new Date(addDays(first, (number - 1) * 7).getTime() + spec.hour * HOUR + spec.minute * MINUTE);
    const individual = spec.code === "CARING_DADS" && (number === 8 || number === 16);
    const durationMinutes = individual ? 60 : spec.durationMinutes;
    const submittedBy = spec.facilitators[rng.int(0, 1)]!;
    let submittedAt: Date | null = null;
    if (start < demo.now) {
      const at = start.getTime() + durationMinutes * MINUTE + rng.int(10, 120) * MINUTE + rng.int(0, 59_999);
      submittedAt = new Date(Math.min(at, demo.now.getTime() - 1000));
    }
    sessions.push({ id: rng.uuid(), number, format: individual ? "INDIVIDUAL" : "GROUP", start, durationMinutes, submittedAt, submittedBy });
  }
  const held = sessions.filter((s) => s.start < demo.now).length;
  const phase: GroupTiming["kind"] = held === 0 ? "future" : held === total ? "finished" : "running";
  if (phase !== spec.timing.kind) throw new Error(`Group ${spec.key} was meant to be ${spec.timing.kind} but is ${phase}`);
  return {
    id: rng.uuid(),
    spec,
    programme,
    name: `${programme.label} — ${spec.area}, ${seasonOf(startsOn)}`,
    startsOn,
    createdAt,
    sessions,
    held,
    phase,
    members: [],
  };
}

/** "Spring 2026"; winter spans the new year: "Winter 2025/26". */
function seasonOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (month >= 3 && month <= 5) return `Spring ${year}`;
  if (month >= 6 && month <= 8) return `Summer ${year}`;
  if (month >= 9 && month <= 11) return `Autumn ${year}`;
  const startYear = month === 12 ? year : year - 1;
  return `Winter ${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}
