import { isoDate } from "../../shared/clock.js";
import { checkLength, refusalsAmong } from "../../shared/field-checks.js";
import type { RuleRefusal } from "../../shared/user-errors.js";

export const MAX_GROUP_NAME = 120;
export const MAX_LOCATION = 200;
export const MAX_CLOSE_REASON = 500;

export const GROUP_STATUSES = ["OPEN", "CLOSED"] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** A group is open until an admin closes it. */
export const statusOf = (group: { closedAt: Date | null }): GroupStatus => (group.closedAt === null ? "OPEN" : "CLOSED");

/**
 * A closed group takes nothing new: no allocation, no transfer in, no session, no facilitator. Asked
 * with the group's row locked, so a close and one of those cannot pass each other.
 */
export function checkGroupNotClosed(group: { closedAt: Date | null }): RuleRefusal | null {
  if (group.closedAt === null) return null;
  return { field: "groupId", code: "GROUP_CLOSED", message: `The group was closed on ${isoDate(group.closedAt)}; it takes nothing new` };
}

interface GroupFields {
  name: string;
  location: string | null;
  startsOn: string;
  closedAt: Date | null;
}

/** What an update asks for: a field left out stays as it is; `location: null` clears it. Trimmed by the caller. */
export interface GroupPatch {
  name?: string;
  location?: string | null;
  startsOn?: string;
}

/**
 * An update of a group's own fields. A closed group is a record of what ran and is not changed; the
 * start date moves only while none of its sessions has started (after that it is a fact). An update
 * that changes nothing is refused, so the version moves only with a change.
 */
export function checkGroupUpdate(group: GroupFields, patch: GroupPatch, firstSessionStart: Date | null, now: Date): RuleRefusal[] {
  const closed = checkGroupNotClosed(group);
  if (closed) return [closed];
  const refusals = refusalsAmong(
    patch.name === undefined ? null : checkLength("name", patch.name, MAX_GROUP_NAME, { required: true }),
    patch.location === undefined ? null : checkLength("location", patch.location, MAX_LOCATION),
  );
  if (patch.startsOn !== undefined && patch.startsOn !== group.startsOn && firstSessionStart !== null && firstSessionStart <= now) {
    refusals.push({ field: "startsOn", code: "INVALID", message: `The group's first session started on ${isoDate(firstSessionStart)}; its start date no longer moves` });
  }
  if (refusals.length) return refusals;
  const changes =
    (patch.name !== undefined && patch.name !== group.name) ||
    (patch.location !== undefined && patch.location !== group.location) ||
    (patch.startsOn !== undefined && patch.startsOn !== group.startsOn);
  return changes ? [] : [{ field: "groupId", code: "INVALID", message: "The update changes nothing" }];
}

export interface GroupAtClose {
  closedAt: Date | null;
  /** Participants still ALLOCATED to the group or ON_PROGRAMME in it. */
  members: number;
  /** Sessions starting after now. */
  sessionsToRun: readonly { sessionNumber: number; scheduledStart: Date }[];
}

/**
 * Closing a group: only one that has finished its work. Participants still allocated or on the
 * programme must first complete, be transferred or leave; sessions still to run must first be moved
 * into the past by running them (or be cancelled). Both are refused, each said, rather than closed
 * around, because a closed group takes nothing new and its participants would be stranded.
 */
export function checkClose(group: GroupAtClose, reason: string): RuleRefusal[] {
  const closed = checkGroupNotClosed(group);
  if (closed) return [{ ...closed, message: `The group is already closed (since ${isoDate(group.closedAt!)})` }];
  const refusals: RuleRefusal[] = [];
  if (group.members > 0) {
    const who = group.members === 1 ? "1 participant is" : `${group.members} participants are`;
    refusals.push({
      field: "groupId",
      code: "INVALID",
      message: `${who} still ALLOCATED to the group or ON_PROGRAMME in it: complete, transfer or withdraw them first`,
    });
  }
  if (group.sessionsToRun.length > 0) {
    const numbers = [...group.sessionsToRun].sort((a, b) => a.sessionNumber - b.sessionNumber).map((s) => s.sessionNumber);
    const next = group.sessionsToRun.reduce((first, s) => (s.scheduledStart < first.scheduledStart ? s : first));
    refusals.push({
      field: "groupId",
      code: "INVALID",
      message: `Session${numbers.length === 1 ? "" : "s"} ${numbers.join(", ")} still to run (the next on ${isoDate(next.scheduledStart)})`,
    });
  }
  if (reason.length === 0) refusals.push({ field: "reason", code: "REASON_REQUIRED", message: "Closing a group needs a reason" });
  else refusals.push(...refusalsAmong(checkLength("reason", reason, MAX_CLOSE_REASON)));
  return refusals;
}
