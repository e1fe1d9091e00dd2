import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordSessionAttendanceDocument, type AttendanceOutcome } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { idOfType, toGlobalId } from "../src/shared/global-id.js";
import type { Fixtures } from "./support/fixtures.js";
import { createIomFixtures } from "./support/iom-fixtures.js";
import type { TestServer } from "./support/server.js";
import { startVictimTestServer, type VictimFixtures } from "./support/victim-fixtures.js";

/**
 * Events out (issue 16 part 2), the outbox: every change another system acts on writes an event in its
 * own transaction (a refused change writes none), in the HMPPS domain-event shape, naming the person by
 * CRN and PNC and never a victim; and a detailUrl that answers, as GraphQL would, only those who may see.
 */
let server: TestServer;
let fx: Fixtures;
let vfx: VictimFixtures;
beforeAll(async () => {
  ({ server, fx, vfx } = await startVictimTestServer("2026-06-01T12:00:00Z"));
}, 60_000);
afterAll(() => server.close());

type Stored = {
  id: string;
  event_type: string;
  perpetrator_id: string | null;
  message: {
    eventType: string;
    version: number;
    occurredAt: string;
    detailUrl: string;
    description: string;
    additionalInformation: Record<string, string | number | null>;
    personReference: { identifiers: { type: string; value: string }[] };
  };
};
const eventsOf = (perpetratorGlobalId: string) =>
  server.database.query<Stored>(`select id, event_type, perpetrator_id, message from outbox_events where perpetrator_id = $1 order by seq`, [idOfType(perpetratorGlobalId, "Perpetrator")]);
const typesOf = async (perpetratorGlobalId: string) => (await eventsOf(perpetratorGlobalId)).map((e) => e.event_type);
const countAll = async () => Number((await server.database.query<{ n: number }>(`select count(*)::int as n from outbox_events`))[0]!.n);

let keys = 0;
const register = (sessionId: string, entries: { referralId: string; outcome: AttendanceOutcome }[], token: string) =>
  server.request(RecordSessionAttendanceDocument, { input: { sessionId, idempotencyKey: `events-outbox-${++keys}`, entries } }, token);

describe("referral status changes", () => {
  it("writes one event per change, with the referral's statuses, in the HMPPS shape", async () => {
    const person = await fx.person();
    let referral = await fx.refer(person.id, "BBR");
    referral = await fx.transition(referral.id, "AWAITING_ASSESSMENT", referral.version);
    const events = await eventsOf(person.id);
    expect(events.map((e) => [e.message.additionalInformation.fromStatus, e.message.additionalInformation.toStatus])).toEqual([
      [null, "REFERRED"],
      ["REFERRED", "AWAITING_ASSESSMENT"],
    ]);
    const { message } = events[1]!;
    expect(message).toEqual({
      eventType: "safeguard.referral.status-changed",
      version: 1,
      occurredAt: "2026-06-01T13:00:00.000+01:00",
      detailUrl: `http://localhost:4000/domain-events/${events[1]!.id}`,
      description: "A referral to a programme changed status",
      additionalInformation: {
        eventId: events[1]!.id,
        perpetratorId: person.id,
        referralId: referral.id,
        programmeId: expect.any(String),
        fromStatus: "REFERRED",
        toStatus: "AWAITING_ASSESSMENT",
        referralVersion: referral.version,
      },
      personReference: { identifiers: [{ type: "CRN", value: person.crn }, { type: "PNC", value: person.pncId }] },
    });
    // Ids and codes only: the person's name and date of birth are nowhere in it.
    expect(JSON.stringify(events)).not.toMatch(/Person\d|1985-04-12|Test/);
  });

  it("writes nothing for a refused change (its transaction wrote nothing)", async () => {
    const { referral } = await fx.readyForAllocation("BBR");
    const before = await countAll();
    const refused = await server.query(
      `mutation Refused($input: TransitionReferralInput!) { transitionReferral(input: $input) { userErrors { code } } }`,
      { input: { referralId: referral.id, toStatus: "COMPLETED", expectedVersion: referral.version } },
      fx.probation,
    );
    expect((refused as { transitionReferral: { userErrors: { code: string }[] } }).transitionReferral.userErrors).not.toEqual([]);
    const stale = await server.query(
      `mutation Stale($input: TransitionReferralInput!) { transitionReferral(input: $input) { userErrors { code } } }`,
      { input: { referralId: referral.id, toStatus: "WITHDRAWN", withdrawalReason: "OTHER", note: "Moved", expectedVersion: referral.version - 1 } },
      fx.probation,
    );
    expect((stale as { transitionReferral: { userErrors: { code: string }[] } }).transitionReferral.userErrors.map((e) => e.code)).toEqual(["CONFLICT"]);
    expect(await countAll()).toBe(before);
  });

  it("gives a person with neither CRN nor PNC an event all the same, named by the API's id", async () => {
    const person = await fx.person({ crn: null, pncId: null });
    await fx.refer(person.id, "CHOICES");
    const [event] = await eventsOf(person.id);
    expect(event!.message.personReference.identifiers).toEqual([]);
    expect(event!.message.additionalInformation.perpetratorId).toBe(person.id);
  });
});

describe("registers, completion, warning and breach", () => {
  it("writes register-recorded per row, warning-required for a first unacceptable absence, breach-required for the next", async () => {
    const group = await fx.group("BBR", ["fac-events"], "2026-04-01");
    const [s1, s2, s3] = await fx.sessions(group.id, 3, "2026-04-06T18:00:00Z");
    const { person, referral } = await fx.participant("BBR", group.id);
    const facilitator = await server.token(Role.FACILITATOR, "fac-events");
    await register(s1!.id, [{ referralId: referral.id, outcome: "ATTENDED" }], facilitator);
    await register(s2!.id, [{ referralId: referral.id, outcome: "ABSENT_UNACCEPTABLE" }], facilitator);
    await register(s3!.id, [{ referralId: referral.id, outcome: "EXCLUDED" }], facilitator);
    const types = await typesOf(person.id);
    expect(types.slice(-6)).toEqual([
      "safeguard.attendance.register-recorded",
      "safeguard.referral.status-changed", // started on the programme by the first attendance
      "safeguard.attendance.register-recorded",
      "safeguard.attendance.warning-required",
      "safeguard.attendance.register-recorded",
      "safeguard.attendance.breach-required",
    ]);
    const breach = (await eventsOf(person.id)).at(-1)!.message.additionalInformation;
    expect(breach).toMatchObject({ referralId: referral.id, sessionId: s3!.id });
  });

  it("writes nothing for a refused register", async () => {
    const group = await fx.group("BBR", ["fac-events-2"], "2026-04-01");
    const [s1] = await fx.sessions(group.id, 1, "2026-04-06T18:00:00Z");
    const other = await fx.participant("BBR", (await fx.group("BBR", ["fac-x"], "2026-04-01")).id);
    const before = await countAll();
    const answer = await register(s1!.id, [{ referralId: other.referral.id, outcome: "ATTENDED" }], await server.token(Role.FACILITATOR, "fac-events-2"));
    expect((answer.data as { recordSessionAttendance: { userErrors: { code: string }[] } }).recordSessionAttendance.userErrors.map((e) => e.code)).toEqual(["NOT_IN_GROUP"]);
    expect(await countAll()).toBe(before);
  });

  it("writes referral.completed with the status change to COMPLETED", async () => {
    const group = await fx.group("CHOICES", ["fac-done"], "2026-03-02");
    const { person, referral } = await fx.participant("CHOICES", group.id);
    const sessions = (await fx.sessions(group.id, 12, "2026-03-02T18:00:00Z")).slice(0, 9);
    const facilitator = await server.token(Role.FACILITATOR, "fac-done");
    for (const session of sessions) await register(session.id, [{ referralId: referral.id, outcome: "ATTENDED" }], facilitator);
    const current = (await server.query(`query V($id: ID!) { referral(id: $id) { version } }`, { id: referral.id }, fx.admin)) as { referral: { version: number } };
    await fx.transition(referral.id, "COMPLETED", current.referral.version);
    expect((await typesOf(person.id)).slice(-2)).toEqual(["safeguard.referral.status-changed", "safeguard.referral.completed"]);
  });
});

describe("IOM cohort and offender managers", () => {
  it("writes selection, handover and deselection, with codes and ids only", async () => {
    const iom = await createIomFixtures(server, fx);
    const first = await iom.offenderManager("om-events-1");
    const second = await iom.offenderManager("om-events-2");
    const { membership, perpetratorId } = await iom.member(first.staff.id);
    const handover = await server.query(
      `mutation Handover($input: AssignOffenderManagerInput!) { assignOffenderManager(input: $input) { userErrors { message } } }`,
      { input: { membershipId: membership.id, staffId: second.staff.id, startedOn: "2026-05-01", reason: "Caseload" } },
      iom.supervisor,
    );
    expect((handover as { assignOffenderManager: { userErrors: unknown[] } }).assignOffenderManager.userErrors).toEqual([]);
    const deselected = await server.query(
      `mutation Deselect($input: DeselectFromIomCohortInput!) { deselectFromIomCohort(input: $input) { userErrors { message } } }`,
      { input: { membershipId: membership.id, endedOn: "2026-05-20", reason: "MOVED_AREA", note: "Moved to Sheffield with family" } },
      iom.supervisor,
    );
    expect((deselected as { deselectFromIomCohort: { userErrors: unknown[] } }).deselectFromIomCohort.userErrors).toEqual([]);
    const events = await eventsOf(perpetratorId);
    expect(events.map((e) => e.event_type)).toEqual(["safeguard.iom.cohort-selected", "safeguard.iom.offender-manager-changed", "safeguard.iom.cohort-deselected"]);
    expect(events[1]!.message.additionalInformation).toMatchObject({ iomMembershipId: membership.id, staffId: second.staff.id, previousStaffId: first.staff.id });
    expect(events[2]!.message.additionalInformation).toMatchObject({ reason: "MOVED_AREA", endedOn: "2026-05-20" });
    expect(JSON.stringify(events)).not.toContain("Sheffield");
  });
});

describe("safety alerts", () => {
  it("writes one alert-raised event naming the alert, its kind and the perpetrator, never a victim", async () => {
    const { referral } = await fx.readyForAllocation("BBR");
    const personId = (await server.query(`query P($id: ID!) { referral(id: $id) { perpetrator { id } } }`, { id: referral.id }, fx.admin)) as { referral: { perpetrator: { id: string } } };
    const pair = await vfx.linkedPair(personId.referral.perpetrator.id);
    const second = await vfx.victim();
    await vfx.link(second.id, pair.perpetratorId, "EX_PARTNER");
    await fx.transition(referral.id, "WITHDRAWN", referral.version, { withdrawalReason: "OTHER", note: "Left the area" });
    const events = (await eventsOf(pair.perpetratorId)).filter((e) => e.event_type === "safeguard.victim-safety.alert-raised");
    // Two victims, two alerts, one event: how many victims there are is not the receiver's business.
    expect(events).toHaveLength(1);
    const info = events[0]!.message.additionalInformation;
    expect(Object.keys(info).sort()).toEqual(["alertKind", "eventId", "perpetratorId", "safetyAlertId"]);
    expect(info.alertKind).toBe("PROGRAMME_WITHDRAWN");
    const text = JSON.stringify(events);
    for (const victim of [pair.victim, second]) {
      expect(text).not.toContain(idOfType(victim.id, "Victim")!);
      expect(text).not.toContain(victim.id);
    }
    expect(text).not.toMatch(/Victim\d|Alex|Text first/);
  });
});

describe("the detailUrl", () => {
  const get = (url: string, token?: string, purpose?: string) =>
    fetch(url, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(purpose ? { "x-access-purpose": purpose } : {}) } });
  const onServer = (detailUrl: string) => detailUrl.replace("http://localhost:4000", new URL(server.url).origin);

  it("answers the event and its subject to someone who may see the subject, and 404 or 401 to others", async () => {
    const person = await fx.person();
    const referral = await fx.refer(person.id, "BBR");
    const [event] = await eventsOf(person.id);
    const url = onServer(event!.message.detailUrl);
    const answer = await get(url, fx.admin);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { event: Stored["message"]; detail: Record<string, unknown> };
    expect(body.event).toEqual(event!.message);
    expect(body.detail).toMatchObject({ __typename: "Referral", id: referral.id, status: "REFERRED" });
    expect((await get(url, await server.token(Role.FACILITATOR, "fac-nobody"))).status).toBe(404);
    expect((await get(url)).status).toBe(401);
    expect((await get(onServer(`http://localhost:4000/domain-events/${toGlobalId("X", "00000000-0000-4000-8000-000000000000")}`), fx.admin)).status).toBe(404);
  });
});
