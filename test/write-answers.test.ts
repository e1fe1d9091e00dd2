import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Kind, OperationTypeNode, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import * as operations from "../client/generated/graphql.js";
import {
  AcknowledgeSafetyAlertDocument,
  CreatePerpetratorDocument,
  EndSupportAllocationDocument,
  EndVictimLinkDocument,
  RaiseExpiringOrderAlertsDocument,
  RecordSessionAttendanceDocument,
  SafetyAlertsDocument,
  SetMaracHearingDocument,
  UpdateIomStaffMemberDocument,
  UpdateVictimDocument,
  VaryProtectiveOrderDocument,
} from "../client/generated/graphql.js";
import { formatPncId } from "../src/modules/perpetrators/identifiers.rules.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures } from "./support/iom-fixtures.js";
import { iomOperations } from "./support/iom-operations.js";
import { operationsOf, readmeBlocks } from "./support/readme-blocks.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, withPurpose } from "./support/victim-fixtures.js";

const NOW = "2026-06-01T12:00:00Z";

/**
 * A write's answer is made from what the write's own transaction returned. Were it read back after the
 * commit, a database going away in between would answer an error (and `null`) for a change that was in
 * fact made: the client would retry, and record a person twice or be told their CRN is taken. The
 * database-outage test met exactly that on createPerpetrator's children.
 */
let server: TestServer;
let fx: Fixtures;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
}, 60_000);
afterAll(() => server.close());

/** Writes, and the notification of new alerts, sent in the writing transaction. */
const WRITE = /^\s*(insert|update|delete)\b|^\s*select pg_notify\(/i;
/**
 * Not the answer's: the consultation log, written after the answer is made by design (it records what
 * the answer showed), and alert delivery, which reads the alerts a notification names for subscribers.
 */
const NOT_THE_ANSWER = [/^\s*insert into "audit_events"/i, /^\s*select .* from "safety_alerts" where "safety_alerts"\."id" in /is];

/** Runs one request and answers what it returned and every statement issued after its last write. */
async function readsAfterLastWrite<T>(run: () => Promise<T>): Promise<{ result: T; writes: number; readsAfter: string[] }> {
  server.database.statements.reset();
  server.database.statements.recording = true;
  try {
    const result = await run();
    const texts = server.database.statements.recorded.map((statement) => statement.text).filter((text) => !NOT_THE_ANSWER.some((pattern) => pattern.test(text)));
    const lastWrite = texts.findLastIndex((text) => WRITE.test(text));
    return {
      result,
      writes: texts.filter((text) => WRITE.test(text)).length,
      readsAfter: texts.slice(lastWrite + 1).map((text) => text.replace(/\s+/g, " ").slice(0, 120)),
    };
  } finally {
    server.database.statements.recording = false;
  }
}

describe("a committed write answers from what it wrote, reading nothing after its last write", () => {
  it("createPerpetrator: the person and their children, in date-of-birth order", async () => {
    const input = {
      givenName: "Answer",
      familyName: "FromWrite",
      dateOfBirth: "1983-06-01",
      sex: "MALE" as const,
      crn: "V900001",
      pncId: formatPncId(2011, 40001),
      children: [
        { dateOfBirth: "2020-09-09", relationship: "BIRTH" as const, regularContact: true },
        { dateOfBirth: "2016-01-15", relationship: "STEP" as const, regularContact: false },
      ],
    };
    const { result, writes, readsAfter } = await readsAfterLastWrite(() => server.query(CreatePerpetratorDocument, { input }, fx.admin));
    const created = result.createPerpetrator.perpetrator!;
    expect(result.createPerpetrator.userErrors).toEqual([]);
    expect(writes).toBeGreaterThan(0);
    expect(readsAfter).toEqual([]);
    expect(created.children.map((child) => [child.dateOfBirth, child.relationship, child.regularContact])).toEqual([
      ["2016-01-15", "STEP", false],
      ["2020-09-09", "BIRTH", true],
    ]);
    // And it is what a later read finds.
    const { perpetrator } = await server.query(
      `query($id: ID!) { perpetrator(id: $id) { crn children { dateOfBirth relationship regularContact } } }`,
      { id: created.id },
      fx.admin,
    ) as { perpetrator: { crn: string; children: unknown[] } };
    expect(perpetrator).toEqual({ crn: "V900001", children: created.children });
  });

  it("recordSessionAttendance: each record's referral as the register left it (started on the programme)", async () => {
    const facilitator = await server.token(Role.FACILITATOR, "fac-write-answer");
    const group = await fx.group("CHOICES", ["fac-write-answer"]);
    const members = [(await fx.participant("CHOICES", group.id)).referral, (await fx.participant("CHOICES", group.id)).referral];
    const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
    const entries = [
      { referralId: members[0]!.id, outcome: "ATTENDED" as const },
      { referralId: members[1]!.id, outcome: "ABSENT_UNACCEPTABLE" as const },
    ];
    const { result, readsAfter } = await readsAfterLastWrite(() =>
      server.query(
        `mutation($input: RecordSessionAttendanceInput!) {
          recordSessionAttendance(input: $input) {
            session { id sessionNumber }
            records { outcome session { id } referral { id status version } }
            userErrors { code }
          }
        }`,
        { input: { sessionId: session!.id, idempotencyKey: "write-answer-register-1", entries } },
        facilitator,
      ) as Promise<{ recordSessionAttendance: { session: { id: string }; records: { outcome: string; session: { id: string }; referral: { id: string; status: string; version: number } }[]; userErrors: unknown[] } }>,
    );
    const payload = result.recordSessionAttendance;
    expect(payload.userErrors).toEqual([]);
    expect(readsAfter).toEqual([]);
    expect(payload.records.map((record) => [record.outcome, record.session.id, record.referral.id, record.referral.status, record.referral.version])).toEqual([
      ["ATTENDED", session!.id, members[0]!.id, "ON_PROGRAMME", members[0]!.version + 1],
      ["ABSENT_UNACCEPTABLE", session!.id, members[1]!.id, "ALLOCATED", members[1]!.version],
    ]);
    // The same register sent again is a replay, read back from what was stored: the same answer.
    const replay = (await server.query(
      RecordSessionAttendanceDocument,
      { input: { sessionId: session!.id, idempotencyKey: "write-answer-register-1", entries } },
      facilitator,
    )).recordSessionAttendance;
    expect(replay.replayed).toBe(true);
    expect(replay.records.map((record) => record.referral.id)).toEqual(members.map((member) => member.id));
  });

  it("every mutation the client ships, as the fixtures and a day's work send them", async () => {
    const violations: string[] = [];
    const wrote = new Set<string>();
    const original = server.query.bind(server);
    server.query = (async (document, variables, bearer, options) => {
      const name = mutationName(document);
      if (!name) return original(document, variables, bearer, options);
      const { result, writes, readsAfter } = await readsAfterLastWrite(() => original(document, variables, bearer, options));
      if (writes > 0) wrote.add(name);
      if (writes > 0 && readsAfter.length) violations.push(`${name}: ${readsAfter.join(" | ")}`);
      return result;
    }) as TestServer["query"];
    try {
      await aDaysWork();
    } finally {
      server.query = original;
    }
    expect(violations).toEqual([]);
    // A new mutation belongs in aDaysWork, so this holds for it too.
    expect([...SHIPPED_MUTATIONS].filter((name) => !wrote.has(name))).toEqual([]);
  }, 60_000);
});

/** The README's examples (shipped as twins in client/operations) are held to this by test/readme-examples.test.ts. */
const README_TWINS = new Set(readmeBlocks().flatMap((block) => operationsOf(block.document).map((operation) => operation.name!.value)));
const SHIPPED_MUTATIONS = new Set(
  Object.values(operations).flatMap((value) => {
    const name = typeof value === "object" && value !== null && "kind" in value ? mutationName(value as DocumentNode) : null;
    return name && !README_TWINS.has(name) ? [name] : [];
  }),
);

function mutationName(document: DocumentNode | string): string | null {
  const parsed = typeof document === "string" ? parse(document) : document;
  const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.operation === OperationTypeNode.MUTATION ? (operation.name?.value ?? "(anonymous)") : null;
}

/** Each shipped mutation at least once, succeeding, in an order the rules allow (the clock moves once, for alerts). */
async function aDaysWork() {
  const iom = await createIomFixtures(server, fx);
  const ops = iomOperations(server, iom);
  const vfx = await createVictimFixtures(server, fx);
  const ok = <T extends { userErrors: unknown[] }>(payload: T) => {
    expect(payload.userErrors).toEqual([]);
    return payload;
  };

  // Programmes: a group, its sessions, a participant, a register.
  const facilitator = await server.token(Role.FACILITATOR, "fac-day");
  const group = await fx.group("CHOICES", ["fac-day"]);
  const { person, referral } = await fx.participant("CHOICES", group.id);
  const [session] = await fx.sessions(group.id, 1, "2026-05-20T18:00:00Z");
  ok((await server.query(RecordSessionAttendanceDocument, { input: { sessionId: session!.id, idempotencyKey: "day-register-1", entries: [{ referralId: referral.id, outcome: "ATTENDED" }] } }, facilitator)).recordSessionAttendance);

  // Running the group: a session moved, and the participant moved to another group of the programme.
  const evening = await fx.group("CHOICES", ["fac-day"]);
  const [later] = await fx.sessions(evening.id, 1, "2026-06-10T18:00:00Z");
  ok((await server.query(operations.RescheduleSessionDocument, { input: { sessionId: later!.id, scheduledStart: "2026-06-11T18:00:00Z", reason: "Venue double-booked" } }, facilitator)).rescheduleSession);
  ok((await server.query(operations.TransferToGroupDocument, { input: { referralId: referral.id, groupId: evening.id, expectedVersion: referral.version + 1, reason: "New shifts; the evening group fits" } }, fx.probation)).transferToGroup);

  // Staffing and closing: a facilitator added from next week and removed again, the group renamed, and a finished group closed.
  ok((await server.query(operations.AddGroupFacilitatorDocument, { input: { groupId: evening.id, facilitatorSub: "fac-day-2", startedOn: "2026-06-08", reason: "Co-facilitator for the summer" } }, fx.admin)).addGroupFacilitator);
  ok((await server.query(operations.RemoveGroupFacilitatorDocument, { input: { groupId: evening.id, facilitatorSub: "fac-day-2", reason: "Cover no longer needed" } }, fx.admin)).removeGroupFacilitator);
  ok((await server.query(operations.UpdateGroupDocument, { input: { groupId: evening.id, expectedVersion: 1, location: "Chapeltown Community Centre" } }, fx.admin)).updateGroup);
  const finished = await fx.group("CHOICES", ["fac-day"], "2026-03-02");
  await fx.sessions(finished.id, 1, "2026-03-02T18:00:00Z");
  ok((await server.query(operations.CloseGroupDocument, { input: { groupId: finished.id, expectedVersion: 1, reason: "Programme delivered" } }, fx.admin)).closeGroup);
  // A session cancelled, and a catch-up for a participant who missed one with a reason.
  const weekly = await fx.group("CHOICES", ["fac-day"]);
  const missed = await fx.participant("CHOICES", weekly.id);
  const [held, next] = await fx.sessions(weekly.id, 2, "2026-05-27T18:00:00Z");
  ok((await server.query(RecordSessionAttendanceDocument, { input: { sessionId: held!.id, idempotencyKey: "day-register-2", entries: [{ referralId: missed.referral.id, outcome: "ABSENT_ACCEPTABLE" }] } }, facilitator)).recordSessionAttendance);
  ok((await server.query(operations.CancelSessionDocument, { input: { sessionId: next!.id, reason: "Facilitator ill; no cover" } }, facilitator)).cancelSession);
  ok((await server.query(operations.AddCatchUpSessionDocument, { input: { referralId: missed.referral.id, missedSessionId: held!.id, scheduledStart: "2026-06-04T10:00:00Z" } }, facilitator)).addCatchUpSession);

  // Enforcement of a mandated (BBR) referral: a warning letter recorded by an admin.
  const bbrGroup = await fx.group("BBR", ["fac-day"]);
  const bbr = await fx.participant("BBR", bbrGroup.id);
  ok((await server.query(operations.RecordEnforcementActionDocument, { input: { referralId: bbr.referral.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-06-01", note: "Missed a supervision appointment" } }, fx.admin)).recordEnforcementAction);
  // The order the BBR referral enforces, recorded by its probation practitioner.
  const sentenced = ok((await server.query(operations.RecordReferralSentenceDocument, { input: { referralId: bbr.referral.id, expectedVersion: bbr.referral.version, sentence: { orderType: "COMMUNITY_ORDER", startDate: "2026-03-02", endDate: "2027-03-01", requirementReference: "2500012345" } } }, fx.probation)).recordReferralSentence);
  expect(sentenced.referral?.sentence).toMatchObject({ orderType: "COMMUNITY_ORDER", enforcedBy: "BREACH" });

  // A correction of the person's record (DPA 2018 s.46).
  ok((await server.query(operations.UpdatePerpetratorDocument, { input: { id: person.id, expectedVersion: 1, reason: "Spelling confirmed with the court", familyName: "Corrected" } }, fx.admin)).updatePerpetrator);
  // A second record of the same person merged into the first.
  const twice = await fx.person({ crn: null, pncId: null, prisonNumber: "D1234AY", children: [] });
  ok((await server.query(operations.MergePerpetratorsDocument, { input: { survivorId: person.id, survivorExpectedVersion: 2, duplicateId: twice.id, duplicateExpectedVersion: 1, reason: "Same person, recorded twice" } }, fx.admin)).mergePerpetrators);
  // An admin imports a spreadsheet of people, then one of their referrals (answered from the plan, nothing read after the write).
  const imported = ok((await server.query(operations.ImportCsvDocument, { input: { kind: "PEOPLE", csv: "given_name,family_name,date_of_birth,sex,crn\nDay,Imported,1984-02-02,MALE,Q912345\n" } }, fx.admin)).importCsv);
  expect(imported.result).toMatchObject({ written: true, counts: { created: 1 } });
  ok((await server.query(operations.ImportCsvDocument, { input: { kind: "REFERRALS", csv: "crn,programme,source,referred_date\nQ912345,CHOICES,SELF,2026-05-20\n" } }, fx.admin)).importCsv);

  // Events out: an admin subscribes a system, redelivers a dead letter (made one here, as the worker would) and disables it.
  const subscriber = ok((await server.query(operations.CreateWebhookSubscriberDocument, { input: { name: "Day's receiver", url: "http://127.0.0.1:9/events" } }, fx.admin)).createWebhookSubscriber);
  await fx.refer((await fx.person()).id, "CHOICES"); // an event for it
  await server.database.query(`update event_deliveries set status = 'DEAD_LETTER', attempts = 10 where id = (select id from event_deliveries order by seq limit 1)`);
  const dead = (await server.query(operations.EventDeliveriesDocument, { first: 1, filter: { status: "DEAD_LETTER" } }, fx.admin)).eventDeliveries.edges[0]!.node;
  expect(ok((await server.query(operations.RedeliverEventDocument, { input: { deliveryId: dead.id } }, fx.admin)).redeliverEvent).delivery?.status).toBe("PENDING");
  ok((await server.query(operations.DisableWebhookSubscriberDocument, { input: { subscriberId: subscriber.subscriber!.id } }, fx.admin)).disableWebhookSubscriber);

  // Case allocation: an admin allocates the person's probation case, reallocates it and ends it.
  const allocated = ok((await server.query(operations.AllocateCaseDocument, { input: { perpetratorId: person.id, practitionerSub: "prob-day", organisation: "Probation Service", startedOn: "2026-05-01" } }, fx.admin)).allocateCase);
  const moved = ok((await server.query(operations.AllocateCaseDocument, { input: { perpetratorId: person.id, practitionerSub: "prob-day-2", organisation: "Probation Service", startedOn: "2026-05-20", reason: "Caseload rebalanced" } }, fx.admin)).allocateCase);
  expect(allocated.caseAllocation?.id).not.toBe(moved.caseAllocation?.id);
  ok((await server.query(operations.EndCaseAllocationDocument, { input: { allocationId: moved.caseAllocation!.id, reason: "Order ended" } }, fx.admin)).endCaseAllocation);

  // IOM: staff, selection, hand-over, a plan through its life, deselection.
  const first = await iom.offenderManager("om-day-1");
  const second = await iom.offenderManager("om-day-2");
  ok((await server.query(UpdateIomStaffMemberDocument, { input: { staffId: second.staff.id, team: "Leeds DV IOM South" } }, iom.supervisor)).updateIomStaffMember);
  const { membership } = await iom.member(first.staff.id, { perpetratorId: person.id });
  ok(await ops.assign(membership.id, second.staff.id, "2026-05-01", "Caseload rebalanced"));
  const plan = await iom.plan(membership.id);
  const action = ok(await ops.addAction(plan.id, iom.action({ pathway: "DRUGS_ALCOHOL", ownerAgency: "HEALTH", ownerName: "Forward Leeds" }))).action!;
  ok(await ops.updateAction({ actionId: action.id, expectedVersion: action.version, status: "IN_PROGRESS" }));
  ok(await ops.review({ planId: plan.id, reviewedOn: "2026-06-01", outcome: "ON_TRACK", nextReviewOn: "2026-09-01" }));
  ok(await ops.replan({ membershipId: membership.id, expectedPlanVersion: plan.version, summary: "Housing settled; keep up Choices", reviewDueOn: "2026-09-01" }));
  ok(await ops.deselect({ membershipId: membership.id, endedOn: "2026-06-01", reason: "REDUCED_RISK" }));

  // Victim safety: a victim and their link, risk, MARAC, support and an order, then the order's alert.
  const { victim, link } = await vfx.linkedPair(person.id);
  const updated = ok((await server.query(UpdateVictimDocument, { input: { victimId: victim.id, expectedVersion: victim.version, familyName: "Renamed" } }, vfx.safeguarding, withPurpose)).updateVictim);
  expect(updated.victim).toMatchObject({ familyName: "Renamed" });
  await vfx.assess(link.id, 15);
  await vfx.incident(link.id, "2026-05-02");
  const marac = await vfx.marac(link.id);
  ok((await server.query(SetMaracHearingDocument, { input: { maracReferralId: marac.id, hearingOn: "2026-06-10" } }, vfx.safeguarding, withPurpose)).setMaracHearing);
  const allocation = await vfx.supportWorker(victim.id, "idva-day");
  const order = await vfx.order(person.id, [victim.id], { startsOn: "2026-05-01", endsOn: "2026-06-30" });
  ok((await server.query(VaryProtectiveOrderDocument, { input: { orderId: order.id, expectedVersion: order.version, endsOn: "2026-06-20" } }, vfx.safeguarding, withPurpose)).varyProtectiveOrder);
  server.clock.set("2026-06-15T12:00:00Z");
  try {
    const swept = await server.query(RaiseExpiringOrderAlertsDocument, {}, vfx.safeguarding, withPurpose);
    expect(swept.raiseExpiringOrderAlerts.alertsRaised).toBeGreaterThan(0);
    const idva = await server.token(Role.SUPPORT_WORKER, "idva-day", { name: "IDVA", org: "Leeds Domestic Violence Service" });
    const inbox = await server.query(SafetyAlertsDocument, { first: 10, filter: { mine: true, openOnly: true } }, idva, withPurpose);
    const alert = inbox.safetyAlerts.edges[0]!.node;
    ok((await server.query(AcknowledgeSafetyAlertDocument, { input: { alertId: alert.id, note: "Called the victim; safety plan reviewed" } }, idva, withPurpose)).acknowledgeSafetyAlert);
    ok((await server.query(EndSupportAllocationDocument, { input: { allocationId: allocation.id, endedOn: "2026-06-15" } }, vfx.safeguarding, withPurpose)).endSupportAllocation);
    ok((await server.query(EndVictimLinkDocument, { input: { linkId: link.id, endedOn: "2026-06-15" } }, vfx.safeguarding, withPurpose)).endVictimLink);
  } finally {
    server.clock.set(NOW);
  }

  // Retention: a person recorded in error erased, and a victim's record restricted (DPA 2018 s.47), by an admin.
  // Last: once anyone is hidden, a returned row costs a visibility check (src/access/hidden-rows.ts).
  const mistaken = await fx.person({ crn: null, pncId: null, children: [] });
  const contested = await vfx.victim();
  ok((await server.query(operations.ErasePerpetratorDocument, { input: { id: mistaken.id, expectedVersion: 1, mode: "ERASE", reason: "Recorded in error" } }, fx.admin)).erasePerpetrator);
  ok((await server.query(operations.EraseVictimDocument, { input: { id: contested.id, expectedVersion: 1, mode: "RESTRICT", reason: "Accuracy contested" } }, fx.admin)).eraseVictim);
}
