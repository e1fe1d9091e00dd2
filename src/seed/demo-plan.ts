/**
 * The shape of the programme demo data, decided up front: which groups run where and when, how many of
 * each kind of member they have, how many referrals wait at each status, and who refers and coordinates.
 * The builders draw the details; these numbers are what the demo is meant to show.
 */
import type { ProgrammeCode } from "../modules/programmes/index.js";
import type { ReferralStatus } from "../modules/referrals/index.js";

/** Short programme names, used in group names. */
export const GROUP_LABELS: Record<ProgrammeCode, string> = { CARING_DADS: "Caring Dads", CHOICES: "Choices", PACT: "PACT", BBR: "BBR" };

/** The part a member plays in a group's story; each decides their sessions, outcomes and final status. */
export type MemberRole =
  | "COMPLETE"
  | "ONGOING"
  | "LATE_JOINER"
  | "BREACH_PENDING"
  | "DROP"
  | "BREACH"
  | "WITHDRAW"
  | "ALLOCATED"
  | "REALLOCATED";

/** Where a group stands at `now`: finished some days ago, running with some sessions held, or to start. */
export type GroupTiming = { kind: "finished"; daysAgo: number } | { kind: "running"; held: number } | { kind: "future"; inDays: number };

/** One demo group as planned: where and when it runs, who facilitates, and how many of each kind of member. */
export interface GroupSpec {
  key: string;
  code: ProgrammeCode;
  area: string;
  location: string;
  timing: GroupTiming;
  /** UTC start time of day. */
  hour: number;
  minute: number;
  durationMinutes: number;
  facilitators: readonly [string, string];
  members: Partial<Record<MemberRole, number>>;
  /** REALLOCATED members were first allocated to this group and taken out before it started. */
  reallocatedFrom?: string;
}

/**
 * Groups from about ten months ago to two months ahead. fac-1 co-runs a Caring Dads group that is under
 * way and a BBR group, so a facilitator token for fac-1 sees live registers of both kinds.
 */
export const GROUP_SPECS: readonly GroupSpec[] = [
  { key: "CD-A", code: "CARING_DADS", area: "Leeds North", location: "Family hub, Chapeltown, Leeds", timing: { kind: "finished", daysAgo: 150 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-1", "fac-2"], members: { COMPLETE: 6, DROP: 3, WITHDRAW: 1 } },
  { key: "CD-B", code: "CARING_DADS", area: "Leeds South", location: "Family hub, Beeston, Leeds", timing: { kind: "running", held: 6 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-1", "fac-3"], members: { ONGOING: 6, LATE_JOINER: 1, DROP: 1 } },
  { key: "CD-C", code: "CARING_DADS", area: "Leeds East", location: "Family hub, Seacroft, Leeds", timing: { kind: "future", inDays: 35 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-2", "fac-3"], members: { ALLOCATED: 4, REALLOCATED: 1 }, reallocatedFrom: "CD-B" },
  { key: "CH-A", code: "CHOICES", area: "Bradford", location: "Community centre, Manningham, Bradford", timing: { kind: "finished", daysAgo: 170 }, hour: 18, minute: 30, durationMinutes: 120, facilitators: ["fac-4", "fac-5"], members: { COMPLETE: 5, DROP: 3, WITHDRAW: 1 } },
  { key: "CH-B", code: "CHOICES", area: "Leeds West", location: "Community centre, Armley, Leeds", timing: { kind: "running", held: 4 }, hour: 18, minute: 30, durationMinutes: 120, facilitators: ["fac-4", "fac-6"], members: { ONGOING: 7, DROP: 1 } },
  { key: "CH-C", code: "CHOICES", area: "Wakefield", location: "Community centre, Wakefield", timing: { kind: "future", inDays: 21 }, hour: 18, minute: 30, durationMinutes: 120, facilitators: ["fac-5", "fac-6"], members: { ALLOCATED: 4 } },
  { key: "PACT-A", code: "PACT", area: "Leeds", location: "Youth Justice Service, Leeds", timing: { kind: "finished", daysAgo: 120 }, hour: 16, minute: 30, durationMinutes: 90, facilitators: ["fac-7", "fac-8"], members: { COMPLETE: 4, DROP: 2 } },
  { key: "PACT-B", code: "PACT", area: "Kirklees", location: "Youth Justice Service, Huddersfield", timing: { kind: "running", held: 5 }, hour: 16, minute: 30, durationMinutes: 90, facilitators: ["fac-7", "fac-8"], members: { ONGOING: 5 } },
  { key: "BBR-A", code: "BBR", area: "Leeds city centre", location: "Probation office, Leeds city centre", timing: { kind: "finished", daysAgo: 90 }, hour: 10, minute: 0, durationMinutes: 120, facilitators: ["fac-2", "fac-6"], members: { COMPLETE: 5, BREACH: 2, WITHDRAW: 1 } },
  { key: "BBR-B", code: "BBR", area: "Bradford", location: "Probation office, Bradford", timing: { kind: "running", held: 21 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-1", "fac-4"], members: { ONGOING: 5, LATE_JOINER: 2, BREACH_PENDING: 1, BREACH: 1, WITHDRAW: 1 } },
  { key: "BBR-C", code: "BBR", area: "Wakefield", location: "Probation office, Wakefield", timing: { kind: "running", held: 8 }, hour: 10, minute: 0, durationMinutes: 120, facilitators: ["fac-3", "fac-5"], members: { ONGOING: 6, LATE_JOINER: 2, ALLOCATED: 2 } },
  { key: "BBR-D", code: "BBR", area: "Leeds South", location: "Probation office, Leeds South", timing: { kind: "future", inDays: 60 }, hour: 18, minute: 0, durationMinutes: 120, facilitators: ["fac-6", "fac-7"], members: { ALLOCATED: 4 } },
];

/** Referrals that have not (yet) reached a group, per programme and status. */
export const WAITING_SPECS: Record<ProgrammeCode, Partial<Record<ReferralStatus, number>>> = {
  CARING_DADS: { REFERRED: 3, AWAITING_ASSESSMENT: 2, ASSESSED_SUITABLE: 1, ASSESSED_UNSUITABLE: 2, DID_NOT_ATTEND_ASSESSMENT: 1, DEFERRED: 1, SUITABLE_NOT_READY: 1, AWAITING_ALLOCATION: 4, WITHDRAWN: 3, DROPPED_OUT: 1 },
  CHOICES: { REFERRED: 3, AWAITING_ASSESSMENT: 3, ASSESSED_SUITABLE: 1, ASSESSED_UNSUITABLE: 1, DID_NOT_ATTEND_ASSESSMENT: 1, DEFERRED: 1, SUITABLE_NOT_READY: 1, AWAITING_ALLOCATION: 3, WITHDRAWN: 3, DROPPED_OUT: 2 },
  PACT: { REFERRED: 1, AWAITING_ASSESSMENT: 1, DID_NOT_ATTEND_ASSESSMENT: 1, AWAITING_ALLOCATION: 1 },
  BBR: { REFERRED: 2, AWAITING_ASSESSMENT: 2, ASSESSED_SUITABLE: 1, ASSESSED_UNSUITABLE: 2, DID_NOT_ATTEND_ASSESSMENT: 1, DEFERRED: 1, SUITABLE_NOT_READY: 1, AWAITING_ALLOCATION: 4, WITHDRAWN: 3 },
};

export const ADULT_COUNT = 184;

export const YOUTH_COUNT = 16;

export const ORGS = {
  probation: "Probation Service, Yorkshire and the Humber",
  police: "West Yorkshire Police",
} as const;

export const COORDINATORS: Record<ProgrammeCode, { sub: string; org: string }> = {
  CARING_DADS: { sub: "admin-1", org: "Caring Dads provider, Leeds" },
  CHOICES: { sub: "admin-2", org: "Choices programme, West Yorkshire" },
  PACT: { sub: "admin-3", org: "Youth Justice Service, West Yorkshire" },
  BBR: { sub: "prob-5", org: ORGS.probation },
};
