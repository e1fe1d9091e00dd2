/**
 * Group members: referrals that reached a group, with their place in its registers and the story that
 * role tells (completed, still attending, joined late, dropped out, breached, withdrawn, or allocated and
 * waiting for the group to start).
 */
import type { ReferralStatus, WithdrawalReason } from "../modules/referrals/index.js";
import { addDays } from "../shared/dates.js";
import { DAY, HOUR } from "./calendar.js";
import { ATTENDING, type DemoDraft, type GroupDraft, type ReferralDraft, type StepDraft } from "./demo-drafts.js";
import type { GroupTiming, MemberRole } from "./demo-plan.js";
import { chainBack, newReferral, preAllocationStep, prePath } from "./demo-referrals.js";
import { outcomesFor } from "./demo-registers.js";
import { WITHDRAWAL_NOTES } from "./referral-text.js";

export function groupMembers(demo: DemoDraft, group: GroupDraft): void {
  for (const [role, count] of Object.entries(group.spec.members) as [MemberRole, number][]) {
    for (let i = 0; i < count; i++) {
      const draft = memberReferral(demo, group, role);
      group.members.push(draft);
      demo.referralDrafts.push(draft);
    }
  }
}

function memberReferral(demo: DemoDraft, group: GroupDraft, role: MemberRole): ReferralDraft {
  const rng = demo.rng;
  const programme = group.programme;
  const draft = newReferral(demo, programme, statusOfRole(role));
  draft.group = group;
  const sessions = group.sessions;
  const total = sessions.length;
  const held = group.held;
  const closesAfter = programme.rules.closesAfterSession;
  const mandated = draft.legalBasis !== null;

  const needPhase = (...phases: GroupTiming["kind"][]) => {
    if (!phases.includes(group.phase)) throw new Error(`${role} members need a ${phases.join(" or ")} group; ${group.spec.key} is ${group.phase}`);
  };
  const lastAllowed = group.phase === "finished" ? total - 2 : held - 1;

  let first = 1;
  let last = 0;
  switch (role) {
    case "COMPLETE":
      needPhase("finished");
      last = total;
      break;
    case "ONGOING":
    case "BREACH_PENDING":
      needPhase("running");
      last = held;
      break;
    case "LATE_JOINER":
      needPhase("running");
      first = rng.int(2, closesAfter === null ? Math.max(2, held - 2) : closesAfter - 1);
      if (first > held) throw new Error(`${group.spec.key}: no held session for a late joiner`);
      last = held;
      break;
    case "DROP":
      needPhase("finished", "running");
      last = rng.int(first + 1, Math.min(first + 5, lastAllowed));
      break;
    case "BREACH":
      needPhase("finished", "running");
      last = rng.int(first + 3, Math.min(first + 14, lastAllowed));
      break;
    case "WITHDRAW":
      needPhase("finished", "running");
      last = rng.int(first + 1, Math.min(first + 8, lastAllowed));
      break;
    case "ALLOCATED":
    case "REALLOCATED":
      needPhase("future", "running");
      if (group.phase === "running" && closesAfter !== null) throw new Error(`${group.spec.key} closes to new members`);
      first = held + 1;
      last = held;
      break;
  }

  const outcomes = last >= first ? outcomesFor(demo, role, last - first + 1, programme, mandated) : [];
  draft.member = { role, first, last, outcomes };

  // Allocation: before the first session the person is due at, and after the group was set up.
  const firstSession = sessions[first - 1];
  const upper = new Date(Math.min(firstSession ? firstSession.start.getTime() - (first === 1 ? DAY : HOUR) : Infinity, demo.now.getTime() - HOUR));
  const previous = sessions[first - 2];
  const lower = previous
    ? new Date(previous.start.getTime() + 3 * HOUR)
    : new Date(Math.max(group.createdAt.getTime() + HOUR, upper.getTime() - 25 * DAY));
  const allocatedAt = demo.clockBetween(lower, upper);
  draft.allocatedAt = allocatedAt;

  // Steps up to allocation, then the group part of the story.
  const before: StepDraft[] = [];
  let anchor = { status: "ALLOCATED" as ReferralStatus, at: allocatedAt };
  if (role === "REALLOCATED") {
    const earlier = demo.groupByKey(group.spec.reallocatedFrom ?? "");
    const earlierStart = earlier.sessions[0]!.start;
    const firstAllocation = demo.clockBetween(
      new Date(Math.max(earlier.createdAt.getTime() + HOUR, earlierStart.getTime() - 20 * DAY)),
      addDays(earlierStart, -8),
    );
    const removed = demo.clockBetween(addDays(firstAllocation, 1), addDays(earlierStart, -1));
    if (removed >= allocatedAt) throw new Error("Reallocation out of order");
    before.push(
      { to: "ALLOCATED", at: firstAllocation, actor: draft.owner, note: `Allocated to group ${earlier.name}`, reason: null },
      {
        to: "AWAITING_ALLOCATION",
        at: removed,
        actor: draft.owner,
        note: "Taken out of the group before it started: shift pattern clashes with the group evening",
        reason: null,
      },
    );
    anchor = { status: "ALLOCATED", at: firstAllocation };
  }
  const path = prePath(demo);
  const times = chainBack(demo, path, anchor);
  draft.steps = [
    ...path.map((to, i) => preAllocationStep(demo, draft, path[i - 1] ?? null, to, times[i]!)),
    ...before,
    { to: "ALLOCATED", at: allocatedAt, actor: draft.owner, note: `Allocated to group ${group.name}`, reason: null },
  ];

  if (role === "ALLOCATED" || role === "REALLOCATED") return draft;

  const start = sessions[first - 1]!;
  draft.steps.push({ to: "ON_PROGRAMME", at: start.submittedAt!, actor: start.submittedBy, note: "First session attended", reason: null });

  const lastSession = sessions[last - 1]!;
  const nextSession = sessions[last];
  const closeAt = () =>
    demo.clockBetween(
      addDays(lastSession.submittedAt!, 1),
      new Date(Math.min(nextSession ? nextSession.start.getTime() - HOUR : addDays(lastSession.submittedAt!, 20).getTime(), demo.now.getTime() - HOUR)),
    );
  const facilitator = group.spec.facilitators[0];
  const attended = outcomes.filter((o) => ATTENDING.includes(o)).length;
  switch (role) {
    case "COMPLETE": {
      const at = demo.clockBetween(
        new Date(lastSession.submittedAt!.getTime() + 2 * HOUR),
        new Date(Math.min(addDays(lastSession.submittedAt!, 10).getTime(), demo.now.getTime() - HOUR)),
      );
      draft.steps.push({ to: "COMPLETED", at, actor: facilitator, note: `Attended ${attended} of ${total} sessions`, reason: null });
      break;
    }
    case "DROP":
      draft.steps.push({
        to: "DROPPED_OUT",
        at: closeAt(),
        actor: facilitator,
        note: `Stopped attending after session ${last}; no response to follow-up. Partner support service informed`,
        reason: null,
      });
      break;
    case "BREACH":
      draft.steps.push({
        to: "BREACHED",
        at: closeAt(),
        actor: draft.referredBy.startsWith("prob-") ? draft.referredBy : "prob-1",
        note:
          draft.legalBasis === "LICENCE"
            ? "Second unacceptable absence within 12 months of a warning: recall requested"
            : "Second unacceptable absence within 12 months of a warning: returned to court for breach",
        reason: null,
      });
      break;
    case "WITHDRAW": {
      const reason: WithdrawalReason = rng.chance(mandated ? 0.6 : 0.3) ? "CUSTODY" : "MOVED_AREA";
      draft.withdrawalReason = reason;
      draft.steps.push({ to: "WITHDRAWN", at: closeAt(), actor: draft.owner, note: WITHDRAWAL_NOTES[reason], reason });
      break;
    }
    default:
      break;
  }
  return draft;
}

function statusOfRole(role: MemberRole): ReferralStatus {
  switch (role) {
    case "COMPLETE":
      return "COMPLETED";
    case "ONGOING":
    case "LATE_JOINER":
    case "BREACH_PENDING":
      return "ON_PROGRAMME";
    case "DROP":
      return "DROPPED_OUT";
    case "BREACH":
      return "BREACHED";
    case "WITHDRAW":
      return "WITHDRAWN";
    case "ALLOCATED":
    case "REALLOCATED":
      return "ALLOCATED";
  }
}
