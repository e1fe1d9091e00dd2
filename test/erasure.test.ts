import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErasePerpetratorDocument, EraseVictimDocument, MergePerpetratorsDocument, type EraseRecordInput, ProgrammePerformanceDocument, RecordEnforcementActionDocument, RecordReferralSentenceDocument, RecordSessionAttendanceDocument, UpdatePerpetratorDocument } from "../client/generated/graphql.js";
import { PerformanceRepository } from "../src/modules/reporting/index.js";
import { formatCroNumber, formatPncId } from "../src/modules/perpetrators/index.js";
import { Role } from "../src/shared/auth/roles.js";
import { idOfType } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures, type IomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";
import { everythingSeenBy, rowsHolding } from "./support/erasure-probes.js";

/*
 * Erasure of a person on a real database: one of everything is written for them through the API
 * (record, correction, children, a BBR referral with its order, registers with notes, a warning, a
 * case allocation, IOM membership with plan, action and review, a victim link with DASH, incident,
 * MARAC and an order), then an admin erases them. Afterwards nothing of them is returned by any list,
 * search, lookup, node, export or audit read, no table holds their personal data, and the programme
 * performance report (with every equality breakdown) gives exactly the same figures as before.
 */

const NOW = "2026-06-01T12:00:00Z";
let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let vx: VictimFixtures;

/** What only the erased person's records hold: none may be returned or stored afterwards. */
const PERSON = {
  givenName: "Barnabas",
  familyName: "Quistclose",
  dateOfBirth: "1983-11-19",
  crn: "E400001",
  pncId: formatPncId(2011, 40001),
  prisonNumber: "E4001AB",
  croNumber: formatCroNumber(400001, 11),
  childDateOfBirth: "2016-08-27",
  correctionReason: "Misheard surname Kestrelmoor",
  sentenceReference: "ERASE-77001234",
  attendanceNote: "Arrived smelling of drink Tamarisk",
  enforcementNote: "Warning for Lindisfarne absence",
  actionDescription: "Tenancy meeting at Ravensworth Court",
  reviewNote: "Disclosed new partner Gwendolyn",
  subjectAccessReason: "Barnabas Quistclose asked in writing at Hexthorpe",
};
const VICTIM = { notes: "Refuge number Heliotrope", marac: "Strangled at Porthcurno", policeReference: "WYP-ERASE-99120" };

const IDENTIFIERS = { crn: PERSON.crn, pncId: PERSON.pncId, familyName: PERSON.familyName };
const people = { id: "", referralId: "", victimId: "", linkId: "", groupId: "", sessionId: "", membershipId: "" };
const REPORT = { from: "2026-01-01", to: "2026-12-31", groupBy: ["SEX", "AGE_BAND", "DISABILITY", "ETHNICITY_GROUP", "FIRST_LANGUAGE", "GROUP", "REFERRAL_SOURCE"] as const };

async function report() {
  const analyst = await server.token(Role.ANALYST, "analyst-erasure");
  const viaApi = await server.query(ProgrammePerformanceDocument, { report: { ...REPORT, groupBy: [...REPORT.groupBy] } }, analyst);
  // Unsuppressed too, so a moved count cannot hide behind small-number suppression.
  const raw = await new PerformanceRepository(server.database).figures({ from: REPORT.from, to: REPORT.to }, null, [...REPORT.groupBy]);
  return { viaApi: viaApi.programmePerformance, raw };
}

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  vx = await createVictimFixtures(server, fx);
  server.clock.set("2026-04-20T10:00:00Z");

  const { givenName, dateOfBirth, crn, pncId, prisonNumber, croNumber } = PERSON;
  const person = await fx.person({ givenName, familyName: "Kestrelmoor", dateOfBirth, crn, pncId, prisonNumber, croNumber, ethnicity: "Asian or Asian British: Pakistani", firstLanguage: "Urdu", children: [{ dateOfBirth: PERSON.childDateOfBirth }] });
  people.id = person.id;
  const corrected = await server.query(UpdatePerpetratorDocument, { input: { id: person.id, expectedVersion: 1, reason: PERSON.correctionReason, familyName: PERSON.familyName } }, fx.admin);
  expect(corrected.updatePerpetrator.userErrors).toEqual([]);
  // Another participant in the same group, so the report has more than one person in it.
  const group = await fx.group("BBR", ["fac-erase"]);
  people.groupId = group.id;
  await fx.participant("BBR", group.id, { dateOfBirth: "1970-01-01" });
  let referral = await fx.refer(person.id, "BBR");
  for (const status of ["AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"] as const) referral = await fx.transition(referral.id, status, referral.version);
  const allocated = (await fx.allocate(referral.id, group.id, referral.version)).referral!;
  people.referralId = allocated.id;
  const sentence = { orderType: "COMMUNITY_ORDER" as const, startDate: "2026-02-01", endDate: "2027-02-01", requirementReference: PERSON.sentenceReference };
  expect((await server.query(RecordReferralSentenceDocument, { input: { referralId: allocated.id, expectedVersion: allocated.version, sentence } }, fx.probation)).recordReferralSentence.userErrors).toEqual([]);
  const [session] = await fx.sessions(group.id, 1, "2026-05-13T18:00:00Z");
  people.sessionId = session!.id;
  const om = await iom.offenderManager("om-erase");
  const member = await iom.member(om.staff.id, { perpetratorId: person.id, startedOn: "2026-03-01" });
  people.membershipId = member.membership.id;
  const plan = await iom.plan(member.membership.id, [iom.action({ description: PERSON.actionDescription })]);
  server.clock.set(NOW);
  const facilitator = await server.token(Role.FACILITATOR, "fac-erase");
  const registered = await server.query(
    RecordSessionAttendanceDocument,
    { input: { sessionId: session!.id, idempotencyKey: "erasure-register-1", entries: [{ referralId: allocated.id, outcome: "ABSENT_UNACCEPTABLE", note: PERSON.attendanceNote }] } },
    facilitator,
  );
  expect(registered.recordSessionAttendance.userErrors).toEqual([]);
  const warned = await server.query(RecordEnforcementActionDocument, { input: { referralId: allocated.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-05-25", note: PERSON.enforcementNote } }, fx.admin);
  expect(warned.recordEnforcementAction.userErrors).toEqual([]);
  await fx.allocateCase(person.id, "prob-1", "Probation Service Yorkshire");
  const asked = await server.request(
    `mutation($input: RequestSubjectAccessInput!) { requestSubjectAccess(input: $input) { userErrors { code } } }`,
    { input: { perpetratorId: person.id, reference: "DPO-ERASE-1", reason: PERSON.subjectAccessReason } },
    fx.probation,
  );
  expect(asked.errors).toBeUndefined();
  await server.request(`mutation($input: RecordPlanReviewInput!) { recordPlanReview(input: $input) { userErrors { code } } }`, { input: { planId: plan.id, reviewedOn: "2026-05-30", outcome: "ON_TRACK", notes: PERSON.reviewNote, nextReviewOn: "2026-08-30" } }, iom.supervisor);

  const victim = await vx.victim({ contactSafety: { safeContactMethod: "TEXT", notes: VICTIM.notes } });
  people.victimId = victim.id;
  const link = await vx.link(victim.id, person.id);
  people.linkId = link.id;
  await vx.assess(link.id, 15);
  await vx.incident(link.id, "2026-05-02");
  await vx.marac(link.id, { judgementReason: VICTIM.marac });
  await vx.order(person.id, [victim.id], { conditions: ["Not to enter Ravensworth Court"], reference: "NMO-ERASE-1" });
  // The fixture records no police reference: one is added as a client would have sent it.
  await server.database.query(`update safety_incidents set police_reference = $1 where link_id = $2`, [VICTIM.policeReference, idOfType(link.id, "VictimLink")]);
}, 180_000);
afterAll(() => server?.close());

const erase = (input: EraseRecordInput, token = fx.admin) => server.request(ErasePerpetratorDocument, { input }, token);

describe("erasing a person", () => {
  it("is refused to anyone but an admin, for an unknown id, a stale version, and while work is open unless overridden", async () => {
    const asProbation = await erase({ id: people.id, expectedVersion: 2, mode: "ERASE", reason: "Retention review" }, fx.probation);
    expect(asProbation.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const unknown = await erase({ id: "UGVycGV0cmF0b3I6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw", expectedVersion: 1, mode: "ERASE", reason: "x" });
    expect(unknown.data!.erasePerpetrator.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    const stale = await erase({ id: people.id, expectedVersion: 1, mode: "ERASE", reason: "Retention review" });
    expect(stale.data!.erasePerpetrator.userErrors.map((e) => `${e.field.join(".")} ${e.code}`)).toEqual(["input.expectedVersion CONFLICT"]);
    const open = await erase({ id: people.id, expectedVersion: 2, mode: "ERASE", reason: "Retention review" });
    expect(open.data!.erasePerpetrator.userErrors.map((e) => e.field.join("."))).toEqual(
      expect.arrayContaining(["input.referrals", "input.caseAllocation", "input.iomMembership", "input.victimLinks", "input.protectiveOrders"]),
    );
    expect(open.data!.erasePerpetrator.erasure).toBeNull();
    // Nothing was written by the refusals.
    expect(await rowsHolding(server, [PERSON.familyName])).not.toEqual([]);
  });

  it("removes every trace of them and leaves the report's figures exactly as they were", async () => {
    const before = await report();
    const before_ = await everythingSeenBy(server, fx, vx, people, IDENTIFIERS);
    expect(before_.seen).toContain(PERSON.familyName);

    const erased = await erase({ id: people.id, expectedVersion: 2, mode: "ERASE", reason: "Right to erasure upheld", overrideOpenWork: true });
    expect(erased.data!.erasePerpetrator.userErrors).toEqual([]);
    const erasure = erased.data!.erasePerpetrator.erasure!;
    expect(erasure).toMatchObject({ subjectKind: "PERPETRATOR", subjectId: people.id, mode: "ERASE", openWorkOverridden: true });
    expect(erasure.erasedRows).toEqual(expect.arrayContaining([{ table: "perpetrators", count: 1 }, { table: "perpetrator_children", count: 1 }, { table: "erased_referral_equality", count: 1 }]));

    // Nothing any caller can reach: lists, searches, lookups, node, exports, the audit log.
    const { seen, audit } = await everythingSeenBy(server, fx, vx, people, IDENTIFIERS);
    expect(seen).toContain("HTTP 204");
    for (const value of [...Object.values(PERSON), ...Object.values(VICTIM).slice(1)]) {
      expect(seen).not.toContain(value);
      expect(audit).not.toContain(value);
    }
    for (const id of [people.id, people.referralId, people.membershipId, people.linkId]) expect(seen).not.toContain(id);
    // Nothing stored either, in any table (the victim's own record and contact notes are the victim's, and stay).
    expect(await rowsHolding(server, [...Object.values(PERSON), VICTIM.marac, VICTIM.policeReference])).toEqual([]);

    // The ERASURE event: ids and table names only.
    const [event] = await server.database.query<{ action: string; entity_id: string; fields: string[] }>(`select action, entity_id::text, fields from audit_events where action = 'ERASURE'`);
    expect(event).toMatchObject({ action: "ERASURE" });
    expect(event!.fields).toEqual(expect.arrayContaining(["perpetrators", "referrals", "attendance_records"]));

    const after = await report();
    expect(after.raw).toEqual(before.raw);
    expect(after.viaApi).toEqual(before.viaApi);
  });

  it("writes nothing new about them: a referral or a merge answers as for no such person", async () => {
    const referred = await server.request(`mutation($input: ReferToProgrammeInput!) { referToProgramme(input: $input) { referral { id } userErrors { code } } }`, {
      input: { perpetratorId: people.id, programme: "CHOICES", source: "SELF" },
    }, fx.probation);
    expect(JSON.stringify(referred.body)).toMatch(/NOT_FOUND/);
    const other = await fx.person({ crn: null, pncId: null, children: [] });
    const merged = await server.request(MergePerpetratorsDocument, { input: { survivorId: other.id, survivorExpectedVersion: 1, duplicateId: people.id, duplicateExpectedVersion: 3, reason: "Same person" } }, fx.admin);
    expect(merged.data!.mergePerpetrators.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
  });

  it("refuses a second erasure, and a restriction of an erased record", async () => {
    const again = await erase({ id: people.id, expectedVersion: 3, mode: "ERASE", reason: "Again" });
    expect(again.data!.erasePerpetrator.userErrors.map((e) => e.code)).toEqual(["ALREADY_ERASED"]);
    const restrict = await erase({ id: people.id, expectedVersion: 3, mode: "RESTRICT", reason: "Again" });
    expect(restrict.data!.erasePerpetrator.userErrors.map((e) => e.code)).toEqual(["ALREADY_ERASED"]);
  });

  it("then erases the victim: gone from every victim query, their DASH level and MARAC date kept", async () => {
    const [row] = await server.database.query<{ version: number }>(`select version from victims where id = $1`, [idOfType(people.victimId, "Victim")]);
    const answer = await server.request(EraseVictimDocument, { input: { id: people.victimId, expectedVersion: row!.version, mode: "ERASE", reason: "Right to erasure upheld", overrideOpenWork: true } }, fx.admin);
    expect(answer.data!.eraseVictim.userErrors).toEqual([]);
    const victimRows = await server.request(
      `query($id: ID!) { node(id: $id) { id } victims(first: 100) { edges { node { id familyName } } } }`,
      { id: people.victimId },
      vx.safeguarding,
      withPurpose,
    );
    expect(victimRows.errors).toBeUndefined();
    expect((victimRows.data as { node: unknown }).node).toBeNull();
    expect(JSON.stringify(victimRows.data)).not.toContain(people.victimId);
    expect(await rowsHolding(server, [VICTIM.notes])).toEqual([]);
    const [kept] = await server.database.query<{ level: string; referred_on: string }>(
      `select a.level, m.referred_on::text from risk_assessments a join marac_referrals m on m.link_id = a.link_id join victim_links l on l.id = a.link_id where l.victim_id = $1`,
      [idOfType(people.victimId, "Victim")],
    );
    expect(kept).toMatchObject({ level: "HIGH" });
  });
});
