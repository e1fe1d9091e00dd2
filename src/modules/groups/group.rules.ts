import type { ProgrammeRules } from "../programmes/programme.model.js";
import { toIsoDate } from "../../shared/dates.js";

export interface GroupAllocationRefusal {
  code: "GROUP_CLOSED" | "GROUP_FULL";
  message: string;
}

export interface InvalidSessionNumber {
  code: "INVALID_SESSION_NUMBER";
  message: string;
}

export interface ScheduledSession {
  sessionNumber: number;
  scheduledStart: Date;
}

/**
 * Whether a group can take one more member at `now`. Closed groups come first: a closed group stays
 * closed even when a place frees up, because the work builds session on session.
 */
export function checkGroupOpenForAllocation(
  programme: Pick<ProgrammeRules, "closesAfterSession" | "maxGroupSize" | "name">,
  sessions: readonly ScheduledSession[],
  currentMembers: number,
  now: Date,
): GroupAllocationRefusal | null {
  const closingSession = firstStartedSessionFrom(programme.closesAfterSession, sessions, now);
  if (closingSession) {
    return {
      code: "GROUP_CLOSED",
      message:
        `${programme.name} groups close to new members once session ${programme.closesAfterSession} has started; ` +
        `this group's session ${closingSession.sessionNumber} started on ${toIsoDate(closingSession.scheduledStart)}`,
    };
  }
  if (currentMembers >= programme.maxGroupSize) {
    return {
      code: "GROUP_FULL",
      message: `${programme.name} groups take at most ${programme.maxGroupSize} members and this group has ${currentMembers}`,
    };
  }
  return null;
}

/**
 * The earliest started session numbered at or after the closing one. Later sessions count too, so a
 * group whose closing session was cancelled or never scheduled still closes. Null for rolling
 * programmes (no closing session), which take people whenever a place is free.
 */
function firstStartedSessionFrom(
  closesAfterSession: number | null,
  sessions: readonly ScheduledSession[],
  now: Date,
): ScheduledSession | null {
  if (closesAfterSession === null) return null;
  const started = sessions
    .filter((session) => session.sessionNumber >= closesAfterSession && session.scheduledStart <= now)
    .sort((a, b) => a.scheduledStart.getTime() - b.scheduledStart.getTime());
  return started[0] ?? null;
}

export function checkSessionNumber(
  programme: Pick<ProgrammeRules, "sessionsTotal">,
  sessionNumber: number,
): InvalidSessionNumber | null {
  if (Number.isInteger(sessionNumber) && sessionNumber >= 1 && sessionNumber <= programme.sessionsTotal) return null;
  return {
    code: "INVALID_SESSION_NUMBER",
    message: `Session number must be a whole number from 1 to ${programme.sessionsTotal}; got ${sessionNumber}`,
  };
}
