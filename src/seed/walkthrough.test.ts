import { describe, expect, it } from "vitest";
import { defaultRulesFor } from "../modules/programmes/programme.defaults.js";
import { checkEligibility, type ReferralStatus } from "../modules/referrals/index.js";
import { isAllowedTransition } from "../modules/referrals/transition.rules.js";
import { assessDash, type DashAnswer } from "../modules/victim-safety/index.js";
import { assessEnforcement } from "../modules/attendance/enforcement.rules.js";
import { toIsoDate } from "../shared/dates.js";
import { WALKTHROUGH as W } from "./walkthrough-ids.js";
import { walkthroughProgrammeRows } from "./walkthrough-programme.js";
import { walkthroughSafetyRows } from "./walkthrough-safety.js";

/**
 * The walkthrough records the README's examples run against: the same ids whatever day the demo is
 * seeded, dated from that day, and keeping the rules the API keeps (the README test runs them).
 */
const programmeId = (code: string) => `programme-${code}`;
const build = (now: string) => ({
  programme: walkthroughProgrammeRows(new Date(now), programmeId),
  safety: walkthroughSafetyRows(new Date(now), { om1: "staff-om-1", prob1Name: "Prob One" }),
});
const ids = (rows: object) => Object.values(rows as Record<string, { id?: string }[]>).flatMap((list) => list.map((row) => row.id ?? ""));

describe("the walkthrough records", () => {
  it("have the same ids whatever day the demo is seeded", () => {
    const a = build("2026-12-03T10:00:00Z");
    const b = build("2027-07-19T23:30:00Z");
    expect(ids(b.programme)).toEqual(ids(a.programme));
    expect(ids(b.safety)).toEqual(ids(a.safety));
  });

  it.each(["2026-12-03T10:00:00Z", "2027-03-28T00:30:00Z", "2027-10-31T23:59:00Z"])("leave session 1 of the Leeds group held and unregistered, ready to record (seeded %s)", (now) => {
    const { programme } = build(now);
    const session = programme.programmeSessions.find((s) => s.id === W.leedsSessions[0])!;
    expect(session.scheduledStart!.getTime()).toBeLessThan(new Date(now).getTime());
    expect(session.scheduledStart!.getTime()).toBeGreaterThan(new Date(now).getTime() - 2 * 24 * 3600_000);
    expect(programme.registerSubmissions.some((s) => s.sessionId === session.id)).toBe(false);
    const later = programme.programmeSessions.filter((s) => s.groupId === W.leedsGroup && s.sessionNumber > 1);
    expect(later.every((s) => s.scheduledStart!.getTime() > new Date(now).getTime())).toBe(true);
  });

  it("keep each referral's history along allowed moves, its version the number of steps, and eligibility on the day", () => {
    const { programme } = build("2026-12-03T10:00:00Z");
    const rules = defaultRulesFor("BBR");
    expect(programme.referrals.map((r) => [r.id, r.status, r.version])).toEqual([
      [W.referralReferred, "REFERRED", 1],
      ...W.participantReferrals.map((id) => [id, "ALLOCATED", 5]),
      [W.referralAwaitingAllocation, "AWAITING_ALLOCATION", 4],
      [W.referralBreached, "BREACHED", 6],
    ]);
    for (const referral of programme.referrals) {
      const steps = programme.referralTransitions.filter((t) => t.referralId === referral.id);
      expect(steps).toHaveLength(referral.version!);
      for (const step of steps.slice(1)) expect(isAllowedTransition(step.fromStatus as ReferralStatus, step.toStatus as ReferralStatus)).toBe(true);
      const person = programme.perpetrators.find((p) => p.id === referral.perpetratorId)!;
      const failures = checkEligibility(rules, { dateOfBirth: person.dateOfBirth, sex: "MALE", children: [] }, { legalBasis: "COMMUNITY_ORDER", riskLevel: "HIGH" }, toIsoDate(referral.referredAt!));
      expect(failures).toEqual([]);
    }
  });

  it("breach Kieran Dobson only where two unacceptable absences require it", () => {
    const now = new Date("2026-12-03T10:00:00Z");
    const { programme } = build(now.toISOString());
    const failures = programme.attendanceRecords
      .filter((r) => r.referralId === W.referralBreached)
      .map((r) => ({ sessionId: r.sessionId, occurredAt: programme.programmeSessions.find((s) => s.id === r.sessionId)!.scheduledStart! }));
    expect(assessEnforcement(failures, now).breachRequired).toBe(true);
  });

  it("give the ex-partner a DASH that qualifies for MARAC on visible high risk, and the partner none", () => {
    const { safety } = build("2026-12-03T10:00:00Z");
    const [dash] = safety.riskAssessments;
    expect(dash!.linkId).toBe(W.exPartnerLink);
    const result = assessDash({ answers: dash!.answers as DashAnswer[], judgementLevel: null, judgementReason: null });
    expect(result.ok && result.value).toEqual({ yesCount: 15, scoreLevel: "HIGH", level: "HIGH" });
    expect(dash!.yesCount).toBe(15);
    expect(safety.riskAssessments.some((a) => a.linkId === W.partnerLink)).toBe(false);
  });
});
