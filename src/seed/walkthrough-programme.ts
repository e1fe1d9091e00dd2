/**
 * The walkthrough's people, groups, sessions, referrals and registers: a few records with fixed ids
 * and identifiers that the README's examples use, dated relative to the seed day (D). See
 * walkthrough-ids.ts for what each is for.
 */
import type { ReferralStatus } from "../modules/referrals/index.js";
import { isoDate } from "../shared/clock.js";
import { shiftIsoDate } from "../shared/dates.js";
import { WALKTHROUGH as W } from "./walkthrough-ids.js";
import { SEED_ACTOR } from "./seed-actor.js";
import type { DemoData } from "./demo-rows.js";

const ORG = "West Yorkshire Probation Service - Leeds";

/** The walkthrough's programme rows: the demo's kinds of row, without children. */
export type WalkthroughProgrammeRows = Omit<DemoData, "programmeCount" | "perpetratorChildren">;

/** Days from the seed day, and a time on one of them (UTC). */
export function seedDays(now: Date) {
  const today = isoDate(now);
  const day = (offset: number): string => shiftIsoDate(today, offset);
  const at = (offset: number, hour: number): Date => new Date(`${day(offset)}T${String(hour).padStart(2, "0")}:00:00.000Z`);
  return { today, day, at };
}

interface PersonSpec {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  crn: string | null;
  pncId: string | null;
}

const PEOPLE: readonly PersonSpec[] = [
  { id: W.walker, givenName: "Daniel", familyName: "Walker", dateOfBirth: "1962-03-14", crn: "W100001", pncId: "1979/0163001B" },
  { id: W.participants[0], givenName: "Connor", familyName: "Ashworth", dateOfBirth: "1991-07-02", crn: "W100002", pncId: "2004/0917302C" },
  { id: W.participants[1], givenName: "Ryan", familyName: "Holroyd", dateOfBirth: "1988-11-23", crn: "W100003", pncId: "2001/0917303H" },
  { id: W.participants[2], givenName: "Jamie", familyName: "Sutcliffe", dateOfBirth: "1994-01-30", crn: "W100004", pncId: "2009/0917305G" },
  { id: W.awaitingAllocation, givenName: "Marcus", familyName: "Brook", dateOfBirth: "1990-05-17", crn: "W100005", pncId: "2006/0917304K" },
  { id: W.referred, givenName: "Liam", familyName: "Hart", dateOfBirth: "1986-09-09", crn: "W100006", pncId: "2003/0917306R" },
  { id: W.breached, givenName: "Kieran", familyName: "Dobson", dateOfBirth: "1993-12-04", crn: "W100007", pncId: "2010/0917307Z" },
  { id: W.duplicateOfReferred, givenName: "Liam", familyName: "Hart", dateOfBirth: "1986-09-09", crn: null, pncId: null },
  { id: W.recordedInError, givenName: "Jordan", familyName: "Rowe", dateOfBirth: "1979-02-11", crn: "W100009", pncId: null },
];

interface ReferralSpec {
  id: string;
  perpetratorId: string;
  groupId: string | null;
  /** Each step's status and the day (from D) it happened. */
  steps: readonly (readonly [ReferralStatus, number])[];
  note?: string;
}

const ASSESSED = (start: number): (readonly [ReferralStatus, number])[] => [
  ["REFERRED", start],
  ["AWAITING_ASSESSMENT", start + 5],
  ["ASSESSED_SUITABLE", start + 20],
  ["AWAITING_ALLOCATION", start + 21],
];

const REFERRALS: readonly ReferralSpec[] = [
  { id: W.referralReferred, perpetratorId: W.referred, groupId: null, steps: [["REFERRED", -3]] },
  ...W.participantReferrals.map((id, i) => ({ id, perpetratorId: W.participants[i]!, groupId: W.leedsGroup, steps: [...ASSESSED(-60 - i), ["ALLOCATED", -10] as const] })),
  { id: W.referralAwaitingAllocation, perpetratorId: W.awaitingAllocation, groupId: null, steps: ASSESSED(-45) },
  {
    id: W.referralBreached,
    perpetratorId: W.breached,
    groupId: W.bradfordGroup,
    steps: [...ASSESSED(-90), ["ALLOCATED", -30], ["BREACHED", -5]],
    note: "Two unacceptable absences; returned to court",
  },
];

export function walkthroughProgrammeRows(now: Date, programmeIdOf: (code: string) => string): WalkthroughProgrammeRows {
  const { day, at } = seedDays(now);
  const created = at(-100, 9);
  const bbr = programmeIdOf("BBR");
  const sessionRows = (groupId: string, ids: readonly string[], offsets: readonly number[]) =>
    ids.map((id, i) => ({ id, groupId, sessionNumber: i + 1, scheduledStart: at(offsets[i]!, 18), durationMinutes: 120, createdBy: SEED_ACTOR, createdAt: created }));

  const referralRows = REFERRALS.map((r) => {
    const first = at(r.steps[0]![1], 10);
    const last = r.steps[r.steps.length - 1]!;
    const allocated = r.steps.find(([status]) => status === "ALLOCATED");
    return {
      id: r.id,
      perpetratorId: r.perpetratorId,
      programmeId: bbr,
      groupId: r.groupId,
      status: last[0],
      version: r.steps.length,
      legalBasis: "COMMUNITY_ORDER",
      source: "PROBATION",
      riskLevel: "HIGH",
      referredBy: "prob-1",
      referredByOrg: ORG,
      referredAt: first,
      allocatedAt: allocated ? at(allocated[1], 11) : null,
      closedAt: last[0] === "BREACHED" ? at(last[1], 12) : null,
      createdAt: first,
      updatedAt: at(last[1], r.steps.length === 1 ? 10 : 12),
    };
  });
  const transitionRows = REFERRALS.flatMap((r, n) =>
    r.steps.map(([status, offset], i) => ({
      id: `5eed0000-0000-4000-8001-${String(n * 100 + i).padStart(12, "0")}`,
      referralId: r.id,
      fromStatus: i === 0 ? null : r.steps[i - 1]![0],
      toStatus: status,
      version: i + 1,
      reason: null,
      note: status === "BREACHED" ? (r.note ?? null) : null,
      actorSub: status === "ALLOCATED" ? "admin-1" : "prob-1",
      actorName: status === "ALLOCATED" ? "Programme coordinator" : "Probation practitioner",
      occurredAt: i === 0 ? at(offset, 10) : status === "ALLOCATED" ? at(offset, 11) : at(offset, 12),
    })),
  );

  // The breached participant missed both Bradford sessions held so far, without good reason.
  const held = W.bradfordSessions.slice(0, 2);
  const submissions = held.map((sessionId, i) => ({
    id: `5eed0000-0000-4000-8002-${String(i + 1).padStart(12, "0")}`,
    idempotencyKey: `seed-${sessionId}`,
    sessionId,
    submittedBy: "fac-3",
    submittedAt: at(i === 0 ? -14 : -7, 21),
    recordIds: [`5eed0000-0000-4000-8003-${String(i + 1).padStart(12, "0")}`],
  }));
  const records = submissions.map((s, i) => ({
    id: s.recordIds[0]!,
    sessionId: s.sessionId,
    referralId: W.referralBreached,
    submissionId: s.id,
    outcome: "ABSENT_UNACCEPTABLE",
    behaviourConcern: false,
    note: i === 0 ? "No contact before the session" : "Did not attend; phone off",
    recordedBy: "fac-3",
    recordedAt: s.submittedAt,
  }));

  return {
    perpetrators: PEOPLE.map((p) => ({
      ...p,
      sex: "MALE",
      interpreterRequired: false,
      needs: [],
      createdBy: SEED_ACTOR,
      createdAt: created,
      updatedAt: created,
    })),
    programmeGroups: [
      { id: W.leedsGroup, programmeId: bbr, name: "BBR — Leeds Central (walkthrough)", location: "Leeds Probation Office, Albion Street", startsOn: day(-1), createdBy: SEED_ACTOR, createdAt: created },
      { id: W.bradfordGroup, programmeId: bbr, name: "BBR — Bradford (walkthrough)", location: "Bradford Probation Office, Manor Row", startsOn: day(-14), createdBy: SEED_ACTOR, createdAt: created },
    ],
    groupFacilitators: [
      { groupId: W.leedsGroup, facilitatorSub: "fac-1", startedOn: isoDate(created), addedBy: SEED_ACTOR, addedAt: created },
      { groupId: W.bradfordGroup, facilitatorSub: "fac-3", startedOn: isoDate(created), addedBy: SEED_ACTOR, addedAt: created },
    ],
    programmeSessions: [...sessionRows(W.leedsGroup, W.leedsSessions, [-1, 6, 13, 20]), ...sessionRows(W.bradfordGroup, W.bradfordSessions, [-14, -7, 7, 14])],
    referrals: referralRows,
    referralTransitions: transitionRows,
    registerSubmissions: submissions,
    attendanceRecords: records,
  };
}
