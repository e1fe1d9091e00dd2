/**
 * Checks: the demo data must pass the rules the API enforces (transitions, group closing, enforcement,
 * group capacity), or seeding fails rather than show data the API itself would refuse.
 */
import { assessEnforcement } from "../modules/attendance/index.js";
import { checkGroupOpenForAllocation } from "../modules/groups/index.js";
import { checkTransition, type ReferralStatus } from "../modules/referrals/index.js";
import { ATTENDING, FAILURES, type DemoDraft, type ReferralDraft } from "./demo-drafts.js";

export function validateReferralsAndGroups(demo: DemoDraft): void {
  for (const draft of demo.referralDrafts) validateReferral(demo, draft);
  checkGroupSizes(demo);
}

function validateReferral(demo: DemoDraft, draft: ReferralDraft): void {
  const where = `${draft.programme.code} referral ending ${draft.status}`;
  let from: ReferralStatus | null = null;
  let previousAt = 0;
  draft.steps.forEach((step, index) => {
    if (index === 0 && step.to !== "REFERRED") throw new Error(`${where}: starts at ${step.to}`);
    if (step.at.getTime() <= previousAt) throw new Error(`${where}: step ${index + 1} is not after the one before`);
    if (step.at >= demo.now) throw new Error(`${where}: step ${index + 1} is in the future`);
    if (from !== null) {
      const refusal = checkTransition(from, step.to, {
        mandated: draft.legalBasis !== null,
        completionThresholdMet: (draft.member?.outcomes.filter((o) => ATTENDING.includes(o)).length ?? 0) >= draft.programme.threshold,
        withdrawalReason: step.reason,
        note: step.note,
        viaAllocation: step.to === "ALLOCATED",
      });
      if (refusal) throw new Error(`${where}: ${refusal.message}`);
    }
    if (step.to === "ALLOCATED") {
      const group = draft.group!;
      const target = index === draft.steps.length - 1 || draft.steps[index + 1]!.to === "ON_PROGRAMME" ? group : demo.groupByKey(group.spec.reallocatedFrom ?? "");
      const closed = checkGroupOpenForAllocation(draft.programme.rules, target.sessions.map((s) => ({ sessionNumber: s.number, scheduledStart: s.start })), 0, step.at);
      if (closed) throw new Error(`${where}: ${closed.message}`);
    }
    from = step.to;
    previousAt = step.at.getTime();
  });
  if (from !== draft.status) throw new Error(`${where}: ends at ${from}`);
  if (draft.steps[0]!.at < demo.earliestReferral) throw new Error(`${where}: referred more than 14 months ago`);

  if (draft.member && draft.legalBasis !== null && draft.member.outcomes.length) {
    const group = draft.group!;
    const failures = draft.member.outcomes
      .map((outcome, i) => ({ outcome, session: group.sessions[draft.member!.first - 1 + i]! }))
      .filter(({ outcome }) => FAILURES.includes(outcome))
      .map(({ session }) => ({ sessionId: session.id, occurredAt: session.start }));
    const breachRequired = assessEnforcement(failures, demo.now).breachRequired;
    const expected = draft.member.role === "BREACH" || draft.member.role === "BREACH_PENDING";
    if (breachRequired !== expected) throw new Error(`${where}: breach required is ${breachRequired}, expected ${expected}`);
  }
}

function checkGroupSizes(demo: DemoDraft): void {
  for (const group of demo.groups) {
    const members = group.members.filter((m) => m.status === "ALLOCATED" || m.status === "ON_PROGRAMME").length;
    if (members > group.programme.rules.maxGroupSize) throw new Error(`${group.spec.key} has ${members} members, over its ${group.programme.rules.maxGroupSize}`);
  }
}
