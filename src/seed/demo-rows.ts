/**
 * The programme demo's drafts written out as table rows, object references turned into ids.
 */
import type { perpetratorChildren, perpetrators } from "../modules/perpetrators/index.js";
import { isTerminal, referralTransitions, type referrals } from "../modules/referrals/index.js";
import type { groupFacilitators, programmeGroups, programmeSessions } from "../modules/groups/index.js";
import type { attendanceRecords, registerSubmissions } from "../modules/attendance/index.js";
import type { DemoDraft } from "./demo-drafts.js";
import { isoDate } from "../shared/clock.js";
import { SEED_ACTOR } from "./seed-actor.js";


export interface DemoData {
  programmeCount: number;
  perpetrators: (typeof perpetrators.$inferInsert)[];
  perpetratorChildren: (typeof perpetratorChildren.$inferInsert)[];
  programmeGroups: (typeof programmeGroups.$inferInsert)[];
  groupFacilitators: (typeof groupFacilitators.$inferInsert)[];
  programmeSessions: (typeof programmeSessions.$inferInsert)[];
  referrals: (typeof referrals.$inferInsert)[];
  referralTransitions: (typeof referralTransitions.$inferInsert)[];
  registerSubmissions: (typeof registerSubmissions.$inferInsert)[];
  attendanceRecords: (typeof attendanceRecords.$inferInsert)[];
}

const ACTOR_NAMES: Record<string, string> = {
  prob: "Probation practitioner",
  pol: "Police officer",
  admin: "Programme coordinator",
  fac: "Programme facilitator",
};

export function demoRows(demo: DemoDraft): DemoData {
  const people = demo.people;
  const referralDrafts = demo.referralDrafts.filter((d) => d.person !== null);
  return {
    programmeCount: demo.programmes.size,
    perpetrators: people.map((p) => ({
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      dateOfBirth: p.dateOfBirth,
      sex: p.sex,
      crn: p.crn,
      pncId: p.pncId,
      prisonNumber: p.prisonNumber,
      croNumber: p.croNumber,
      genderIdentity: p.genderIdentity,
      ethnicity: p.ethnicity,
      firstLanguage: p.firstLanguage,
      interpreterRequired: p.interpreterRequired,
      disability: p.disability,
      sexualOrientation: p.sexualOrientation,
      needs: p.needs,
      createdBy: SEED_ACTOR,
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
    })),
    perpetratorChildren: people.flatMap((p) =>
      p.children.map((c) => ({
        id: c.id,
        perpetratorId: p.id,
        dateOfBirth: c.dateOfBirth,
        relationship: c.relationship,
        regularContact: c.regularContact,
        createdAt: p.createdAt,
      })),
    ),
    programmeGroups: demo.groups.map((g) => ({
      id: g.id,
      programmeId: g.programme.id,
      name: g.name,
      location: g.spec.location,
      startsOn: g.startsOn,
      createdBy: SEED_ACTOR,
      createdAt: g.createdAt,
    })),
    groupFacilitators: demo.groups.flatMap((g) =>
      g.spec.facilitators.map((sub) => ({ groupId: g.id, facilitatorSub: sub, startedOn: isoDate(g.createdAt), addedBy: SEED_ACTOR, addedAt: g.createdAt })),
    ),
    programmeSessions: demo.groups.flatMap((g) =>
      g.sessions.map((s) => ({
        id: s.id,
        groupId: g.id,
        sessionNumber: s.number,
        format: s.format,
        scheduledStart: s.start,
        durationMinutes: s.durationMinutes,
        createdBy: SEED_ACTOR,
        createdAt: g.createdAt,
      })),
    ),
    referrals: referralDrafts.map((d) => {
      const last = d.steps[d.steps.length - 1]!;
      return {
        id: d.id,
        perpetratorId: d.person!.id,
        programmeId: d.programme.id,
        groupId: d.group?.id ?? null,
        status: d.status,
        version: d.steps.length,
        legalBasis: d.legalBasis,
        source: d.source,
        riskLevel: d.riskLevel,
        withdrawalReason: d.withdrawalReason,
        referredBy: d.referredBy,
        referredByOrg: d.referredByOrg,
        referredAt: d.steps[0]!.at,
        allocatedAt: d.group ? d.allocatedAt : null,
        closedAt: isTerminal(d.status) ? last.at : null,
        createdAt: d.steps[0]!.at,
        updatedAt: last.at,
      };
    }),
    referralTransitions: referralDrafts.flatMap((d) =>
      d.steps.map((step, i) => ({
        id: demo.rng.uuid(),
        referralId: d.id,
        fromStatus: i === 0 ? null : d.steps[i - 1]!.to,
        toStatus: step.to,
        version: i + 1,
        reason: step.reason,
        note: step.note,
        actorSub: step.actor,
        actorName: ACTOR_NAMES[step.actor.split("-")[0]!] ?? null,
        occurredAt: step.at,
      })),
    ),
    registerSubmissions: demo.submissions.map((s) => ({
      id: s.id,
      idempotencyKey: s.idempotencyKey,
      sessionId: s.session.id,
      submittedBy: s.submittedBy,
      submittedAt: s.submittedAt,
      recordIds: s.records.map((r) => r.id),
    })),
    attendanceRecords: demo.submissions.flatMap((s) =>
      s.records.map((r) => ({
        id: r.id,
        sessionId: r.session.id,
        referralId: r.referral.id,
        submissionId: r.submissionId,
        outcome: r.outcome,
        behaviourConcern: r.behaviourConcern,
        note: r.note,
        recordedBy: r.recordedBy,
        recordedAt: r.recordedAt,
        supersededAt: r.supersededAt,
        supersededBy: r.supersededBy,
      })),
    ),
  };
}
