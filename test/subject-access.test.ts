import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddCatchUpSessionDocument,
  MergePerpetratorsDocument,
  RecordEnforcementActionDocument,
  RecordPlanReviewDocument,
  RecordReferralSentenceDocument,
  RecordSessionAttendanceDocument,
  SubjectAccessExportDocument,
  UpdatePerpetratorDocument,
} from "../client/generated/graphql.js";
import { formatPncId } from "../src/modules/perpetrators/index.js";
import { ALL_ROLES, Role } from "../src/shared/auth/roles.js";
import { fromGlobalId, idOfType, toGlobalId } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures, type IomFixtures } from "./support/iom-fixtures.js";
import { statementsDuring } from "./support/database.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { createVictimFixtures, dashAnswers, type VictimFixtures } from "./support/victim-fixtures.js";

/*
 * The HMPPS subject access request (UK GDPR art. 15, DPA 2018 s.45) over HTTP on a real database: one
 * of everything is written for a person through the API and each is found in the export; nothing of the
 * victim linked to them is anywhere in it (JSON or document); the date range; 204 for a person not held;
 * who may ask; and the disclosure written to the audit log, without the content.
 */

const NOW = "2026-06-01T12:00:00Z";

/** The roles that export nobody without an approved request of their own (test/subject-access-requests.test.ts). */
const EXPORTS_NOBODY = ALL_ROLES.filter((r) => r !== Role.ADMIN && r !== Role.SAR_DATA_ACCESS);

let server: TestServer;
let fx: Fixtures;
let iom: IomFixtures;
let vx: VictimFixtures;

/** What the test wrote for the subject, to find in the export. */
const written = {
  personId: "",
  duplicateId: "",
  crn: "S300001",
  prisonNumber: "S3001AB",
  familyName: "Featherstonehaugh",
  referralId: "",
  attendanceIds: [] as string[],
  otherParticipantNote: "Other participant's own note Zanzibar",
  caseAllocationId: "",
  membershipId: "",
  planId: "",
  actionId: "",
  orderId: "",
  dvpoId: "",
  victimId: "",
  linkId: "",
  assessmentId: "",
  maracId: "",
};

/** Strings only the victim's records hold: none may appear in the perpetrator's export. */
const VICTIM = {
  givenName: "Philippa",
  familyName: "Quennell-Ashdown",
  dateOfBirth: "1991-07-23",
  safeContactTimes: "Tuesdays 09:13 only",
  notes: "Use the refuge landline Marigold",
  maracReason: "Strangulation disclosed Saffron",
  supportWorker: "Worker Harriet Oddington",
  supportOrganisation: "Halcyon Refuge Partnership",
  orderCondition: "Not to enter Wexcombe Crescent",
  policeReference: "WYP-INCIDENT-77431",
};

const base = () => new URL("/subject-access-request", server.url);

async function sar(search: string, token: string | null = fx.admin, headers: Record<string, string> = {}) {
  const response = await fetch(`${base().toString()}?${search}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), text, requestId: response.headers.get("x-request-id"), cache: response.headers.get("cache-control") };
}

interface Content {
  content: {
    person: Record<string, unknown> & { id: string; children: unknown[] };
    corrections: { reason: string; changedFields: string[] }[];
    merges: { mergedRecordId: string; reason: string }[];
    referrals: {
      id: string;
      sentence: { requirementReference: string } | null;
      history: { toStatus: string }[];
      attendance: { id: string; outcome: string; note: string | null; sessionNumber: number }[];
      catchUpSessions: { catchesUpSessionNumber: number }[];
      enforcementActions: { kind: string; note: string }[];
    }[];
    caseAllocations: { id: string; organisation: string }[];
    iomMemberships: {
      id: string;
      offenderManagers: { name: string }[];
      interventionPlans: { id: string; actions: { id: string }[]; reviews: { notes: string }[] }[];
    }[];
    protectiveOrders: { id: string; type: string }[];
  };
}

const parsed = (text: string) => JSON.parse(text) as Content;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  iom = await createIomFixtures(server, fx);
  vx = await createVictimFixtures(server, fx);

  // Referred, corrected, merged and selected for IOM on 20 April; registers, enforcement and the rest on 1 June.
  server.clock.set("2026-04-20T10:00:00Z");
  // The person, corrected once, and a second record of them merged in.
  const person = await fx.person({ crn: written.crn, prisonNumber: written.prisonNumber, pncId: formatPncId(2015, 70001), familyName: "Featherstonhaugh" });
  written.personId = person.id;
  const corrected = await server.query(UpdatePerpetratorDocument, { input: { id: person.id, expectedVersion: 1, reason: "Family name misspelt at referral", familyName: written.familyName } }, fx.admin);
  expect(corrected.updatePerpetrator.userErrors).toEqual([]);
  const duplicate = await fx.person({ crn: null, pncId: null, givenName: "Jonty", familyName: written.familyName });
  written.duplicateId = duplicate.id;
  const merged = await server.query(
    MergePerpetratorsDocument,
    { input: { survivorId: person.id, duplicateId: duplicate.id, survivorExpectedVersion: 2, duplicateExpectedVersion: 1, reason: "Same custody photograph" } },
    fx.admin,
  );
  expect(merged.mergePerpetrators.userErrors).toEqual([]);

  // A BBR referral in a group with another participant: the order it enforces, two registers (one
  // with a note on the other participant), a catch-up, and a warning letter.
  const group = await fx.group("BBR", ["fac-sar"]);
  const facilitator = await server.token(Role.FACILITATOR, "fac-sar");
  const placed = await fx.participant("BBR", group.id, {});
  // The participant fixture makes its own person; re-home the referral by making the subject's own.
  const subjectReady = await fx.refer(person.id, "BBR");
  let referral = subjectReady;
  for (const status of ["AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"] as const) referral = await fx.transition(referral.id, status, referral.version);
  const allocated = (await fx.allocate(referral.id, group.id, referral.version)).referral!;
  written.referralId = allocated.id;
  const sentenced = await server.query(
    RecordReferralSentenceDocument,
    { input: { referralId: allocated.id, expectedVersion: allocated.version, sentence: { orderType: "COMMUNITY_ORDER", startDate: "2026-02-01", endDate: "2027-02-01", requirementReference: "SAR-2500012345" } } },
    fx.probation,
  );
  expect(sentenced.recordReferralSentence.userErrors).toEqual([]);
  const [first, second] = await fx.sessions(group.id, 2, "2026-05-13T18:00:00Z");

  const om = await iom.offenderManager("om-sar", { name: "PC Ottoline Sar" });
  const member = await iom.member(om.staff.id, { perpetratorId: person.id, startedOn: "2026-03-01" });
  written.membershipId = member.membership.id;
  const plan = await iom.plan(member.membership.id, [iom.action({ description: "Attend the tenancy sustainment meeting" })]);
  written.planId = plan.id;
  const [action] = await server.database.query<{ id: string }>(`select id::text as id from iom_plan_actions where plan_id = $1`, [idOfType(plan.id, "InterventionPlan")]);
  written.actionId = toGlobalId("PlanAction", action!.id);

  server.clock.set(NOW);
  for (const [session, outcome, note] of [
    [first!, "ABSENT_UNACCEPTABLE", "No contact before the session"],
    [second!, "ABSENT_ACCEPTABLE", "Hospital appointment, letter seen"],
  ] as const) {
    const recorded = await server.query(
      RecordSessionAttendanceDocument,
      {
        input: {
          sessionId: session.id,
          idempotencyKey: `sar-${session.id}`,
          entries: [
            { referralId: allocated.id, outcome, note },
            { referralId: placed.referral.id, outcome: "ATTENDED", note: written.otherParticipantNote },
          ],
        },
      },
      facilitator,
    );
    expect(recorded.recordSessionAttendance.userErrors).toEqual([]);
    written.attendanceIds.push(...recorded.recordSessionAttendance.records.filter((r) => r.referral.id === allocated.id).map((r) => r.id));
  }
  const catchUp = await server.query(AddCatchUpSessionDocument, { input: { referralId: allocated.id, missedSessionId: second!.id, scheduledStart: "2026-06-03T18:00:00Z" } }, fx.admin);
  expect(catchUp.addCatchUpSession.userErrors).toEqual([]);
  const warning = await server.query(
    RecordEnforcementActionDocument,
    { input: { referralId: allocated.id, kind: "WARNING_LETTER_ISSUED", takenOn: "2026-05-25", sessionId: first!.id, note: "Warning letter for the missed session" } },
    fx.admin,
  );
  expect(warning.recordEnforcementAction.userErrors).toEqual([]);

  // The probation case, IOM membership with an offender manager, a plan, an action and a review.
  written.caseAllocationId = (await fx.allocateCase(person.id, "prob-1", "Probation Service Yorkshire")).id;
  const review = await server.query(
    RecordPlanReviewDocument,
    { input: { planId: plan.id, reviewedOn: "2026-05-30", outcome: "ON_TRACK", notes: "Engaging with housing; attends appointments", nextReviewOn: "2026-08-30" } },
    iom.supervisor,
  );
  expect(review.recordPlanReview.userErrors).toEqual([]);

  // The victim: contact safety, a link, DASH, an incident, MARAC, an IDVA, and two orders protecting them.
  const victim = await vx.victim({
    givenName: VICTIM.givenName,
    familyName: VICTIM.familyName,
    dateOfBirth: VICTIM.dateOfBirth,
    contactSafety: { safeContactMethod: "TEXT", safeContactTimes: VICTIM.safeContactTimes, addressKnownToPerpetrator: true, notes: VICTIM.notes },
  });
  written.victimId = victim.id;
  const link = await vx.link(victim.id, person.id);
  written.linkId = link.id;
  written.assessmentId = (await vx.assess(link.id, 16, { answers: dashAnswers(16, "NOT_KNOWN") })).id;
  await vx.incident(link.id, "2026-05-02");
  written.maracId = (await vx.marac(link.id, { judgementReason: VICTIM.maracReason })).id;
  await vx.supportWorker(victim.id, "idva-sar", { workerName: VICTIM.supportWorker, organisation: VICTIM.supportOrganisation });
  written.orderId = (await vx.order(person.id, [victim.id], { conditions: [VICTIM.orderCondition], reference: "NMO-2026-0042" })).id;
  written.dvpoId = (await vx.order(person.id, [victim.id], { type: "DVPO", startsOn: "2026-01-05", endsOn: "2026-01-20", conditions: [VICTIM.orderCondition], issuedBy: "Leeds Magistrates" })).id;
}, 180_000);
afterAll(() => server?.close());

describe("subject access export: everything held about the person", () => {
  it("answers 200 with HMPPS's {content}, and each thing written for the person is in it", async () => {
    const answer = await sar(`crn=${written.crn}`);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe("application/json; charset=utf-8");
    expect(answer.cache).toBe("no-store");
    const { content } = parsed(answer.text);

    // The record (corrected), its children without their dates of birth, its correction and merge.
    expect(content.person).toMatchObject({ id: written.personId, crn: written.crn, prisonNumber: written.prisonNumber, familyName: written.familyName, sex: "MALE" });
    expect(content.person.children).toEqual([
      { relationship: "BIRTH", regularContact: true },
      { relationship: "BIRTH", regularContact: true },
    ]);
    expect(content.corrections).toEqual([expect.objectContaining({ reason: "Family name misspelt at referral", changedFields: ["familyName"] })]);
    expect(content.merges).toEqual([expect.objectContaining({ mergedRecordId: written.duplicateId, reason: "Same custody photograph" })]);

    // The referral, the order it enforces, its history, its own register rows, catch-up and warning.
    const referral = content.referrals.find((r) => r.id === written.referralId)!;
    expect(referral).toBeDefined();
    expect(referral.sentence).toMatchObject({ requirementReference: "SAR-2500012345" });
    expect(referral.history.map((h) => h.toStatus)).toEqual(["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION", "ALLOCATED", "ALLOCATED"]);
    expect(referral.attendance.map((a) => a.id).sort()).toEqual([...written.attendanceIds].sort());
    expect(referral.attendance.map((a) => [a.sessionNumber, a.outcome, a.note])).toEqual([
      [1, "ABSENT_UNACCEPTABLE", "No contact before the session"],
      [2, "ABSENT_ACCEPTABLE", "Hospital appointment, letter seen"],
    ]);
    expect(referral.catchUpSessions).toEqual([expect.objectContaining({ catchesUpSessionNumber: 2 })]);
    expect(referral.enforcementActions).toEqual([expect.objectContaining({ kind: "WARNING_LETTER_ISSUED", note: "Warning letter for the missed session" })]);
    // Only their own register rows: the other participant's are not theirs.
    expect(answer.text).not.toContain(written.otherParticipantNote);

    expect(content.caseAllocations).toEqual([expect.objectContaining({ id: written.caseAllocationId, organisation: "Probation Service Yorkshire" })]);
    const membership = content.iomMemberships.find((m) => m.id === written.membershipId)!;
    expect(membership.offenderManagers.map((m) => m.name)).toEqual(["PC Ottoline Sar"]);
    const plan = membership.interventionPlans.find((p) => p.id === written.planId)!;
    expect(plan.actions.map((a) => a.id)).toEqual([written.actionId]);
    expect(answer.text).toContain("Attend the tenancy sustainment meeting");
    expect(plan.reviews.map((r) => r.notes)).toEqual(["Engaging with housing; attends appointments"]);

    // The orders binding the person: that they exist, never whom they protect or their conditions.
    expect(content.protectiveOrders.map((o) => o.id).sort()).toEqual([written.orderId, written.dvpoId].sort());
    expect(answer.text).toContain("NMO-2026-0042");
  });

  it("finds the person by prison number (prn) alone, and by both", async () => {
    const byPrn = await sar(`prn=${written.prisonNumber}`);
    expect(byPrn.status).toBe(200);
    expect(parsed(byPrn.text).content.person.id).toBe(written.personId);
    const byBoth = await sar(`crn=${written.crn.toLowerCase()}&prn=${written.prisonNumber}`);
    expect(parsed(byBoth.text).content.person.id).toBe(written.personId);
  });

  it("holds nothing of the victim: no name, date of birth, contact details, DASH answers, MARAC, support, incident, alert or protected person", async () => {
    const [json, html] = [await sar(`crn=${written.crn}`), await sar(`crn=${written.crn}&format=html`)];
    const alerts = await server.database.query<{ id: string; summary: string }>(`select id::text, summary from safety_alerts where perpetrator_id = $1`, [idOfType(written.personId, "Perpetrator")]);
    for (const body of [json.text, html.text]) {
      for (const secret of Object.values(VICTIM)) expect(body).not.toContain(secret);
      for (const id of [written.victimId, written.linkId, written.assessmentId, written.maracId]) {
        expect(body).not.toContain(id);
        expect(body).not.toContain(fromGlobalId(id)!.id);
      }
      for (const alert of alerts) {
        expect(body).not.toContain(alert.id);
        expect(body).not.toContain(toGlobalId("SafetyAlert", alert.id));
        expect(body).not.toContain(alert.summary);
      }
      // DASH answers and scores: no checklist vocabulary at all.
      for (const word of ["NOT_KNOWN", "answers", "yesCount", "MARAC", "marac", "victim", "Victim", "protectedPeople", "conditions", "IDVA"]) expect(body).not.toContain(word);
    }
  });

  it("answers the same content as a readable HTML document (?format=html or Accept: text/html)", async () => {
    const html = await sar(`crn=${written.crn}&format=html`);
    expect(html.status).toBe(200);
    expect(html.type).toBe("text/html; charset=utf-8");
    expect(html.text).toContain("<h1>Subject access export</h1>");
    expect(html.text).toContain(written.familyName);
    expect(html.text).toContain("Warning letter for the missed session");
    expect(html.text).toContain("<h2>Iom memberships</h2>");
    const accepted = await sar(`crn=${written.crn}`, fx.admin, { accept: "text/html,application/xhtml+xml" });
    expect(accepted.type).toBe("text/html; charset=utf-8");
    expect(accepted.text.replace(/Generated [^.]+\./, "")).toBe(html.text.replace(/Generated [^.]+\./, ""));
  });
});

describe("statements", () => {
  it("reads a person's whole history in a fixed number of statements: 16 reads and the audit event, however much is held", async () => {
    const { result, texts } = await statementsDuring(server.database, () => sar(`crn=${written.crn}`));
    expect(result.status).toBe(200);
    expect(texts).toHaveLength(17);
    expect(texts.filter((text) => /insert into "audit_events"/i.test(text))).toHaveLength(1);
  });
});

describe("the date range (fromDate, toDate: days, both included)", () => {
  it("keeps what happened in the range and what lasted into it; the person's record is always there", async () => {
    const { content } = parsed((await sar(`crn=${written.crn}&fromDate=2026-05-15`)).text);
    expect(content.person.id).toBe(written.personId);
    const referral = content.referrals.find((r) => r.id === written.referralId)!;
    // Session 1 (13 May) is before the range; session 2 (20 May) and the warning (25 May) are in it.
    expect(referral.attendance.map((a) => a.sessionNumber)).toEqual([2]);
    expect(referral.enforcementActions).toHaveLength(1);
    // The non-molestation order runs into the range; the DVPO ended on 20 January.
    expect(content.protectiveOrders.map((o) => o.id)).toEqual([written.orderId]);
    expect(content.iomMemberships.map((m) => m.id)).toEqual([written.membershipId]);
  });

  it("leaves out what began after the range ends", async () => {
    const { content } = parsed((await sar(`crn=${written.crn}&fromDate=2026-01-01&toDate=2026-03-31`)).text);
    expect(content.person.id).toBe(written.personId);
    // Referred, corrected and merged on 20 April, the case allocated on 1 June.
    expect(content.referrals).toEqual([]);
    expect(content.corrections).toEqual([]);
    expect(content.merges).toEqual([]);
    expect(content.caseAllocations).toEqual([]);
    // Selected on 1 March, still a member; its plan was made on 20 April, after the range.
    expect(content.iomMemberships.map((m) => m.id)).toEqual([written.membershipId]);
    expect(content.iomMemberships[0]!.interventionPlans).toEqual([]);
    // The DVPO ran in January; the non-molestation order starts on 1 April.
    expect(content.protectiveOrders.map((o) => o.id)).toEqual([written.dvpoId]);
  });

  it("refuses a malformed date or a range that ends before it starts (400, HMPPS's error body)", async () => {
    for (const search of [`crn=${written.crn}&fromDate=2026-02-30`, `crn=${written.crn}&fromDate=2026-05-01&toDate=2026-04-01`]) {
      const answer = await sar(search);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text)).toMatchObject({ status: 400, errorCode: "BAD_USER_INPUT", userMessage: expect.any(String), developerMessage: expect.any(String) });
    }
  });
});

describe("nobody held, bad requests, and who may ask", () => {
  it("answers 204 with no body for a CRN or prison number nobody holds", async () => {
    for (const search of ["crn=Z999999", "prn=Z9999ZZ"]) {
      const answer = await sar(search);
      expect(answer.status).toBe(204);
      expect(answer.text).toBe("");
    }
  });

  it("answers 400 when neither crn nor prn is given, or one is malformed", async () => {
    for (const [search, message] of [
      ["", "One of prn or crn must be supplied."],
      ["fromDate=2026-01-01", "One of prn or crn must be supplied."],
      ["crn=not-a-crn", "crn must be"],
    ] as const) {
      const answer = await sar(search);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text).userMessage).toContain(message);
    }
  });

  it("refuses every role but ADMIN and SAR_DATA_ACCESS without an approved request (403), and a missing or forged token (401), and logs nothing for them", async () => {
    const before = await disclosures();
    for (const role of EXPORTS_NOBODY) {
      const answer = await sar(`crn=${written.crn}`, await server.token(role, `sar-${role.toLowerCase()}`));
      expect({ role, status: answer.status }).toEqual({ role, status: 403 });
      expect(JSON.parse(answer.text)).toMatchObject({ status: 403, errorCode: "FORBIDDEN" });
      expect(answer.text).not.toContain(written.familyName);
    }
    // Every other role at once still exports nobody.
    expect((await sar(`crn=${written.crn}`, await server.token(EXPORTS_NOBODY, "sar-everyone"))).status).toBe(403);
    for (const token of [null, "not-a-jwt", `${fx.admin.slice(0, -4)}AAAA`]) {
      const answer = await sar(`crn=${written.crn}`, token);
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.text)).toMatchObject({ status: 401, errorCode: "UNAUTHENTICATED" });
    }
    expect(await disclosures()).toEqual(before);
  });
});

interface DisclosureRow extends Record<string, unknown> {
  request_id: string;
  actor_sub: string;
  action: string;
  entity_type: string;
  entity_id: string;
  perpetrator_id: string;
  fields: string[] | string;
  purpose: string;
  recipients: string[] | string;
  victim_ids: string[] | string;
}

const disclosures = () =>
  server.database.query<DisclosureRow>(
    `select request_id, actor_sub, action, entity_type, entity_id::text, perpetrator_id::text, fields, purpose, recipients, victim_ids from audit_events where entity_type = 'SubjectAccessExport' order by occurred_at, id`,
  );

describe("the audit log", () => {
  it("writes one DISCLOSURE per export: who, which person, the sections and purpose; never the content", async () => {
    const admin = await server.token(Role.ADMIN, "sar-clerk", { name: "Disclosure Clerk" });
    const answer = await sar(`crn=${written.crn}&fromDate=2026-01-01`, admin, { "x-access-purpose": "Request SAR-2026-0117 from the data subject" });
    expect(answer.status).toBe(200);
    const rows = (await disclosures()).filter((row) => row.request_id === answer.requestId);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    const personId = idOfType(written.personId, "Perpetrator");
    expect(row).toMatchObject({ actor_sub: "sar-clerk", action: "DISCLOSURE", entity_type: "SubjectAccessExport", entity_id: personId, perpetrator_id: personId });
    expect(String(row.fields)).toContain("referrals");
    expect(String(row.recipients)).toContain("sar-clerk");
    expect(row.purpose).toBe("Subject access request (UK GDPR art. 15 / DPA 2018 s.45): Request SAR-2026-0117 from the data subject");
    // Ids and section names only: nothing of the person's data.
    expect(JSON.stringify(row)).not.toContain(written.familyName);
    expect(JSON.stringify(row)).not.toContain(written.crn);

    // A person not held is not an export of anyone: nothing is logged.
    const count = (await disclosures()).length;
    expect((await sar("crn=Z999998", admin)).status).toBe(204);
    expect(await disclosures()).toHaveLength(count);
  });
});

describe("subjectAccessExport over GraphQL", () => {
  it("answers the same content as the HTTP route, for ADMIN only, logged the same way", async () => {
    const http = parsed((await sar(`crn=${written.crn}&fromDate=2026-05-15`)).text).content;
    const answer = await server.request(SubjectAccessExportDocument, { crn: written.crn, fromDate: "2026-05-15" }, fx.admin);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.subjectAccessExport).toEqual(http);
    const rows = (await disclosures()).filter((row) => row.request_id === answer.requestId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "DISCLOSURE", perpetrator_id: idOfType(written.personId, "Perpetrator") });

    expect((await server.query(SubjectAccessExportDocument, { crn: "Z999997" }, fx.admin)).subjectAccessExport).toBeNull();
    const malformed = await server.request(SubjectAccessExportDocument, { crn: "bad" }, fx.admin);
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const role of EXPORTS_NOBODY) {
      const refused = await server.request(SubjectAccessExportDocument, { crn: written.crn }, await server.token(role, `gql-sar-${role.toLowerCase()}`));
      expect({ role, code: refused.errors?.[0]?.extensions?.code, data: refused.data?.subjectAccessExport ?? null }).toEqual({ role, code: "FORBIDDEN", data: null });
    }
  });
});
