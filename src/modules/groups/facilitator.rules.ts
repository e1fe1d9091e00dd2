import { SUBJECT } from "../../shared/auth/subjects.js";
import { isoDate } from "../../shared/clock.js";
import { checkLength, refusalsAmong } from "../../shared/field-checks.js";
import type { RuleRefusal } from "../../shared/user-errors.js";

export const MAX_FACILITATION_REASON = 500;

/** One facilitation period: from `startedOn` until `endedOn`, the first day without access (null while open). */
export interface FacilitationPeriod {
  facilitatorSub: string;
  startedOn: string;
  endedOn: string | null;
}

/** Whether the period gives access on `today` (YYYY-MM-DD in England): the TypeScript twin of `groupFacilitatedBy`. */
export function isFacilitatingOn(period: Pick<FacilitationPeriod, "startedOn" | "endedOn">, today: string): boolean {
  return period.startedOn <= today && (period.endedOn === null || period.endedOn > today);
}

/** The subject's open period (not yet ended; it may start later), if any: at most one, by the unique index. */
export function openPeriodOf<T extends FacilitationPeriod>(periods: readonly T[], sub: string): T | null {
  return periods.find((period) => period.facilitatorSub === sub && period.endedOn === null) ?? null;
}

export interface NewFacilitation {
  facilitatorSub: string;
  startedOn: string;
  reason: string | null;
}

/**
 * Adding a facilitator to a group from a date: not to a closed group, not someone already on its list
 * (an open period, current or starting later), not from a day already past (access is decided day by
 * day, so a period starting in the past would record access that was never given), and not before the
 * same person's previous period ended (periods of one person never overlap).
 */
export function checkAddFacilitator(request: NewFacilitation, periods: readonly FacilitationPeriod[], group: { closed: boolean }, today: string): RuleRefusal[] {
  if (group.closed) return [{ field: "groupId", code: "GROUP_CLOSED", message: "The group is closed; it takes no new facilitators" }];
  const refusals: RuleRefusal[] = [];
  if (!SUBJECT.test(request.facilitatorSub)) {
    refusals.push({ field: "facilitatorSub", code: "INVALID", message: "facilitatorSub must be 1-200 characters of letters, digits or . @ : | - _" });
  }
  if (request.startedOn < today) refusals.push({ field: "startedOn", code: "INVALID", message: `startedOn cannot be before today, ${today}` });
  refusals.push(...refusalsAmong(checkLength("reason", request.reason, MAX_FACILITATION_REASON)));
  if (refusals.length) return refusals;

  const open = openPeriodOf(periods, request.facilitatorSub);
  if (open) {
    const since = open.startedOn <= today ? `facilitates the group since ${open.startedOn}` : `is already added from ${open.startedOn}`;
    return [{ field: "facilitatorSub", code: "DUPLICATE", message: `${request.facilitatorSub} ${since}` }];
  }
  const lastEnd = periods
    .filter((period) => period.facilitatorSub === request.facilitatorSub && period.endedOn !== null)
    .reduce<string | null>((latest, period) => (latest === null || period.endedOn! > latest ? period.endedOn : latest), null);
  if (lastEnd !== null && request.startedOn < lastEnd) {
    return [{ field: "startedOn", code: "INVALID", message: `startedOn cannot be before ${request.facilitatorSub}'s previous period ended, ${lastEnd}` }];
  }
  return [];
}

export interface FacilitationEnd {
  facilitatorSub: string;
  /** The first day without access. */
  endedOn: string;
  reason: string;
}

/** A session the group still has to run: it starts after now. */
export interface SessionToRun {
  sessionNumber: number;
  scheduledStart: Date;
}

/**
 * Removing a facilitator from a date, the first day they have no access: only someone with an open
 * period, from today or later and not before their period started, with a reason. A closed group's
 * facilitators may still be removed (that is how an admin ends their sight of a finished group).
 *
 * Nor may it leave a session still to run without a facilitator: every session on or after the end
 * date needs someone else facilitating on its day (in England), or nobody but an admin could record
 * its register. Add the replacement first, from the same date.
 */
export function checkRemoveFacilitator(
  request: FacilitationEnd,
  periods: readonly FacilitationPeriod[],
  sessionsToRun: readonly SessionToRun[],
  today: string,
): RuleRefusal[] {
  const open = openPeriodOf(periods, request.facilitatorSub);
  if (!open) return [{ field: "facilitatorSub", code: "NOT_FOUND", message: `${request.facilitatorSub} is not on the group's facilitator list` }];
  const refusals: RuleRefusal[] = [];
  if (request.endedOn < today) refusals.push({ field: "endedOn", code: "INVALID", message: `endedOn cannot be before today, ${today}` });
  else if (request.endedOn < open.startedOn) {
    refusals.push({ field: "endedOn", code: "INVALID", message: `endedOn cannot be before ${request.facilitatorSub}'s period started, ${open.startedOn}` });
  }
  if (request.reason.length === 0) refusals.push({ field: "reason", code: "REASON_REQUIRED", message: "Removing a facilitator needs a reason" });
  else refusals.push(...refusalsAmong(checkLength("reason", request.reason, MAX_FACILITATION_REASON)));
  if (refusals.length) return refusals;

  const others = periods.filter((period) => period.facilitatorSub !== request.facilitatorSub);
  const uncovered = [...sessionsToRun]
    .sort((a, b) => a.scheduledStart.getTime() - b.scheduledStart.getTime())
    .find((session) => {
      const day = isoDate(session.scheduledStart);
      return day >= request.endedOn && !others.some((period) => isFacilitatingOn(period, day));
    });
  if (uncovered) {
    return [
      {
        field: "facilitatorSub",
        code: "INVALID",
        message:
          `Session ${uncovered.sessionNumber} (${isoDate(uncovered.scheduledStart)}) would have no facilitator: ` +
          `add another facilitator from ${request.endedOn} or earlier first`,
      },
    ];
  }
  return [];
}
