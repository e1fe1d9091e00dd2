import {
  AddCatchUpSessionDocument,
  AddGroupFacilitatorDocument,
  CancelSessionDocument,
  EndCaseAllocationDocument,
  EndSupportAllocationDocument,
  RaiseExpiringOrderAlertsDocument,
  RecordEnforcementActionDocument,
  RecordPlanReviewDocument,
  RecordReferralSentenceDocument,
  RecordSessionAttendanceDocument,
  ReferToProgrammeDocument,
  RemoveGroupFacilitatorDocument,
  RescheduleSessionDocument,
  SafetyAlertsDocument,
  TransitionReferralDocument,
  MergePerpetratorsDocument,
  UpdatePerpetratorDocument,
  type AttendanceOutcome,
} from "../../client/generated/graphql.js";
import type { GuardedType } from "../../src/access/visibility.types.js";
import { Role } from "../../src/shared/auth/roles.js";
import { fromGlobalId } from "../../src/shared/global-id.js";
import { createFixtures } from "./fixtures.js";
import { createIomFixtures } from "./iom-fixtures.js";
import type { TestServer } from "./server.js";
import { createVictimFixtures, withPurpose } from "./victim-fixtures.js";

/** One row of the world: its guarded type and global id, under a name the oracle uses. */
export interface WorldRow {
  type: GuardedType;
  id: string;
}

/** The organisations on the probation tokens: prob-1 and prob-org share one; prob-self and prob-owner do not. */
export const PROBATION_SERVICE = "Probation Service";

/**
 * A small world with every relationship state, made through the API (so every row passed the same
 * rules a client's would), at 2026-06-01 (the test server's clock):
 *
 * - BBR groups A (fac-a) and B (fac-b), two sessions each; the first of each has a register.
 * - fac-a-left was on A's facilitator list until today (removed from today); fac-b-next is on B's from
 *   2026-06-08: neither has any access now.
 * - PA in A (attended); PB in B (absent without reason: a warning, and an alert about VB).
 * - PMOVED allocated to A and recorded absent (with reason) at A's first session by fac-a, then taken
 *   out of A by probation (ALLOCATED → AWAITING_ALLOCATION, which clears the group) and allocated to
 *   B, where fac-b recorded them attending: the same referral, moved. fac-b arranged a catch-up in B
 *   (GB.CU.PMOVED) for the A session they missed; GA.S2 was moved and GB.S2 cancelled.
 * - POLD, recorded in January 2018 with nothing since: due for retention review (admins read it there).
 * - PWITHDRAWN referred to Choices by `prob-self` and withdrawn by them (never in a group, no case
 *   allocation); VW is at risk from them (the withdrawal alerts the safeguarding queue about VW).
 * - Case allocations made by the admin: PA → prob-1 (current), PENDED → prob-1 (ended today).
 * - IOM: PA in the cohort with om-1, a reviewed plan with a housing action, an action owned by the
 *   probation staff record of `prob-owner` and a programme-attendance action on PA's referral;
 *   PENDED in the cohort with om-2 and a plan.
 * - Victims: VA (partner of PA; support workers sw-1 and idva-2 now), VX (ex-partner of PA, no
 *   worker), VENDED (partner of PENDED; sw-1's allocation ended today), VB (PB, no worker), VW.
 *   DASH assessments, incidents, two MARAC referrals of VA (the second a repeat), orders against PA
 *   (protecting VA and VX) and PENDED (VENDED) ending within 7 days, and against PB (VB).
 * - Alerts from the expiring orders (to sw-1 and idva-2 about VA, the queue about VX, sw-1 about
 *   VENDED while still allocated), PB's absence (queue, about VB) and the withdrawal (queue, about VW).
 */
export async function buildAccessWorld(server: TestServer) {
  const fx = await createFixtures(server);
  const iom = await createIomFixtures(server, fx);
  const vfx = await createVictimFixtures(server, fx);
  const rows: Record<string, WorldRow> = {};
  const keep = (name: string, type: GuardedType, id: string) => {
    if (rows[name]) throw new Error(`world row ${name} named twice`);
    rows[name] = { type, id };
    return id;
  };
  const unwrap = <T extends { userErrors: { message: string }[] }>(payload: T, what: string): T => {
    if (payload.userErrors.length) throw new Error(`${what} refused: ${JSON.stringify(payload.userErrors)}`);
    return payload;
  };

  // A webhook subscriber first, so the world's changes leave deliveries for the walk to read (ADMIN only).
  const subscribed = await server.query<{ createWebhookSubscriber: { userErrors: { message: string }[] } }, Record<string, unknown>>(
    `mutation WorldSubscriber($input: CreateWebhookSubscriberInput!) { createWebhookSubscriber(input: $input) { subscriber { id } userErrors { message } } }`,
    { input: { name: "Access world receiver", url: "http://127.0.0.1:9/events" } },
    fx.admin,
  );
  unwrap(subscribed.createWebhookSubscriber, "createWebhookSubscriber");

  const tokens = {
    facA: await server.token(Role.FACILITATOR, "fac-a"),
    facB: await server.token(Role.FACILITATOR, "fac-b"),
    probSelf: await server.token(Role.PROBATION, "prob-self", { name: "Self Referrer", org: "Community Rehabilitation Company" }),
  };

  // Case data: two groups of the same programme, two sessions each (the first before today).
  const groupA = await fx.group("BBR", ["fac-a"], "2026-05-01");
  const groupB = await fx.group("BBR", ["fac-b"], "2026-05-01");
  keep("GA", "ProgrammeGroup", groupA.id);
  keep("GB", "ProgrammeGroup", groupB.id);
  // Facilitators with dates: fac-a-left ran A until today (removed from today: no access now), and
  // fac-b-next runs B from next week (no access yet). Both must see exactly what a stranger sees.
  unwrap((await server.query(AddGroupFacilitatorDocument, { input: { groupId: groupA.id, facilitatorSub: "fac-a-left" } }, fx.admin)).addGroupFacilitator, "addGroupFacilitator");
  unwrap((await server.query(RemoveGroupFacilitatorDocument, { input: { groupId: groupA.id, facilitatorSub: "fac-a-left", reason: "Left the provider" } }, fx.admin)).removeGroupFacilitator, "removeGroupFacilitator");
  unwrap((await server.query(AddGroupFacilitatorDocument, { input: { groupId: groupB.id, facilitatorSub: "fac-b-next", startedOn: "2026-06-08" } }, fx.admin)).addGroupFacilitator, "addGroupFacilitator");
  const [a1, a2] = await fx.sessions(groupA.id, 2, "2026-05-25T18:00:00Z");
  const [b1, b2] = await fx.sessions(groupB.id, 2, "2026-05-25T18:00:00Z");
  keep("GA.S1", "ProgrammeSession", a1!.id);
  keep("GA.S2", "ProgrammeSession", a2!.id);
  keep("GB.S1", "ProgrammeSession", b1!.id);
  keep("GB.S2", "ProgrammeSession", b2!.id);

  const pa = await fx.participant("BBR", groupA.id);
  const moved = await fx.participant("BBR", groupA.id);
  const pb = await fx.participant("BBR", groupB.id);
  keep("PA", "Perpetrator", pa.person.id);
  keep("PMOVED", "Perpetrator", moved.person.id);
  keep("PB", "Perpetrator", pb.person.id);
  keep("R.PA", "Referral", pa.referral.id);
  keep("R.PMOVED", "Referral", moved.referral.id);
  keep("R.PB", "Referral", pb.referral.id);
  // The order PA's referral enforces, so Referral.sentence has a value to walk (case readers only).
  unwrap(
    (await server.query(RecordReferralSentenceDocument, { input: { referralId: pa.referral.id, expectedVersion: pa.referral.version, sentence: { orderType: "COMMUNITY_ORDER", startDate: "2026-03-02", endDate: "2027-03-01", requirementReference: "2500012345" } } }, fx.probation))
      .recordReferralSentence,
    "recordReferralSentence",
  );
  const pended = await fx.person();
  const pwithdrawn = await fx.person();
  keep("PENDED", "Perpetrator", pended.id);
  keep("PWITHDRAWN", "Perpetrator", pwithdrawn.id);
  // POLD: recorded in 2018 and nothing since, so the retention review has a record due to walk.
  const pold = await fx.person({ children: [] });
  keep("POLD", "Perpetrator", pold.id);
  await server.database.query(`update perpetrators set created_at = '2018-01-15T10:00:00Z' where id = $1`, [fromGlobalId(pold.id)!.id]);
  // A correction of PA's record (DPA 2018 s.46), so the person's history of changes has a row to walk.
  unwrap(
    (await server.query(UpdatePerpetratorDocument, { input: { id: pa.person.id, expectedVersion: 1, reason: "Spelling confirmed with the court", givenName: "Corrected" } }, fx.admin))
      .updatePerpetrator,
    "updatePerpetrator",
  );
  // A second record of PA (no identifiers) merged into PA, so the person's merges have a row to walk.
  const paAgain = await fx.person({ crn: null, pncId: null, children: [] });
  unwrap(
    (await server.query(MergePerpetratorsDocument, { input: { survivorId: pa.person.id, survivorExpectedVersion: 2, duplicateId: paAgain.id, duplicateExpectedVersion: 1, reason: "Same person, recorded twice" } }, fx.admin))
      .mergePerpetrators,
    "mergePerpetrators",
  );
  // A subject access request about PA, by PA's practitioner: auditors and admins list it, prob-1 as its maker.
  unwrap(
    (
      await server.query<{ requestSubjectAccess: { userErrors: { message: string }[] } }, unknown>(
        `mutation WorldSubjectAccessRequest($input: RequestSubjectAccessInput!) { requestSubjectAccess(input: $input) { userErrors { field code message } } }`,
        { input: { perpetratorId: pa.person.id, reference: "DPO-WORLD-1", reason: "The data subject asked in writing; identity checked" } },
        fx.probation,
      )
    ).requestSubjectAccess,
    "requestSubjectAccess",
  );

  let serial = 0;
  async function register(sessionId: string, token: string, entries: [referralId: string, outcome: AttendanceOutcome][]) {
    serial += 1;
    const data = await server.query(
      RecordSessionAttendanceDocument,
      { input: { sessionId, idempotencyKey: `access-world-${serial}`, entries: entries.map(([referralId, outcome]) => ({ referralId, outcome })) } },
      token,
    );
    const payload = unwrap(data.recordSessionAttendance, "recordSessionAttendance");
    return new Map(payload.records.map((record) => [record.referral.id, record.id]));
  }

  // A's first session: PA attends, PMOVED is absent with a reason (so stays ALLOCATED and can move).
  const inA = await register(a1!.id, tokens.facA, [
    [pa.referral.id, "ATTENDED"],
    [moved.referral.id, "ABSENT_ACCEPTABLE"],
  ]);
  keep("AR.A1.PA", "AttendanceRecord", inA.get(pa.referral.id)!);
  keep("AR.A1.PMOVED", "AttendanceRecord", inA.get(moved.referral.id)!);

  // The move: out of A (a note is required), then into B. The referral keeps its id and its A row.
  const out = await fx.transition(moved.referral.id, "AWAITING_ALLOCATION", moved.referral.version, { note: "Moving to the Thursday group" });
  unwrap(await fx.allocate(moved.referral.id, groupB.id, out.version), "allocateToGroup B");

  // Victims first, so the events below raise their alerts.
  const va = await vfx.victim();
  const vx = await vfx.victim();
  const vended = await vfx.victim();
  const vb = await vfx.victim();
  const vw = await vfx.victim();
  keep("VA", "Victim", va.id);
  keep("VX", "Victim", vx.id);
  keep("VENDED", "Victim", vended.id);
  keep("VB", "Victim", vb.id);
  keep("VW", "Victim", vw.id);
  const linkA = await vfx.link(va.id, pa.person.id);
  keep("L.VA", "VictimLink", linkA.id);
  keep("L.VX", "VictimLink", (await vfx.link(vx.id, pa.person.id, "EX_PARTNER")).id);
  const linkEnded = await vfx.link(vended.id, pended.id);
  keep("L.VENDED", "VictimLink", linkEnded.id);
  const linkB = await vfx.link(vb.id, pb.person.id);
  keep("L.VB", "VictimLink", linkB.id);
  keep("L.VW", "VictimLink", (await vfx.link(vw.id, pwithdrawn.id)).id);

  // B's first session: PB absent without reason (a warning; an alert about VB to the queue), PMOVED attends.
  const inB = await register(b1!.id, tokens.facB, [
    [pb.referral.id, "ABSENT_UNACCEPTABLE"],
    [moved.referral.id, "ATTENDED"],
  ]);
  keep("AR.B1.PB", "AttendanceRecord", inB.get(pb.referral.id)!);
  keep("AR.B1.PMOVED", "AttendanceRecord", inB.get(moved.referral.id)!);
  // Running the groups: GA.S2 moved (a row in its history), GB.S2 cancelled, and a catch-up for PMOVED's
  // acceptable absence from A's first session, held in B (the group they are in now) by fac-b.
  const rescheduled = await server.query(RescheduleSessionDocument, { input: { sessionId: a2!.id, scheduledStart: "2026-06-02T18:00:00Z", reason: "Venue double-booked" } }, tokens.facA);
  unwrap(rescheduled.rescheduleSession, "rescheduleSession");
  unwrap((await server.query(CancelSessionDocument, { input: { sessionId: b2!.id, reason: "Facilitator ill; no cover" } }, tokens.facB)).cancelSession, "cancelSession");
  const catchUp = await server.query(AddCatchUpSessionDocument, { input: { referralId: moved.referral.id, missedSessionId: a1!.id, scheduledStart: "2026-06-03T10:00:00Z" } }, tokens.facB);
  keep("GB.CU.PMOVED", "ProgrammeSession", unwrap(catchUp.addCatchUpSession, "addCatchUpSession").session!.id);
  // Breach started for that absence (admin; the law allows breach on a first failure), so PB's
  // enforcement has an action recorded and its warning letter still outstanding, read through R.PB.
  const breach = await server.query(RecordEnforcementActionDocument, { input: { referralId: pb.referral.id, kind: "BREACH_PROCEEDINGS_STARTED", takenOn: "2026-06-01", sessionId: b1!.id } }, fx.admin);
  unwrap(breach.recordEnforcementAction, "recordEnforcementAction");

  // The withdrawn referral: prob-self refers and withdraws; nobody allocates the case to them.
  const referred = await server.query(ReferToProgrammeDocument, { input: { perpetratorId: pwithdrawn.id, programme: "CHOICES", source: "PROBATION" } }, tokens.probSelf);
  const withdrawnReferral = unwrap(referred.referToProgramme, "referToProgramme (prob-self)").referral!;
  const withdrawn = await server.query(
    TransitionReferralDocument,
    { input: { referralId: withdrawnReferral.id, toStatus: "WITHDRAWN", expectedVersion: withdrawnReferral.version, withdrawalReason: "REFERRER_WITHDREW" } },
    tokens.probSelf,
  );
  unwrap(withdrawn.transitionReferral, "withdraw (prob-self)");
  keep("R.PWITHDRAWN", "Referral", withdrawnReferral.id);

  // Case allocations (admin): PA's current, PENDED's ended today.
  keep("CA.PA", "CaseAllocation", (await fx.allocateCase(pa.person.id)).id);
  const endedAllocation = await fx.allocateCase(pended.id, "prob-1", PROBATION_SERVICE, "2026-01-05");
  keep("CA.PENDED", "CaseAllocation", endedAllocation.id);
  const ended = await server.query(EndCaseAllocationDocument, { input: { allocationId: endedAllocation.id, reason: "Transferred to another practitioner's team" } }, fx.admin);
  unwrap(ended.endCaseAllocation, "endCaseAllocation");

  // IOM: staff, members, plans, actions and a review.
  const om1 = await iom.offenderManager("om-1");
  const om2 = await iom.offenderManager("om-2");
  const owner = await iom.probationPractitioner("prob-owner");
  keep("STAFF.OM1", "IomStaffMember", om1.staff.id);
  keep("STAFF.OM2", "IomStaffMember", om2.staff.id);
  keep("STAFF.OWNER", "IomStaffMember", owner.id);
  const memberA = await iom.member(om1.staff.id, { perpetratorId: pa.person.id });
  const memberEnded = await iom.member(om2.staff.id, { perpetratorId: pended.id });
  keep("M.PA", "IomMembership", memberA.membership.id);
  keep("M.PENDED", "IomMembership", memberEnded.membership.id);
  const planA = await iom.plan(memberA.membership.id, [
    iom.action(),
    iom.action({ pathway: "ATTITUDES_THINKING_BEHAVIOUR", description: "Supervision sessions", ownerAgency: "PROBATION", ownerStaffId: owner.id, ownerName: null, dueOn: "2026-07-20" }),
    iom.action({ pathway: "PROGRAMME_ATTENDANCE", description: "Attend BBR", ownerAgency: "PROBATION", ownerName: "Leeds PDU", referralId: pa.referral.id }),
  ]);
  keep("PLAN.PA", "InterventionPlan", planA.id);
  keep("ACT.PA.HOUSING", "PlanAction", planA.actions[0]!.id);
  keep("ACT.PA.OWNED", "PlanAction", planA.actions[1]!.id);
  keep("ACT.PA.PROGRAMME", "PlanAction", planA.actions[2]!.id);
  const planEnded = await iom.plan(memberEnded.membership.id);
  keep("PLAN.PENDED", "InterventionPlan", planEnded.id);
  keep("ACT.PENDED", "PlanAction", planEnded.actions[0]!.id);
  const reviewed = await server.query(RecordPlanReviewDocument, { input: { planId: planA.id, reviewedOn: "2026-06-01", outcome: "ON_TRACK", nextReviewOn: "2026-09-01" } }, om1.token);
  iom.unwrap(reviewed.recordPlanReview, "recordPlanReview");

  // Risk, incidents, MARAC.
  keep("RA.VA", "RiskAssessment", (await vfx.assess(linkA.id, 15)).id);
  keep("RA.VENDED", "RiskAssessment", (await vfx.assess(linkEnded.id, 11)).id);
  keep("RA.VB", "RiskAssessment", (await vfx.assess(linkB.id, 5)).id);
  keep("INC.VA", "SafetyIncident", (await vfx.incident(linkA.id, "2026-04-20")).id);
  keep("INC.VENDED", "SafetyIncident", (await vfx.incident(linkEnded.id, "2026-04-22")).id);
  keep("MARAC.VA.1", "MaracReferral", (await vfx.marac(linkA.id, { referredOn: "2026-03-10" })).id);
  keep("MARAC.VA.2", "MaracReferral", (await vfx.marac(linkA.id, { referredOn: "2026-05-10" })).id);

  // Support: sw-1 for VA (now) and VENDED (until today); idva-2 for VA too.
  keep("SA.VA.SW1", "SupportAllocation", (await vfx.supportWorker(va.id, "sw-1")).id);
  keep("SA.VA.OTHER", "SupportAllocation", (await vfx.supportWorker(va.id, "idva-2", { kind: "INTEGRATED_SUPPORT_SERVICE", organisation: "Integrated Support Service" })).id);
  const endedSupport = await vfx.supportWorker(vended.id, "sw-1");
  keep("SA.VENDED.SW1", "SupportAllocation", endedSupport.id);

  // Orders: two ending within 7 days (alerts), one running on.
  keep("ORD.PA", "ProtectiveOrder", (await vfx.order(pa.person.id, [va.id, vx.id], { endsOn: "2026-06-05" })).id);
  keep("ORD.PENDED", "ProtectiveOrder", (await vfx.order(pended.id, [vended.id], { endsOn: "2026-06-05" })).id);
  keep("ORD.PB", "ProtectiveOrder", (await vfx.order(pb.person.id, [vb.id])).id);
  await server.query(RaiseExpiringOrderAlertsDocument, {}, vfx.safeguarding, withPurpose);

  // Only now does sw-1's allocation to VENDED end: the alert about VENDED was raised for sw-1.
  const endedNow = await server.query(EndSupportAllocationDocument, { input: { allocationId: endedSupport.id, endedOn: "2026-06-01" } }, vfx.safeguarding, withPurpose);
  unwrap(endedNow.endSupportAllocation, "endSupportAllocation");

  // The alerts, named by victim and recipient (the queue when nobody).
  for (const [name, victimId] of [["VA", va.id], ["VX", vx.id], ["VENDED", vended.id], ["VB", vb.id], ["VW", vw.id]] as const) {
    const data = await server.query(SafetyAlertsDocument, { first: 50, filter: { victimId } }, vfx.safeguarding, withPurpose);
    for (const { node } of data.safetyAlerts.edges) keep(`ALERT.${name}.${node.recipientSub ?? "QUEUE"}`, "SafetyAlert", node.id);
  }

  return { rows, fx, iom, vfx, tokens: { ...tokens, om1: om1.token, om2: om2.token } };
}

export type AccessWorld = Awaited<ReturnType<typeof buildAccessWorld>>;
